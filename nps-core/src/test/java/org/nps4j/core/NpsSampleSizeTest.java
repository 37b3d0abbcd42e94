package org.nps4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.nps4j.core.ConfidenceLevelsTest.Z95;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Survey sample sizes from the Wald standard error: n = ceil(z^2 V / (m / 100)^2) with V = (pP +
 * pD) - (pP - pD)^2 (DOMAIN.md "Statistics"), z the tabled normal quantile. Each case also states
 * the unrounded value by hand, to show it is not close to an integer.
 */
class NpsSampleSizeTest {

  /** n = ceil(z^2 V / (m / 100)^2), written out. */
  private static long expectedSampleSize(double z, double margin, double pP, double pD) {
    double v = (pP + pD) - (pP - pD) * (pP - pD);
    double m = margin / 100;
    return (long) Math.ceil(z * z * v / (m * m));
  }

  @Test
  void worstCaseAtMargin5And95PercentIs1537() {
    // V = 1: 1.959963984540054^2 / 0.05^2 = 3.8414588 / 0.0025 = 1536.58 -> 1537.
    assertThat(NpsSampleSize.forMarginWorstCase(5, 0.95))
        .isEqualTo(1537)
        .isEqualTo((long) Math.ceil(Z95 * Z95 / 0.0025));
  }

  @Test
  void halvingTheMarginRoughlyQuadruplesTheSampleSize() {
    // 3.8414588 / 0.025^2 = 6146.33 -> 6147.
    assertThat(NpsSampleSize.forMarginWorstCase(2.5, 0.95)).isEqualTo(6147);
  }

  @ParameterizedTest(name = "margin {0}, level {1}, pP {3}, pD {4} -> {5}")
  @CsvSource({
    // margin, level, z (tabled), pP, pD, n by hand
    // V = 0.70 - 0.09 = 0.61: 3.8414588 * 0.61 / 0.0025 = 937.32 -> 938
    "5, 0.95, 1.959963984540054, 0.5, 0.2, 938",
    // V = 0.70 - 0.01 = 0.69: 6.6348966 * 0.69 / 0.0009 = 5086.75 -> 5087
    "3, 0.99, 2.5758293035489004, 0.4, 0.3, 5087",
    // V = 0.70 - 0.25 = 0.45: 2.7055435 * 0.45 / 0.01 = 121.75 -> 122
    "10, 0.90, 1.6448536269514722, 0.6, 0.1, 122",
    // V = 1 - 0 = 1 (half promoters, half detractors): the worst case, 1537
    "5, 0.95, 1.959963984540054, 0.5, 0.5, 1537"
  })
  void sampleSizeForExpectedSharesByFormula(
      double margin, double level, double z, double pP, double pD, long byHand) {
    long actual = NpsSampleSize.forMargin(margin, level, pD, pP);
    assertThat(actual).isEqualTo(expectedSampleSize(z, margin, pP, pD)).isEqualTo(byHand);
  }

  @Test
  void worstCaseEqualsHalfPromotersHalfDetractors() {
    for (double margin : new double[] {1, 2.5, 5, 7, 10}) {
      assertThat(NpsSampleSize.forMarginWorstCase(margin, 0.95))
          .as("margin %s", margin)
          .isEqualTo(NpsSampleSize.forMargin(margin, 0.95, 0.5, 0.5));
    }
  }

  @Test
  void atLeastOneAnswerIsNeeded() {
    // Margin 200: 3.84 / 4 = 0.96 -> 1. All promoters expected: V = 0 -> 0, but at least 1.
    assertThat(NpsSampleSize.forMarginWorstCase(200, 0.95)).isEqualTo(1);
    assertThat(NpsSampleSize.forMargin(5, 0.95, 0.0, 1.0)).isEqualTo(1);
    assertThat(NpsSampleSize.forMargin(5, 0.95, 0.0, 0.0)).isEqualTo(1);
  }

  @ParameterizedTest(name = "margin {0} is rejected")
  @ValueSource(
      doubles = {0.0, -5, 200.5, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
  void invalidMarginsAreRejectedNamingTheMargin(double margin) {
    assertThatThrownBy(() -> NpsSampleSize.forMarginWorstCase(margin, 0.95))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Invalid margin of error " + margin);
    assertThatThrownBy(() -> NpsSampleSize.forMargin(margin, 0.95, 0.2, 0.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Invalid margin of error " + margin);
  }

  @ParameterizedTest(name = "share {0} is rejected")
  @ValueSource(doubles = {-0.1, 1.1, Double.NaN, Double.POSITIVE_INFINITY})
  void sharesOutsideTheUnitIntervalAreRejectedNamingTheShare(double share) {
    assertThatThrownBy(() -> NpsSampleSize.forMargin(5, 0.95, 0.0, share))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Invalid expected promoter share " + share);
    assertThatThrownBy(() -> NpsSampleSize.forMargin(5, 0.95, share, 0.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Invalid expected detractor share " + share);
  }

  @Test
  void sharesAddingUpToMoreThanOneAreRejected() {
    assertThatThrownBy(() -> NpsSampleSize.forMargin(5, 0.95, 0.5, 0.6))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("add up to more than 1");
  }

  @ParameterizedTest(name = "level {0} is rejected")
  @ValueSource(doubles = {0.0, 1.0, -0.1, 1.5, Double.NaN})
  void invalidLevelsAreRejected(double level) {
    assertThatThrownBy(() -> NpsSampleSize.forMargin(5, level, 0.2, 0.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Invalid confidence level " + level);
  }

  @org.junit.jupiter.api.Test
  void aSampleSizeBeyondALongIsAnArithmeticException() {
    // 1.96^2 / (1e-10 / 100)^2 is about 3.8e24, far beyond Long.MAX_VALUE (9.2e18).
    assertThatThrownBy(() -> NpsSampleSize.forMarginWorstCase(1e-10, 0.95))
        .isInstanceOf(ArithmeticException.class)
        .hasMessageContaining("does not fit in a long");
  }
}
