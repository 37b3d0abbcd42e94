package org.nps4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The normal quantiles and tail probabilities behind every interval and test, against tabled
 * values.
 *
 * <p>References used here and by the other statistics tests:
 *
 * <ul>
 *   <li>standard normal two-sided critical values (upper quantiles of N(0, 1)): 1.6448536269514722
 *       for 90 %, 1.959963984540054 for 95 %, 2.5758293035489004 for 99 %;
 *   <li>Abramowitz &amp; Stegun, Handbook of Mathematical Functions, table 7.1: erf(0.5) =
 *       0.520499877813047, erf(1) = 0.842700792949715, erf(2) = 0.995322265018953;
 *   <li>the "68-95-99.7 rule": P(|Z| &lt;= 1) = 0.682689492137086, P(|Z| &gt; 2) =
 *       0.045500263896358, P(|Z| &gt; 3) = 0.002699796063260.
 * </ul>
 */
class ConfidenceLevelsTest {
  /** Standard normal quantiles, from the table of the normal distribution. */
  static final double Z90 = 1.6448536269514722;

  static final double Z95 = 1.959963984540054;
  static final double Z99 = 2.5758293035489004;

  /**
   * erfc(x) = 1 - erf(x) for 0 &lt;= x &lt;= 3, written independently of the code under test with
   * the series of Abramowitz &amp; Stegun 7.1.6: erf(x) = (2 / sqrt(pi)) exp(-x^2) sum_{k &gt;= 0}
   * 2^k x^(2k+1) / (1 * 3 * ... * (2k+1)). Every term is positive, so the sum is accurate to a few
   * ulps; erfc = 1 - erf is accurate to about 1e-16 absolute (1e-13 relative at x = 2). Checked
   * against the A&amp;S table below. Used by the other tests to turn a z computed by formula into
   * the expected p-value erfc(|z| / sqrt 2).
   */
  static double referenceErfc(double x) {
    if (!(x >= 0 && x <= 3)) {
      throw new IllegalArgumentException("reference series used only on [0, 3], not " + x);
    }
    double term = x;
    double sum = x;
    for (int k = 1; term > 1e-18 * sum; k++) {
      term *= 2 * x * x / (2 * k + 1);
      sum += term;
    }
    return 1 - 2 / Math.sqrt(Math.PI) * Math.exp(-x * x) * sum;
  }

  /** The expected two-sided p-value of a z statistic: erfc(|z| / sqrt 2), by the series above. */
  static double referenceTwoSidedP(double z) {
    return referenceErfc(Math.abs(z) / Math.sqrt(2));
  }

  @ParameterizedTest(name = "erf({0}) = {1} (A&S table 7.1)")
  @CsvSource({"0.5, 0.520499877813047", "1.0, 0.842700792949715", "2.0, 0.995322265018953"})
  void referenceSeriesMatchesTheAbramowitzStegunTable(double x, double tabledErf) {
    assertThat(1 - referenceErfc(x)).isCloseTo(tabledErf, within(1e-15));
  }

  // --- critical values ---

  @ParameterizedTest(name = "level {0} -> z = {1}")
  @CsvSource({
    "0.90, 1.6448536269514722",
    "0.95, 1.959963984540054",
    "0.99, 2.5758293035489004",
    // P(|Z| <= 1) = erf(1 / sqrt 2) = 0.682689492137086 (68-95-99.7 rule), so z = 1.
    "0.682689492137086, 1.0"
  })
  void criticalValueIsTheExactNormalQuantile(double level, double tabledZ) {
    assertThat(ConfidenceLevels.twoSidedCriticalValue(level))
        .isCloseTo(tabledZ, withinPercentage(1e-10));
  }

  @Test
  void criticalValueAt95PercentIsNot196() {
    // 1.96 is the rounded quantile; the exact one differs by 3.6e-5, far above the tolerance.
    assertThat(ConfidenceLevels.twoSidedCriticalValue(0.95))
        .isCloseTo(Z95, within(1e-14))
        .isNotCloseTo(1.96, within(1e-6));
  }

  @ParameterizedTest(name = "level {0} is rejected")
  @ValueSource(
      doubles = {0.0, 1.0, -0.1, 1.5, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
  void levelsOutsideTheOpenUnitIntervalAreRejectedNamingTheLevel(double level) {
    assertThatThrownBy(() -> ConfidenceLevels.requireValid(level))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Invalid confidence level " + level);
    assertThatThrownBy(() -> ConfidenceLevels.twoSidedCriticalValue(level))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(String.valueOf(level));
  }

  @ParameterizedTest(name = "level {0} is rejected by every public entry point")
  @ValueSource(doubles = {0.0, 1.0, -0.1, 1.5, Double.NaN})
  void publicEntryPointsRejectInvalidLevelsNamingTheLevel(double level) {
    NpsSummary summary = NpsSummary.ofCounts(20, 30, 50);
    String named = String.valueOf(level);
    assertThatThrownBy(() -> summary.confidenceInterval(IntervalMethod.WALD, level))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(named);
    assertThatThrownBy(() -> NpsDifference.between(summary, summary, IntervalMethod.WALD, level))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(named);
    assertThatThrownBy(
            () -> NpsBenchmarkComparison.of(summary, 30, IntervalMethod.WALD, level))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(named);
    assertThatThrownBy(() -> NpsSampleSize.forMarginWorstCase(5, level))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(named);
  }

  // --- p-values ---

  @ParameterizedTest(name = "P(|Z| >= {0}) = {1}")
  @CsvSource({
    // The critical values above, read backwards.
    "1.6448536269514722, 0.10",
    "1.959963984540054, 0.05",
    "2.5758293035489004, 0.01",
    // 68-95-99.7 rule.
    "1.0, 0.317310507862914",
    "2.0, 0.045500263896358",
    "3.0, 0.002699796063260",
    // z = sqrt(2) and 2 sqrt(2): erfc(1) and erfc(2) from A&S table 7.1.
    "1.4142135623730951, 0.157299207050285",
    "2.8284271247461903, 0.004677734981047"
  })
  void twoSidedPValueMatchesTabledTailProbabilities(double z, double tabledP) {
    assertThat(ConfidenceLevels.twoSidedPValue(z)).isCloseTo(tabledP, withinPercentage(1e-10));
    assertThat(ConfidenceLevels.twoSidedPValue(-z)).isCloseTo(tabledP, withinPercentage(1e-10));
  }

  @Test
  void twoSidedPValueOfZeroIsOne() {
    // erfc(0) = 1.
    assertThat(ConfidenceLevels.twoSidedPValue(0.0)).isEqualTo(1.0);
  }

  @ParameterizedTest(name = "P(Z >= {0}) = {1}")
  @CsvSource({
    "0.0, 0.5",
    // One-sided tails are half the two-sided ones of the table above.
    "1.6448536269514722, 0.05",
    "1.959963984540054, 0.025",
    "-1.6448536269514722, 0.95",
    "-1.959963984540054, 0.975"
  })
  void upperTailPValueIsHalfErfcOfZOverSqrt2(double z, double tabledP) {
    assertThat(ConfidenceLevels.upperTailPValue(z)).isCloseTo(tabledP, withinPercentage(1e-10));
  }

  @Test
  void pValuesOfNaNAreRejected() {
    assertThatThrownBy(() -> ConfidenceLevels.twoSidedPValue(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ConfidenceLevels.upperTailPValue(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void farTailPValueIsNotRoundedToZero() {
    // z = 37: 1 - Phi(37) rounds to 0 in double precision, but erfc does not. With x = z / sqrt 2
    // (x^2 = 684.5) the asymptotic expansion of A&S 7.1.23,
    // erfc(x) ~ exp(-x^2) / (x sqrt(pi)) * (1 - 1/(2x^2) + 3/(4x^4)), gives about 1.1e-299; the
    // next term, 15/(8x^6), is below 2e-8 relative.
    double z = 37;
    double x = z / Math.sqrt(2);
    double asymptotic =
        Math.exp(-x * x) / (x * Math.sqrt(Math.PI)) * (1 - 1 / (2 * x * x) + 3 / (4 * x * x * x * x));
    assertThat(ConfidenceLevels.twoSidedPValue(z))
        .isPositive()
        .isCloseTo(asymptotic, withinPercentage(1e-4));
    assertThat(ConfidenceLevels.upperTailPValue(z))
        .isCloseTo(asymptotic / 2, withinPercentage(1e-4));
  }
}
