package org.nps4j.segments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nps4j.core.Interval;
import org.nps4j.core.IntervalMethod;
import org.nps4j.core.NpsSummary;
import org.nps4j.core.Scale;
import org.nps4j.core.UnansweredPolicy;
import org.nps4j.core.testing.NpsGenerators;

/** Properties of rankings over random segment maps from nps-core's public generators. */
class RankingProperties {
  private static final long BASE = 0x5eed_4a9c_2026L;

  static LongStream seeds() {
    return LongStream.range(0, 300).map(i -> BASE ^ (i * 0x9E37_79B9_7F4A_7C15L));
  }

  /** Up to 15 segments on one random scale and policy, small and large ones mixed. */
  static Map<SegmentKey, NpsSummary> segments(SplittableRandom random) {
    Scale scale = random.nextInt(4) == 0 ? Scale.ONE_TO_SEVEN : Scale.STANDARD;
    UnansweredPolicy policy =
        random.nextInt(3) == 0 ? UnansweredPolicy.COUNT_AS_PASSIVE : UnansweredPolicy.EXCLUDE;
    Map<SegmentKey, NpsSummary> segments = new LinkedHashMap<>();
    int size = random.nextInt(16);
    NpsSummary previous = null;
    for (int i = 0; i < size; i++) {
      NpsSummary summary;
      if (previous != null && random.nextInt(6) == 0) {
        summary = previous; // an exact tie
      } else {
        int maxCount = new int[] {20, 100, 400}[random.nextInt(3)];
        summary = NpsGenerators.summaries(scale, policy, maxCount).next(random);
      }
      segments.put(SegmentKey.of("rep " + i), summary);
      previous = summary;
    }
    return segments;
  }

  static Ranking options(SplittableRandom random) {
    IntervalMethod[] intervalMethods = IntervalMethod.values();
    return Ranking.defaults()
        .withMethod(
            random.nextBoolean() ? RankingMethod.LOWER_BOUND : RankingMethod.EMPIRICAL_BAYES)
        .withMinimumN(new long[] {1, 10, 30}[random.nextInt(3)])
        .withIntervalMethod(intervalMethods[random.nextInt(intervalMethods.length)])
        .withLevel(new double[] {0.8, 0.95, 0.99}[random.nextInt(3)]);
  }

  /**
   * Every segment is either ranked or listed below the minimum n, never dropped; ranks are the
   * competition ranks of the scores (1 + the number of strictly higher scores), non-decreasing down
   * the list, ties marked and kept in map order; the overall NPS pools the ranked segments.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everySegmentIsRankedOrListedAndRanksAreCompetitionRanks(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Map<SegmentKey, NpsSummary> segments = segments(random);
    Ranking ranking = options(random);
    RankingReport report = ranking.rank(segments);
    String message = "seed %d, %s, input %s";
    Object[] args = {seed, ranking, segments};

    assertThat(report.all()).as(message, args).hasSize(segments.size());
    assertThat(report.all())
        .as(message, args)
        .extracting(RankedSegment::segment)
        .containsExactlyInAnyOrderElementsOf(segments.keySet());
    List<SegmentKey> expectedBelow = new ArrayList<>();
    segments.forEach(
        (key, summary) -> {
          if (summary.answered() < ranking.minimumN()) {
            expectedBelow.add(key);
          }
        });
    assertThat(report.belowMinimumN())
        .as(message, args)
        .extracting(RankedSegment::segment)
        .containsExactlyElementsOf(expectedBelow);
    for (RankedSegment entry : report.belowMinimumN()) {
      assertThat(entry.rank()).as(message, args).isZero();
      assertThat(entry.flags()).as(message, args).contains(SegmentFlag.LOW_N);
      assertThat(entry.flags().contains(SegmentFlag.EMPTY))
          .as(message, args)
          .isEqualTo(entry.summary().answered() == 0);
      assertThat(entry.summary()).as(message, args).isSameAs(segments.get(entry.segment()));
    }

    List<RankedSegment> ranked = report.ranked();
    List<SegmentKey> mapOrder = new ArrayList<>(segments.keySet());
    long net = 0;
    long count = 0;
    for (int i = 0; i < ranked.size(); i++) {
      RankedSegment entry = ranked.get(i);
      assertThat(entry.summary().answered())
          .as(message, args)
          .isGreaterThanOrEqualTo(ranking.minimumN());
      assertThat(entry.flags()).as(message, args).doesNotContain(SegmentFlag.LOW_N);
      double score = entry.rankingScore().getAsDouble();
      long higher =
          ranked.stream().filter(other -> other.rankingScore().getAsDouble() > score).count();
      long equal =
          ranked.stream().filter(other -> other.rankingScore().getAsDouble() == score).count();
      assertThat(entry.rank()).as(message, args).isEqualTo(1 + (int) higher);
      assertThat(entry.tied()).as(message, args).isEqualTo(equal > 1);
      if (i > 0) {
        RankedSegment before = ranked.get(i - 1);
        assertThat(entry.rank()).as(message, args).isGreaterThanOrEqualTo(before.rank());
        assertThat(score)
            .as(message, args)
            .isLessThanOrEqualTo(before.rankingScore().getAsDouble());
        if (score == before.rankingScore().getAsDouble()) {
          assertThat(mapOrder.indexOf(entry.segment()))
              .as(message, args)
              .isGreaterThan(mapOrder.indexOf(before.segment()));
        }
      }
      net += entry.summary().promoters() - entry.summary().detractors();
      count += entry.summary().count();
    }
    if (ranked.isEmpty()) {
      assertThat(report.overallNps()).as(message, args).isEmpty();
    } else {
      assertThat(ranked.get(0).rank()).as(message, args).isEqualTo(1);
      assertThat(report.overallNps().getAsDouble())
          .as(message, args)
          .isCloseTo(100.0 * net / count, within(1e-9));
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void theLowerBoundIsTheConfidenceIntervalsLowerBound(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Map<SegmentKey, NpsSummary> segments = segments(random);
    Ranking ranking = options(random).withMethod(RankingMethod.LOWER_BOUND);
    RankingReport report = ranking.rank(segments);
    for (RankedSegment entry : report.ranked()) {
      String message = "seed %d, %s, entry %s";
      Object[] args = {seed, ranking, entry};
      Interval expected =
          entry.summary().confidenceInterval(ranking.intervalMethod(), ranking.level());
      assertThat(entry.interval().orElseThrow()).as(message, args).isEqualTo(expected);
      assertThat(entry.rankingScore().getAsDouble())
          .as(message, args)
          .isEqualTo(expected.lower() + 0.0);
    }
    assertThat(report.priorMean()).isEmpty();
    assertThat(report.betweenSegmentVariance()).isEmpty();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void empiricalBayesEstimatesLieBetweenTheirOwnEstimateAndThePriorMean(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Map<SegmentKey, NpsSummary> segments = segments(random);
    Ranking ranking = options(random).withMethod(RankingMethod.EMPIRICAL_BAYES);
    RankingReport report = ranking.rank(segments);
    String message = "seed %d, %s, input %s";
    Object[] args = {seed, ranking, segments};
    int k = report.ranked().size();

    assertThat(report.priorMean().isPresent()).as(message, args).isEqualTo(k >= 2);
    assertThat(report.betweenSegmentVariance().isPresent()).as(message, args).isEqualTo(k >= 2);
    double lowest = Double.POSITIVE_INFINITY;
    double highest = Double.NEGATIVE_INFINITY;
    for (RankedSegment entry : report.ranked()) {
      NpsSummary summary = entry.summary();
      // The adjusted Wald estimate: 0.75 promoters and 0.75 detractors added, n' = n + 3.
      double own =
          100.0
              * ((summary.promoters() + 0.75) - (summary.detractors() + 0.75))
              / (summary.count() + 3.0);
      lowest = Math.min(lowest, own);
      highest = Math.max(highest, own);
      double score = entry.rankingScore().getAsDouble();
      Interval interval = entry.interval().orElseThrow();
      String entryMessage = message + ", entry %s";
      Object[] entryArgs = {seed, ranking, segments, entry.segment()};
      if (k >= 2) {
        double mean = report.priorMean().getAsDouble();
        assertThat(score)
            .as(entryMessage, entryArgs)
            .isBetween(Math.min(own, mean) - 1e-9, Math.max(own, mean) + 1e-9);
      } else {
        assertThat(score).as(entryMessage, entryArgs).isCloseTo(own, within(1e-9));
      }
      assertThat(interval.estimate() + 0.0).as(entryMessage, entryArgs).isEqualTo(score);
      assertThat(interval.contains(score)).as(entryMessage, entryArgs).isTrue();
      assertThat(interval.unclampedUpper() - interval.unclampedLower())
          .as(entryMessage, entryArgs)
          .isPositive();
      assertThat(interval.level()).as(entryMessage, entryArgs).isEqualTo(ranking.level());
    }
    if (k >= 2) {
      assertThat(report.priorMean().getAsDouble())
          .as(message, args)
          .isBetween(lowest - 1e-9, highest + 1e-9);
      assertThat(report.betweenSegmentVariance().getAsDouble()).as(message, args).isNotNegative();
    }
  }
}
