package org.nps4j.segments;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Who ranks best: the segments with at least the minimum n in rank order, and those below it listed
 * beside them (never dropped), with the method stated in words. Made by {@link
 * Ranking#rank(java.util.Map)}.
 *
 * @param method how the segments were ordered
 * @param methodDescription the method in words, for the report's reader, e.g. "ordered by the lower
 *     bound of the 95% adjusted Wald interval; minimum n 30"
 * @param ranked the segments with at least the minimum n, best first; ties in the input map's
 *     order; unmodifiable
 * @param belowMinimumN the segments with fewer answered responses than the minimum n, and the
 *     overflow segment of a capped table, with rank 0, in the input map's order; unmodifiable
 * @param minimumN the number of answered responses a segment needs to be ranked
 * @param overallNps the NPS of the ranked segments pooled (their exact sum); empty when no segment
 *     was ranked
 * @param priorMean the mean the {@link RankingMethod#EMPIRICAL_BAYES} estimates are shrunk toward:
 *     the random-effects mean of the segments' adjusted estimates; present only for that method
 *     with at least two ranked segments
 * @param betweenSegmentVariance the DerSimonian&ndash;Laird estimate of the variance of the
 *     segments' true NPS (100 scale, so in points squared), truncated at 0; present only for {@link
 *     RankingMethod#EMPIRICAL_BAYES} with at least two ranked segments
 */
public record RankingReport(
    RankingMethod method,
    String methodDescription,
    List<RankedSegment> ranked,
    List<RankedSegment> belowMinimumN,
    long minimumN,
    OptionalDouble overallNps,
    OptionalDouble priorMean,
    OptionalDouble betweenSegmentVariance) {

  /**
   * Checks the report and copies the lists.
   *
   * @param method the ranking method
   * @param methodDescription the method in words
   * @param ranked the ranked segments, best first
   * @param belowMinimumN the segments below the minimum n
   * @param minimumN the minimum answered n
   * @param overallNps the pooled NPS of the ranked segments
   * @param priorMean the empirical-Bayes prior mean
   * @param betweenSegmentVariance the estimated between-segment variance
   * @throws IllegalArgumentException if an entry of {@code ranked} has rank 0, an entry of {@code
   *     belowMinimumN} has a positive rank, the ranks of {@code ranked} decrease, the minimum n is
   *     below 1, the prior mean is outside [-100, 100], or the between-segment variance is negative
   *     or not finite
   * @throws NullPointerException if an argument or an entry is null
   */
  public RankingReport {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(methodDescription, "methodDescription");
    ranked = List.copyOf(Objects.requireNonNull(ranked, "ranked"));
    belowMinimumN = List.copyOf(Objects.requireNonNull(belowMinimumN, "belowMinimumN"));
    Objects.requireNonNull(overallNps, "overallNps");
    Objects.requireNonNull(priorMean, "priorMean");
    Objects.requireNonNull(betweenSegmentVariance, "betweenSegmentVariance");
    SegmentInputs.requireMinimumN(minimumN);
    int previousRank = 1;
    for (RankedSegment entry : ranked) {
      if (!entry.isRanked() || entry.rank() < previousRank) {
        throw new IllegalArgumentException(
            "Invalid rank of ranked segment "
                + entry.segment()
                + " (must be >= 1 and not below the rank before it, "
                + previousRank
                + "): "
                + entry.rank());
      }
      previousRank = entry.rank();
    }
    for (RankedSegment entry : belowMinimumN) {
      if (entry.isRanked()) {
        throw new IllegalArgumentException(
            "Invalid rank of segment below the minimum n "
                + entry.segment()
                + " (must be 0): "
                + entry.rank());
      }
    }
    if (priorMean.isPresent()
        && !(priorMean.getAsDouble() >= -100.0 && priorMean.getAsDouble() <= 100.0)) {
      throw new IllegalArgumentException(
          "Invalid prior mean (must be in [-100, 100]): " + priorMean.getAsDouble());
    }
    if (betweenSegmentVariance.isPresent()
        && !(betweenSegmentVariance.getAsDouble() >= 0.0
            && Double.isFinite(betweenSegmentVariance.getAsDouble()))) {
      throw new IllegalArgumentException(
          "Invalid between-segment variance (must be finite and >= 0): "
              + betweenSegmentVariance.getAsDouble());
    }
  }

  /**
   * Every segment: the ranked ones in rank order, then those below the minimum n.
   *
   * @return all entries, as many as the input map had segments
   */
  public List<RankedSegment> all() {
    List<RankedSegment> all = new ArrayList<>(ranked.size() + belowMinimumN.size());
    all.addAll(ranked);
    all.addAll(belowMinimumN);
    return List.copyOf(all);
  }
}
