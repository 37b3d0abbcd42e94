package org.nps4j.segments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.apache.commons.numbers.gamma.Erfc;
import org.junit.jupiter.api.Test;
import org.nps4j.core.Interval;
import org.nps4j.core.IntervalMethod;
import org.nps4j.core.NpsAccumulator;
import org.nps4j.core.NpsSummary;
import org.nps4j.core.Scale;
import org.nps4j.core.UnansweredPolicy;

class TrendTest {
  private static final double Z95 = 1.959963984540054;
  private static final double Z99 = 2.5758293035489004;
  private static final SegmentKey TEAM = SegmentKey.of("Team A");

  /** Month {@code m} of 2026 (UTC), index m; month 13 is January 2027. */
  static TimeBucket month(int m) {
    LocalDate start = LocalDate.of(2026, 1, 1).plusMonths(m - 1);
    return new TimeBucket(
        m,
        String.format("%d-%02d", start.getYear(), start.getMonthValue()),
        start.atStartOfDay(ZoneOffset.UTC).toInstant(),
        start.plusMonths(1).atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  /** Months 1..summaries.length. */
  static Trend trend(NpsSummary... summaries) {
    List<TimeBucket> buckets = new ArrayList<>();
    for (int i = 0; i < summaries.length; i++) {
      buckets.add(month(i + 1));
    }
    return Trend.of(TEAM, buckets, Arrays.asList(summaries));
  }

  static NpsSummary counts(long detractors, long passives, long promoters) {
    return NpsSummary.ofCounts(detractors, passives, promoters);
  }

  /** The DOMAIN adjusted Wald standard error on the 100 scale: 0.75 D, 1.5 Pa, 0.75 P added. */
  static double adjustedSe(long detractors, long passives, long promoters) {
    double n = detractors + passives + promoters + 3.0;
    double pP = (promoters + 0.75) / n;
    double pD = (detractors + 0.75) / n;
    return 100 * Math.sqrt((pP + pD - (pP - pD) * (pP - pD)) / n);
  }

  static double adjustedNps(long detractors, long passives, long promoters) {
    return 100 * (promoters - detractors) / (detractors + passives + promoters + 3.0);
  }

  @Test
  void pointsCarryCountsNpsIntervalAndFlags() {
    Trend trend =
        trend(counts(10, 20, 30), NpsSummary.empty(), counts(2, 3, 5)).withMinimumN(30);

    assertThat(trend.points()).hasSize(3);
    TrendPoint first = trend.points().get(0);
    assertThat(first.bucket()).isEqualTo(month(1));
    assertThat(first.n()).isEqualTo(60);
    assertThat(first.detractors()).isEqualTo(10);
    assertThat(first.passives()).isEqualTo(20);
    assertThat(first.promoters()).isEqualTo(30);
    // (30 - 10) / 60 = 33.33...
    assertThat(first.nps()).hasValueCloseTo(100.0 / 3, within(1e-12));
    assertThat(first.passiveShare()).hasValueCloseTo(20.0 / 60, within(1e-12));
    assertThat(first.flags()).isEmpty();
    // Adjusted Wald by hand: centre 100 * 20 / 63, margin z * SE from 10.75 / 21.5 / 30.75.
    Interval interval = first.interval().orElseThrow();
    double centre = adjustedNps(10, 20, 30);
    double margin = Z95 * adjustedSe(10, 20, 30);
    assertThat(interval.estimate()).isCloseTo(centre, within(1e-9));
    assertThat(interval.lower()).isCloseTo(centre - margin, within(1e-9));
    assertThat(interval.upper()).isCloseTo(centre + margin, within(1e-9));

    TrendPoint empty = trend.points().get(1);
    assertThat(empty.n()).isZero();
    assertThat(empty.nps()).isEmpty();
    assertThat(empty.passiveShare()).isEmpty();
    assertThat(empty.interval()).isEmpty();
    assertThat(empty.flags()).containsExactly(SegmentFlag.EMPTY);
    assertThat(empty.isEmpty()).isTrue();

    TrendPoint small = trend.points().get(2);
    assertThat(small.n()).isEqualTo(10);
    assertThat(small.nps()).hasValueCloseTo(30.0, within(1e-12));
    assertThat(small.flags()).containsExactly(SegmentFlag.LOW_N);
    assertThat(small.isLowN()).isTrue();
    assertThat(small.interval()).isPresent();
  }

  @Test
  void defaultsAreAdjustedWald95AndMinimumN30() {
    Trend trend = trend(counts(5, 5, 19), counts(5, 5, 20));

    assertThat(trend.method()).isEqualTo(IntervalMethod.ADJUSTED_WALD);
    assertThat(trend.level()).isEqualTo(0.95);
    assertThat(trend.minimumN()).isEqualTo(30);
    assertThat(trend.window()).isEqualTo(1);
    // n 29 is below 30, n 30 is not.
    assertThat(trend.points().get(0).flags()).containsExactly(SegmentFlag.LOW_N);
    assertThat(trend.points().get(1).flags()).isEmpty();
  }

  @Test
  void settingsChangeTheIntervals() {
    Trend trend = trend(counts(10, 20, 30)).withLevel(0.99).withMethod(IntervalMethod.WALD);

    // Wald at 99 %: (30 - 10) / 60 +- z99 * sqrt(V / 60), V = 40/60 - (20/60)^2.
    double nps = 20.0 / 60;
    double se = Math.sqrt((40.0 / 60 - nps * nps) / 60);
    Interval interval = trend.points().get(0).interval().orElseThrow();
    assertThat(interval.lower()).isCloseTo(100 * (nps - Z99 * se), within(1e-9));
    assertThat(interval.upper()).isCloseTo(100 * (nps + Z99 * se), within(1e-9));
    assertThat(interval.level()).isEqualTo(0.99);
  }

  @Test
  void pointsOfASegmentWithAMissingValueAreFlagged() {
    Trend trend =
        Trend.of(SegmentKey.of("Team A", null), List.of(month(1)), List.of(counts(10, 10, 10)));

    assertThat(trend.points().get(0).flags()).containsExactly(SegmentFlag.MISSING_KEY);
  }

  @Test
  void totalPoolsEveryBucket() {
    Trend trend = trend(counts(1, 2, 3), NpsSummary.empty(), counts(4, 5, 6));

    assertThat(trend.total()).isEqualTo(counts(5, 7, 9));
    assertThat(trend.rolling(2).total()).isEqualTo(counts(5, 7, 9));
    assertThat(trend.segment()).isEqualTo(TEAM);
  }

  @Test
  void emptyTrendHasNoPointsNoChangesAndInsufficientData() {
    Trend trend = Trend.of(TEAM, List.of(), List.of());

    assertThat(trend.points()).isEmpty();
    assertThat(trend.periodOverPeriod()).isEmpty();
    assertThat(trend.slope().direction()).isEqualTo(TrendDirection.INSUFFICIENT_DATA);
    assertThat(trend.total().isEmpty()).isTrue();
  }

  @Test
  void ofRejectsMismatchedLists() {
    assertThatThrownBy(() -> Trend.of(TEAM, List.of(month(1), month(2)), List.of(counts(1, 1, 1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid trend (one summary per bucket): 2 buckets, 1 summaries");
  }

  @Test
  void ofRejectsAGapInTheIndexesAndNamesTheIndex() {
    List<TimeBucket> buckets = List.of(month(1), month(2), month(4));
    List<NpsSummary> summaries = Collections.nCopies(3, counts(1, 1, 1));

    assertThatThrownBy(() -> Trend.of(TEAM, buckets, summaries))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Invalid time bucket index of 2026-04 at position 2"
                + " (indexes must be consecutive, expected 3): 4");
  }

  @Test
  void ofRejectsMixedScalesAndPolicies() {
    NpsSummary fivePoint = NpsSummary.ofCounts(Scale.ONE_TO_FIVE, 1, 1, 1);
    assertThatThrownBy(() -> trend(counts(1, 1, 1), fivePoint))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Invalid summary of bucket 2026-02")
        .hasMessageContaining("scale and unanswered policy");

    NpsSummary countingBlanks = NpsSummary.empty(Scale.STANDARD, UnansweredPolicy.COUNT_AS_PASSIVE);
    NpsAccumulator accumulator =
        NpsAccumulator.create(Scale.STANDARD, UnansweredPolicy.COUNT_AS_PASSIVE);
    accumulator.add(9);
    accumulator.addMissing();
    NpsSummary withBlanks = accumulator.snapshot();
    // A summary that counted nothing fits any trend; one that counted answers must match.
    assertThat(trend(countingBlanks, counts(1, 1, 1)).points()).hasSize(2);
    assertThat(withBlanks.unansweredPolicy()).isEqualTo(UnansweredPolicy.COUNT_AS_PASSIVE);
    assertThatThrownBy(() -> trend(counts(1, 1, 1), withBlanks))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("COUNT_AS_PASSIVE");
  }

  @Test
  void settingsRejectBadValues() {
    Trend trend = trend(counts(1, 1, 1));

    assertThatThrownBy(() -> trend.withMinimumN(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid minimum n (must be >= 1): 0");
    assertThatThrownBy(() -> trend.withLevel(1.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid confidence level 1.0: must be strictly between 0 and 1, e.g. 0.95");
    assertThatThrownBy(() -> trend.rolling(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid rolling window (must be >= 1 bucket): 0");
    assertThatThrownBy(() -> trend.withMethod(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void rollingPoolsTheBucketAndTheOnesBefore() {
    Trend trend =
        trend(
            counts(1, 2, 3),
            counts(4, 5, 6),
            NpsSummary.empty(),
            counts(7, 8, 9),
            counts(10, 11, 12),
            counts(0, 0, 1));

    Trend rolling = trend.rolling(3);

    assertThat(rolling.window()).isEqualTo(3);
    assertThat(rolling.points()).hasSize(4);
    // Hand sums: months 1-3, 2-4, 3-5, 4-6.
    assertThat(rolling.points().get(0).summary()).isEqualTo(counts(5, 7, 9));
    assertThat(rolling.points().get(1).summary()).isEqualTo(counts(11, 13, 15));
    assertThat(rolling.points().get(2).summary()).isEqualTo(counts(17, 19, 21));
    assertThat(rolling.points().get(3).summary()).isEqualTo(counts(17, 19, 22));
    // Each point keeps the last bucket of its window.
    assertThat(rolling.points())
        .extracting(point -> point.bucket().label())
        .containsExactly("2026-03", "2026-04", "2026-05", "2026-06");
    // The pooled window of months 1-3 has n 21 (LOW_N at 30), months 2-4 has 39.
    assertThat(rolling.points().get(0).flags()).containsExactly(SegmentFlag.LOW_N);
    assertThat(rolling.points().get(1).flags()).isEmpty();
  }

  @Test
  void rollingAlwaysPoolsTheOriginalBuckets() {
    Trend trend = trend(counts(1, 2, 3), counts(4, 5, 6), counts(7, 8, 9), counts(1, 1, 1));

    assertThat(trend.rolling(1)).isEqualTo(trend);
    assertThat(trend.rolling(3).rolling(2)).isEqualTo(trend.rolling(2));
    assertThat(trend.rolling(3).rolling(1)).isEqualTo(trend);
    assertThat(trend.rolling(5).points()).isEmpty();
    assertThat(trend.rolling(4).points()).hasSize(1);
  }

  @Test
  void periodOverPeriodComparesEachBucketWithThePreviousOne() {
    Trend trend = trend(counts(10, 30, 60), counts(25, 30, 45), counts(20, 30, 50));

    List<PeriodChange> changes = trend.periodOverPeriod();

    assertThat(changes).hasSize(2);
    PeriodChange fall = changes.get(0);
    assertThat(fall.from()).isEqualTo(month(1));
    assertThat(fall.to()).isEqualTo(month(2));
    // Raw difference to - from: (45 - 25) - (60 - 10) = -30 points on n 100 each.
    assertThat(fall.points()).hasValueCloseTo(-30.0, within(1e-9));
    // DOMAIN: adjusted counts, SE = sqrt(Va/na + Vb/nb), z = diff / SE, p = erfc(|z| / sqrt 2).
    double seTo = adjustedSe(25, 30, 45);
    double seFrom = adjustedSe(10, 30, 60);
    double z =
        (adjustedNps(25, 30, 45) - adjustedNps(10, 30, 60))
            / Math.sqrt(seTo * seTo + seFrom * seFrom);
    double p = Erfc.value(Math.abs(z) / Math.sqrt(2));
    assertThat(fall.difference().orElseThrow().pValue()).isCloseTo(p, within(1e-12));
    assertThat(p).isLessThan(0.05);
    assertThat(fall.significant()).isTrue();
    assertThat(fall.isSignificantDecline()).isTrue();
    assertThat(fall.isSignificantImprovement()).isFalse();
    assertThat(fall.flags()).isEmpty();

    PeriodChange small = changes.get(1);
    // +10 points on n 100 each: z about 1.4, not significant at 95 %.
    assertThat(small.points()).hasValueCloseTo(10.0, within(1e-9));
    assertThat(small.significant()).isFalse();
    assertThat(small.isSignificantImprovement()).isFalse();
  }

  @Test
  void periodOverPeriodSkipsEmptyBucketsAndNeverCallsLowNSignificant() {
    Trend trend = trend(counts(0, 0, 20), NpsSummary.empty(), counts(20, 0, 0), counts(0, 0, 40));

    List<PeriodChange> changes = trend.periodOverPeriod();

    assertThat(changes).hasSize(3);
    assertThat(changes.get(0).difference()).isEmpty();
    assertThat(changes.get(0).points()).isEmpty();
    assertThat(changes.get(0).significant()).isFalse();
    assertThat(changes.get(0).flags())
        .containsExactlyInAnyOrder(SegmentFlag.EMPTY, SegmentFlag.LOW_N);
    assertThat(changes.get(1).difference()).isEmpty();
    // -100 to +100 is a huge change, but n 20 is below the minimum n of 30.
    PeriodChange jump = changes.get(2);
    assertThat(jump.points()).hasValueCloseTo(200.0, within(1e-9));
    assertThat(jump.difference().orElseThrow().isSignificant()).isTrue();
    assertThat(jump.significant()).isFalse();
    assertThat(jump.flags()).containsExactly(SegmentFlag.LOW_N);
    // With minimum n 20 the same change counts.
    assertThat(trend.withMinimumN(20).periodOverPeriod().get(2).significant()).isTrue();
  }

  @Test
  void periodOverPeriodOfARollingTrendComparesDisjointWindows() {
    Trend trend =
        trend(
            counts(1, 1, 1),
            counts(2, 2, 2),
            counts(3, 3, 3),
            counts(4, 4, 4),
            counts(5, 5, 5));

    List<PeriodChange> changes = trend.rolling(2).periodOverPeriod();

    // Windows end at months 2..5; each is compared with the window ending two months earlier.
    assertThat(changes).hasSize(2);
    assertThat(changes.get(0).from()).isEqualTo(month(2));
    assertThat(changes.get(0).to()).isEqualTo(month(4));
    assertThat(changes.get(1).from()).isEqualTo(month(3));
    assertThat(changes.get(1).to()).isEqualTo(month(5));
  }

  @Test
  void periodOverPeriodWithTheScoreMethodUsesAdjustedWald() {
    Trend trend = trend(counts(10, 30, 60), counts(25, 30, 45)).withMethod(IntervalMethod.SCORE);

    PeriodChange change = trend.periodOverPeriod().get(0);

    assertThat(change.difference().orElseThrow().method()).isEqualTo(IntervalMethod.ADJUSTED_WALD);
    assertThat(trend.points().get(0).interval().orElseThrow())
        .isEqualTo(counts(10, 30, 60).confidenceInterval(IntervalMethod.SCORE, 0.95));
  }

  @Test
  void slopeWithEqualWeightsIsTheOrdinaryLeastSquaresSlope() {
    // Swapping promoters and detractors keeps the adjusted SE, so the three weights are equal.
    // y = a, a, -a at x = 0, 1, 2 with a = 100/3: OLS slope = sum (x - 1)(y - ybar) / 2 = -a.
    Trend trend = trend(counts(100, 200, 300), counts(100, 200, 300), counts(300, 200, 100));
    double a = 100.0 / 3;

    TrendSlope slope = trend.slope();

    assertThat(slope.pointsPerBucket()).hasValueCloseTo(-a, within(1e-9));
    // The residuals -a/3, 2a/3, -a/3 scatter far more than n 600 allows (phi > 1), so the
    // SE is the OLS one: sqrt(RSS / (k - 2) / Sxx) = sqrt((2a^2/3) / 1 / 2) = a / sqrt(3).
    assertThat(slope.standardError()).hasValueCloseTo(a / Math.sqrt(3), within(1e-9));
    Interval interval = slope.interval().orElseThrow();
    assertThat(interval.lower()).isCloseTo(-a - Z95 * a / Math.sqrt(3), within(1e-9));
    assertThat(interval.upper()).isCloseTo(-a + Z95 * a / Math.sqrt(3), within(1e-9));
    assertThat(slope.direction()).isEqualTo(TrendDirection.NO_CLEAR_TREND);
    assertThat(slope.bucketsUsed()).isEqualTo(3);
    assertThat(slope.description()).startsWith("No clear trend: -33.3 points per bucket");
  }

  /** n 1000 per month, 200 passives, NPS 10 + 5i: promoters 450 + 25i, detractors 350 - 25i. */
  static NpsSummary rising(int i) {
    return counts(350 - 25L * i, 200, 450 + 25L * i);
  }

  @Test
  void aRiseOfFivePointsPerBucketWithLargeNIsImproving() {
    NpsSummary[] summaries = new NpsSummary[8];
    for (int i = 0; i < 8; i++) {
      summaries[i] = rising(i);
    }

    TrendSlope slope = trend(summaries).slope();

    assertThat(slope.pointsPerBucket()).hasValueCloseTo(5.0, within(1e-9));
    // The points lie on the line, so phi = 0 and SE = sqrt(1 / sum w (x - xbar_w)^2).
    double[] w = new double[8];
    double sumW = 0;
    double sumWx = 0;
    for (int i = 0; i < 8; i++) {
      double se = adjustedSe(350 - 25L * i, 200, 450 + 25L * i);
      w[i] = 1 / (se * se);
      sumW += w[i];
      sumWx += w[i] * i;
    }
    double meanX = sumWx / sumW;
    double sxx = 0;
    for (int i = 0; i < 8; i++) {
      sxx += w[i] * (i - meanX) * (i - meanX);
    }
    double se = Math.sqrt(1 / sxx);
    assertThat(slope.standardError()).hasValueCloseTo(se, within(1e-9));
    assertThat(slope.interval().orElseThrow().lower()).isCloseTo(5 - Z95 * se, within(1e-9));
    assertThat(slope.direction()).isEqualTo(TrendDirection.IMPROVING);
    assertThat(slope.bucketsUsed()).isEqualTo(8);
    assertThat(slope.description()).startsWith("Improving: +5.0 points per bucket, 95% interval [");
  }

  @Test
  void aFallOfFivePointsPerBucketIsDeclining() {
    NpsSummary[] summaries = new NpsSummary[6];
    for (int i = 0; i < 6; i++) {
      NpsSummary up = rising(i);
      summaries[i] = counts(up.promoters(), up.passives(), up.detractors());
    }

    TrendSlope slope = trend(summaries).slope();

    assertThat(slope.pointsPerBucket()).hasValueCloseTo(-5.0, within(1e-9));
    assertThat(slope.direction()).isEqualTo(TrendDirection.DECLINING);
    assertThat(slope.description()).startsWith("Declining: -5.0 points per bucket");
  }

  @Test
  void aFlatNoisyTrendHasNoClearTrend() {
    // NPS 30, 20, 30, 20, 30, 20 on n 100 each.
    NpsSummary high = counts(20, 30, 50);
    NpsSummary low = counts(25, 30, 45);

    TrendSlope slope = trend(high, low, high, low, high, low).slope();

    assertThat(slope.direction()).isEqualTo(TrendDirection.NO_CLEAR_TREND);
    assertThat(slope.interval().orElseThrow().contains(0.0)).isTrue();
    // Weights nearly equal, so close to the OLS slope sum (x - 2.5)(y - 25) / 17.5 = -15 / 17.5.
    assertThat(slope.pointsPerBucket().getAsDouble()).isCloseTo(-15 / 17.5, within(0.05));
  }

  @Test
  void emptyBucketsAreSkippedByTheSlopeAtTheirTrueIndexes() {
    NpsSummary[] summaries = new NpsSummary[8];
    for (int i = 0; i < 8; i++) {
      summaries[i] = i == 2 || i == 3 ? NpsSummary.empty() : rising(i);
    }
    Trend trend = trend(summaries);

    TrendSlope slope = trend.slope();

    // Still exactly 5 per bucket: the gap counts as two buckets of time.
    assertThat(slope.pointsPerBucket()).hasValueCloseTo(5.0, within(1e-9));
    assertThat(slope.bucketsUsed()).isEqualTo(6);
    assertThat(trend.points().get(2).flags()).containsExactly(SegmentFlag.EMPTY);
  }

  @Test
  void fewerThanThreeNonEmptyBucketsIsInsufficientData() {
    Trend trend =
        trend(counts(10, 10, 10), NpsSummary.empty(), NpsSummary.empty(), counts(0, 0, 50));

    TrendSlope slope = trend.slope();

    assertThat(slope.direction()).isEqualTo(TrendDirection.INSUFFICIENT_DATA);
    assertThat(slope.pointsPerBucket()).isEmpty();
    assertThat(slope.standardError()).isEmpty();
    assertThat(slope.interval()).isEmpty();
    assertThat(slope.bucketsUsed()).isEqualTo(2);
    assertThat(slope.description())
        .isEqualTo(
            "Insufficient data: 2 buckets with answered responses, at least 3 needed for a trend");
  }

  @Test
  void slopeIntervalFollowsTheLevel() {
    NpsSummary[] summaries = new NpsSummary[5];
    for (int i = 0; i < 5; i++) {
      summaries[i] = rising(i);
    }
    TrendSlope at95 = trend(summaries).slope();
    TrendSlope at99 = trend(summaries).withLevel(0.99).slope();

    double se = at95.standardError().getAsDouble();
    assertThat(at99.standardError()).hasValueCloseTo(se, within(1e-12));
    assertThat(at99.interval().orElseThrow().upper()).isCloseTo(5 + Z99 * se, within(1e-9));
    assertThat(at99.interval().orElseThrow().level()).isEqualTo(0.99);
  }

  @Test
  void slopeOfARollingTrendUsesTheOriginalBuckets() {
    Trend trend = trend(counts(100, 200, 300), counts(100, 200, 300), counts(300, 200, 100));

    assertThat(trend.rolling(2).slope()).isEqualTo(trend.slope());
  }

  @Test
  void slopeRejectsAnInconsistentRecord() {
    assertThatThrownBy(
            () ->
                new TrendSlope(
                    OptionalDouble.of(1),
                    OptionalDouble.of(1),
                    Optional.of(Interval.clamped(1, 0.5, 1.5, 0.95, -200, 200)),
                    TrendDirection.NO_CLEAR_TREND,
                    3,
                    "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the direction must follow from the interval");
  }

  @Test
  void trendPointRejectsAnIntervalForAnEmptyBucket() {
    Interval interval = counts(1, 1, 1).confidenceInterval();

    assertThatThrownBy(
            () ->
                new TrendPoint(
                    month(1),
                    NpsSummary.empty(),
                    Optional.of(interval),
                    Set.of(SegmentFlag.EMPTY)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("an interval is present exactly when there are answered responses");
  }

  @Test
  void equalTrendsAreEqual() {
    Trend a = trend(counts(1, 2, 3), counts(4, 5, 6));
    Trend b = trend(counts(1, 2, 3), counts(4, 5, 6));

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(b.withMinimumN(10));
    assertThat(a).isNotEqualTo(b.withLevel(0.9));
    assertThat(a.toString())
        .isEqualTo(
            "Trend[Team A, 2 buckets 2026-01..2026-02, window 1, ADJUSTED_WALD 95%,"
                + " minimum n 30]");
  }
}
