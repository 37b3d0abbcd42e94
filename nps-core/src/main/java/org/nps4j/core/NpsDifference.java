package org.nps4j.core;

import java.util.Locale;
import java.util.Objects;

/**
 * The difference between the NPS of two independent samples, a &minus; b, with its standard error,
 * z statistic, two-sided p-value and confidence interval: "did NPS really fall 6 points, or is that
 * noise?"
 *
 * <p>With per-respondent variances V<sub>a</sub>, V<sub>b</sub> and sizes n<sub>a</sub>,
 * n<sub>b</sub>, SE = sqrt(V<sub>a</sub>/n<sub>a</sub> + V<sub>b</sub>/n<sub>b</sub>), z = diff / SE
 * and p = erfc(|z| / &radic;2), which stays accurate far into the tail. All figures are on the 100
 * scale. The sign is kept: a negative difference means a scored lower than b.
 *
 * <p>{@link #difference()} is always the raw difference. For {@link IntervalMethod#ADJUSTED_WALD}
 * and {@link IntervalMethod#ADJUSTED_WALD_Z2_OVER_3} the standard error, z, p-value and interval come
 * from the adjusted counts of both groups, and the interval is centred on the adjusted difference.
 * {@link IntervalMethod#SCORE} is a one-sample method and is refused here.
 *
 * <p>When the standard error is zero (every answer of both groups in one category each), z is 0 for
 * a zero difference and &plusmn;&infin; otherwise. Instances are immutable.
 */
public final class NpsDifference {
  private static final double RANGE = 2 * CategoryCounts.SCALE;

  private final IntervalMethod method;
  private final double level;
  private final double difference;
  private final double standardError;
  private final double z;
  private final double pValue;
  private final Interval interval;

  private NpsDifference(
      IntervalMethod method, double level, double rawDifference, CategoryCounts a, CategoryCounts b) {
    this.method = method;
    this.level = level;
    this.difference = CategoryCounts.SCALE * rawDifference;
    double critical = ConfidenceLevels.twoSidedCriticalValue(level);
    CategoryCounts adjustedA = a.adjustedFor(method, critical);
    CategoryCounts adjustedB = b.adjustedFor(method, critical);
    double centre = adjustedA.nps() - adjustedB.nps();
    double se =
        Math.sqrt(
            adjustedA.variance() / adjustedA.n() + adjustedB.variance() / adjustedB.n());
    this.standardError = CategoryCounts.SCALE * se;
    this.z = se > 0 ? centre / se : centre == 0 ? 0.0 : Math.copySign(Double.POSITIVE_INFINITY, centre);
    this.pValue = ConfidenceLevels.twoSidedPValue(z);
    this.interval =
        Interval.clamped(
            CategoryCounts.SCALE * centre,
            CategoryCounts.SCALE * (centre - critical * se),
            CategoryCounts.SCALE * (centre + critical * se),
            level,
            -RANGE,
            RANGE);
  }

  /**
   * Compares two samples with the adjusted Wald method at 95 %.
   *
   * @param a the first sample, e.g. this quarter
   * @param b the second sample, e.g. last quarter
   * @return the difference a &minus; b
   * @throws IllegalStateException if either sample is empty
   * @throws NullPointerException if an argument is null
   */
  public static NpsDifference between(NpsSummary a, NpsSummary b) {
    return between(a, b, IntervalMethod.ADJUSTED_WALD, 0.95);
  }

  /**
   * Compares two independent samples.
   *
   * @param a the first sample
   * @param b the second sample
   * @param method {@link IntervalMethod#WALD}, {@link IntervalMethod#ADJUSTED_WALD} or {@link
   *     IntervalMethod#ADJUSTED_WALD_Z2_OVER_3}
   * @param level the confidence level of the interval, strictly between 0 and 1
   * @return the difference a &minus; b
   * @throws IllegalArgumentException if the method is {@link IntervalMethod#SCORE}, the level is
   *     outside (0, 1), or the samples are on different scales or under different unanswered
   *     policies
   * @throws IllegalStateException if either sample is empty
   * @throws NullPointerException if an argument is null
   */
  public static NpsDifference between(
      NpsSummary a, NpsSummary b, IntervalMethod method, double level) {
    requireTwoSampleMethod(method);
    ConfidenceLevels.requireValid(level);
    Scale.requireSame(a.scale(), b.scale());
    if (a.unansweredPolicy() != b.unansweredPolicy()) {
      throw new IllegalArgumentException(
          "Cannot compare summaries with different unanswered policies: "
              + a.unansweredPolicy()
              + " and "
              + b.unansweredPolicy());
    }
    a.requireNonEmpty();
    b.requireNonEmpty();
    CategoryCounts countsA = a.categoryCounts();
    CategoryCounts countsB = b.categoryCounts();
    return new NpsDifference(method, level, countsA.nps() - countsB.nps(), countsA, countsB);
  }

  /**
   * Compares two independent weighted samples, using each one's effective counts.
   *
   * @param a the first sample
   * @param b the second sample
   * @param method {@link IntervalMethod#WALD}, {@link IntervalMethod#ADJUSTED_WALD} or {@link
   *     IntervalMethod#ADJUSTED_WALD_Z2_OVER_3}
   * @param level the confidence level of the interval, strictly between 0 and 1
   * @return the difference a &minus; b
   * @throws IllegalArgumentException if the method is {@link IntervalMethod#SCORE}, the level is
   *     outside (0, 1), or the samples are on different scales
   * @throws IllegalStateException if either sample is empty
   * @throws NullPointerException if an argument is null
   */
  public static NpsDifference between(
      WeightedNpsSummary a, WeightedNpsSummary b, IntervalMethod method, double level) {
    requireTwoSampleMethod(method);
    ConfidenceLevels.requireValid(level);
    Scale.requireSame(a.scale(), b.scale());
    CategoryCounts countsA = a.effectiveCounts();
    CategoryCounts countsB = b.effectiveCounts();
    return new NpsDifference(method, level, countsA.nps() - countsB.nps(), countsA, countsB);
  }

  private static void requireTwoSampleMethod(IntervalMethod method) {
    Objects.requireNonNull(method, "method");
    if (method == IntervalMethod.SCORE) {
      throw new IllegalArgumentException(
          "IntervalMethod SCORE does not apply to the difference of two independent samples;"
              + " use WALD, ADJUSTED_WALD or ADJUSTED_WALD_Z2_OVER_3");
    }
  }

  /**
   * The method the statistics were computed with.
   *
   * @return the method
   */
  public IntervalMethod method() {
    return method;
  }

  /**
   * The confidence level of the interval and of {@link #isSignificant()}.
   *
   * @return the level
   */
  public double level() {
    return level;
  }

  /**
   * NPS(a) &minus; NPS(b) from the raw counts, on the 100 scale, sign kept.
   *
   * @return the difference in points
   */
  public double difference() {
    return difference;
  }

  /**
   * The standard error of the difference on the 100 scale (from the adjusted counts for the
   * adjusted methods).
   *
   * @return the standard error
   */
  public double standardError() {
    return standardError;
  }

  /**
   * The z statistic, difference over standard error.
   *
   * @return z, possibly infinite when the standard error is zero
   */
  public double z() {
    return z;
  }

  /**
   * The two-sided p-value, erfc(|z| / &radic;2).
   *
   * @return p in [0, 1]
   */
  public double pValue() {
    return pValue;
  }

  /**
   * The one-sided p-value for the alternative "a is above b", P(Z &ge; z).
   *
   * @return p in [0, 1]
   */
  public double pValueAbove() {
    return ConfidenceLevels.upperTailPValue(z);
  }

  /**
   * The one-sided p-value for the alternative "a is below b" (did NPS fall?), P(Z &le; z).
   *
   * @return p in [0, 1]
   */
  public double pValueBelow() {
    return ConfidenceLevels.upperTailPValue(-z);
  }

  /**
   * The confidence interval for the difference on the 100 scale, clamped to [-200, 200].
   *
   * @return the interval
   */
  public Interval interval() {
    return interval;
  }

  /**
   * Whether the difference is significant at the level: the p-value is below 1 &minus; level.
   *
   * @return true if the two samples differ significantly
   */
  public boolean isSignificant() {
    return pValue < 1.0 - level;
  }

  /**
   * A readable summary, e.g. {@code NpsDifference[-6.0 points, SE 4.1, z -1.46, p 0.144,
   * ADJUSTED_WALD 95%: -14.1 .. 2.1]}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "NpsDifference[%.1f points, SE %.2f, z %.3f, p %.3g, %s %s]",
        difference,
        standardError,
        z,
        pValue,
        method,
        interval);
  }
}
