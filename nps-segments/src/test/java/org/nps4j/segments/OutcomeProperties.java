package org.nps4j.segments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nps4j.core.Interval;
import org.nps4j.core.Scale;

class OutcomeProperties {
  private static final double RELATIVE = 1e-9;

  /** A deal with every kind of outcome value: unknown yes/no values, absent durations. */
  record DealOutcome(
      int score,
      Boolean converted,
      Boolean addOn,
      Boolean referral,
      OptionalDouble daysToClose,
      double hoursToReply) {}

  private static final OutcomeAnalysis<DealOutcome> ANALYSIS =
      OutcomeAnalysis.builder(DealOutcome::score)
          .binary("converted", DealOutcome::converted)
          .binary("add-on", DealOutcome::addOn)
          .binary("referral", DealOutcome::referral)
          .duration("days to close", DealOutcome::daysToClose)
          .durationOrNaN("hours to reply", DealOutcome::hoursToReply)
          .build();

  static LongStream seeds() {
    return LongStream.range(0, 300).map(i -> 0x5eed_0007L ^ (i * 0x9E37_79B9_7F4A_7C15L));
  }

  /**
   * Up to 300 deals. Each sample draws its own rates of unknown values and its own magnitude of
   * durations (about 1 to 1e6), so samples with empty categories, no known values and constant
   * values all occur.
   */
  static List<DealOutcome> deals(SplittableRandom random) {
    int n = random.nextInt(random.nextInt(4) == 0 ? 8 : 301);
    double unknown = random.nextDouble() * 0.5;
    double magnitude = Math.pow(10, random.nextInt(7));
    boolean integral = random.nextBoolean();
    int maxScore = random.nextInt(8) == 0 ? 6 : 10; // sometimes no passive and no promoter
    List<DealOutcome> deals = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int score = random.nextInt(maxScore + 1);
      double conversion = score >= 9 ? 0.6 : score >= 7 ? 0.4 : 0.2;
      Boolean converted = yesNo(random, conversion, unknown);
      double days = magnitude * random.nextDouble();
      if (integral) {
        days = Math.floor(days);
      }
      OptionalDouble daysToClose =
          Boolean.TRUE.equals(converted) ? OptionalDouble.of(days) : OptionalDouble.empty();
      double hours = random.nextDouble() < unknown ? Double.NaN : random.nextDouble() * 72;
      deals.add(
          new DealOutcome(
              score,
              converted,
              yesNo(random, conversion / 2, unknown),
              yesNo(random, score / 20.0, unknown),
              daysToClose,
              hours));
    }
    return deals;
  }

  private static Boolean yesNo(SplittableRandom random, double yes, double unknown) {
    return random.nextDouble() < unknown ? null : random.nextDouble() < yes;
  }

  /** The columnar form of deals: -1 for unknown, NaN for absent. */
  private static OutcomeColumn[] columns(List<DealOutcome> deals) {
    int n = deals.size();
    byte[] converted = new byte[n];
    byte[] addOn = new byte[n];
    byte[] referral = new byte[n];
    double[] days = new double[n];
    double[] hours = new double[n];
    for (int i = 0; i < n; i++) {
      DealOutcome deal = deals.get(i);
      converted[i] = code(deal.converted());
      addOn[i] = code(deal.addOn());
      referral[i] = code(deal.referral());
      days[i] = deal.daysToClose().orElse(Double.NaN);
      hours[i] = deal.hoursToReply();
    }
    return new OutcomeColumn[] {
      OutcomeColumn.duration("hours to reply", hours),
      OutcomeColumn.binary("referral", referral),
      OutcomeColumn.binary("converted", converted),
      OutcomeColumn.duration("days to close", days),
      OutcomeColumn.binary("add-on", addOn)
    };
  }

  private static byte code(Boolean value) {
    return value == null ? (byte) -1 : value ? (byte) 1 : (byte) 0;
  }

  private static int[] scores(List<DealOutcome> deals) {
    return deals.stream().mapToInt(DealOutcome::score).toArray();
  }

  private static OutcomeAccumulator columnar() {
    return OutcomeAccumulator.create(
        List.of("converted", "add-on", "referral"), List.of("days to close", "hours to reply"));
  }

  /** Every count in a report, in a fixed order: these must agree exactly. */
  private static List<Long> counts(OutcomeReport report) {
    List<Long> counts = new ArrayList<>();
    for (long count : report.nps().scoreCounts()) {
      counts.add(count);
    }
    for (BinaryOutcomeByCategory outcome : report.binaryOutcomes()) {
      for (BinaryOutcomeByCategory.Rate rate : outcome.byGroup().values()) {
        counts.add(rate.respondents());
        counts.add(rate.known());
        counts.add(rate.successes());
      }
    }
    for (DurationOutcomeByCategory outcome : report.durationOutcomes()) {
      for (DurationOutcomeByCategory.Summary summary : outcome.byGroup().values()) {
        counts.add(summary.respondents());
        counts.add(summary.count());
      }
    }
    return counts;
  }

  /** Means within 1e-9 relative; sums of squared deviations within 1e-9 of the sum of squares. */
  private static void assertMomentsClose(
      OutcomeReport actual, OutcomeReport expected, long seed, List<DealOutcome> input) {
    for (DurationOutcomeByCategory outcome : expected.durationOutcomes()) {
      Map<OutcomeReport.Group, DurationOutcomeByCategory.Summary> actualRows =
          actual.duration(outcome.name()).byGroup();
      outcome
          .byGroup()
          .forEach(
              (group, summary) -> {
                DurationOutcomeByCategory.Summary other = actualRows.get(group);
                if (summary.isEmpty()) {
                  return;
                }
                double mean = summary.mean();
                assertThat(other.mean())
                    .as("seed %d, %s %s mean, input %s", seed, outcome.name(), group, input)
                    .isCloseTo(mean, within(RELATIVE * mean + Double.MIN_VALUE));
                double scale = summary.sumOfSquaredDeviations() + summary.count() * mean * mean;
                assertThat(other.sumOfSquaredDeviations())
                    .as("seed %d, %s %s squares, input %s", seed, outcome.name(), group, input)
                    .isCloseTo(
                        summary.sumOfSquaredDeviations(),
                        within(RELATIVE * scale + Double.MIN_VALUE));
              });
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void combiningTwoPartsEqualsAccumulatingBoth(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<DealOutcome> deals = deals(random);
    int split = random.nextInt(deals.size() + 1);

    OutcomeAnalysis.Accumulator<DealOutcome> first = ANALYSIS.newAccumulator();
    first.addAll(deals.subList(0, split));
    OutcomeAnalysis.Accumulator<DealOutcome> second = ANALYSIS.newAccumulator();
    second.addAll(deals.subList(split, deals.size()));
    OutcomeReport combined = first.combine(second).snapshot();
    OutcomeReport whole = ANALYSIS.analyze(deals);

    assertThat(counts(combined))
        .as("seed %d, split %d, input %s", seed, split, deals)
        .isEqualTo(counts(whole));
    assertThat(combined.nps()).as("seed %d, input %s", seed, deals).isEqualTo(whole.nps());
    assertMomentsClose(combined, whole, seed, deals);

    // The same for columnar ranges of one batch, as threads splitting an array would add them.
    int[] scores = scores(deals);
    OutcomeColumn[] columns = columns(deals);
    OutcomeAccumulator left = columnar();
    left.addColumns(scores, 0, split, columns);
    OutcomeAccumulator right = columnar();
    right.addColumns(scores, split, scores.length, columns);
    OutcomeReport columnarCombined = right.combine(left).snapshot();
    assertThat(counts(columnarCombined))
        .as("seed %d, split %d, input %s", seed, split, deals)
        .isEqualTo(counts(whole));
    assertMomentsClose(columnarCombined, whole, seed, deals);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void columnarInputInOrderedChunksEqualsTheObjectApiExactly(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<DealOutcome> deals = deals(random);
    int[] scores = scores(deals);
    OutcomeColumn[] columns = columns(deals);
    OutcomeAccumulator accumulator = columnar();
    int from = 0;
    while (from < scores.length) {
      int to = from + 1 + random.nextInt(scores.length - from);
      accumulator.addColumns(scores, from, to, columns);
      from = to;
    }

    // Welford sees each cell's values in the same order either way, so even the means agree.
    assertThat(accumulator.snapshot())
        .as("seed %d, input %s", seed, deals)
        .isEqualTo(ANALYSIS.analyze(deals));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void ratesAndMeansLieInsideTheirIntervals(long seed) {
    List<DealOutcome> deals = deals(new SplittableRandom(seed));
    OutcomeReport report = ANALYSIS.analyze(deals);

    for (BinaryOutcomeByCategory outcome : report.binaryOutcomes()) {
      outcome
          .byGroup()
          .forEach(
              (group, rate) -> {
                if (rate.isEmpty()) {
                  assertThat(rate.interval()).as("seed %d, %s", seed, group).isEmpty();
                  return;
                }
                Interval interval = rate.interval().orElseThrow();
                assertThat(rate.rate())
                    .as("seed %d, %s %s, input %s", seed, outcome.name(), group, deals)
                    .isBetween(0.0, 1.0)
                    .isBetween(interval.lower(), interval.upper());
                assertThat(interval.lower())
                    .as("seed %d, %s %s, input %s", seed, outcome.name(), group, deals)
                    .isGreaterThanOrEqualTo(0.0);
                assertThat(interval.upper())
                    .as("seed %d, %s %s, input %s", seed, outcome.name(), group, deals)
                    .isLessThanOrEqualTo(1.0);
              });
      Lift lift = outcome.lift();
      lift.ratio()
          .ifPresent(
              ratio ->
                  assertThat(ratio.estimate())
                      .as("seed %d, %s ratio, input %s", seed, outcome.name(), deals)
                      .isBetween(ratio.lower(), ratio.upper())
                      .isCloseTo(
                          outcome.promoters().rate() / outcome.detractors().rate(),
                          within(1e-12 * ratio.estimate())));
      lift.difference()
          .ifPresent(
              difference -> {
                assertThat(difference.estimate())
                    .as("seed %d, %s difference, input %s", seed, outcome.name(), deals)
                    .isBetween(difference.lower(), difference.upper())
                    .isEqualTo(outcome.promoters().rate() - outcome.detractors().rate());
                assertThat(difference.lower()).isGreaterThanOrEqualTo(-1.0);
                assertThat(difference.upper()).isLessThanOrEqualTo(1.0);
              });
      assertThat(lift.difference().isPresent())
          .as(
              "seed %d, %s: difference defined iff both groups have a known value",
              seed, outcome.name())
          .isEqualTo(!outcome.promoters().isEmpty() && !outcome.detractors().isEmpty());
    }
    for (DurationOutcomeByCategory outcome : report.durationOutcomes()) {
      outcome
          .byGroup()
          .forEach(
              (group, summary) ->
                  summary
                      .meanInterval()
                      .ifPresent(
                          interval ->
                              assertThat(summary.mean())
                                  .as(
                                      "seed %d, %s %s, input %s",
                                      seed, outcome.name(), group, deals)
                                  .isBetween(interval.lower(), interval.upper())));
    }
  }

  /** The report's counts against a tally written out here from the deals themselves. */
  @ParameterizedTest
  @MethodSource("seeds")
  void countsPerCategoryMatchADirectTallyAndSumToAll(long seed) {
    List<DealOutcome> deals = deals(new SplittableRandom(seed));
    OutcomeReport report = ANALYSIS.analyze(deals);

    long[] respondents = new long[3];
    long[] known = new long[3];
    long[] converted = new long[3];
    long[] withDays = new long[3];
    double[] minDays = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
    double[] maxDays = new double[3];
    for (DealOutcome deal : deals) {
      int category = deal.score() >= 9 ? 2 : deal.score() >= 7 ? 1 : 0; // 0-6, 7-8, 9-10
      respondents[category]++;
      if (deal.converted() != null) {
        known[category]++;
        converted[category] += deal.converted() ? 1 : 0;
      }
      if (deal.daysToClose().isPresent()) {
        double days = deal.daysToClose().getAsDouble();
        withDays[category]++;
        minDays[category] = Math.min(minDays[category], days);
        maxDays[category] = Math.max(maxDays[category], days);
      }
    }
    BinaryOutcomeByCategory conversion = report.binary("converted");
    DurationOutcomeByCategory daysToClose = report.duration("days to close");
    BinaryOutcomeByCategory.Rate[] rates = {
      conversion.detractors(), conversion.passives(), conversion.promoters()
    };
    DurationOutcomeByCategory.Summary[] summaries = {
      daysToClose.detractors(), daysToClose.passives(), daysToClose.promoters()
    };
    for (int category = 0; category < 3; category++) {
      String context = "seed %d, category %d, input %s";
      assertThat(rates[category].respondents())
          .as(context, seed, category, deals)
          .isEqualTo(respondents[category]);
      assertThat(rates[category].known())
          .as(context, seed, category, deals)
          .isEqualTo(known[category]);
      assertThat(rates[category].successes())
          .as(context, seed, category, deals)
          .isEqualTo(converted[category]);
      assertThat(summaries[category].count())
          .as(context, seed, category, deals)
          .isEqualTo(withDays[category]);
      if (withDays[category] > 0) {
        // A mean lies between the smallest and the largest value (up to rounding).
        double slack = RELATIVE * maxDays[category];
        assertThat(summaries[category].mean())
            .as(context, seed, category, deals)
            .isBetween(minDays[category] - slack, maxDays[category] + slack);
      }
    }

    for (BinaryOutcomeByCategory outcome : report.binaryOutcomes()) {
      BinaryOutcomeByCategory.Rate all = outcome.all();
      assertThat(all.respondents())
          .as("seed %d, %s", seed, outcome.name())
          .isEqualTo(deals.size())
          .isEqualTo(report.respondents());
      assertThat(all.known())
          .as("seed %d, %s", seed, outcome.name())
          .isEqualTo(
              outcome.detractors().known()
                  + outcome.passives().known()
                  + outcome.promoters().known());
      assertThat(all.unknown())
          .as("seed %d, %s", seed, outcome.name())
          .isEqualTo(
              outcome.detractors().unknown()
                  + outcome.passives().unknown()
                  + outcome.promoters().unknown());
    }
    for (DurationOutcomeByCategory outcome : report.durationOutcomes()) {
      assertThat(outcome.all().count())
          .as("seed %d, %s", seed, outcome.name())
          .isEqualTo(
              outcome.detractors().count()
                  + outcome.passives().count()
                  + outcome.promoters().count());
      assertThat(outcome.all().respondents())
          .as("seed %d, %s", seed, outcome.name())
          .isEqualTo(deals.size());
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void permutingTheInputDoesNotChangeTheCounts(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<DealOutcome> deals = deals(random);
    List<DealOutcome> shuffled = new ArrayList<>(deals);
    for (int i = shuffled.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      shuffled.set(j, shuffled.set(i, shuffled.get(j)));
    }
    OutcomeReport original = ANALYSIS.analyze(deals);
    OutcomeReport permuted = ANALYSIS.analyze(shuffled);

    assertThat(counts(permuted)).as("seed %d, input %s", seed, deals).isEqualTo(counts(original));
    assertMomentsClose(permuted, original, seed, deals);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void parallelCollectorCountsExactly(long seed) {
    List<DealOutcome> deals = deals(new SplittableRandom(seed));
    OutcomeReport parallel = deals.parallelStream().collect(ANALYSIS.toReport());
    OutcomeReport sequential = ANALYSIS.analyze(deals);

    assertThat(counts(parallel)).as("seed %d, input %s", seed, deals).isEqualTo(counts(sequential));
    assertMomentsClose(parallel, sequential, seed, deals);
    assertThat(parallel.scale()).isEqualTo(Scale.STANDARD);
  }
}
