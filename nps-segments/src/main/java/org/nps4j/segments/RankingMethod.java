package org.nps4j.segments;

/**
 * How a {@link Ranking} orders segments so that a small lucky sample is not crowned: a rep with 4
 * promoters out of 4 answers has an NPS of 100 but says little about the rep.
 */
public enum RankingMethod {
  /**
   * By the lower bound of each segment's confidence interval, highest first: a segment ranks high
   * only if its NPS is high <em>and</em> well measured. The ranking score is the (clamped) lower
   * bound.
   */
  LOWER_BOUND,
  /**
   * By the empirical-Bayes estimate, highest first: each segment's NPS is shrunk toward the pooled
   * NPS of the ranked segments, the more the noisier it is relative to the spread between segments
   * (a normal&ndash;normal model with the DerSimonian&ndash;Laird between-segment variance). The
   * ranking score is the shrunk estimate.
   */
  EMPIRICAL_BAYES
}
