package org.nps4j.segments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.nps4j.core.Category;
import org.nps4j.core.Interval;
import org.nps4j.core.Scale;

class OutcomeAnalysisTest {
  /** The exact 95 % two-sided normal critical value, as DOMAIN.md gives it (not 1.96). */
  private static final double Z95 = 1.959963984540054;

  /** One CRM deal: the score its contact gave and what happened to the deal. */
  record DealOutcome(int score, Boolean converted, Boolean referral, OptionalDouble daysToClose) {}

  private static final OutcomeAnalysis<DealOutcome> ANALYSIS =
      OutcomeAnalysis.builder(DealOutcome::score)
          .binary("converted", DealOutcome::converted)
          .binary("referral", DealOutcome::referral)
          .duration("days to close", DealOutcome::daysToClose)
          .build();

  private static DealOutcome deal(int score, Boolean converted) {
    return new DealOutcome(score, converted, null, OptionalDouble.empty());
  }

  private static DealOutcome closed(int score, double days) {
    return new DealOutcome(score, true, null, OptionalDouble.of(days));
  }

  /** 10 promoters of whom 6 converted, 4 passives of whom 1 did, 10 detractors of whom 2 did. */
  private static List<DealOutcome> tenPromotersTenDetractors() {
    List<DealOutcome> deals = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      deals.add(deal(i % 2 == 0 ? 9 : 10, i < 6));
      deals.add(deal(i % 7, i < 2));
    }
    for (int i = 0; i < 4; i++) {
      deals.add(deal(7 + i % 2, i == 0));
    }
    return deals;
  }

  /** Wilson's bounds written out from the textbook formula. */
  private static double[] wilson(double successes, double n, double z) {
    double p = successes / n;
    double centre = (p + z * z / (2 * n)) / (1 + z * z / n);
    double half = z / (1 + z * z / n) * Math.sqrt(p * (1 - p) / n + z * z / (4 * n * n));
    return new double[] {centre - half, centre + half};
  }

  @Test
  void ratesByCategoryFromHandCountedDeals() {
    OutcomeReport report = ANALYSIS.analyze(tenPromotersTenDetractors());
    BinaryOutcomeByCategory converted = report.binary("converted");

    assertThat(report.respondents()).isEqualTo(24);
    assertThat(converted.promoters().rate()).isEqualTo(0.6); // 6 / 10
    assertThat(converted.detractors().rate()).isEqualTo(0.2); // 2 / 10
    assertThat(converted.passives().rate()).isEqualTo(0.25); // 1 / 4
    // All: (6 + 1 + 2) / 24.
    assertThat(converted.all().successes()).isEqualTo(9);
    assertThat(converted.all().known()).isEqualTo(24);
    assertThat(converted.all().rate()).isEqualTo(9.0 / 24);
  }

  @Test
  void wilsonIntervalForSixOfTenMatchesFormulaAndPublishedValue() {
    Interval interval =
        ANALYSIS
            .analyze(tenPromotersTenDetractors())
            .binary("converted")
            .promoters()
            .interval()
            .orElseThrow();
    double[] expected = wilson(6, 10, Z95);

    assertThat(interval.estimate()).isEqualTo(0.6);
    assertThat(interval.lower()).isCloseTo(expected[0], within(1e-12));
    assertThat(interval.upper()).isCloseTo(expected[1], within(1e-12));
    // Published: R's prop.test(6, 10, correct = FALSE), the Wilson interval, gives
    // 0.3126738 to 0.8318197.
    assertThat(interval.lower()).isCloseTo(0.3126738, within(5e-8));
    assertThat(interval.upper()).isCloseTo(0.8318197, within(5e-8));
    assertThat(interval.level()).isEqualTo(0.95);
  }

  @Test
  void liftOfSixOfTenOverTwoOfTenIsThreeWithKatzInterval() {
    Lift lift = ANALYSIS.analyze(tenPromotersTenDetractors()).binary("converted").lift();
    Interval ratio = lift.ratio().orElseThrow();

    // Katz: log RR ± z·sqrt(1/a − 1/n1 + 1/c − 1/n2) with a = 6, n1 = 10, c = 2, n2 = 10.
    double standardError = Math.sqrt(1.0 / 6 - 1.0 / 10 + 1.0 / 2 - 1.0 / 10);
    assertThat(ratio.estimate()).isCloseTo(3.0, within(1e-12)); // 0.6 / 0.2
    assertThat(ratio.lower())
        .isCloseTo(Math.exp(Math.log(3) - Z95 * standardError), within(1e-12))
        .isCloseTo(0.7864, within(1e-4)); // by hand: exp(1.0986 − 1.9600 · 0.6831)
    assertThat(ratio.upper())
        .isCloseTo(Math.exp(Math.log(3) + Z95 * standardError), within(1e-12))
        .isCloseTo(11.445, within(1e-3));
    assertThat(lift.ratioNote()).contains("Katz");
  }

  @Test
  void rateDifferenceUsesNewcombeHybridScoreInterval() {
    Interval difference =
        ANALYSIS
            .analyze(tenPromotersTenDetractors())
            .binary("converted")
            .lift()
            .difference()
            .orElseThrow();
    double[] promoters = wilson(6, 10, Z95);
    double[] detractors = wilson(2, 10, Z95);

    assertThat(difference.estimate()).isCloseTo(0.4, within(1e-12)); // 0.6 − 0.2
    assertThat(difference.lower())
        .isCloseTo(
            0.4 - Math.sqrt(Math.pow(0.6 - promoters[0], 2) + Math.pow(detractors[1] - 0.2, 2)),
            within(1e-12));
    assertThat(difference.upper())
        .isCloseTo(
            0.4 + Math.sqrt(Math.pow(promoters[1] - 0.6, 2) + Math.pow(0.2 - detractors[0], 2)),
            within(1e-12));
  }

  /** Newcombe (1998), Statistics in Medicine 17:873-890, Table II, method 10, to 4 places. */
  @Test
  void newcombeIntervalMatchesPublishedExamples() {
    assertDifference(56, 70, 48, 80, 0.0524, 0.3339);
    assertDifference(9, 10, 3, 10, 0.1705, 0.8090);
    assertDifference(5, 56, 0, 29, -0.0381, 0.1926);
    assertDifference(0, 10, 0, 20, -0.1611, 0.2775);
  }

  private static void assertDifference(
      long a, long n1, long c, long n2, double lower, double upper) {
    Lift lift =
        new Lift(
            new BinaryOutcomeByCategory.Rate(n1, n1, a, 0.95),
            new BinaryOutcomeByCategory.Rate(n2, n2, c, 0.95));
    Interval difference = lift.difference().orElseThrow();
    assertThat(difference.lower()).as("%d/%d - %d/%d", a, n1, c, n2).isCloseTo(lower, within(5e-5));
    assertThat(difference.upper()).as("%d/%d - %d/%d", a, n1, c, n2).isCloseTo(upper, within(5e-5));
  }

  @Test
  void unknownOutcomesAreCountedButLeftOutOfTheDenominator() {
    List<DealOutcome> deals =
        List.of(
            new DealOutcome(10, true, true, OptionalDouble.empty()),
            new DealOutcome(9, false, null, OptionalDouble.empty()),
            new DealOutcome(9, null, null, OptionalDouble.empty()),
            new DealOutcome(2, null, false, OptionalDouble.empty()));
    OutcomeReport report = ANALYSIS.analyze(deals);

    BinaryOutcomeByCategory.Rate converted = report.binary("converted").promoters();
    assertThat(converted.respondents()).isEqualTo(3);
    assertThat(converted.known()).isEqualTo(2);
    assertThat(converted.unknown()).isEqualTo(1);
    assertThat(converted.rate()).isEqualTo(0.5); // 1 of the 2 known, not 1 of 3

    BinaryOutcomeByCategory.Rate referral = report.binary("referral").promoters();
    assertThat(referral.known()).isEqualTo(1);
    assertThat(referral.unknown()).isEqualTo(2);
    assertThat(referral.rate()).isEqualTo(1.0);

    BinaryOutcomeByCategory.Rate detractor = report.binary("converted").detractors();
    assertThat(detractor.isEmpty()).isTrue();
    assertThat(detractor.unknown()).isEqualTo(1);
    assertThat(detractor.interval()).isEmpty();
    assertThatThrownBy(detractor::rate)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("undefined");
  }

  @Test
  void durationMeansDeviationsAndIntervalsFromHandCalculation() {
    List<DealOutcome> deals =
        List.of(
            closed(10, 10),
            closed(9, 20),
            closed(9, 30),
            deal(10, false), // no days to close: absent
            closed(3, 30),
            closed(0, 50),
            deal(5, false),
            closed(8, 12));
    DurationOutcomeByCategory days = ANALYSIS.analyze(deals).duration("days to close");

    DurationOutcomeByCategory.Summary promoters = days.promoters();
    assertThat(promoters.respondents()).isEqualTo(4);
    assertThat(promoters.count()).isEqualTo(3);
    assertThat(promoters.absent()).isEqualTo(1);
    assertThat(promoters.mean()).isCloseTo(20.0, within(1e-12)); // (10 + 20 + 30) / 3
    // Squared deviations 100 + 0 + 100 = 200; variance 200 / 2 = 100.
    assertThat(promoters.sumOfSquaredDeviations()).isCloseTo(200.0, within(1e-9));
    assertThat(promoters.standardDeviation()).isCloseTo(10.0, within(1e-12));
    Interval mean = promoters.meanInterval().orElseThrow();
    assertThat(mean.lower()).isCloseTo(20 - Z95 * 10 / Math.sqrt(3), within(1e-9));
    assertThat(mean.upper()).isCloseTo(20 + Z95 * 10 / Math.sqrt(3), within(1e-9));

    DurationOutcomeByCategory.Summary detractors = days.detractors();
    assertThat(detractors.mean()).isCloseTo(40.0, within(1e-12)); // (30 + 50) / 2
    assertThat(detractors.variance()).isCloseTo(200.0, within(1e-9)); // (100 + 100) / 1

    // Welch: (20 − 40) ± z·sqrt(100/3 + 200/2).
    Interval difference = days.meanDifference().orElseThrow();
    double standardError = Math.sqrt(100.0 / 3 + 200.0 / 2);
    assertThat(difference.estimate()).isCloseTo(-20.0, within(1e-12));
    assertThat(difference.lower()).isCloseTo(-20 - Z95 * standardError, within(1e-9));
    assertThat(difference.upper()).isCloseTo(-20 + Z95 * standardError, within(1e-9));

    // One passive value: a mean, but no spread and no interval.
    DurationOutcomeByCategory.Summary passives = days.passives();
    assertThat(passives.mean()).isEqualTo(12.0);
    assertThat(passives.meanInterval()).isEmpty();
    assertThatThrownBy(passives::standardDeviation).isInstanceOf(IllegalStateException.class);

    // All six values: mean 152 / 6; squared deviations computed from that mean.
    DurationOutcomeByCategory.Summary all = days.all();
    double allMean = (10 + 20 + 30 + 30 + 50 + 12) / 6.0;
    double squares = 0;
    for (double value : new double[] {10, 20, 30, 30, 50, 12}) {
      squares += (value - allMean) * (value - allMean);
    }
    assertThat(all.count()).isEqualTo(6);
    assertThat(all.respondents()).isEqualTo(8);
    assertThat(all.mean()).isCloseTo(allMean, within(1e-12));
    assertThat(all.sumOfSquaredDeviations()).isCloseTo(squares, within(1e-9));
  }

  @Test
  void meanIntervalIsClampedAtZeroDays() {
    DurationOutcomeByCategory.Summary summary =
        new DurationOutcomeByCategory.Summary(2, 2, 1.0, 2.0, 0.95); // values 0 and 2
    Interval interval = summary.meanInterval().orElseThrow();
    // 1 ± z · sqrt(2) / sqrt(2) = 1 ± z: the lower bound goes below 0 and is clamped.
    assertThat(interval.unclampedLower()).isCloseTo(1 - Z95, within(1e-12));
    assertThat(interval.lower()).isEqualTo(0.0);
    assertThat(interval.upper()).isCloseTo(1 + Z95, within(1e-12));
  }

  @Test
  void meanDifferenceNeedsTwoValuesInEachGroup() {
    DurationOutcomeByCategory days =
        ANALYSIS
            .analyze(List.of(closed(10, 5), closed(9, 7), closed(1, 9)))
            .duration("days to close");
    assertThat(days.meanDifference()).isEmpty();
    assertThat(days.meanDifferenceNote()).contains("at least 2").contains("2 and 1");
  }

  @Test
  void liftIsEmptyWithAReasonWhereUndefined() {
    Lift noDetractorSuccess =
        new Lift(
            new BinaryOutcomeByCategory.Rate(10, 10, 6, 0.95),
            new BinaryOutcomeByCategory.Rate(10, 10, 0, 0.95));
    assertThat(noDetractorSuccess.ratio()).isEmpty();
    assertThat(noDetractorSuccess.ratioNote()).contains("no detractor has the outcome");
    assertThat(noDetractorSuccess.difference()).isPresent(); // Newcombe is defined at 0 / 10

    Lift noPromoterSuccess =
        new Lift(
            new BinaryOutcomeByCategory.Rate(10, 10, 0, 0.95),
            new BinaryOutcomeByCategory.Rate(10, 10, 3, 0.95));
    assertThat(noPromoterSuccess.ratio()).isEmpty();
    assertThat(noPromoterSuccess.ratioNote()).contains("no promoter has the outcome");

    Lift noKnownDetractor =
        new Lift(
            new BinaryOutcomeByCategory.Rate(10, 10, 6, 0.95),
            new BinaryOutcomeByCategory.Rate(4, 0, 0, 0.95));
    assertThat(noKnownDetractor.ratio()).isEmpty();
    assertThat(noKnownDetractor.difference()).isEmpty();
    assertThat(noKnownDetractor.differenceNote()).contains("no detractor has a known value");
  }

  @Test
  void katzIntervalOfAllSuccessesInBothGroupsHasZeroWidth() {
    // 1/a − 1/n1 + 1/c − 1/n2 = 0 when a = n1 and c = n2: the ratio 1 is certain.
    Lift lift =
        new Lift(
            new BinaryOutcomeByCategory.Rate(5, 5, 5, 0.95),
            new BinaryOutcomeByCategory.Rate(7, 7, 7, 0.95));
    Interval ratio = lift.ratio().orElseThrow();
    assertThat(ratio.estimate()).isEqualTo(1.0);
    assertThat(ratio.lower()).isEqualTo(1.0);
    assertThat(ratio.upper()).isEqualTo(1.0);
  }

  @Test
  void wilsonBoundsArePinnedAtZeroAndOne() {
    Interval none = new BinaryOutcomeByCategory.Rate(20, 20, 0, 0.95).interval().orElseThrow();
    assertThat(none.lower()).isEqualTo(0.0);
    // With no success Wilson's upper bound simplifies to z² / (n + z²).
    assertThat(none.upper()).isCloseTo(Z95 * Z95 / (20 + Z95 * Z95), within(1e-12));
    Interval all = new BinaryOutcomeByCategory.Rate(20, 20, 20, 0.95).interval().orElseThrow();
    assertThat(all.upper()).isEqualTo(1.0);
    assertThat(all.lower()).isCloseTo(20 / (20 + Z95 * Z95), within(1e-12));
  }

  @Test
  void levelOfTheAnalysisAppliesToEveryInterval() {
    OutcomeAnalysis<DealOutcome> ninety =
        OutcomeAnalysis.builder(DealOutcome::score)
            .binary("converted", DealOutcome::converted)
            .level(0.9)
            .build();
    OutcomeReport report = ninety.analyze(tenPromotersTenDetractors());
    // The 90 % two-sided normal critical value, Φ⁻¹(0.95), from standard tables.
    double z90 = 1.6448536269514722;
    double[] expected = wilson(6, 10, z90);
    Interval interval = report.binary("converted").promoters().interval().orElseThrow();

    assertThat(report.level()).isEqualTo(0.9);
    assertThat(interval.level()).isEqualTo(0.9);
    assertThat(interval.lower()).isCloseTo(expected[0], within(1e-9));
    assertThat(interval.upper()).isCloseTo(expected[1], within(1e-9));
    assertThat(ninety.newAccumulator().snapshot().level()).isEqualTo(0.9);
  }

  @Test
  void columnarAndObjectApisGiveIdenticalReports() {
    List<DealOutcome> deals = new ArrayList<>(tenPromotersTenDetractors());
    deals.add(new DealOutcome(9, true, null, OptionalDouble.of(14.5)));
    deals.add(new DealOutcome(4, true, false, OptionalDouble.of(40)));
    deals.add(new DealOutcome(8, null, true, OptionalDouble.of(3.25)));
    int n = deals.size();
    int[] scores = new int[n];
    boolean[] converted = new boolean[n];
    byte[] convertedBytes = new byte[n];
    byte[] referral = new byte[n];
    double[] days = new double[n];
    for (int i = 0; i < n; i++) {
      DealOutcome deal = deals.get(i);
      scores[i] = deal.score();
      convertedBytes[i] = deal.converted() == null ? (byte) -1 : deal.converted() ? (byte) 1 : 0;
      converted[i] = Boolean.TRUE.equals(deal.converted());
      referral[i] = deal.referral() == null ? (byte) -1 : deal.referral() ? (byte) 1 : 0;
      days[i] = deal.daysToClose().orElse(Double.NaN);
    }
    OutcomeAccumulator columns =
        OutcomeAccumulator.create(List.of("converted", "referral"), List.of("days to close"));
    columns.addColumns(
        scores,
        OutcomeColumn.duration("days to close", days),
        OutcomeColumn.binary("converted", convertedBytes),
        OutcomeColumn.binary("referral", referral));

    // The same operations in the same order: equal to the last bit.
    assertThat(columns.snapshot()).isEqualTo(ANALYSIS.analyze(deals));

    // boolean[] columns know every value: the one unknown conversion becomes a "no".
    OutcomeAccumulator allKnown =
        OutcomeAccumulator.create(List.of("converted", "referral"), List.of("days to close"));
    allKnown.addColumns(
        scores,
        OutcomeColumn.binary("converted", converted),
        OutcomeColumn.binary("referral", referral),
        OutcomeColumn.duration("days to close", days));
    assertThat(allKnown.snapshot().binary("converted").all().known()).isEqualTo(n);
    assertThat(allKnown.snapshot().binary("converted").passives().successes()).isEqualTo(1);
  }

  @Test
  void columnRangeAddsOnlyThoseRespondents() {
    int[] scores = {10, 0, 9, 3};
    byte[] converted = {1, 1, 0, -1};
    OutcomeAccumulator accumulator = OutcomeAccumulator.create(List.of("converted"), List.of());
    accumulator.addColumns(scores, 1, 3, OutcomeColumn.binary("converted", converted));

    OutcomeReport report = accumulator.snapshot();
    assertThat(report.respondents()).isEqualTo(2); // indexes 1 and 2
    assertThat(report.binary("converted").detractors().successes()).isEqualTo(1);
    assertThat(report.binary("converted").promoters().known()).isEqualTo(1);
    assertThat(report.binary("converted").promoters().successes()).isZero();
  }

  @Test
  void parallelCollectorCountsExactlyAsTheSequentialAnalysis() {
    List<DealOutcome> deals = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      deals.add(
          new DealOutcome(
              i % 11, i % 3 == 0 ? null : i % 4 == 0, i % 5 == 0, OptionalDouble.of(i % 17)));
    }
    OutcomeReport sequential = ANALYSIS.analyze(deals);
    OutcomeReport parallel = deals.parallelStream().collect(ANALYSIS.toReport());

    assertThat(parallel.nps()).isEqualTo(sequential.nps());
    assertThat(parallel.binaryOutcomes()).isEqualTo(sequential.binaryOutcomes());
    DurationOutcomeByCategory.Summary a = parallel.duration("days to close").promoters();
    DurationOutcomeByCategory.Summary b = sequential.duration("days to close").promoters();
    assertThat(a.count()).isEqualTo(b.count());
    assertThat(a.mean()).isCloseTo(b.mean(), within(1e-9 * b.mean()));
  }

  @Test
  void objectAndColumnarAccumulatorsMerge() {
    OutcomeAnalysis<DealOutcome> conversions =
        OutcomeAnalysis.builder(DealOutcome::score)
            .binary("converted", DealOutcome::converted)
            .build();
    OutcomeAnalysis.Accumulator<DealOutcome> objects = conversions.newAccumulator();
    objects.add(deal(10, true));
    OutcomeAccumulator columns = OutcomeAccumulator.create(List.of("converted"), List.of());
    columns.addColumns(
        new int[] {9, 1}, OutcomeColumn.binary("converted", new boolean[] {true, false}));

    OutcomeReport merged = objects.combine(columns).snapshot();
    assertThat(merged.respondents()).isEqualTo(3);
    assertThat(merged.binary("converted").promoters().successes()).isEqualTo(2);
    assertThat(merged.binary("converted").detractors().known()).isEqualTo(1);
  }

  @Test
  void otherScalesUseTheirCutPoints() {
    OutcomeAnalysis<DealOutcome> stars =
        OutcomeAnalysis.builder(Scale.ONE_TO_FIVE, DealOutcome::score)
            .binary("converted", DealOutcome::converted)
            .build();
    // 1-5 stars: detractors 1-3, passives 4, promoters 5.
    OutcomeReport report =
        stars.analyze(List.of(deal(5, true), deal(4, true), deal(3, false), deal(1, true)));
    assertThat(report.scale()).isEqualTo(Scale.ONE_TO_FIVE);
    assertThat(report.binary("converted").promoters().known()).isEqualTo(1);
    assertThat(report.binary("converted").passives().known()).isEqualTo(1);
    assertThat(report.binary("converted").detractors().rate()).isEqualTo(0.5);
    assertThatThrownBy(() -> stars.analyze(List.of(deal(0, true))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("valid values 1 - 5")
        .hasMessageEndingWith(": 0");
  }

  @Test
  void scoresOffTheScaleAreRejectedWithTheValueOrTheIndex() {
    assertThatThrownBy(() -> ANALYSIS.analyze(List.of(deal(11, true))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value for Score (valid values 0 - 10): 11");

    OutcomeAccumulator accumulator = OutcomeAccumulator.create(List.of("converted"), List.of());
    assertThatThrownBy(
            () ->
                accumulator.addColumns(
                    new int[] {9, 10, -1}, OutcomeColumn.binary("converted", new byte[] {1, 0, 1})))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid score at index 2: Invalid value for Score (valid values 0 - 10): -1");
    assertThat(accumulator.count()).as("a rejected batch adds nothing").isZero();
  }

  @Test
  void invalidDurationsNameTheOutcomeTheValueAndTheRule() {
    assertThatThrownBy(() -> ANALYSIS.analyze(List.of(closed(9, -2))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'days to close'")
        .hasMessageContaining("must be finite and >= 0")
        .hasMessageEndingWith(": -2.0");
    assertThatThrownBy(() -> ANALYSIS.analyze(List.of(closed(9, Double.POSITIVE_INFINITY))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith(": Infinity");
    assertThatThrownBy(() -> ANALYSIS.analyze(List.of(closed(9, Double.NaN))))
        .as("a present NaN is not an absent value")
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith(": NaN");

    OutcomeAnalysis<double[]> primitive =
        OutcomeAnalysis.<double[]>builder(row -> (int) row[0])
            .durationOrNaN("days", row -> row[1])
            .build();
    OutcomeReport report =
        primitive.analyze(List.of(new double[] {9, Double.NaN}, new double[] {9, 4}));
    assertThat(report.duration("days").promoters().count()).isEqualTo(1);
    assertThat(report.duration("days").promoters().absent()).isEqualTo(1);
    assertThatThrownBy(() -> primitive.analyze(List.<double[]>of(new double[] {9, -0.5})))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Invalid value for duration outcome 'days' (must be finite and >= 0, or NaN for"
                + " absent): -0.5");

    OutcomeAccumulator accumulator = OutcomeAccumulator.create(List.of(), List.of("days"));
    assertThatThrownBy(
            () ->
                accumulator.addColumns(
                    new int[] {9, 3, 4},
                    OutcomeColumn.duration(
                        "days", new double[] {1, Double.NaN, Double.NEGATIVE_INFINITY})))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Invalid value for duration outcome 'days' at index 2 (must be finite and >= 0, or NaN"
                + " for absent): -Infinity");
    assertThat(accumulator.count()).isZero();
  }

  @Test
  void invalidBytesInAYesNoColumnNameTheIndex() {
    OutcomeAccumulator accumulator = OutcomeAccumulator.create(List.of("converted"), List.of());
    assertThatThrownBy(
            () ->
                accumulator.addColumns(
                    new int[] {9, 10}, OutcomeColumn.binary("converted", new byte[] {1, 2})))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Invalid value for yes/no outcome 'converted' at index 1 (valid values 1 yes, 0 no, -1"
                + " unknown): 2");
  }

  @Test
  void columnsMustMatchTheScoresAndTheDeclaredOutcomes() {
    OutcomeAccumulator accumulator =
        OutcomeAccumulator.create(List.of("converted"), List.of("days"));
    int[] scores = {9, 10, 2};
    OutcomeColumn days = OutcomeColumn.duration("days", new double[3]);

    assertThatThrownBy(
            () ->
                accumulator.addColumns(
                    scores, OutcomeColumn.binary("converted", new byte[2]), days))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid length of column 'converted' (must equal the length of scores, 3): 2");
    assertThatThrownBy(() -> accumulator.addColumns(scores, days))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Missing columns")
        .hasMessageEndingWith("[converted]");
    assertThatThrownBy(
            () -> accumulator.addColumns(scores, days, OutcomeColumn.binary("upsell", new byte[3])))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown outcome column (declared outcomes [converted, days]): upsell");
    assertThatThrownBy(
            () ->
                accumulator.addColumns(scores, OutcomeColumn.duration("converted", new double[3])))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("declared as a yes/no outcome");
    assertThatThrownBy(() -> accumulator.addColumns(scores, days, days))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("two for 'days'");
    assertThatThrownBy(
            () ->
                accumulator.addColumns(
                    scores, 2, 4, days, OutcomeColumn.binary("converted", new byte[3])))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[2, 4)")
        .hasMessageContaining("<= 3");
    assertThat(accumulator.count()).isZero();
  }

  @Test
  void definitionsRejectBadNamesAndMismatchedMerges() {
    assertThatThrownBy(
            () ->
                OutcomeAnalysis.builder(DealOutcome::score)
                    .binary("converted", DealOutcome::converted)
                    .duration("converted", DealOutcome::daysToClose))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid outcome name (must be unique): converted");
    assertThatThrownBy(
            () -> OutcomeAnalysis.builder(DealOutcome::score).binary(" ", DealOutcome::converted))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid outcome name (must not be blank): ' '");
    assertThatThrownBy(() -> OutcomeAnalysis.builder(DealOutcome::score).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("at least one outcome");
    assertThatThrownBy(() -> OutcomeAccumulator.create(List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> OutcomeAnalysis.builder(DealOutcome::score).level(1.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("strictly between 0 and 1");

    OutcomeAccumulator converted = OutcomeAccumulator.create(List.of("converted"), List.of());
    assertThatThrownBy(
            () -> converted.combine(OutcomeAccumulator.create(List.of("referral"), List.of())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("different outcomes");
    assertThatThrownBy(
            () ->
                converted.combine(
                    OutcomeAccumulator.create(Scale.ONE_TO_TEN, List.of("converted"), List.of())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("different scales");
  }

  @Test
  void reportListsOutcomesInDeclarationOrderAndRowsInCategoryOrder() {
    OutcomeReport report = ANALYSIS.analyze(tenPromotersTenDetractors());
    assertThat(report.binaryOutcomes())
        .extracting(BinaryOutcomeByCategory::name)
        .containsExactly("converted", "referral");
    assertThat(report.binary("converted").byGroup().keySet())
        .containsExactly(
            OutcomeReport.Group.DETRACTOR,
            OutcomeReport.Group.PASSIVE,
            OutcomeReport.Group.PROMOTER,
            OutcomeReport.Group.ALL);
    assertThat(report.duration("days to close").byGroup().keySet())
        .containsExactly(
            OutcomeReport.Group.DETRACTOR,
            OutcomeReport.Group.PASSIVE,
            OutcomeReport.Group.PROMOTER,
            OutcomeReport.Group.ALL);
    assertThat(report.binary("converted").of(Category.PROMOTER))
        .isSameAs(report.binary("converted").promoters());
    assertThat(OutcomeReport.Group.of(Category.PASSIVE).category()).contains(Category.PASSIVE);
    assertThat(OutcomeReport.Group.ALL.category()).isEmpty();
    assertThatThrownBy(() -> report.binary("days to close"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown yes/no outcome (valid names [converted, referral]): days to close");
  }

  @Test
  void emptyReportHasNoRatesRatherThanZero() {
    OutcomeReport report = ANALYSIS.newAccumulator().snapshot();
    assertThat(report.respondents()).isZero();
    assertThat(report.nps().isEmpty()).isTrue();
    assertThat(report.binary("converted").all().isEmpty()).isTrue();
    assertThat(report.binary("converted").lift().ratio()).isEmpty();
    assertThat(report.binary("converted").lift().ratioNote())
        .contains("neither promoters nor detractors");
    assertThatThrownBy(() -> report.duration("days to close").all().mean())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("undefined");
    // The record's toString reads the stored fields, so an empty report still prints.
    assertThat(report.duration("days to close").all().toString())
        .isEqualTo(
            "Summary[respondents=0, count=0, mean=0.0, sumOfSquaredDeviations=0.0, level=0.95]");
  }

  @Test
  void hugeDurationsWidenTheIntervalsToInfinityInsteadOfFailing() {
    // Values 0 and 1e300: the mean 5e299 is finite, the squared deviations (2.5e599) are not.
    DurationOutcomeByCategory.Summary summary =
        ANALYSIS
            .analyze(List.of(closed(9, 0), closed(10, 1e300)))
            .duration("days to close")
            .promoters();
    assertThat(summary.mean()).isEqualTo(5e299);
    assertThat(summary.standardDeviation()).isEqualTo(Double.POSITIVE_INFINITY);
    Interval interval = summary.meanInterval().orElseThrow();
    assertThat(interval.lower()).isEqualTo(0.0);
    assertThat(interval.upper()).isEqualTo(Double.POSITIVE_INFINITY);
  }

  @Test
  void resetAndSnapshotsAreIndependent() {
    OutcomeAnalysis.Accumulator<DealOutcome> accumulator = ANALYSIS.newAccumulator();
    accumulator.addAll(tenPromotersTenDetractors());
    OutcomeReport before = accumulator.snapshot();
    accumulator.add(deal(10, true));
    assertThat(before.respondents()).isEqualTo(24);
    assertThat(accumulator.snapshot().respondents()).isEqualTo(25);
    accumulator.reset();
    assertThat(accumulator.snapshot()).isEqualTo(ANALYSIS.newAccumulator().snapshot());
  }

  @Test
  void combiningAnAccumulatorWithItselfCountsEverythingTwice() {
    OutcomeAnalysis.Accumulator<DealOutcome> accumulator = ANALYSIS.newAccumulator();
    accumulator.addAll(List.of(closed(9, 10), closed(10, 20), deal(3, false)));
    accumulator.combine(accumulator);
    OutcomeReport report = accumulator.snapshot();
    assertThat(report.respondents()).isEqualTo(6);
    DurationOutcomeByCategory.Summary promoters = report.duration("days to close").promoters();
    assertThat(promoters.count()).isEqualTo(4);
    assertThat(promoters.mean()).isCloseTo(15.0, within(1e-12)); // 10, 20, 10, 20
    // Squared deviations from 15: 4 · 25.
    assertThat(promoters.sumOfSquaredDeviations()).isCloseTo(100.0, within(1e-9));
  }

  @Test
  void reportRejectsInconsistentParts() {
    OutcomeReport report = ANALYSIS.analyze(tenPromotersTenDetractors());
    assertThatThrownBy(
            () ->
                new OutcomeReport(
                    report.scale(),
                    0.9,
                    report.nps(),
                    report.binaryOutcomes(),
                    report.durationOutcomes()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must equal the report's 0.9");
    assertThatThrownBy(() -> new BinaryOutcomeByCategory.Rate(5, 6, 1, 0.95))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0 <= successes <= known <= respondents");
    assertThatThrownBy(() -> new DurationOutcomeByCategory.Summary(3, 2, -1.0, 0.0, 0.95))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid mean duration (must be finite and >= 0): -1.0");
  }
}
