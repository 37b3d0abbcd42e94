package org.nps4j.core;

/**
 * Tango's score interval for pP - pD of one multinomial sample (the "iterative" interval of the R
 * package NPS).
 *
 * <p>For a hypothesised difference D the score statistic is Z(D) = (b - c - nD) / sqrt(n V(D)),
 * with b promoters, c detractors, and V(D) = 2 q(D) + D(1 - D) the per-respondent variance at the
 * restricted maximum-likelihood detractor share q(D) = (sqrt(W^2 + 8 n c D(1 - D)) - W) / (4n),
 * W = -(b + c) + (2n - b + c) D. The interval is {D : |Z(D)| <= z}; each bound is found by
 * bisection on a bracket where the statistic changes sign.
 */
final class TangoScoreInterval {
  private static final double TOLERANCE = 1e-12;
  private static final int MAX_ITERATIONS = 200;

  private TangoScoreInterval() {}

  static Interval of(CategoryCounts counts, double z, double level) {
    double estimate = counts.nps();
    double lower = estimate <= -1.0 ? -1.0 : bisect(counts, z, -1.0, estimate, -1);
    double upper = estimate >= 1.0 ? 1.0 : bisect(counts, z, estimate, 1.0, +1);
    double scale = CategoryCounts.SCALE;
    return Interval.clamped(
        scale * estimate, scale * lower, scale * upper, level, -scale, scale);
  }

  /**
   * The root of (b - c - nD) + side * z * sqrt(n V(D)) in [from, to], where the function is
   * non-negative at {@code from} and non-positive at {@code to}.
   */
  private static double bisect(CategoryCounts counts, double z, double from, double to, int side) {
    double low = from;
    double high = to;
    for (int i = 0; i < MAX_ITERATIONS && high - low > TOLERANCE; i++) {
      double mid = 0.5 * (low + high);
      if (boundEquation(counts, z, mid, side) > 0.0) {
        low = mid;
      } else {
        high = mid;
      }
    }
    return 0.5 * (low + high);
  }

  private static double boundEquation(CategoryCounts counts, double z, double difference, int side) {
    double n = counts.n();
    double numerator = counts.promoters() - counts.detractors() - n * difference;
    return numerator + side * z * Math.sqrt(n * nullVariance(counts, difference));
  }

  /** V(D) = 2 q(D) + D(1 - D), the per-respondent variance under the hypothesis pP - pD = D. */
  static double nullVariance(CategoryCounts counts, double difference) {
    double n = counts.n();
    double b = counts.promoters();
    double c = counts.detractors();
    double w = -(b + c) + (2 * n - b + c) * difference;
    double discriminant = Math.max(0.0, w * w + 8 * n * c * difference * (1 - difference));
    double detractorShare = (Math.sqrt(discriminant) - w) / (4 * n);
    return Math.max(0.0, 2 * detractorShare + difference * (1 - difference));
  }
}
