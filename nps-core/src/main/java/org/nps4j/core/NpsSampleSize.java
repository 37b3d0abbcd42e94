package org.nps4j.core;

/**
 * Plans survey sample sizes: how many answers are needed for an NPS margin of error of &plusmn;m
 * points at a confidence level.
 *
 * <p>From the Wald standard error, n = &lceil;z<sup>2</sup> V / (m/100)<sup>2</sup>&rceil;, where V
 * = (pP + pD) &minus; (pP &minus; pD)<sup>2</sup> is the per-respondent variance at the expected
 * shares. The worst case, V = 1, is half promoters and half detractors. Shares are given from the
 * lowest category to the highest, detractors first, as in {@link NpsSummary#ofCounts(long, long,
 * long)}.
 */
public final class NpsSampleSize {
  private NpsSampleSize() {}

  /**
   * The sample size for a margin of error at expected promoter and detractor shares.
   *
   * @param marginOfError the half-width of the interval in NPS points, e.g. 5 for &plusmn;5
   * @param level the confidence level, strictly between 0 and 1
   * @param expectedDetractorShare the expected share of detractors, in [0, 1]
   * @param expectedPromoterShare the expected share of promoters, in [0, 1]
   * @return the number of answers needed, at least 1
   * @throws IllegalArgumentException if the margin is not in (0, 200], the level is outside (0, 1),
   *     a share is outside [0, 1], or the shares add up to more than 1
   * @throws ArithmeticException if the sample size does not fit in a long
   */
  public static long forMargin(
      double marginOfError,
      double level,
      double expectedDetractorShare,
      double expectedPromoterShare) {
    requireShare(expectedPromoterShare, "expected promoter share");
    requireShare(expectedDetractorShare, "expected detractor share");
    if (expectedPromoterShare + expectedDetractorShare > 1.0) {
      throw new IllegalArgumentException(
          "Expected promoter share "
              + expectedPromoterShare
              + " and detractor share "
              + expectedDetractorShare
              + " add up to more than 1");
    }
    double nps = expectedPromoterShare - expectedDetractorShare;
    double variance = expectedPromoterShare + expectedDetractorShare - nps * nps;
    return sampleSize(marginOfError, level, variance);
  }

  /**
   * The sample size for a margin of error whatever the shares turn out to be (V = 1).
   *
   * @param marginOfError the half-width of the interval in NPS points
   * @param level the confidence level, strictly between 0 and 1
   * @return the number of answers needed
   * @throws IllegalArgumentException if the margin is not in (0, 200] or the level is outside (0, 1)
   * @throws ArithmeticException if the sample size does not fit in a long
   */
  public static long forMarginWorstCase(double marginOfError, double level) {
    return sampleSize(marginOfError, level, 1.0);
  }

  private static long sampleSize(double marginOfError, double level, double variance) {
    if (!(marginOfError > 0 && marginOfError <= 2 * CategoryCounts.SCALE)) {
      throw new IllegalArgumentException(
          "Invalid margin of error " + marginOfError + ": must be in (0, 200] NPS points");
    }
    double z = ConfidenceLevels.twoSidedCriticalValue(level);
    double margin = marginOfError / CategoryCounts.SCALE;
    double n = Math.ceil(z * z * variance / (margin * margin));
    if (n >= 0x1p63) {
      throw new ArithmeticException(
          "The sample size for a margin of " + marginOfError + " points does not fit in a long");
    }
    return Math.max(1L, (long) n);
  }

  private static void requireShare(double share, String name) {
    if (!(share >= 0.0 && share <= 1.0)) {
      throw new IllegalArgumentException("Invalid " + name + " " + share + ": must be in [0, 1]");
    }
  }
}
