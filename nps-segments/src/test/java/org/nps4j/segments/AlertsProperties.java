package org.nps4j.segments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nps4j.core.NpsDifference;
import org.nps4j.core.NpsSummary;

class AlertsProperties {

  static LongStream seeds() {
    return LongStream.range(0, 300);
  }

  /** 0 to 12 buckets, some empty, some small, NPS anywhere; minimum n between 1 and 60. */
  static Trend randomTrend(SplittableRandom random, String team) {
    int size = random.nextInt(13);
    List<NpsSummary> summaries = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      int kind = random.nextInt(6);
      summaries.add(
          kind == 0
              ? NpsSummary.empty()
              : NpsSummary.ofCounts(
                  random.nextInt(kind * 12), random.nextInt(kind * 12), random.nextInt(kind * 12)));
    }
    List<TimeBucket> buckets = new ArrayList<>();
    long first = random.nextLong(-100, 100);
    for (int i = 0; i < size; i++) {
      buckets.add(TrendProperties.bucket(first + i));
    }
    return Trend.of(SegmentKey.of(team), buckets, summaries).withMinimumN(1 + random.nextInt(60));
  }

  private static boolean isLow(TrendPoint point, double threshold) {
    return !point.isEmpty() && !point.isLowN() && point.nps().getAsDouble() < threshold;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void belowThresholdAlertsAreMaximalRunsOfAtLeastKLowBuckets(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Trend trend = randomTrend(random, "Team A");
    if (random.nextBoolean()) {
      trend = trend.rolling(1 + random.nextInt(3));
    }
    double threshold = random.nextInt(-100, 101);
    int k = 1 + random.nextInt(4);
    List<TrendPoint> points = trend.points();

    List<Alert> alerts = AlertRule.belowThreshold(threshold, k).evaluate(trend);

    List<TimeBucket> alerted = new ArrayList<>();
    for (Alert alert : alerts) {
      List<TimeBucket> run = alert.buckets();
      assertThat(run.size()).as("seed %d, threshold %s, k %d, input %s", seed, threshold, k, points)
          .isGreaterThanOrEqualTo(k);
      int start = indexOf(points, run.get(0));
      for (int i = 0; i < run.size(); i++) {
        TrendPoint point = points.get(start + i);
        assertThat(point.bucket())
            .as("seed %d: buckets are consecutive, input %s", seed, points)
            .isEqualTo(run.get(i));
        assertThat(isLow(point, threshold))
            .as("seed %d: bucket %s is low, threshold %s, input %s", seed, point, threshold, points)
            .isTrue();
      }
      // Maximal: the points just outside the run are not low.
      if (start > 0) {
        assertThat(isLow(points.get(start - 1), threshold)).as("seed %d", seed).isFalse();
      }
      int end = start + run.size();
      if (end < points.size()) {
        assertThat(isLow(points.get(end), threshold)).as("seed %d", seed).isFalse();
      }
      assertThat(alert.segment()).isEqualTo(trend.segment());
      alerted.addAll(run);
    }
    // Complete: every low point in a run of at least K is in an alert, and no other point is.
    for (int i = 0; i < points.size(); i++) {
      int from = i;
      while (from > 0 && isLow(points.get(from - 1), threshold)) {
        from--;
      }
      int to = i;
      while (to < points.size() && isLow(points.get(to), threshold)) {
        to++;
      }
      boolean inLongRun = isLow(points.get(i), threshold) && to - from >= k;
      assertThat(alerted.contains(points.get(i).bucket()))
          .as("seed %d, point %d, threshold %s, k %d, input %s", seed, i, threshold, k, points)
          .isEqualTo(inLongRun);
    }
  }

  private static int indexOf(List<TrendPoint> points, TimeBucket bucket) {
    for (int i = 0; i < points.size(); i++) {
      if (points.get(i).bucket().equals(bucket)) {
        return i;
      }
    }
    throw new AssertionError("alerted bucket " + bucket + " is not a point of the trend");
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void significantDropFiresExactlyWhenTheOneSidedTestRejects(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Trend trend = randomTrend(random, "Team A");
    int baseline = 1 + random.nextInt(5);
    int recent = 1 + random.nextInt(3);
    double level = random.nextBoolean() ? 0.95 : 0.8;
    List<TrendPoint> points = trend.points();

    List<Alert> alerts = AlertRule.significantDrop(baseline, recent, level).evaluate(trend);

    boolean expected = false;
    int size = points.size();
    if (size >= baseline + recent) {
      NpsSummary base = pool(points, size - recent - baseline, size - recent);
      NpsSummary last = pool(points, size - recent, size);
      if (!base.isEmpty()
          && !last.isEmpty()
          && base.count() >= trend.minimumN()
          && last.count() >= trend.minimumN()) {
        NpsDifference difference =
            NpsDifference.between(last, base, trend.method(), level);
        expected = difference.pValueBelow() < 1 - level;
        if (expected) {
          assertThat(difference.z()).as("seed %d", seed).isNegative();
        }
      }
    }
    assertThat(alerts)
        .as("seed %d, B %d, R %d, level %s, input %s", seed, baseline, recent, level, points)
        .hasSize(expected ? 1 : 0);
    if (expected) {
      assertThat(alerts.get(0).buckets()).hasSize(baseline + recent);
      assertThat(alerts.get(0).buckets().get(baseline + recent - 1))
          .isEqualTo(points.get(size - 1).bucket());
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void passivesRisingAlertsOnlyOnAHigherRecentShare(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Trend trend = randomTrend(random, "Team A");
    int baseline = 1 + random.nextInt(5);
    int recent = 1 + random.nextInt(3);
    List<TrendPoint> points = trend.points();

    List<Alert> alerts = AlertRule.passivesRising(baseline, recent, 0.8).evaluate(trend);

    assertThat(alerts).hasSizeLessThanOrEqualTo(1);
    if (!alerts.isEmpty()) {
      int size = points.size();
      NpsSummary base = pool(points, size - recent - baseline, size - recent);
      NpsSummary last = pool(points, size - recent, size);
      assertThat(last.passiveShare())
          .as("seed %d, B %d, R %d, input %s", seed, baseline, recent, points)
          .isGreaterThan(base.passiveShare());
      assertThat(Math.min(base.count(), last.count())).isGreaterThanOrEqualTo(trend.minimumN());
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void evaluatingSeveralTrendsConcatenatesTheirAlerts(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Trend> trends = List.of(randomTrend(random, "A"), randomTrend(random, "B"));
    List<AlertRule> rules =
        List.of(
            AlertRule.belowThreshold(random.nextInt(-50, 50), 1 + random.nextInt(3)),
            AlertRule.significantDrop(1 + random.nextInt(4), 1 + random.nextInt(3), 0.8),
            AlertRule.passivesRising(1 + random.nextInt(4), 1 + random.nextInt(3), 0.8));

    List<Alert> expected = new ArrayList<>();
    for (Trend trend : trends) {
      for (AlertRule rule : rules) {
        expected.addAll(rule.evaluate(trend));
      }
    }

    assertThat(Alerts.evaluate(trends, rules)).as("seed %d", seed).isEqualTo(expected);
  }

  private static NpsSummary pool(List<TrendPoint> points, int from, int to) {
    NpsSummary sum = points.get(from).summary();
    for (int i = from + 1; i < to; i++) {
      sum = sum.plus(points.get(i).summary());
    }
    return sum;
  }
}
