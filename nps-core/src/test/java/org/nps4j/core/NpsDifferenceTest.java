package org.nps4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.nps4j.core.ReferenceFormulas.variance;
import static org.assertj.core.api.Assertions.withinPercentage;
import static org.nps4j.core.ConfidenceLevelsTest.Z90;
import static org.nps4j.core.ConfidenceLevelsTest.Z95;
import static org.nps4j.core.ConfidenceLevelsTest.referenceTwoSidedP;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The difference of two independent NPS samples, a - b (DOMAIN.md "Statistics"): SE = sqrt(Va/na +
 * Vb/nb), z = diff / SE, two-sided p = erfc(|z| / sqrt 2), all on the 100 scale, sign kept.
 *
 * <p>Expected values come from those formulas written out below, from tabled normal tail
 * probabilities, or from {@link ConfidenceLevelsTest#referenceErfc} (an independent series checked
 * against Abramowitz &amp; Stegun).
 */
class NpsDifferenceTest {
  private static final Offset<Double> TIGHT = within(1e-9);

  /** This quarter: 50 promoters, 30 passives, 20 detractors; NPS 30, V = 0.61. */
  private static final NpsSummary A = NpsSummary.ofCounts(20, 30, 50);

  /** Last quarter: 60 promoters, 25 passives, 15 detractors; NPS 45, V = 0.75 - 0.2025 = 0.5475. */
  private static final NpsSummary B = NpsSummary.ofCounts(15, 25, 60);

  @Test
  void differenceKeepsItsSign() {
    // 30 - 45 = -15: a scored lower than b. The R package NPS reports |a - b| = 15.
    NpsDifference aMinusB = NpsDifference.between(A, B, IntervalMethod.WALD, 0.95);
    NpsDifference bMinusA = NpsDifference.between(B, A, IntervalMethod.WALD, 0.95);
    assertThat(aMinusB.difference()).isCloseTo(-15.0, TIGHT);
    assertThat(bMinusA.difference()).isCloseTo(15.0, TIGHT);
    assertThat(aMinusB.z()).isNegative();
    assertThat(bMinusA.z()).isCloseTo(-aMinusB.z(), TIGHT);
    assertThat(aMinusB.interval().estimate()).isCloseTo(-15.0, TIGHT);
  }

  @Test
  void waldStandardErrorZPValueAndIntervalByFormula() {
    // SE = 100 sqrt(0.61/100 + 0.5475/100) = 100 sqrt(0.011575) = 10.7587 (by hand);
    // z = -15 / 10.7587 = -1.3942; p = erfc(1.3942 / sqrt 2) = 0.1633.
    double se = 100 * Math.sqrt(0.61 / 100 + 0.5475 / 100);
    double z = -15 / se;
    NpsDifference difference = NpsDifference.between(A, B, IntervalMethod.WALD, 0.95);

    assertThat(difference.standardError()).isCloseTo(se, TIGHT).isCloseTo(10.7587, within(1e-4));
    assertThat(difference.z()).isCloseTo(z, within(1e-12)).isCloseTo(-1.3942, within(1e-4));
    assertThat(difference.pValue()).isCloseTo(referenceTwoSidedP(z), withinPercentage(1e-9));
    assertThat(difference.method()).isEqualTo(IntervalMethod.WALD);
    assertThat(difference.level()).isEqualTo(0.95);
    // One-sided: "did NPS fall?" is P(Z <= z), half the two-sided p for a negative z.
    assertThat(difference.pValueBelow())
        .isCloseTo(referenceTwoSidedP(z) / 2, withinPercentage(1e-9));
    assertThat(difference.pValueAbove() + difference.pValueBelow()).isCloseTo(1.0, TIGHT);

    Interval interval = difference.interval();
    assertThat(interval.estimate()).isCloseTo(-15, TIGHT);
    assertThat(interval.lower()).isCloseTo(-15 - Z95 * se, TIGHT);
    assertThat(interval.upper()).isCloseTo(-15 + Z95 * se, TIGHT);
    assertThat(interval.level()).isEqualTo(0.95);
  }

  @ParameterizedTest(name = "{0} promoters + {1} passives vs passives only: z = {2}, p = {3}")
  @CsvSource({
    // a: half promoters, half passives (pP = 1/2, V = 1/2 - 1/4 = 1/4); b: passives only (V = 0).
    // z^2 = (1/2)^2 / (1/4 / n) = n, so z = sqrt(n). Tabled two-sided tails:
    "1, 1, 1.4142135623730951, 0.157299207050285", // z = sqrt 2: erfc(1), A&S table 7.1
    "2, 2, 2.0, 0.045500263896358", //                z = 2 (68-95-99.7 rule)
    "4, 4, 2.8284271247461903, 0.004677734981047", // z = 2 sqrt 2: erfc(2), A&S table 7.1
    // a: 6 promoters, 12 passives (pP = 1/3, V = 2/9), n = 18: z^2 = (1/9) / (2/9/18) = 9.
    "6, 12, 3.0, 0.002699796063260" //                z = 3 (68-95-99.7 rule)
  })
  void pValueMatchesTabledNormalTails(
      long promoters, long passives, double expectedZ, double tabledP) {
    NpsSummary a = NpsSummary.ofCounts(0, passives, promoters);
    NpsSummary b = NpsSummary.ofCounts(0, 5, 0);
    NpsDifference difference = NpsDifference.between(a, b, IntervalMethod.WALD, 0.95);
    assertThat(difference.z()).isCloseTo(expectedZ, within(1e-12));
    assertThat(difference.pValue()).isCloseTo(tabledP, withinPercentage(1e-9));
  }

  @Test
  void adjustedWaldUsesAdjustedCountsOfBothGroupsWhileDifferenceStaysRaw() {
    // a -> 50.75 / 31.5 / 20.75 (n' = 103), b -> 60.75 / 26.5 / 15.75 (n' = 103).
    // Adjusted difference = (30 - 45) / 103 = -14.563 points; raw difference -15.
    double centre = (50.75 - 20.75) / 103 - (60.75 - 15.75) / 103;
    double se = Math.sqrt(variance(50.75, 31.5, 20.75) / 103 + variance(60.75, 26.5, 15.75) / 103);
    double z = centre / se;
    NpsDifference difference = NpsDifference.between(A, B, IntervalMethod.ADJUSTED_WALD, 0.95);

    assertThat(difference.difference()).isCloseTo(-15.0, TIGHT);
    assertThat(difference.standardError()).isCloseTo(100 * se, TIGHT);
    assertThat(difference.z()).isCloseTo(z, within(1e-12));
    assertThat(difference.pValue()).isCloseTo(referenceTwoSidedP(z), withinPercentage(1e-9));
    Interval interval = difference.interval();
    assertThat(interval.estimate()).isCloseTo(100 * centre, TIGHT).isCloseTo(-1500.0 / 103, TIGHT);
    assertThat(interval.lower()).isCloseTo(100 * (centre - Z95 * se), TIGHT);
    assertThat(interval.upper()).isCloseTo(100 * (centre + Z95 * se), TIGHT);
  }

  @Test
  void adjustedWaldZSquaredOverThreeAddsZSquaredOverThreeToEveryCategoryOfBothGroups() {
    // At 90 %: z^2 / 3 = 2.7055 / 3 = 0.9018 added to each category of a and b.
    double t = Z90 * Z90 / 3;
    double nA = 100 + 3 * t;
    double nB = 100 + 3 * t;
    double centre = (50 + t - (20 + t)) / nA - (60 + t - (15 + t)) / nB;
    double se =
        Math.sqrt(
            variance(50 + t, 30 + t, 20 + t) / nA + variance(60 + t, 25 + t, 15 + t) / nB);
    NpsDifference difference =
        NpsDifference.between(A, B, IntervalMethod.ADJUSTED_WALD_Z2_OVER_3, 0.90);
    assertThat(difference.difference()).isCloseTo(-15.0, TIGHT);
    assertThat(difference.standardError()).isCloseTo(100 * se, TIGHT);
    assertThat(difference.z()).isCloseTo(centre / se, within(1e-12));
    assertThat(difference.interval().lower()).isCloseTo(100 * (centre - Z90 * se), TIGHT);
    assertThat(difference.interval().upper()).isCloseTo(100 * (centre + Z90 * se), TIGHT);
  }

  @Test
  void defaultIsAdjustedWaldAt95Percent() {
    NpsDifference byDefault = NpsDifference.between(A, B);
    NpsDifference explicit = NpsDifference.between(A, B, IntervalMethod.ADJUSTED_WALD, 0.95);
    assertThat(byDefault.method()).isEqualTo(IntervalMethod.ADJUSTED_WALD);
    assertThat(byDefault.level()).isEqualTo(0.95);
    assertThat(byDefault.z()).isEqualTo(explicit.z());
    assertThat(byDefault.pValue()).isEqualTo(explicit.pValue());
    assertThat(byDefault.interval()).isEqualTo(explicit.interval());
  }

  @Test
  void scoreMethodIsRefused() {
    assertThatThrownBy(() -> NpsDifference.between(A, B, IntervalMethod.SCORE, 0.95))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SCORE");
  }

  @Test
  void samplesOnDifferentScalesAreRefused() {
    NpsAccumulator stars = NpsAccumulator.create(Scale.ONE_TO_FIVE);
    stars.addAll(5, 5, 4, 2);
    NpsSummary onFiveStars = stars.snapshot();
    assertThatThrownBy(() -> NpsDifference.between(onFiveStars, A, IntervalMethod.WALD, 0.95))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("different scales");
    assertThatThrownBy(() -> NpsDifference.between(A, onFiveStars))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("different scales");
  }

  @Test
  void emptySampleOnEitherSideIsRefused() {
    NpsSummary empty = NpsSummary.empty();
    assertThatThrownBy(() -> NpsDifference.between(empty, B))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("NPS is undefined for an empty sample");
    assertThatThrownBy(() -> NpsDifference.between(A, empty, IntervalMethod.WALD, 0.95))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("NPS is undefined for an empty sample");
  }

  @Test
  void nullArgumentsAreRefused() {
    assertThatThrownBy(() -> NpsDifference.between(A, B, null, 0.95))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> NpsDifference.between(null, B, IntervalMethod.WALD, 0.95))
        .isInstanceOf(NullPointerException.class);
  }

  @ParameterizedTest(name = "{0} vs {1} at level {2}")
  @CsvSource({
    // a = 50/30/20 vs b = 60/30/10 (NPS 50, V = 0.7 - 0.25 = 0.45): SE = 100 sqrt(0.0106) = 10.30,
    // z = -20 / 10.30 = -1.94, p = 0.052: not significant at 0.95, significant at 0.90.
    "50, 60, 0.95, false",
    "50, 60, 0.90, true",
    // a = 50/30/20 vs b = 30/30/40 (NPS -10, V = 0.69): SE = 100 sqrt(0.013) = 11.40,
    // z = 40 / 11.40 = 3.51, p = 0.00045: significant at 0.95 and 0.99.
    "50, 30, 0.95, true",
    "50, 30, 0.99, true",
    // a = 50/30/20 vs b = 40/30/30 (NPS 10, V = 0.69): z = 20 / 11.40 = 1.75, p = 0.079:
    // significant at 0.90, not at 0.95.
    "50, 40, 0.90, true",
    "50, 40, 0.95, false"
  })
  void isSignificantMeansPValueBelowOneMinusLevelAndIntervalExcludingZero(
      long promotersA, long promotersB, double level, boolean handExpectation) {
    // Each sample has 30 passives and 100 answers in all.
    NpsSummary a = NpsSummary.ofCounts(70 - promotersA, 30, promotersA);
    NpsSummary b = NpsSummary.ofCounts(70 - promotersB, 30, promotersB);
    NpsDifference difference = NpsDifference.between(a, b, IntervalMethod.WALD, level);
    double expectedP = referenceTwoSidedP(difference.z());
    assertThat(difference.pValue()).isCloseTo(expectedP, withinPercentage(1e-8));
    assertThat(difference.isSignificant()).isEqualTo(expectedP < 1 - level);
    assertThat(difference.isSignificant()).as("hand calculation").isEqualTo(handExpectation);
    // For Wald the interval excludes 0 exactly when |z| exceeds the critical value.
    assertThat(difference.isSignificant()).isEqualTo(!difference.interval().contains(0));
  }

  @Test
  void summariesUnderDifferentUnansweredPoliciesAreNotCompared() {
    NpsAccumulator countAsPassive =
        NpsAccumulator.create(Scale.STANDARD, UnansweredPolicy.COUNT_AS_PASSIVE);
    countAsPassive.addAll(9, 3, 8);
    assertThatThrownBy(() -> NpsDifference.between(A, countAsPassive.snapshot()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Cannot compare summaries with different unanswered policies: EXCLUDE and"
                + " COUNT_AS_PASSIVE");
  }

  @Test
  void hugeSampleDifferenceHasATinyButNonZeroPValue() {
    // n = 450,000 per group. a: 50 % / 30 % / 20 % (N = 0.30, V = 0.61);
    // b: 45 % / 35 % / 20 % (N = 0.25, V = 0.65 - 0.0625 = 0.5875).
    // z = 0.05 / sqrt((0.61 + 0.5875) / 450000) = 30.65, p = erfc(21.67) ~ 2.6e-206.
    NpsSummary a = NpsSummary.ofCounts(90_000, 135_000, 225_000);
    NpsSummary b = NpsSummary.ofCounts(90_000, 157_500, 202_500);
    double z = 0.05 / Math.sqrt((0.61 + 0.5875) / 450_000);
    NpsDifference difference = NpsDifference.between(a, b, IntervalMethod.WALD, 0.95);

    assertThat(difference.z()).isCloseTo(z, within(1e-9)).isCloseTo(30.65, within(0.01));
    // Asymptotic expansion (A&S 7.1.23): erfc(x) ~ exp(-x^2) / (x sqrt(pi)) * (1 - 1/(2x^2)),
    // next term 3/(4x^4) ~ 3e-6 relative.
    double x = z / Math.sqrt(2);
    double asymptotic = Math.exp(-x * x) / (x * Math.sqrt(Math.PI)) * (1 - 1 / (2 * x * x));
    assertThat(difference.pValue())
        .isPositive()
        .isLessThan(1e-150)
        .isCloseTo(asymptotic, withinPercentage(1));
    assertThat(difference.isSignificant()).isTrue();
  }

  @Test
  void zeroStandardErrorGivesZeroOrInfiniteZ() {
    // Every answer of each group in one category: V = 0 on both sides, SE = 0 (class doc).
    NpsSummary promoters = NpsSummary.ofCounts(0, 0, 8);
    NpsSummary detractors = NpsSummary.ofCounts(6, 0, 0);
    NpsDifference same = NpsDifference.between(promoters, promoters, IntervalMethod.WALD, 0.95);
    assertThat(same.difference()).isZero();
    assertThat(same.z()).isZero();
    assertThat(same.pValue()).isEqualTo(1.0);
    assertThat(same.isSignificant()).isFalse();

    NpsDifference apart = NpsDifference.between(promoters, detractors, IntervalMethod.WALD, 0.95);
    assertThat(apart.difference()).isCloseTo(200.0, TIGHT);
    assertThat(apart.z()).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(apart.pValue()).isZero();
    assertThat(apart.isSignificant()).isTrue();
    assertThat(NpsDifference.between(detractors, promoters, IntervalMethod.WALD, 0.95).z())
        .isEqualTo(Double.NEGATIVE_INFINITY);
  }

  @Test
  void intervalIsClampedToPlusMinus200() {
    // a: 9 promoters 1 passive (N = 0.9, V = 0.09); b: 9 detractors 1 passive (N = -0.9, V = 0.09).
    // diff = 180, SE = 100 sqrt(0.009 + 0.009) = 13.42, upper = 180 + 1.96 * 13.42 = 206.3 > 200.
    NpsSummary a = NpsSummary.ofCounts(0, 1, 9);
    NpsSummary b = NpsSummary.ofCounts(9, 1, 0);
    double se = 100 * Math.sqrt(0.09 / 10 + 0.09 / 10);
    Interval interval = NpsDifference.between(a, b, IntervalMethod.WALD, 0.95).interval();
    assertThat(interval.unclampedUpper()).isCloseTo(180 + Z95 * se, TIGHT).isGreaterThan(200);
    assertThat(interval.upper()).isEqualTo(200.0);
    assertThat(interval.lower()).isCloseTo(180 - Z95 * se, TIGHT);
  }
}
