package org.nps4j.segments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nps4j.core.Interval;
import org.nps4j.core.IntervalMethod;
import org.nps4j.core.NpsAccumulator;
import org.nps4j.core.NpsSummary;
import org.nps4j.core.Scale;
import org.nps4j.core.UnansweredPolicy;

class MixAdjustmentTest {
  /** The 97.5 % standard normal quantile (R: qnorm(0.975)). */
  private static final double Z_95 = 1.959963984540054;

  /** The 95 % standard normal quantile (R: qnorm(0.95)), the critical value at level 0.90. */
  private static final double Z_90 = 1.6448536269514722;

  private static final double TOLERANCE = 1e-9;

  private static NpsSummary counts(long detractors, long passives, long promoters) {
    return NpsSummary.ofCounts(detractors, passives, promoters);
  }

  /**
   * Rep A sells mostly the hard product X, rep B mostly Y.
   *
   * <pre>
   *   A, X: 80 answers, 32 promoters, 24 detractors: NPS 100 * (32 - 24) / 80 = 10
   *   A, Y: 20 answers, 14 promoters,  2 detractors: NPS 100 * (14 -  2) / 20 = 60
   *   B, X: 20 answers,  8 promoters,  4 detractors: NPS 100 * ( 8 -  4) / 20 = 20
   *   B, Y: 80 answers, 60 promoters,  4 detractors: NPS 100 * (60 -  4) / 80 = 70
   * </pre>
   */
  private static Map<SegmentKey, NpsSummary> repsByProduct() {
    Map<SegmentKey, NpsSummary> cells = new LinkedHashMap<>();
    cells.put(SegmentKey.of("A", "X"), counts(24, 24, 32));
    cells.put(SegmentKey.of("A", "Y"), counts(2, 4, 14));
    cells.put(SegmentKey.of("B", "X"), counts(4, 8, 8));
    cells.put(SegmentKey.of("B", "Y"), counts(4, 16, 60));
    return cells;
  }

  private static MixAdjustedNps row(MixAdjustmentReport report, Object focus) {
    return report.row(focus).orElseThrow();
  }

  @Test
  void crudeNpsFollowsEachRepsOwnMix() {
    MixAdjustmentReport report = MixAdjustment.toOverallMix().adjust(repsByProduct());

    // Crude A = (80 * 10 + 20 * 60) / 100 = 20; crude B = (20 * 20 + 80 * 70) / 100 = 60.
    assertThat(row(report, "A").crudeNps().getAsDouble()).isCloseTo(20.0, within(TOLERANCE));
    assertThat(row(report, "B").crudeNps().getAsDouble()).isCloseTo(60.0, within(TOLERANCE));
    assertThat(row(report, "A").crude()).isEqualTo(counts(26, 28, 46));
    assertThat(row(report, "A").ownMix()).containsExactly(Map.entry("X", 0.8), Map.entry("Y", 0.2));
    assertThat(row(report, "B").ownMix()).containsExactly(Map.entry("X", 0.2), Map.entry("Y", 0.8));
  }

  @Test
  void standardizingToTheOverallMixNarrowsTheGap() {
    MixAdjustmentReport report = MixAdjustment.toOverallMix().adjust(repsByProduct());

    // Overall mix: X has 80 + 20 = 100 of 200 answers, Y 20 + 80 = 100 of 200.
    assertThat(report.standardMix()).containsExactly(Map.entry("X", 0.5), Map.entry("Y", 0.5));
    // A = 0.5 * 10 + 0.5 * 60 = 35; B = 0.5 * 20 + 0.5 * 70 = 45.
    MixAdjustedNps a = row(report, "A");
    MixAdjustedNps b = row(report, "B");
    assertThat(a.adjustedNps().getAsDouble()).isCloseTo(35.0, within(TOLERANCE));
    assertThat(b.adjustedNps().getAsDouble()).isCloseTo(45.0, within(TOLERANCE));
    assertThat(a.adjustment().getAsDouble()).isCloseTo(35.0 - 20.0, within(TOLERANCE));
    assertThat(b.adjustment().getAsDouble()).isCloseTo(45.0 - 60.0, within(TOLERANCE));
    assertThat(a.isStandardized()).isTrue();
    assertThat(a.mixCoverage()).isEqualTo(1.0);
    assertThat(a.flags()).isEmpty();
    assertThat(report.rows()).extracting(MixAdjustedNps::focusValue).containsExactly("A", "B");
  }

  @Test
  void mixAdjustmentCanReverseTheRanking() {
    // A is better than B on each product but sells mostly the hard one:
    //   A, X: 80 answers, 36 promoters, 12 detractors: NPS 100 * 24 / 80 = 30
    //   A, Y: 20 answers, 16 promoters,  0 detractors: NPS 100 * 16 / 20 = 80
    // Crude A = (24 + 16) / 100 = 40 < crude B = 60; adjusted A = 0.5 * 30 + 0.5 * 80 = 55 > 45.
    Map<SegmentKey, NpsSummary> cells = repsByProduct();
    cells.put(SegmentKey.of("A", "X"), counts(12, 32, 36));
    cells.put(SegmentKey.of("A", "Y"), counts(0, 4, 16));

    MixAdjustmentReport report = MixAdjustment.toOverallMix().adjust(cells);

    assertThat(row(report, "A").crudeNps().getAsDouble()).isCloseTo(40.0, within(TOLERANCE));
    assertThat(row(report, "A").adjustedNps().getAsDouble()).isCloseTo(55.0, within(TOLERANCE));
    assertThat(row(report, "B").adjustedNps().getAsDouble()).isCloseTo(45.0, within(TOLERANCE));
  }

  @Test
  void waldStandardErrorAndIntervalByHand() {
    MixAdjustmentReport report =
        MixAdjustment.toOverallMix().withMethod(IntervalMethod.WALD).adjust(repsByProduct());

    // V = 10^4 * ((pP + pD) - (pP - pD)^2):
    //   A, X: pP 0.4,  pD 0.3:  V = 10^4 * (0.7 - 0.01) = 6900
    //   A, Y: pP 0.7,  pD 0.1:  V = 10^4 * (0.8 - 0.36) = 4400
    //   B, X: pP 0.4,  pD 0.2:  V = 10^4 * (0.6 - 0.04) = 5600
    //   B, Y: pP 0.75, pD 0.05: V = 10^4 * (0.8 - 0.49) = 3100
    // SE(A)^2 = 0.25 * 6900 / 80 + 0.25 * 4400 / 20 = 21.5625 + 55 = 76.5625, SE(A) = 8.75.
    // SE(B)^2 = 0.25 * 5600 / 20 + 0.25 * 3100 / 80 = 70 + 9.6875 = 79.6875.
    MixAdjustedNps a = row(report, "A");
    assertThat(a.standardError().getAsDouble()).isCloseTo(8.75, within(TOLERANCE));
    Interval intervalA = a.interval().orElseThrow();
    assertThat(intervalA.estimate()).isCloseTo(35.0, within(TOLERANCE));
    assertThat(intervalA.lower()).isCloseTo(35.0 - Z_95 * 8.75, within(TOLERANCE));
    assertThat(intervalA.upper()).isCloseTo(35.0 + Z_95 * 8.75, within(TOLERANCE));
    assertThat(intervalA.level()).isEqualTo(0.95);

    MixAdjustedNps b = row(report, "B");
    assertThat(b.standardError().getAsDouble()).isCloseTo(Math.sqrt(79.6875), within(TOLERANCE));
    assertThat(b.interval().orElseThrow().upper())
        .isCloseTo(45.0 + Z_95 * Math.sqrt(79.6875), within(TOLERANCE));
  }

  @Test
  void levelChangesTheCriticalValue() {
    MixAdjustmentReport report =
        MixAdjustment.toOverallMix()
            .withMethod(IntervalMethod.WALD)
            .withLevel(0.90)
            .adjust(repsByProduct());

    Interval interval = row(report, "A").interval().orElseThrow();
    assertThat(interval.width()).isCloseTo(2 * Z_90 * 8.75, within(TOLERANCE));
    assertThat(interval.level()).isEqualTo(0.90);
  }

  @Test
  void adjustedWaldAddsPseudoCountsToEachStratumAndCentresOnTheirEstimate() {
    MixAdjustmentReport report = MixAdjustment.toOverallMix().adjust(repsByProduct());

    // Rocks (2016) per stratum: promoters + 0.75, passives + 1.5, detractors + 0.75, n + 3.
    //   A, X: (32.75 - 24.75) / 83; A, Y: (14.75 - 2.75) / 23.
    double npsX = (32.75 - 24.75) / 83;
    double npsY = (14.75 - 2.75) / 23;
    double varianceX = (32.75 + 24.75) / 83 - npsX * npsX;
    double varianceY = (14.75 + 2.75) / 23 - npsY * npsY;
    double centre = 100 * (0.5 * npsX + 0.5 * npsY);
    double standardError = 100 * Math.sqrt(0.25 * varianceX / 83 + 0.25 * varianceY / 23);

    MixAdjustedNps a = row(report, "A");
    assertThat(report.rows()).hasSize(2);
    assertThat(a.adjustedNps().getAsDouble()).isCloseTo(35.0, within(TOLERANCE));
    assertThat(a.standardError().getAsDouble()).isCloseTo(standardError, within(TOLERANCE));
    Interval interval = a.interval().orElseThrow();
    assertThat(interval.estimate()).isCloseTo(centre, within(TOLERANCE));
    assertThat(interval.lower()).isCloseTo(centre - Z_95 * standardError, within(TOLERANCE));
    assertThat(interval.upper()).isCloseTo(centre + Z_95 * standardError, within(TOLERANCE));
  }

  @Test
  void zSquaredOverThreeVariantAddsTheSamePseudoCountToEachCategory() {
    MixAdjustmentReport report =
        MixAdjustment.toOverallMix()
            .withMethod(IntervalMethod.ADJUSTED_WALD_Z2_OVER_3)
            .adjust(repsByProduct());

    double third = Z_95 * Z_95 / 3;
    double nX = 80 + 3 * third;
    double nY = 20 + 3 * third;
    double npsX = (32 - 24) / nX;
    double npsY = (14 - 2) / nY;
    double varianceX = (32 + 24 + 2 * third) / nX - npsX * npsX;
    double varianceY = (14 + 2 + 2 * third) / nY - npsY * npsY;
    double standardError = 100 * Math.sqrt(0.25 * varianceX / nX + 0.25 * varianceY / nY);

    Interval interval = row(report, "A").interval().orElseThrow();
    assertThat(interval.estimate()).isCloseTo(100 * (0.5 * npsX + 0.5 * npsY), within(TOLERANCE));
    assertThat(row(report, "A").standardError().getAsDouble())
        .isCloseTo(standardError, within(TOLERANCE));
  }

  @Test
  void oneStratumOfFullWeightGivesCoresOneSampleInterval() {
    NpsSummary summary = counts(5, 10, 25);
    Map<SegmentKey, NpsSummary> cells = Map.of(SegmentKey.of("A", "X"), summary);

    for (IntervalMethod method :
        new IntervalMethod[] {
          IntervalMethod.WALD, IntervalMethod.ADJUSTED_WALD, IntervalMethod.ADJUSTED_WALD_Z2_OVER_3
        }) {
      Interval expected = summary.confidenceInterval(method, 0.95);
      MixAdjustedNps row = row(MixAdjustment.toOverallMix().withMethod(method).adjust(cells), "A");
      Interval actual = row.interval().orElseThrow();
      assertThat(actual.estimate()).as("%s", method).isCloseTo(expected.estimate(), within(1e-9));
      assertThat(actual.lower()).as("%s", method).isCloseTo(expected.lower(), within(1e-9));
      assertThat(actual.upper()).as("%s", method).isCloseTo(expected.upper(), within(1e-9));
      assertThat(row.adjustedNps().getAsDouble()).isCloseTo(100.0 * 20 / 40, within(TOLERANCE));
    }
  }

  @Test
  void singleCategoryStrataHaveNoWaldErrorButAnAdjustedOne() {
    // Every answer a promoter: NPS 100 in both strata.
    Map<SegmentKey, NpsSummary> cells = new LinkedHashMap<>();
    cells.put(SegmentKey.of("A", "X"), counts(0, 0, 40));
    cells.put(SegmentKey.of("A", "Y"), counts(0, 0, 10));

    MixAdjustedNps wald =
        row(MixAdjustment.toOverallMix().withMethod(IntervalMethod.WALD).adjust(cells), "A");
    MixAdjustedNps adjusted = row(MixAdjustment.toOverallMix().adjust(cells), "A");

    assertThat(wald.adjustedNps().getAsDouble()).isCloseTo(100.0, within(TOLERANCE));
    assertThat(wald.standardError().getAsDouble()).isZero();
    assertThat(wald.interval().orElseThrow().width()).isZero();
    assertThat(adjusted.adjustedNps().getAsDouble()).isCloseTo(100.0, within(TOLERANCE));
    assertThat(adjusted.standardError().getAsDouble()).isPositive();
    // Overall mix X 40/50, Y 10/50; pseudo-counts pull each stratum's centre below 100:
    // X (40.75 - 0.75) / 43, Y (10.75 - 0.75) / 13.
    double centre = 100 * (0.8 * 40.0 / 43 + 0.2 * 10.0 / 13);
    assertThat(adjusted.interval().orElseThrow().estimate()).isCloseTo(centre, within(TOLERANCE));
    assertThat(adjusted.interval().orElseThrow().width()).isPositive();
  }

  @Test
  void segmentMissingAStratumOfPositiveWeightIsNotStandardized() {
    Map<SegmentKey, NpsSummary> cells = repsByProduct();
    // C answered on X only (NPS 100 * (10 - 5) / 20 = 25); its Y cell has only unanswered surveys.
    cells.put(SegmentKey.of("C", "X"), counts(5, 5, 10));
    NpsAccumulator unanswered = NpsAccumulator.create();
    unanswered.addMissing(3);
    cells.put(SegmentKey.of("C", "Y"), unanswered.snapshot());

    MixAdjustmentReport report = MixAdjustment.toOverallMix().adjust(cells);

    // Overall mix: X 120 of 220, Y 100 of 220.
    assertThat(report.standardMix())
        .containsExactly(Map.entry("X", 120.0 / 220), Map.entry("Y", 100.0 / 220));
    MixAdjustedNps c = row(report, "C");
    assertThat(c.isStandardized()).isFalse();
    assertThat(c.adjustedNps()).isEmpty();
    assertThat(c.standardError()).isEmpty();
    assertThat(c.interval()).isEmpty();
    assertThat(c.adjustment()).isEmpty();
    assertThat(c.mixCoverage()).isCloseTo(120.0 / 220, within(TOLERANCE));
    assertThat(c.crudeNps().getAsDouble()).isCloseTo(25.0, within(TOLERANCE));
    assertThat(c.ownMix()).containsExactly(Map.entry("X", 1.0));
    assertThat(c.flags()).containsExactly(SegmentFlag.LOW_N);
    assertThat(row(report, "A").isStandardized()).isTrue();
  }

  @Test
  void aZeroWeightLeavesAStratumOutOnPurpose() {
    Map<SegmentKey, NpsSummary> cells = repsByProduct();
    cells.put(SegmentKey.of("C", "X"), counts(5, 5, 10));

    MixAdjustmentReport report = MixAdjustment.toMix(Map.of("X", 1, "Y", 0)).adjust(cells);

    // Standardized to X alone, each rep's adjusted NPS is its NPS on X: A 10, B 20, C 25.
    assertThat(row(report, "A").adjustedNps().getAsDouble()).isCloseTo(10.0, within(TOLERANCE));
    assertThat(row(report, "B").adjustedNps().getAsDouble()).isCloseTo(20.0, within(TOLERANCE));
    assertThat(row(report, "C").adjustedNps().getAsDouble()).isCloseTo(25.0, within(TOLERANCE));
    assertThat(row(report, "C").mixCoverage()).isEqualTo(1.0);
  }

  @Test
  void userWeightsAreNormalized() {
    Map<String, Long> weights = new LinkedHashMap<>();
    weights.put("X", 3L);
    weights.put("Y", 1L);
    MixAdjustment adjustment = MixAdjustment.toMix(weights);

    MixAdjustmentReport report = adjustment.adjust(repsByProduct());

    assertThat(adjustment.standardWeights().orElseThrow())
        .containsExactly(Map.entry("X", 0.75), Map.entry("Y", 0.25));
    assertThat(report.standardMix()).containsExactly(Map.entry("X", 0.75), Map.entry("Y", 0.25));
    // A = 0.75 * 10 + 0.25 * 60 = 22.5; B = 0.75 * 20 + 0.25 * 70 = 32.5.
    assertThat(row(report, "A").adjustedNps().getAsDouble()).isCloseTo(22.5, within(TOLERANCE));
    assertThat(row(report, "B").adjustedNps().getAsDouble()).isCloseTo(32.5, within(TOLERANCE));
    assertThat(MixAdjustment.toOverallMix().standardWeights()).isEmpty();
  }

  @Test
  void aStandardValueNoCellHasLeavesEveryoneUnadjusted() {
    MixAdjustmentReport report =
        MixAdjustment.toMix(Map.of("X", 1, "Y", 1, "Z", 2)).adjust(repsByProduct());

    assertThat(report.rows()).allSatisfy(row -> assertThat(row.isStandardized()).isFalse());
    assertThat(row(report, "A").mixCoverage()).isCloseTo(0.5, within(TOLERANCE));
  }

  @Test
  void aMixValueWithAnswersButNoStandardWeightIsAnError() {
    MixAdjustment adjustment = MixAdjustment.toMix(Map.of("X", 1));

    assertThatThrownBy(() -> adjustment.adjust(repsByProduct()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Mix value Y")
        .hasMessageContaining("weight 0");
  }

  @Test
  void flagsNameEmptySmallMissingAndOverflowSegments() {
    Map<SegmentKey, NpsSummary> cells = repsByProduct();
    cells.put(SegmentKey.of("Empty", "X"), NpsSummary.empty());
    cells.put(SegmentKey.of(null, "X"), counts(10, 10, 20));
    cells.put(SegmentKey.of(null, "Y"), counts(10, 10, 20));
    cells.put(SegmentKey.of(SpecialKeyValue.OVERFLOW, "X"), counts(1, 1, 1));
    cells.put(SegmentKey.of(SpecialKeyValue.OVERFLOW, "Y"), counts(1, 1, 1));

    MixAdjustmentReport report = MixAdjustment.toOverallMix().withMinimumN(80).adjust(cells);

    MixAdjustedNps empty = row(report, "Empty");
    assertThat(empty.flags()).containsExactlyInAnyOrder(SegmentFlag.EMPTY, SegmentFlag.LOW_N);
    assertThat(empty.crudeNps()).isEmpty();
    assertThat(empty.adjustedNps()).isEmpty();
    assertThat(empty.mixCoverage()).isZero();
    assertThat(empty.ownMix()).isEmpty();
    assertThat(row(report, SpecialKeyValue.MISSING).flags())
        .containsExactly(SegmentFlag.MISSING_KEY);
    assertThat(row(report, "").flags()).containsExactly(SegmentFlag.MISSING_KEY);
    assertThat(row(report, SpecialKeyValue.OVERFLOW).flags())
        .containsExactlyInAnyOrder(SegmentFlag.OVERFLOW, SegmentFlag.LOW_N);
    assertThat(row(report, SpecialKeyValue.OVERFLOW).isStandardized()).isTrue();
    assertThat(row(report, "A").flags()).isEmpty();
    assertThat(report.row("nobody")).isEmpty();
  }

  @Test
  void lowNUsesTheDefaultMinimumOf30() {
    Map<SegmentKey, NpsSummary> cells = new LinkedHashMap<>();
    cells.put(SegmentKey.of("A", "X"), counts(10, 10, 9));
    cells.put(SegmentKey.of("B", "X"), counts(10, 10, 10));

    MixAdjustmentReport report = MixAdjustment.toOverallMix().adjust(cells);

    assertThat(row(report, "A").has(SegmentFlag.LOW_N)).isTrue();
    assertThat(row(report, "B").has(SegmentFlag.LOW_N)).isFalse();
  }

  @Test
  void defaults() {
    MixAdjustment adjustment = MixAdjustment.toOverallMix();

    assertThat(adjustment.method()).isEqualTo(IntervalMethod.ADJUSTED_WALD);
    assertThat(adjustment.level()).isEqualTo(0.95);
    assertThat(adjustment.minimumN()).isEqualTo(30);
    assertThat(adjustment.toString())
        .isEqualTo("MixAdjustment[to overall mix, ADJUSTED_WALD, level 0.95, minimum n 30]");
  }

  @Test
  void invalidSettingsAreRejected() {
    MixAdjustment adjustment = MixAdjustment.toOverallMix();

    assertThatThrownBy(() -> adjustment.withMethod(IntervalMethod.SCORE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SCORE");
    assertThatThrownBy(() -> adjustment.withLevel(1.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Invalid confidence level 1.0");
    assertThatThrownBy(() -> adjustment.withLevel(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> adjustment.withMinimumN(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid minimum n (must be >= 1): 0");
  }

  @Test
  void invalidStandardWeightsAreRejected() {
    assertThatThrownBy(() -> MixAdjustment.toMix(Map.of("X", -1.0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid standard weight for X (must be finite and >= 0): -1.0");
    assertThatThrownBy(() -> MixAdjustment.toMix(Map.of("X", Double.NaN)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NaN");
    assertThatThrownBy(() -> MixAdjustment.toMix(Map.of("X", Double.POSITIVE_INFINITY)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Infinity");
    assertThatThrownBy(() -> MixAdjustment.toMix(Map.of("X", 0, "Y", 0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must sum to more than 0");
    assertThatThrownBy(() -> MixAdjustment.toMix(Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must sum to more than 0");
    assertThatThrownBy(() -> MixAdjustment.toMix(Map.of("", 1, " ", 2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("each mix value once")
        .hasMessageContaining("both the mix value (missing)");
  }

  @Test
  void hugeWeightsAreNormalizedWithoutOverflow() {
    MixAdjustment adjustment =
        MixAdjustment.toMix(Map.of("X", Double.MAX_VALUE, "Y", Double.MAX_VALUE));

    assertThat(adjustment.standardWeights().orElseThrow())
        .containsOnly(Map.entry("X", 0.5), Map.entry("Y", 0.5));
  }

  @Test
  void keysMustHaveTwoValues() {
    Map<SegmentKey, NpsSummary> cells = Map.of(SegmentKey.of("A", "X", "cold"), counts(1, 1, 1));

    assertThatThrownBy(() -> MixAdjustment.toOverallMix().adjust(cells))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Invalid cell key (must have exactly 2 values, focus value and mix value):"
                + " A / X / cold has 3");
  }

  @Test
  void cellsMustShareScaleAndPolicy() {
    Map<SegmentKey, NpsSummary> scales = new LinkedHashMap<>();
    scales.put(SegmentKey.of("A", "X"), counts(1, 1, 1));
    scales.put(SegmentKey.of("A", "Y"), NpsSummary.ofCounts(Scale.ONE_TO_FIVE, 1, 1, 1));
    Map<SegmentKey, NpsSummary> policies = new LinkedHashMap<>();
    policies.put(SegmentKey.of("A", "X"), counts(1, 1, 1));
    policies.put(
        SegmentKey.of("A", "Y"),
        NpsSummary.empty(Scale.STANDARD, UnansweredPolicy.COUNT_AS_PASSIVE));

    assertThatThrownBy(() -> MixAdjustment.toOverallMix().adjust(scales))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("different scales")
        .hasMessageContaining("A / X")
        .hasMessageContaining("A / Y")
        .hasMessageContaining("1-5");
    assertThatThrownBy(() -> MixAdjustment.toOverallMix().adjust(policies))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("different unanswered policies")
        .hasMessageContaining("COUNT_AS_PASSIVE");
  }

  @Test
  void overallMixNeedsAnAnsweredResponse() {
    Map<SegmentKey, NpsSummary> cells = Map.of(SegmentKey.of("A", "X"), NpsSummary.empty());

    assertThatThrownBy(() -> MixAdjustment.toOverallMix().adjust(cells))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no cell has an answered response");
    assertThat(MixAdjustment.toMix(Map.of("X", 1)).adjust(Map.of()).rows()).isEmpty();
  }

  @Test
  void nullsAreRejected() {
    assertThatThrownBy(() -> MixAdjustment.toOverallMix().adjust(null))
        .isInstanceOf(NullPointerException.class);
    Map<SegmentKey, NpsSummary> cells = new LinkedHashMap<>();
    cells.put(SegmentKey.of("A", "X"), null);
    assertThatThrownBy(() -> MixAdjustment.toOverallMix().adjust(cells))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("A / X");
  }

  @Test
  void rowRejectsInconsistentFigures() {
    assertThatThrownBy(
            () ->
                new MixAdjustedNps(
                    "A",
                    counts(1, 1, 1),
                    OptionalDouble.of(0),
                    OptionalDouble.of(0),
                    OptionalDouble.empty(),
                    Optional.empty(),
                    1.0,
                    Map.of(),
                    Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("all present or all empty");
    assertThatThrownBy(
            () ->
                new MixAdjustedNps(
                    "A",
                    counts(1, 1, 1),
                    OptionalDouble.of(0),
                    OptionalDouble.empty(),
                    OptionalDouble.empty(),
                    Optional.empty(),
                    1.5,
                    Map.of(),
                    Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid mix coverage (must be in [0, 1]): 1.5");
  }
}
