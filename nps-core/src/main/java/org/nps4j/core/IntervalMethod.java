package org.nps4j.core;

/**
 * How a confidence interval for an NPS (or a difference of two) is computed.
 *
 * <p>Per respondent the NPS codes promoter +1, passive 0, detractor -1; with shares pP and pD and
 * sample size n the estimate is N = pP - pD, the per-respondent variance V = (pP + pD) - N&sup2; and
 * the standard error sqrt(V / n). Intervals are reported on the 100 scale.
 *
 * <p>Reference: B. Rocks (2016), "Interval Estimation for the 'Net Promoter Score'", The American
 * Statistician 70(4); T. Tango (1998), "Equivalence test and confidence interval for the difference
 * in proportions for the paired-sample design", Statistics in Medicine 17(8).
 */
public enum IntervalMethod {
  /**
   * The Wald interval N &plusmn; z&middot;SE on the raw counts. Simple, but it collapses to zero
   * width when every answer falls in one category and under-covers at small n.
   */
  WALD,
  /**
   * The adjusted Wald interval of Rocks (2016): add 0.75 detractors, 1.5 passives and 0.75
   * promoters (n' = n + 3) and compute the Wald interval on those counts, centred on the adjusted
   * estimate. Good coverage from n = 10; the library's default.
   */
  ADJUSTED_WALD,
  /**
   * The adjusted Wald variant that adds z&sup2;/3 to each category (n' = n + z&sup2;), centred on
   * the adjusted estimate.
   */
  ADJUSTED_WALD_Z2_OVER_3,
  /**
   * Tango's score interval: the set of NPS values not rejected by the score test for the difference
   * of two multinomial proportions, found by root finding to 1e-12 on the unit scale. It is centred
   * on neither bound; its {@link Interval#estimate()} is the raw NPS. One-sample only.
   */
  SCORE
}
