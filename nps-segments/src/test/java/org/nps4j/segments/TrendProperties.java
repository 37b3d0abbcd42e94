package org.nps4j.segments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nps4j.core.NpsDifference;
import org.nps4j.core.NpsSummary;

class TrendProperties {
  private static final SegmentKey TEAM = SegmentKey.of("Team A");

  static LongStream seeds() {
    return LongStream.range(0, 300);
  }

  /** 0 to 12 buckets starting at a random index, about one in five empty. */
  static Trend randomTrend(SplittableRandom random) {
    int size = random.nextInt(13);
    List<NpsSummary> summaries = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      summaries.add(
          random.nextInt(5) == 0
              ? NpsSummary.empty()
              : NpsSummary.ofCounts(random.nextInt(60), random.nextInt(60), random.nextInt(60)));
    }
    return trendOf(random.nextLong(-1000, 1000), summaries);
  }

  static Trend trendOf(long firstIndex, List<NpsSummary> summaries) {
    List<TimeBucket> buckets = new ArrayList<>();
    for (int i = 0; i < summaries.size(); i++) {
      buckets.add(bucket(firstIndex + i));
    }
    return Trend.of(TEAM, buckets, summaries);
  }

  static TimeBucket bucket(long index) {
    TimeBucket month = TrendTest.month(1);
    return new TimeBucket(
        index,
        "B" + index,
        month.start().plusSeconds(3600 * index),
        month.start().plusSeconds(3600 * (index + 1)));
  }

  static List<NpsSummary> summariesOf(Trend trend) {
    List<NpsSummary> summaries = new ArrayList<>();
    for (TrendPoint point : trend.points()) {
      summaries.add(point.summary());
    }
    return summaries;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void rollingOneIsTheTrend(long seed) {
    Trend trend = randomTrend(new SplittableRandom(seed));

    assertThat(trend.rolling(1)).as("seed %d, input %s", seed, trend).isEqualTo(trend);
    assertThat(trend.rolling(1).points())
        .as("seed %d, input %s", seed, trend)
        .isEqualTo(trend.points());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void rollingPointsPoolTheirWindow(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Trend trend = randomTrend(random);
    int window = 1 + random.nextInt(5);
    List<NpsSummary> buckets = summariesOf(trend);

    List<TrendPoint> points = trend.rolling(window).points();

    assertThat(points)
        .as("seed %d, window %d, input %s", seed, window, buckets)
        .hasSize(Math.max(0, buckets.size() - window + 1));
    for (int i = 0; i < points.size(); i++) {
      long detractors = 0;
      long passives = 0;
      long promoters = 0;
      for (int j = i; j < i + window; j++) {
        detractors += buckets.get(j).detractors();
        passives += buckets.get(j).passives();
        promoters += buckets.get(j).promoters();
      }
      TrendPoint point = points.get(i);
      assertThat(new long[] {point.detractors(), point.passives(), point.promoters()})
          .as("seed %d, window %d, point %d, input %s", seed, window, i, buckets)
          .containsExactly(detractors, passives, promoters);
      assertThat(point.bucket())
          .as("seed %d, window %d, point %d", seed, window, i)
          .isEqualTo(trend.points().get(i + window - 1).bucket());
      assertThat(point.isEmpty()).isEqualTo(detractors + passives + promoters == 0);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void periodChangesAreOneFewerThanBucketsAndTestTheLaterAgainstTheEarlier(long seed) {
    Trend trend = randomTrend(new SplittableRandom(seed));
    List<TrendPoint> points = trend.points();

    List<PeriodChange> changes = trend.periodOverPeriod();

    assertThat(changes)
        .as("seed %d, input %s", seed, points)
        .hasSize(Math.max(0, points.size() - 1));
    for (int i = 0; i < changes.size(); i++) {
      PeriodChange change = changes.get(i);
      TrendPoint from = points.get(i);
      TrendPoint to = points.get(i + 1);
      assertThat(change.from()).isEqualTo(from.bucket());
      assertThat(change.to()).isEqualTo(to.bucket());
      boolean comparable = !from.isEmpty() && !to.isEmpty();
      assertThat(change.difference().isPresent())
          .as("seed %d, change %d, input %s", seed, i, points)
          .isEqualTo(comparable);
      if (comparable) {
        NpsDifference expected = NpsDifference.between(to.summary(), from.summary());
        assertThat(change.points())
            .as("seed %d, change %d", seed, i)
            .hasValueCloseTo(to.nps().getAsDouble() - from.nps().getAsDouble(), within(1e-9));
        assertThat(change.difference().orElseThrow().pValue())
            .as("seed %d, change %d", seed, i)
            .isEqualTo(expected.pValue());
        assertThat(change.significant())
            .as("seed %d, change %d", seed, i)
            .isEqualTo(expected.isSignificant() && !from.isLowN() && !to.isLowN());
      } else {
        assertThat(change.significant()).isFalse();
        assertThat(change.flags()).contains(SegmentFlag.EMPTY);
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void constantNpsHasSlopeZero(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    // One mix of categories scaled by a different multiple in each bucket: the NPS is the same,
    // the weights are not.
    long detractors = random.nextInt(1, 20);
    long passives = random.nextInt(0, 20);
    long promoters = random.nextInt(1, 20);
    int size = 3 + random.nextInt(10);
    List<NpsSummary> summaries = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      long multiple = random.nextInt(1, 50);
      summaries.add(
          NpsSummary.ofCounts(detractors * multiple, passives * multiple, promoters * multiple));
    }
    Trend trend = trendOf(random.nextLong(-1000, 1000), summaries);

    TrendSlope slope = trend.slope();

    assertThat(slope.pointsPerBucket())
        .as("seed %d, input %s", seed, summaries)
        .hasValueCloseTo(0.0, within(1e-9));
    assertThat(slope.direction())
        .as("seed %d, input %s", seed, summaries)
        .isEqualTo(TrendDirection.NO_CLEAR_TREND);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void reversingTimeFlipsTheSlope(long seed) {
    Trend trend = randomTrend(new SplittableRandom(seed));
    List<NpsSummary> reversedSummaries = summariesOf(trend);
    Collections.reverse(reversedSummaries);
    long firstIndex = trend.points().isEmpty() ? 0 : trend.points().get(0).bucket().index();
    Trend reversed = trendOf(firstIndex, reversedSummaries);

    TrendSlope forward = trend.slope();
    TrendSlope backward = reversed.slope();

    assertThat(backward.bucketsUsed()).isEqualTo(forward.bucketsUsed());
    if (forward.direction() == TrendDirection.INSUFFICIENT_DATA) {
      assertThat(backward.direction()).isEqualTo(TrendDirection.INSUFFICIENT_DATA);
      return;
    }
    double slope = forward.pointsPerBucket().getAsDouble();
    assertThat(backward.pointsPerBucket())
        .as("seed %d, input %s", seed, summariesOf(trend))
        .hasValueCloseTo(-slope, within(1e-9));
    assertThat(backward.standardError())
        .as("seed %d, input %s", seed, summariesOf(trend))
        .hasValueCloseTo(forward.standardError().getAsDouble(), within(1e-9));
    assertThat(backward.direction()).isEqualTo(mirror(forward.direction()));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void swappingPromotersAndDetractorsFlipsTheSlope(long seed) {
    Trend trend = randomTrend(new SplittableRandom(seed));
    List<NpsSummary> swapped = new ArrayList<>();
    for (NpsSummary summary : summariesOf(trend)) {
      swapped.add(
          NpsSummary.ofCounts(summary.promoters(), summary.passives(), summary.detractors()));
    }
    long firstIndex = trend.points().isEmpty() ? 0 : trend.points().get(0).bucket().index();

    TrendSlope forward = trend.slope();
    TrendSlope mirrored = trendOf(firstIndex, swapped).slope();

    if (forward.direction() == TrendDirection.INSUFFICIENT_DATA) {
      assertThat(mirrored.direction()).isEqualTo(TrendDirection.INSUFFICIENT_DATA);
      return;
    }
    assertThat(mirrored.pointsPerBucket())
        .as("seed %d, input %s", seed, summariesOf(trend))
        .hasValueCloseTo(-forward.pointsPerBucket().getAsDouble(), within(1e-9));
    assertThat(mirrored.direction()).isEqualTo(mirror(forward.direction()));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void shiftingTheIndexesKeepsTheSlope(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Trend trend = randomTrend(random);
    long shift = random.nextLong(-1_000_000_000L, 1_000_000_000L);
    long firstIndex = trend.points().isEmpty() ? 0 : trend.points().get(0).bucket().index();

    TrendSlope original = trend.slope();
    TrendSlope shifted = trendOf(firstIndex + shift, summariesOf(trend)).slope();

    assertThat(shifted).as("seed %d, shift %d", seed, shift).isEqualTo(original);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void slopeIntervalAgreesWithDirection(long seed) {
    Trend trend = randomTrend(new SplittableRandom(seed));

    TrendSlope slope = trend.slope();

    int nonEmpty = 0;
    for (TrendPoint point : trend.points()) {
      nonEmpty += point.isEmpty() ? 0 : 1;
    }
    assertThat(slope.bucketsUsed()).isEqualTo(nonEmpty);
    assertThat(slope.direction() == TrendDirection.INSUFFICIENT_DATA)
        .as("seed %d", seed)
        .isEqualTo(nonEmpty < 3);
    slope
        .interval()
        .ifPresent(
            interval -> {
              assertThat(interval.contains(slope.pointsPerBucket().getAsDouble())).isTrue();
              assertThat(interval.unclampedUpper() - interval.unclampedLower())
                  .as("seed %d", seed)
                  .isCloseTo(
                      2 * 1.959963984540054 * slope.standardError().getAsDouble(), within(1e-9));
            });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void addingAConstantToEveryValueKeepsTheFittedSlope(long seed) {
    // The WLS fit itself: y + c has the same slope and standard error; reversing x negates it.
    SplittableRandom random = new SplittableRandom(seed);
    int k = 2 + random.nextInt(10);
    double[] x = new double[k];
    double[] y = new double[k];
    double[] shiftedY = new double[k];
    double[] reversedX = new double[k];
    double[] w = new double[k];
    double c = random.nextDouble(-100, 100);
    for (int i = 0; i < k; i++) {
      x[i] = i;
      reversedX[i] = k - 1 - i;
      y[i] = random.nextDouble(-100, 100);
      shiftedY[i] = y[i] + c;
      w[i] = random.nextDouble(0.001, 1);
    }

    WeightedLeastSquares.Fit fit = WeightedLeastSquares.fit(x, y, w);
    WeightedLeastSquares.Fit shifted = WeightedLeastSquares.fit(x, shiftedY, w);
    WeightedLeastSquares.Fit reversed = WeightedLeastSquares.fit(reversedX, y, w);

    assertThat(shifted.slope()).as("seed %d, c %s", seed, c).isCloseTo(fit.slope(), within(1e-9));
    assertThat(shifted.standardError()).isCloseTo(fit.standardError(), within(1e-9));
    assertThat(shifted.intercept()).isCloseTo(fit.intercept() + c, within(1e-9));
    assertThat(reversed.slope()).as("seed %d", seed).isCloseTo(-fit.slope(), within(1e-9));
    assertThat(reversed.standardError()).isCloseTo(fit.standardError(), within(1e-9));
  }

  private static TrendDirection mirror(TrendDirection direction) {
    return switch (direction) {
      case IMPROVING -> TrendDirection.DECLINING;
      case DECLINING -> TrendDirection.IMPROVING;
      case NO_CLEAR_TREND, INSUFFICIENT_DATA -> direction;
    };
  }
}
