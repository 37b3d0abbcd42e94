package org.nps4j.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nps4j.core.testing.Generator;
import org.nps4j.core.testing.NpsGenerators;
import org.nps4j.core.testing.NpsInvariants;
import org.nps4j.core.testing.ScoreDistribution;

/** Properties of exact tallies, over summaries and score lists from the public generators. */
class NpsSummaryProperties {

  static LongStream seeds() {
    return Seeds.hundreds();
  }

  private static List<Integer> scoreList(RandomGenerator random, int maxSize) {
    ScoreDistribution distribution = ScoreDistribution.random(Scale.STANDARD, random);
    Generator<Integer> scores = distribution::sample;
    return scores.list(random, random.nextInt(maxSize + 1));
  }

  private static NpsSummary summaryOf(List<Integer> scores) {
    NpsAccumulator accumulator = NpsAccumulator.create();
    scores.forEach(accumulator::add);
    return accumulator.snapshot();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyGeneratedSummarySatisfiesTheInvariants(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    NpsInvariants.check(NpsGenerators.summaries(2_000).next(random));
    NpsInvariants.check(
        NpsGenerators.summaries(Scale.ONE_TO_FIVE, UnansweredPolicy.COUNT_AS_PASSIVE, 300)
            .next(random));
    NpsInvariants.check(NpsGenerators.summariesOfCounts(Long.MAX_VALUE / 11).next(random));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void summaryOfAConcatenationIsThePlusOfTheSummaries(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Integer> first = scoreList(random, 200);
    List<Integer> second = scoreList(random, 200);
    List<Integer> both = new ArrayList<>(first);
    both.addAll(second);
    assertThat(summaryOf(both))
        .as("seed %d, first %s, second %s", seed, first, second)
        .isEqualTo(summaryOf(first).plus(summaryOf(second)));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void plusIsAssociativeAndCommutativeWithEmptyAsIdentity(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Generator<NpsSummary> summaries = NpsGenerators.summaries(500);
    NpsSummary a = summaries.next(random);
    NpsSummary b = summaries.next(random);
    NpsSummary c = summaries.next(random);
    String input = "seed " + seed + ", a " + a + ", b " + b + ", c " + c;
    assertThat(a.plus(b).plus(c)).as(input).isEqualTo(a.plus(b.plus(c)));
    assertThat(a.plus(b)).as(input).isEqualTo(b.plus(a));
    assertThat(a.plus(NpsSummary.empty())).as(input).isEqualTo(a);
    assertThat(NpsSummary.empty().plus(a)).as(input).isEqualTo(a);
    NpsInvariants.checkPlus(a, b);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void theOrderOfAnswersDoesNotMatter(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Integer> scores = scoreList(random, 300);
    List<Integer> shuffled = new ArrayList<>(scores);
    Collections.shuffle(shuffled, new java.util.Random(seed));
    assertThat(summaryOf(shuffled)).as("seed %d, scores %s", seed, scores)
        .isEqualTo(summaryOf(scores));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void oneMorePromoterNeverLowersTheNpsAndOneMoreDetractorNeverRaisesIt(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    NpsSummary summary = NpsGenerators.summaries(1_000).next(random);
    NpsSummary promoter = summary.plus(NpsSummary.ofScoreCounts(single(9 + random.nextInt(2))));
    NpsSummary detractor = summary.plus(NpsSummary.ofScoreCounts(single(random.nextInt(7))));
    assertThat(promoter.netPromoterScore()).as("seed %d, summary %s", seed, summary)
        .isGreaterThanOrEqualTo(summary.isEmpty() ? -100 : summary.netPromoterScore());
    assertThat(detractor.netPromoterScore()).as("seed %d, summary %s", seed, summary)
        .isLessThanOrEqualTo(summary.isEmpty() ? 100 : summary.netPromoterScore());
  }

  private static long[] single(int score) {
    long[] counts = new long[11];
    counts[score] = 1;
    return counts;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aParallelStreamGivesExactlyTheSequentialResult(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Integer> scores = scoreList(random, 5_000);
    NpsSummary sequential =
        scores.stream().map(Score::of).collect(NpsCollectors.toSummary());
    NpsSummary parallel =
        scores.parallelStream().map(Score::of).collect(NpsCollectors.toSummary());
    assertThat(parallel).as("seed %d, %d scores", seed, scores.size()).isEqualTo(sequential);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void npsEqualsTheFormulaOverTheCounts(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Integer> scores = scoreList(random, 400);
    NpsSummary summary = summaryOf(scores);
    long promoters = scores.stream().filter(s -> s >= 9).count();
    long detractors = scores.stream().filter(s -> s <= 6).count();
    if (scores.isEmpty()) {
      assertThat(summary.isEmpty()).isTrue();
      return;
    }
    double expected = 100.0 * (promoters - detractors) / scores.size();
    assertThat(summary.netPromoterScore()).as("seed %d, scores %s", seed, scores)
        .isCloseTo(expected, org.assertj.core.api.Assertions.within(1e-9));
    double mean = scores.stream().mapToInt(Integer::intValue).average().orElseThrow();
    assertThat(summary.meanScore()).as("seed %d", seed)
        .isCloseTo(mean, org.assertj.core.api.Assertions.within(1e-9));
    int[] sorted = scores.stream().mapToInt(Integer::intValue).sorted().toArray();
    int size = sorted.length;
    double median = (sorted[(size - 1) / 2] + sorted[size / 2]) / 2.0;
    assertThat(summary.medianScore()).as("seed %d", seed).isEqualTo(median);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void equalWeightsGiveTheUnweightedFigures(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Integer> scores = scoreList(random, 300);
    if (scores.isEmpty()) {
      return;
    }
    double weight = 0.5 + random.nextInt(4);
    WeightedNpsSummary weighted =
        scores.stream().collect(NpsCollectors.toWeightedSummary(Integer::intValue, s -> weight));
    NpsSummary unweighted = summaryOf(scores);
    String input = "seed " + seed + ", weight " + weight + ", scores " + scores;
    assertThat(weighted.netPromoterScore()).as(input)
        .isCloseTo(unweighted.netPromoterScore(), org.assertj.core.api.Assertions.within(1e-9));
    assertThat(weighted.effectiveSampleSize()).as(input)
        .isCloseTo(scores.size(), org.assertj.core.api.Assertions.within(1e-6));
    assertThat(weighted.standardError()).as(input)
        .isCloseTo(unweighted.standardError(), org.assertj.core.api.Assertions.within(1e-6));
    NpsInvariants.check(weighted);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void differencesOfGeneratedSummariesSatisfyTheInvariants(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Generator<NpsSummary> summaries = NpsGenerators.summaries(800);
    NpsSummary a = summaries.next(random);
    NpsSummary b = summaries.next(random);
    if (a.isEmpty() || b.isEmpty()) {
      return;
    }
    for (IntervalMethod method :
        List.of(IntervalMethod.WALD, IntervalMethod.ADJUSTED_WALD,
            IntervalMethod.ADJUSTED_WALD_Z2_OVER_3)) {
      NpsDifference difference = NpsDifference.between(a, b, method, 0.95);
      NpsInvariants.check(difference);
      NpsDifference reversed = NpsDifference.between(b, a, method, 0.95);
      assertThat(reversed.difference()).as("seed %d, a %s, b %s", seed, a, b)
          .isEqualTo(-difference.difference());
      assertThat(reversed.pValue()).as("seed %d, a %s, b %s", seed, a, b)
          .isEqualTo(difference.pValue());
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void scoreIntervalExcludesZeroExactlyWhenTheScoreTestRejects(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    NpsSummary summary = NpsGenerators.summaries(600).next(random);
    long b = summary.promoters();
    long c = summary.detractors();
    if (b + c == 0) {
      return;
    }
    // DOMAIN: the score test against 0 is (r - d) / sqrt(r + d).
    double z = (b - c) / Math.sqrt(b + c);
    double critical = 1.959963984540054;
    if (Math.abs(Math.abs(z) - critical) < 1e-6) {
      return; // too close to the boundary for the root finder's tolerance to decide
    }
    Interval interval = summary.confidenceInterval(IntervalMethod.SCORE, 0.95);
    assertThat(interval.contains(0.0)).as("seed %d, summary %s, z %s, interval %s", seed,
        summary, z, interval).isEqualTo(Math.abs(z) <= critical);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void higherLevelsGiveWiderIntervals(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    NpsSummary summary = NpsGenerators.summaries(500).next(random);
    if (summary.isEmpty()) {
      return;
    }
    for (IntervalMethod method : IntervalMethod.values()) {
      Interval narrow = summary.confidenceInterval(method, 0.80);
      Interval wide = summary.confidenceInterval(method, 0.99);
      assertThat(wide.unclampedUpper() - wide.unclampedLower())
          .as("seed %d, %s, summary %s", seed, method, summary)
          .isGreaterThanOrEqualTo(narrow.unclampedUpper() - narrow.unclampedLower() - 1e-9);
    }
  }

}
