package org.nps4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.nps4j.core.ConfidenceLevelsTest.Z95;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Weighted NPS (e.g. weights = account revenue): weighted shares and NPS, Kish's effective sample
 * size n_eff = (sum w)^2 / sum w^2 (DOMAIN.md "Statistics"), and SE = 100 sqrt(V / n_eff). Expected
 * values are hand calculations shown in the comments.
 */
class WeightedNpsSummaryTest {
  private static final Offset<Double> TIGHT = within(1e-9);

  /**
   * Four answers with weights 1, 1, 2, 4: scores 10 (w 1) and 9 (w 4) are promoters, 7 (w 2) is a
   * passive, 3 (w 1) is a detractor. Sum w = 8, sum w^2 = 1 + 16 + 4 + 1 = 22.
   */
  private static WeightedNpsSummary oneOneTwoFour() {
    WeightedNpsAccumulator accumulator = WeightedNpsAccumulator.create(Scale.STANDARD);
    accumulator.add(10, 1.0);
    accumulator.add(9, 4.0);
    accumulator.add(7, 2.0);
    accumulator.add(3, 1.0);
    return accumulator.snapshot();
  }

  /** 50 promoters, 30 passives, 20 detractors, every answer with the same weight. */
  private static WeightedNpsSummary fiftyThirtyTwentyWeighted(double weight) {
    WeightedNpsAccumulator accumulator = WeightedNpsAccumulator.create(Scale.STANDARD);
    for (int i = 0; i < 50; i++) {
      accumulator.add(9 + i % 2, weight);
    }
    for (int i = 0; i < 30; i++) {
      accumulator.add(7 + i % 2, weight);
    }
    for (int i = 0; i < 20; i++) {
      accumulator.add(i % 7, weight);
    }
    return accumulator.snapshot();
  }

  @Test
  void weightedSharesAndNpsByHand() {
    // pP = (1 + 4) / 8 = 0.625, pPassive = 2 / 8 = 0.25, pD = 1 / 8 = 0.125, NPS = 100 * 0.5 = 50.
    WeightedNpsSummary summary = oneOneTwoFour();
    assertThat(summary.count()).isEqualTo(4);
    assertThat(summary.totalWeight()).isEqualTo(8.0);
    assertThat(summary.promoterWeight()).isEqualTo(5.0);
    assertThat(summary.passiveWeight()).isEqualTo(2.0);
    assertThat(summary.detractorWeight()).isEqualTo(1.0);
    assertThat(summary.sumOfSquaredWeights()).isEqualTo(22.0);
    assertThat(summary.promoterShare()).isCloseTo(0.625, TIGHT);
    assertThat(summary.passiveShare()).isCloseTo(0.25, TIGHT);
    assertThat(summary.detractorShare()).isCloseTo(0.125, TIGHT);
    assertThat(summary.netPromoterScore()).isCloseTo(50.0, TIGHT);
  }

  @Test
  void kishEffectiveSampleSizeByHand() {
    // n_eff = 8^2 / 22 = 32 / 11 = 2.909, fewer than the 4 answers.
    assertThat(oneOneTwoFour().effectiveSampleSize()).isCloseTo(32.0 / 11, TIGHT);
  }

  @Test
  void varianceAndStandardErrorUseTheEffectiveSampleSize() {
    // V = (0.625 + 0.125) - 0.5^2 = 0.5 -> variance 10^4 * 0.5 = 5000 on the 100 scale.
    // SE = 100 sqrt(0.5 / (32/11)) = 100 sqrt(11/64) = 100 sqrt(11) / 8 = 41.458 (by hand).
    WeightedNpsSummary summary = oneOneTwoFour();
    assertThat(summary.variance()).isCloseTo(5000.0, within(1e-7));
    assertThat(summary.standardError())
        .isCloseTo(100 * Math.sqrt(11) / 8, TIGHT)
        .isCloseTo(41.458, within(1e-3));
  }

  @Test
  void waldIntervalIsWeightedNpsPlusMinusZTimesSe() {
    // 50 +- 1.959963984540054 * 100 sqrt(11) / 8; the unclamped upper 131.3 is clamped to 100.
    double margin = Z95 * 100 * Math.sqrt(11) / 8;
    Interval interval = oneOneTwoFour().confidenceInterval(IntervalMethod.WALD, 0.95);
    assertThat(interval.estimate()).isCloseTo(50, TIGHT);
    assertThat(interval.unclampedLower()).isCloseTo(50 - margin, TIGHT);
    assertThat(interval.unclampedUpper()).isCloseTo(50 + margin, TIGHT);
    assertThat(interval.upper()).isEqualTo(100.0);
  }

  @Test
  void adjustedWaldIntervalAddsPseudoCountsToTheEffectiveCounts() {
    // Effective counts = share * n_eff = (0.625, 0.25, 0.125) * 32/11 = (20/11, 8/11, 4/11);
    // with Rocks' pseudo-counts: (20/11 + 0.75, 8/11 + 1.5, 4/11 + 0.75), n' = 32/11 + 3.
    double promoters = 20.0 / 11 + 0.75;
    double passives = 8.0 / 11 + 1.5;
    double detractors = 4.0 / 11 + 0.75;
    double n = promoters + passives + detractors;
    double pP = promoters / n;
    double pD = detractors / n;
    double centre = pP - pD;
    double se = Math.sqrt(((pP + pD) - centre * centre) / n);
    Interval interval = oneOneTwoFour().confidenceInterval(IntervalMethod.ADJUSTED_WALD, 0.95);
    assertThat(interval.estimate()).isCloseTo(100 * centre, TIGHT);
    assertThat(interval.unclampedLower()).isCloseTo(100 * (centre - Z95 * se), TIGHT);
    assertThat(interval.unclampedUpper()).isCloseTo(100 * (centre + Z95 * se), TIGHT);
  }

  @ParameterizedTest(name = "weight {0}")
  @ValueSource(doubles = {1.0, 3.0, 0.25, 1234.5})
  void equalWeightsGiveNEffEqualToNAndTheUnweightedStandardError(double weight) {
    // n_eff = (100 w)^2 / (100 w^2) = 100; SE = 100 sqrt(0.61 / 100), as unweighted.
    WeightedNpsSummary weighted = fiftyThirtyTwentyWeighted(weight);
    NpsSummary unweighted = NpsSummary.ofCounts(20, 30, 50);
    assertThat(weighted.effectiveSampleSize()).isCloseTo(100.0, within(1e-9));
    assertThat(weighted.netPromoterScore()).isCloseTo(30.0, TIGHT);
    assertThat(weighted.standardError())
        .isCloseTo(100 * Math.sqrt(0.61 / 100), TIGHT)
        .isCloseTo(unweighted.standardError(), TIGHT);
    assertThat(weighted.variance()).isCloseTo(unweighted.variance(), within(1e-7));
    for (IntervalMethod method : IntervalMethod.values()) {
      Interval w = weighted.confidenceInterval(method, 0.95);
      Interval u = unweighted.confidenceInterval(method, 0.95);
      assertThat(w.lower()).as("%s lower", method).isCloseTo(u.lower(), within(1e-8));
      assertThat(w.upper()).as("%s upper", method).isCloseTo(u.upper(), within(1e-8));
    }
  }

  @Test
  void zeroWeightAnswersCountButAddNoInformation() {
    // Weights 0, 1, 1: n = 3, n_eff = 2^2 / 2 = 2; the zero-weight detractor changes no share.
    WeightedNpsAccumulator accumulator = WeightedNpsAccumulator.create(Scale.STANDARD);
    accumulator.add(0, 0.0);
    accumulator.add(10, 1.0);
    accumulator.add(8, 1.0);
    WeightedNpsSummary summary = accumulator.snapshot();
    assertThat(summary.count()).isEqualTo(3);
    assertThat(summary.effectiveSampleSize()).isCloseTo(2.0, TIGHT);
    assertThat(summary.netPromoterScore()).isCloseTo(50.0, TIGHT);
    assertThat(summary.detractorShare()).isZero();
  }

  @ParameterizedTest(name = "weight {0} is rejected")
  @ValueSource(
      doubles = {-1.0, -0.001, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
  void invalidWeightsAreRejectedNamingTheWeight(double weight) {
    WeightedNpsAccumulator accumulator = WeightedNpsAccumulator.create(Scale.STANDARD);
    assertThatThrownBy(() -> accumulator.add(9, weight))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Invalid weight " + weight);
    // The rejected answer is not counted.
    assertThat(accumulator.snapshot().count()).isZero();
  }

  @Test
  void zeroTotalWeightIsEmpty() {
    WeightedNpsAccumulator accumulator = WeightedNpsAccumulator.create(Scale.STANDARD);
    accumulator.add(10, 0.0);
    accumulator.add(3, 0.0);
    WeightedNpsSummary summary = accumulator.snapshot();
    assertThat(summary.count()).isEqualTo(2);
    assertThat(summary.isEmpty()).isTrue();
    String message = "NPS is undefined for an empty sample";
    assertThatThrownBy(summary::netPromoterScore)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(message);
    assertThatThrownBy(summary::promoterShare).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(summary::effectiveSampleSize).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(summary::standardError).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(summary::variance).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> summary.confidenceInterval(IntervalMethod.WALD, 0.95))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(message);
  }

  @Test
  void nothingAddedIsEmpty() {
    WeightedNpsSummary summary = WeightedNpsAccumulator.create(Scale.STANDARD).snapshot();
    assertThat(summary.isEmpty()).isTrue();
    assertThatThrownBy(summary::netPromoterScore).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void weightedDifferenceUsesEachSidesEffectiveSampleSize() {
    // a = the 1, 1, 2, 4 sample: N = 0.5, V = 0.5, n_eff = 32/11.
    // b = 50/30/20 with equal weights: N = 0.3, V = 0.61, n_eff = 100.
    // SE = 100 sqrt(0.5 / (32/11) + 0.61 / 100) = 100 sqrt(11/64 + 0.0061); diff = 20.
    double se = 100 * Math.sqrt(11.0 / 64 + 0.0061);
    NpsDifference difference =
        NpsDifference.between(
            oneOneTwoFour(), fiftyThirtyTwentyWeighted(2.0), IntervalMethod.WALD, 0.95);
    assertThat(difference.difference()).isCloseTo(20.0, TIGHT);
    assertThat(difference.standardError()).isCloseTo(se, TIGHT);
    assertThat(difference.z()).isCloseTo(20 / se, within(1e-12));
  }

  @Test
  void weightedDifferenceOfAnEmptySampleIsRefused() {
    WeightedNpsSummary empty = WeightedNpsAccumulator.create(Scale.STANDARD).snapshot();
    assertThatThrownBy(
            () -> NpsDifference.between(empty, oneOneTwoFour(), IntervalMethod.WALD, 0.95))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void kishEffectiveSampleSizeIsScaleInvariantForVerySmallWeights() {
    // Kish's n_eff does not change when every weight is multiplied by the same constant c:
    // (c sum w)^2 / (c^2 sum w^2). Weights 1e-200, 1e-200, 2e-200, 4e-200 are finite and >= 0,
    // so valid; n_eff must be 32/11 as for 1, 1, 2, 4.
    WeightedNpsAccumulator accumulator = WeightedNpsAccumulator.create(Scale.STANDARD);
    accumulator.add(10, 1e-200);
    accumulator.add(9, 4e-200);
    accumulator.add(7, 2e-200);
    accumulator.add(3, 1e-200);
    WeightedNpsSummary summary = accumulator.snapshot();
    assertThat(summary.isEmpty()).isFalse();
    assertThat(summary.netPromoterScore()).isCloseTo(50.0, TIGHT);
    assertThat(summary.effectiveSampleSize()).isCloseTo(32.0 / 11, TIGHT);
  }

  @Test
  void kishEffectiveSampleSizeIsScaleInvariantForVeryLargeWeights() {
    // As above with c = 1e200: each w^2 overflows a double if squared directly.
    WeightedNpsAccumulator accumulator = WeightedNpsAccumulator.create(Scale.STANDARD);
    accumulator.add(10, 1e200);
    accumulator.add(9, 4e200);
    accumulator.add(7, 2e200);
    accumulator.add(3, 1e200);
    WeightedNpsSummary summary = accumulator.snapshot();
    assertThat(summary.netPromoterScore()).isCloseTo(50.0, TIGHT);
    assertThat(summary.effectiveSampleSize()).isCloseTo(32.0 / 11, TIGHT);
    // V = 0.5 as for weights 1, 1, 2, 4: SE = 100 sqrt(0.5 / (32/11)) = 100 sqrt(11) / 8.
    assertThat(summary.standardError()).isCloseTo(100 * Math.sqrt(11) / 8, TIGHT);
    assertThat(summary.confidenceInterval(IntervalMethod.WALD, 0.95).width()).isPositive();
    assertThat(summary.totalWeight()).isCloseTo(8e200, within(1e188));
    assertThat(summary.sumOfSquaredWeights()).isEqualTo(Double.POSITIVE_INFINITY);
  }

  @Test
  void mergingTalliesOfVeryDifferentWeightScalesKeepsTheStatistics() {
    // 1, 1, 2, 4 (times 2^600) merged with 1, 1, 2, 4 (times 2^600) in two halves, in both orders,
    // equals one tally of all eight: n_eff = (16)^2 / 44 = 64/11; the powers of two keep the
    // rescaling exact.
    double c = Math.scalb(1.0, 600);
    WeightedNpsAccumulator first = WeightedNpsAccumulator.create(Scale.STANDARD);
    first.add(10, c);
    first.add(9, 4 * c);
    WeightedNpsAccumulator second = WeightedNpsAccumulator.create(Scale.STANDARD);
    second.add(7, 2 * c);
    second.add(3, c);
    WeightedNpsSummary half = first.snapshot().plus(second.snapshot());
    WeightedNpsSummary both = half.plus(half);
    assertThat(both.effectiveSampleSize()).isCloseTo(64.0 / 11, TIGHT);
    assertThat(both.netPromoterScore()).isCloseTo(50.0, TIGHT);
    assertThat(second.snapshot().plus(first.snapshot())).isEqualTo(half);

    // A tally of tiny weights merged into one of ordinary weights: the tiny ones count as answers
    // but their weight is negligible, so the figures are those of the ordinary tally.
    WeightedNpsAccumulator ordinary = WeightedNpsAccumulator.create(Scale.STANDARD);
    ordinary.add(10, 1);
    ordinary.add(0, 3);
    WeightedNpsAccumulator tiny = WeightedNpsAccumulator.create(Scale.STANDARD);
    tiny.add(0, 1e-300);
    WeightedNpsSummary merged = ordinary.combine(tiny).snapshot();
    assertThat(merged.count()).isEqualTo(3);
    // (1 - 3) / 4 = -50; n_eff = 16 / 10.
    assertThat(merged.netPromoterScore()).isCloseTo(-50.0, TIGHT);
    assertThat(merged.effectiveSampleSize()).isCloseTo(1.6, TIGHT);
  }
}
