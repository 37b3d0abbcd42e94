package org.nps4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.nps4j.core.ReferenceFormulas.variance;
import static org.assertj.core.api.Assertions.withinPercentage;
import static org.nps4j.core.ConfidenceLevelsTest.Z95;
import static org.nps4j.core.ConfidenceLevelsTest.referenceErfc;
import static org.nps4j.core.ConfidenceLevelsTest.referenceTwoSidedP;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One-sample tests of an NPS against a fixed benchmark: "is this team above the company's 30?".
 *
 * <p>Expected values: z by the formulas of DOMAIN.md written out below, p-values from tabled normal
 * tails or from {@link ConfidenceLevelsTest#referenceErfc}.
 */
class NpsBenchmarkComparisonTest {
  /** A team of 200: 110 promoters, 60 passives, 30 detractors, NPS (110 - 30) / 200 = 40. */
  private static final NpsSummary TEAM = NpsSummary.ofCounts(30, 60, 110);

  @Test
  void waldZAgainstTheCompanyBenchmarkByFormula() {
    // N = 0.40, V = 0.70 - 0.16 = 0.54, SE = sqrt(0.54 / 200) = 0.05196;
    // z = (0.40 - 0.30) / 0.05196 = 1.9245 (by hand); two-sided p = erfc(1.9245 / sqrt 2) = 0.0543.
    double z = (0.40 - 0.30) / Math.sqrt(0.54 / 200);
    NpsBenchmarkComparison comparison =
        NpsBenchmarkComparison.of(TEAM, 30, IntervalMethod.WALD, 0.95);

    assertThat(comparison.z()).isCloseTo(z, within(1e-12)).isCloseTo(1.9245, within(1e-4));
    assertThat(comparison.netPromoterScore()).isCloseTo(40.0, within(1e-12));
    assertThat(comparison.benchmark()).isEqualTo(30.0);
    assertThat(comparison.difference()).isCloseTo(10.0, within(1e-12));
    assertThat(comparison.pValue())
        .isCloseTo(referenceTwoSidedP(z), withinPercentage(1e-9))
        .isCloseTo(0.0543, within(1e-4));
    // One-sided "above": P(Z >= z) = erfc(z / sqrt 2) / 2.
    assertThat(comparison.pValueAbove())
        .isCloseTo(referenceErfc(z / Math.sqrt(2)) / 2, withinPercentage(1e-9));
    // p = 0.054 > 0.05: above the benchmark, but not significantly at 95 %.
    assertThat(comparison.isSignificantlyAbove()).isFalse();
    assertThat(comparison.isSignificantlyBelow()).isFalse();
    assertThat(NpsBenchmarkComparison.of(TEAM, 30, IntervalMethod.WALD, 0.90).isSignificantlyAbove())
        .isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(IntervalMethod.class)
  void oneSidedPValuesAddUpToOneAndTwoSidedIsTwiceTheSmaller(IntervalMethod method) {
    for (double benchmark : new double[] {-100, -20, 30, 40, 55, 100}) {
      NpsBenchmarkComparison comparison =
          NpsBenchmarkComparison.of(TEAM, benchmark, method, 0.95);
      double above = comparison.pValueAbove();
      double below = comparison.pValueBelow();
      assertThat(above + below).as("benchmark %s", benchmark).isCloseTo(1.0, within(1e-15));
      assertThat(comparison.pValue())
          .as("benchmark %s", benchmark)
          .isCloseTo(2 * Math.min(above, below), within(1e-15));
    }
  }

  @Test
  void sampleBelowTheBenchmarkHasNegativeZ() {
    // Benchmark 55: z = (0.40 - 0.55) / sqrt(0.54 / 200) = -2.887, p = 0.0039: significantly below.
    double z = (0.40 - 0.55) / Math.sqrt(0.54 / 200);
    NpsBenchmarkComparison comparison =
        NpsBenchmarkComparison.of(TEAM, 55, IntervalMethod.WALD, 0.95);
    assertThat(comparison.z()).isCloseTo(z, within(1e-12)).isNegative();
    assertThat(comparison.difference()).isCloseTo(-15.0, within(1e-12));
    assertThat(comparison.pValue()).isCloseTo(referenceTwoSidedP(z), withinPercentage(1e-9));
    assertThat(comparison.pValueBelow()).isLessThan(comparison.pValueAbove());
    assertThat(comparison.isSignificantlyBelow()).isTrue();
    assertThat(comparison.isSignificantlyAbove()).isFalse();
  }

  @Test
  void adjustedWaldZUsesTheAdjustedCounts() {
    // Pseudo-counts (Rocks 2016): 110.75 / 61.5 / 30.75, n' = 203, N' = 80 / 203.
    double nPrime = 203;
    double z = (80 / nPrime - 0.30) / Math.sqrt(variance(110.75, 61.5, 30.75) / nPrime);
    NpsBenchmarkComparison comparison =
        NpsBenchmarkComparison.of(TEAM, 30, IntervalMethod.ADJUSTED_WALD, 0.95);
    assertThat(comparison.z()).isCloseTo(z, within(1e-12));
    // The reported NPS stays the raw one.
    assertThat(comparison.netPromoterScore()).isCloseTo(40.0, within(1e-12));
  }

  @ParameterizedTest(name = "{0} promoters, {1} passives, {2} detractors: z = {3}, p = {4}")
  @CsvSource({
    // Against 0 the score statistic is (b - c) / sqrt(b + c) (DOMAIN.md), passives do not matter.
    "12, 10, 4, 2.0, 0.045500263896358", //   8 / sqrt(16) = 2 (68-95-99.7 rule)
    "27, 3, 9, 3.0, 0.002699796063260", //   18 / sqrt(36) = 3 (68-95-99.7 rule)
    "2, 40, 0, 1.4142135623730951, 0.157299207050285", // 2 / sqrt(2): erfc(1), A&S table 7.1
    "4, 0, 12, -2.0, 0.045500263896358" //  -8 / sqrt(16) = -2
  })
  void scoreStatisticAgainstZeroIsPromotersMinusDetractorsOverRoot(
      long promoters, long passives, long detractors, double expectedZ, double tabledP) {
    NpsSummary summary = NpsSummary.ofCounts(detractors, passives, promoters);
    NpsBenchmarkComparison comparison =
        NpsBenchmarkComparison.of(summary, 0, IntervalMethod.SCORE, 0.95);
    assertThat(comparison.z())
        .isCloseTo((promoters - detractors) / Math.sqrt(promoters + detractors), within(1e-12))
        .isCloseTo(expectedZ, within(1e-12));
    assertThat(comparison.pValue()).isCloseTo(tabledP, withinPercentage(1e-9));
  }

  @Test
  void scoreStatisticAgainstANonZeroBenchmarkIsTangosZ() {
    // Tango's Z(D) (IntervalMethod.SCORE), written out: D = 0.30, b = 110, c = 30, n = 200.
    double b = 110;
    double c = 30;
    double n = 200;
    double d = 0.30;
    double w = -(b + c) + (2 * n - b + c) * d;
    double q = (Math.sqrt(w * w + 8 * n * c * d * (1 - d)) - w) / (4 * n);
    double z = (b - c - n * d) / Math.sqrt(n * (2 * q + d * (1 - d)));
    NpsBenchmarkComparison comparison =
        NpsBenchmarkComparison.of(TEAM, 30, IntervalMethod.SCORE, 0.95);
    assertThat(comparison.z()).isCloseTo(z, within(1e-12)).isPositive();
  }

  @Test
  void scoreTestAgreesWithTheScoreInterval() {
    // The score interval is the set of benchmarks the score test does not reject, so a benchmark
    // just inside a bound is not significant and one just outside is.
    Interval interval = TEAM.confidenceInterval(IntervalMethod.SCORE, 0.95);
    assertThat(
            NpsBenchmarkComparison.of(TEAM, interval.lower() + 0.01, IntervalMethod.SCORE, 0.95)
                .isSignificantlyAbove())
        .isFalse();
    assertThat(
            NpsBenchmarkComparison.of(TEAM, interval.lower() - 0.01, IntervalMethod.SCORE, 0.95)
                .isSignificantlyAbove())
        .isTrue();
    assertThat(
            NpsBenchmarkComparison.of(TEAM, interval.upper() - 0.01, IntervalMethod.SCORE, 0.95)
                .isSignificantlyBelow())
        .isFalse();
    assertThat(
            NpsBenchmarkComparison.of(TEAM, interval.upper() + 0.01, IntervalMethod.SCORE, 0.95)
                .isSignificantlyBelow())
        .isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(IntervalMethod.class)
  void intervalIsTheSummarysIntervalBySameMethodAndLevel(IntervalMethod method) {
    NpsBenchmarkComparison comparison = NpsBenchmarkComparison.of(TEAM, 30, method, 0.99);
    assertThat(comparison.interval()).isEqualTo(TEAM.confidenceInterval(method, 0.99));
    assertThat(comparison.method()).isEqualTo(method);
    assertThat(comparison.level()).isEqualTo(0.99);
  }

  @Test
  void waldInterval95ExcludesTheBenchmarkExactlyWhenSignificant() {
    // Wald: significant iff |N - B| > z SE iff B outside N +- z SE. SE = 100 sqrt(0.54 / 200).
    double se = 100 * Math.sqrt(0.54 / 200);
    double justInside = 40 - Z95 * se + 0.01;
    double justOutside = 40 - Z95 * se - 0.01;
    assertThat(
            NpsBenchmarkComparison.of(TEAM, justInside, IntervalMethod.WALD, 0.95)
                .isSignificantlyAbove())
        .isFalse();
    assertThat(
            NpsBenchmarkComparison.of(TEAM, justOutside, IntervalMethod.WALD, 0.95)
                .isSignificantlyAbove())
        .isTrue();
  }

  @ParameterizedTest(name = "benchmark {0} is rejected")
  @ValueSource(
      doubles = {100.5, -100.5, 1000, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
  void benchmarkOutsideTheNpsRangeIsRejected(double benchmark) {
    assertThatThrownBy(() -> NpsBenchmarkComparison.of(TEAM, benchmark, IntervalMethod.WALD, 0.95))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Invalid benchmark NPS " + benchmark);
  }

  @ParameterizedTest(name = "benchmark {0} is accepted")
  @ValueSource(doubles = {-100, 100})
  void benchmarksAtTheEndsOfTheRangeAreAccepted(double benchmark) {
    for (IntervalMethod method : IntervalMethod.values()) {
      NpsBenchmarkComparison comparison = NpsBenchmarkComparison.of(TEAM, benchmark, method, 0.95);
      assertThat(comparison.benchmark()).isEqualTo(benchmark);
      assertThat(comparison.pValue()).isBetween(0.0, 1.0);
    }
  }

  @Test
  void allPromotersAgainst100HasZeroZ() {
    // Wald SE is 0 and N - B = 0: z = 0 (no evidence either way), p = 1.
    NpsSummary allPromoters = NpsSummary.ofCounts(0, 0, 5);
    NpsBenchmarkComparison comparison =
        NpsBenchmarkComparison.of(allPromoters, 100, IntervalMethod.WALD, 0.95);
    assertThat(comparison.z()).isZero();
    assertThat(comparison.pValue()).isEqualTo(1.0);
  }

  @Test
  void emptySummaryAndNullsAreRejected() {
    assertThatThrownBy(
            () -> NpsBenchmarkComparison.of(NpsSummary.empty(), 30, IntervalMethod.WALD, 0.95))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("NPS is undefined for an empty sample");
    assertThatThrownBy(() -> NpsBenchmarkComparison.of(null, 30, IntervalMethod.WALD, 0.95))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> NpsBenchmarkComparison.of(TEAM, 30, null, 0.95))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void defaultIsAdjustedWaldAt95PercentAndIsSignificantMeansEitherDirection() {
    NpsBenchmarkComparison byDefault = NpsBenchmarkComparison.of(TEAM, 30);
    NpsBenchmarkComparison explicit =
        NpsBenchmarkComparison.of(TEAM, 30, IntervalMethod.ADJUSTED_WALD, 0.95);
    assertThat(byDefault.method()).isEqualTo(IntervalMethod.ADJUSTED_WALD);
    assertThat(byDefault.z()).isEqualTo(explicit.z());
    // NPS 40 against a benchmark of 0: z far above 2, so significant and above.
    NpsBenchmarkComparison againstZero = NpsBenchmarkComparison.of(TEAM, 0);
    assertThat(againstZero.isSignificant()).isTrue();
    assertThat(againstZero.isSignificantlyAbove()).isTrue();
    assertThat(againstZero.isSignificantlyBelow()).isFalse();
    // Against its own NPS the adjusted estimate 100 * 80 / 203 = 39.4 is 0.6 below: not significant.
    assertThat(NpsBenchmarkComparison.of(TEAM, 40).isSignificant()).isFalse();
  }
}
