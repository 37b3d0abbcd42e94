package org.nps4j.core;

import java.util.Locale;
import java.util.Objects;

/**
 * A one-sample test of an NPS against a fixed benchmark: "is this team above the company's 30?"
 *
 * <p>For the Wald-type methods z = (N' &minus; benchmark) / SE', with N' and SE' from the method's
 * counts (raw for {@link IntervalMethod#WALD}, with pseudo-counts for the adjusted ones). For {@link
 * IntervalMethod#SCORE} z is Tango's score statistic at the benchmark, (b &minus; c &minus;
 * n&Delta;<sub>0</sub>) / sqrt(n V(&Delta;<sub>0</sub>)), which against 0 reduces to (b &minus; c) /
 * sqrt(b + c). P-values come from erfc and stay accurate in the far tail. Instances are immutable.
 */
public final class NpsBenchmarkComparison {
  private final IntervalMethod method;
  private final double level;
  private final double benchmark;
  private final double netPromoterScore;
  private final double z;
  private final Interval interval;

  private NpsBenchmarkComparison(
      IntervalMethod method,
      double level,
      double benchmark,
      double netPromoterScore,
      double z,
      Interval interval) {
    this.method = method;
    this.level = level;
    this.benchmark = benchmark;
    this.netPromoterScore = netPromoterScore;
    this.z = z;
    this.interval = interval;
  }

  /**
   * Tests a summary against a benchmark NPS with the adjusted Wald method at 95 %.
   *
   * @param summary the sample
   * @param benchmark the benchmark NPS on the 100 scale, in [-100, 100]
   * @return the comparison
   * @throws IllegalArgumentException if the benchmark is outside [-100, 100]
   * @throws IllegalStateException if the summary is empty
   * @throws NullPointerException if {@code summary} is null
   */
  public static NpsBenchmarkComparison of(NpsSummary summary, double benchmark) {
    return of(summary, benchmark, IntervalMethod.ADJUSTED_WALD, 0.95);
  }

  /**
   * Tests a summary against a benchmark NPS.
   *
   * @param summary the sample
   * @param benchmark the benchmark NPS on the 100 scale, in [-100, 100]
   * @param method how to compute the statistic and the interval
   * @param level the confidence level, strictly between 0 and 1
   * @return the comparison
   * @throws IllegalArgumentException if the benchmark is outside [-100, 100] or the level outside
   *     (0, 1)
   * @throws IllegalStateException if the summary is empty
   * @throws NullPointerException if an argument is null
   */
  public static NpsBenchmarkComparison of(
      NpsSummary summary, double benchmark, IntervalMethod method, double level) {
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(method, "method");
    ConfidenceLevels.requireValid(level);
    if (!(benchmark >= -CategoryCounts.SCALE && benchmark <= CategoryCounts.SCALE)) {
      throw new IllegalArgumentException(
          "Invalid benchmark NPS " + benchmark + ": must be within [-100, 100]");
    }
    summary.requireNonEmpty();
    CategoryCounts counts = summary.categoryCounts();
    double hypothesis = benchmark / CategoryCounts.SCALE;
    double z;
    if (method == IntervalMethod.SCORE) {
      double numerator = counts.promoters() - counts.detractors() - counts.n() * hypothesis;
      double spread = Math.sqrt(counts.n() * TangoScoreInterval.nullVariance(counts, hypothesis));
      z = ratio(numerator, spread);
    } else {
      CategoryCounts adjusted =
          counts.adjustedFor(method, ConfidenceLevels.twoSidedCriticalValue(level));
      z = ratio(adjusted.nps() - hypothesis, adjusted.standardError());
    }
    return new NpsBenchmarkComparison(
        method,
        level,
        benchmark,
        summary.netPromoterScore(),
        z,
        counts.interval(method, level));
  }

  private static double ratio(double numerator, double denominator) {
    if (denominator > 0) {
      return numerator / denominator;
    }
    return numerator == 0 ? 0.0 : Math.copySign(Double.POSITIVE_INFINITY, numerator);
  }

  /**
   * The benchmark tested against.
   *
   * @return the benchmark NPS
   */
  public double benchmark() {
    return benchmark;
  }

  /**
   * The sample's raw NPS.
   *
   * @return the NPS
   */
  public double netPromoterScore() {
    return netPromoterScore;
  }

  /**
   * The raw NPS minus the benchmark, in points.
   *
   * @return the difference
   */
  public double difference() {
    return netPromoterScore - benchmark;
  }

  /**
   * The test statistic; positive when the sample scores above the benchmark.
   *
   * @return z, possibly infinite when the standard error is zero
   */
  public double z() {
    return z;
  }

  /**
   * The two-sided p-value: the chance of a z at least this far from 0 in either direction if the
   * true NPS were the benchmark.
   *
   * @return p in [0, 1]
   */
  public double pValue() {
    return ConfidenceLevels.twoSidedPValue(z);
  }

  /**
   * Whether the sample differs significantly from the benchmark in either direction: the two-sided
   * p-value is below 1 &minus; level.
   *
   * @return true if significantly different
   */
  public boolean isSignificant() {
    return pValue() < 1.0 - level;
  }

  /**
   * The one-sided p-value for the alternative "the true NPS is above the benchmark", P(Z &ge; z).
   *
   * @return p in [0, 1]
   */
  public double pValueAbove() {
    return ConfidenceLevels.upperTailPValue(z);
  }

  /**
   * The one-sided p-value for the alternative "the true NPS is below the benchmark", P(Z &le; z).
   *
   * @return p in [0, 1]
   */
  public double pValueBelow() {
    return ConfidenceLevels.upperTailPValue(-z);
  }

  /**
   * Whether the sample is significantly above the benchmark at the level: z &gt; 0 and the
   * two-sided p-value is below 1 &minus; level.
   *
   * @return true if significantly above
   */
  public boolean isSignificantlyAbove() {
    return z > 0 && isSignificant();
  }

  /**
   * Whether the sample is significantly below the benchmark at the level: z &lt; 0 and the
   * two-sided p-value is below 1 &minus; level.
   *
   * @return true if significantly below
   */
  public boolean isSignificantlyBelow() {
    return z < 0 && isSignificant();
  }

  /**
   * The sample's confidence interval by the same method and level.
   *
   * @return the interval
   */
  public Interval interval() {
    return interval;
  }

  /**
   * The method used.
   *
   * @return the method
   */
  public IntervalMethod method() {
    return method;
  }

  /**
   * The confidence level used.
   *
   * @return the level
   */
  public double level() {
    return level;
  }

  /**
   * A readable summary; its format may change.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "NpsBenchmarkComparison[nps %.1f vs %.1f, z %.3f, p %.3g, %s]",
        netPromoterScore,
        benchmark,
        z,
        pValue(),
        method);
  }
}
