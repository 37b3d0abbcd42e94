package org.nps4j.segments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.nps4j.segments.TrendTest.counts;
import static org.nps4j.segments.TrendTest.month;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.numbers.gamma.Erfc;
import org.junit.jupiter.api.Test;
import org.nps4j.core.NpsSummary;

class AlertsTest {
  private static final double Z95 = 1.959963984540054;
  private static final SegmentKey TEAM_A = SegmentKey.of("Team A");
  private static final SegmentKey TEAM_B = SegmentKey.of("Team B");

  // n 40 each: NPS 100 * (14 - 10) / 40 = 10 and 100 * (18 - 6) / 40 = 30.
  private static final NpsSummary LOW = counts(10, 16, 14);
  private static final NpsSummary HIGH = counts(6, 16, 18);

  static Trend trend(SegmentKey segment, NpsSummary... summaries) {
    List<TimeBucket> buckets = new ArrayList<>();
    for (int i = 0; i < summaries.length; i++) {
      buckets.add(month(i + 1));
    }
    return Trend.of(segment, buckets, Arrays.asList(summaries));
  }

  static Trend firstMonths(int months, NpsSummary... summaries) {
    return trend(TEAM_A, Arrays.copyOf(summaries, months));
  }

  @Test
  void belowThresholdFiresOnTheKthLowBucketAndNotOneEarlier() {
    NpsSummary[] year = {HIGH, LOW, LOW, LOW, HIGH, LOW, LOW, HIGH};
    AlertRule rule = AlertRule.belowThreshold(20, 3);

    // Months 2 and 3 are low: K - 1 = 2 low buckets raise nothing.
    assertThat(Alerts.evaluate(firstMonths(3, year), List.of(rule))).isEmpty();
    // Month 4 is the third low bucket in a row.
    List<Alert> atFour = Alerts.evaluate(firstMonths(4, year), List.of(rule));
    assertThat(atFour).hasSize(1);
    assertThat(atFour.get(0).buckets()).containsExactly(month(2), month(3), month(4));

    // The whole year: the run 2-4 alerts, the run 6-7 (two buckets) does not.
    List<Alert> alerts = Alerts.evaluate(trend(TEAM_A, year), List.of(rule));
    assertThat(alerts).hasSize(1);
    Alert alert = alerts.get(0);
    assertThat(alert.segment()).isEqualTo(TEAM_A);
    assertThat(alert.buckets()).containsExactly(month(2), month(3), month(4));
    assertThat(alert.rule()).isEqualTo("NPS below 20 for 3 consecutive buckets (minimum n 30)");
    assertThat(alert.figures())
        .isEqualTo("2026-02 10.0 (n 40), 2026-03 10.0 (n 40), 2026-04 10.0 (n 40)");
    assertThat(alert.source()).isEqualTo(rule);
    assertThat(alert.toString())
        .isEqualTo(
            "Team A: NPS below 20 for 3 consecutive buckets (minimum n 30): "
                + "2026-02 10.0 (n 40), 2026-03 10.0 (n 40), 2026-04 10.0 (n 40)");
  }

  @Test
  void aLongRunIsOneAlertNamingEveryBucket() {
    List<Alert> alerts =
        Alerts.evaluate(
            trend(TEAM_A, HIGH, LOW, LOW, LOW, LOW, LOW), List.of(AlertRule.belowThreshold(20, 3)));

    assertThat(alerts).hasSize(1);
    assertThat(alerts.get(0).buckets())
        .containsExactly(month(2), month(3), month(4), month(5), month(6));
  }

  @Test
  void anNpsEqualToTheThresholdIsNotBelowIt() {
    // NPS exactly 10 in every bucket.
    Trend trend = trend(TEAM_A, LOW, LOW, LOW);

    assertThat(Alerts.evaluate(trend, List.of(AlertRule.belowThreshold(10, 3)))).isEmpty();
    assertThat(Alerts.evaluate(trend, List.of(AlertRule.belowThreshold(10.5, 3)))).hasSize(1);
  }

  @Test
  void emptyAndLowNBucketsBreakARun() {
    // An empty bucket and a bucket of n 20 (NPS -100, below anything) between low buckets.
    NpsSummary small = counts(20, 0, 0);
    Trend trend = trend(TEAM_A, LOW, LOW, NpsSummary.empty(), LOW, LOW, small, LOW, LOW);

    assertThat(Alerts.evaluate(trend, List.of(AlertRule.belowThreshold(20, 3)))).isEmpty();
    // With minimum n 20 the small bucket counts, joining months 4-8 into a run of five.
    List<Alert> alerts =
        Alerts.evaluate(trend.withMinimumN(20), List.of(AlertRule.belowThreshold(20, 3)));
    assertThat(alerts).hasSize(1);
    assertThat(alerts.get(0).buckets())
        .containsExactly(month(4), month(5), month(6), month(7), month(8));
    assertThat(alerts.get(0).rule()).endsWith("(minimum n 20)");
    assertThat(alerts.get(0).figures()).contains("2026-06 -100.0 (n 20)");
  }

  @Test
  void significantlyBelowNeedsTheUpperBoundBelowTheThreshold() {
    // NPS 10 on n 400: adjusted Wald upper bound from 100.75 / 161.5 / 140.75 on n' 403, by hand.
    NpsSummary large = counts(100, 160, 140);
    double upper = TrendTest.adjustedNps(100, 160, 140) + Z95 * TrendTest.adjustedSe(100, 160, 140);
    assertThat(upper).isLessThan(20);
    // NPS 10 on n 40: the upper bound is far above 20.
    double smallUpper = TrendTest.adjustedNps(10, 16, 14) + Z95 * TrendTest.adjustedSe(10, 16, 14);
    assertThat(smallUpper).isGreaterThan(20);
    AlertRule rule = AlertRule.significantlyBelowThreshold(20, 2);

    assertThat(Alerts.evaluate(trend(TEAM_A, LOW, LOW, LOW), List.of(rule))).isEmpty();
    List<Alert> alerts = Alerts.evaluate(trend(TEAM_A, LOW, large, large), List.of(rule));

    assertThat(alerts).hasSize(1);
    assertThat(alerts.get(0).buckets()).containsExactly(month(2), month(3));
    assertThat(alerts.get(0).rule())
        .isEqualTo(
            "NPS significantly below 20 (upper bound of the 95% interval)"
                + " for 2 consecutive buckets (minimum n 30)");
    String figure = String.format(Locale.ROOT, "10.0, upper bound %.1f (n 400)", upper);
    assertThat(alerts.get(0).figures())
        .isEqualTo("2026-02 " + figure + ", 2026-03 " + figure);
  }

  @Test
  void belowThresholdOnARollingTrendUsesTheWindows() {
    // Rolling 2: windows end at months 2..5 with NPS (30+10)/2 = 20, 10, 10, 10.
    Trend rolling = trend(TEAM_A, HIGH, LOW, LOW, LOW, LOW).rolling(2);

    List<Alert> alerts = Alerts.evaluate(rolling, List.of(AlertRule.belowThreshold(20, 3)));

    assertThat(alerts).hasSize(1);
    assertThat(alerts.get(0).buckets()).containsExactly(month(3), month(4), month(5));
    assertThat(alerts.get(0).rule())
        .isEqualTo("Rolling 2-bucket NPS below 20 for 3 consecutive buckets (minimum n 30)");
    assertThat(alerts.get(0).figures()).startsWith("2026-03 10.0 (n 80)");
  }

  // n 40 each: NPS 100 * (20 - 4) / 40 = 40 and 100 * (16 - 8) / 40 = 20.
  private static final NpsSummary STEADY = counts(4, 16, 20);
  private static final NpsSummary DROPPED = counts(8, 16, 16);

  /** The one-sided p-value "recent below baseline" by the DOMAIN formula on adjusted counts. */
  static double dropPValue(long[] recent, long[] baseline) {
    double seRecent = TrendTest.adjustedSe(recent[0], recent[1], recent[2]);
    double seBaseline = TrendTest.adjustedSe(baseline[0], baseline[1], baseline[2]);
    double z =
        (TrendTest.adjustedNps(recent[0], recent[1], recent[2])
                - TrendTest.adjustedNps(baseline[0], baseline[1], baseline[2]))
            / Math.sqrt(seRecent * seRecent + seBaseline * seBaseline);
    // P(Z <= z) = erfc(-z / sqrt 2) / 2.
    return 0.5 * Erfc.value(-z / Math.sqrt(2));
  }

  @Test
  void significantDropFiresWhenTheRecentWindowIsSignificantlyLower() {
    NpsSummary[] year = new NpsSummary[12];
    Arrays.fill(year, 0, 9, STEADY);
    Arrays.fill(year, 9, 12, DROPPED);
    AlertRule rule = AlertRule.significantDrop(6, 3, 0.99);

    // Month 11: recent = months 9-11 (40, 20, 20), pooled D 20 Pa 48 P 52 on n 120, against
    // months 3-8 (D 24 Pa 96 P 120 on n 240): p about 0.042, not below 0.01.
    double pAtEleven = dropPValue(new long[] {20, 48, 52}, new long[] {24, 96, 120});
    assertThat(pAtEleven).isBetween(0.01, 0.05);
    assertThat(Alerts.evaluate(firstMonths(11, year), List.of(rule))).isEmpty();
    // Month 12: recent = months 10-12, all dropped (D 24 Pa 48 P 48 on n 120): p below 0.01.
    double p = dropPValue(new long[] {24, 48, 48}, new long[] {24, 96, 120});
    assertThat(p).isLessThan(0.01);

    List<Alert> alerts = Alerts.evaluate(firstMonths(12, year), List.of(rule));

    assertThat(alerts).hasSize(1);
    Alert alert = alerts.get(0);
    assertThat(alert.buckets())
        .containsExactly(
            month(4), month(5), month(6), month(7), month(8), month(9), month(10), month(11),
            month(12));
    assertThat(alert.rule())
        .isEqualTo(
            "NPS of the last 3 buckets significantly below the 6 buckets before"
                + " (one-sided test at 99%, minimum n 30)");
    assertThat(alert.figures())
        .isEqualTo(
            String.format(
                Locale.ROOT,
                "baseline 2026-04..2026-09 NPS 40.0 (n 240), recent 2026-10..2026-12 NPS 20.0"
                    + " (n 120): -20.0 points, one-sided p %.3g",
                p));
    // At 95 % the drop is already significant at month 11.
    assertThat(Alerts.evaluate(firstMonths(11, year), List.of(AlertRule.significantDrop(6, 3))))
        .hasSize(1);
  }

  @Test
  void significantDropIgnoresRisesShortTrendsAndSmallWindows() {
    NpsSummary[] rise = new NpsSummary[9];
    Arrays.fill(rise, 0, 6, DROPPED);
    Arrays.fill(rise, 6, 9, STEADY);
    AlertRule rule = AlertRule.significantDrop(6, 3);

    assertThat(Alerts.evaluate(trend(TEAM_A, rise), List.of(rule))).isEmpty();

    NpsSummary[] drop = new NpsSummary[9];
    Arrays.fill(drop, 0, 6, STEADY);
    Arrays.fill(drop, 6, 9, DROPPED);
    assertThat(Alerts.evaluate(trend(TEAM_A, drop), List.of(rule))).hasSize(1);
    // Eight buckets are fewer than 6 + 3.
    assertThat(Alerts.evaluate(firstMonths(8, drop), List.of(rule))).isEmpty();
    // The recent window has n 120: below a minimum n of 121 it is not alerted on.
    assertThat(Alerts.evaluate(trend(TEAM_A, drop).withMinimumN(121), List.of(rule))).isEmpty();
    assertThat(Alerts.evaluate(trend(TEAM_A, drop).withMinimumN(120), List.of(rule))).hasSize(1);
  }

  @Test
  void significantDropOfAnEmptyRecentWindowRaisesNothing() {
    NpsSummary[] months = {STEADY, STEADY, NpsSummary.empty()};

    assertThat(Alerts.evaluate(trend(TEAM_A, months), List.of(AlertRule.significantDrop(2, 1))))
        .isEmpty();
  }

  // n 40 each: passives 10 (25 %) and 18 (45 %).
  private static final NpsSummary FEW_PASSIVES = counts(5, 10, 25);
  private static final NpsSummary MANY_PASSIVES = counts(5, 18, 17);

  /** The one-sided two-proportion z-test with the pooled SE, P(Z >= z) = erfc(z / sqrt 2) / 2. */
  static double passivesPValue(long recentPassives, long recentN, long basePassives, long baseN) {
    double recent = (double) recentPassives / recentN;
    double base = (double) basePassives / baseN;
    double pooled = (double) (recentPassives + basePassives) / (recentN + baseN);
    double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / recentN + 1.0 / baseN));
    return 0.5 * Erfc.value((recent - base) / se / Math.sqrt(2));
  }

  @Test
  void passivesRisingFiresOnTheFirstBucketWhereTheRiseIsSignificant() {
    NpsSummary[] year = new NpsSummary[12];
    Arrays.fill(year, 0, 9, FEW_PASSIVES);
    Arrays.fill(year, 9, 12, MANY_PASSIVES);
    AlertRule rule = AlertRule.passivesRising(6, 3);

    // Month 10: recent months 8-10 hold 10 + 10 + 18 = 38 passives of 120, baseline 60 of 240.
    assertThat(passivesPValue(38, 120, 60, 240)).isGreaterThan(0.05);
    assertThat(Alerts.evaluate(firstMonths(10, year), List.of(rule))).isEmpty();
    // Month 11: 10 + 18 + 18 = 46 of 120 against 60 of 240.
    double p = passivesPValue(46, 120, 60, 240);
    assertThat(p).isLessThan(0.05);

    List<Alert> alerts = Alerts.evaluate(firstMonths(11, year), List.of(rule));

    assertThat(alerts).hasSize(1);
    Alert alert = alerts.get(0);
    assertThat(alert.buckets()).hasSize(9).startsWith(month(3)).endsWith(month(11));
    assertThat(alert.rule())
        .isEqualTo(
            "Passive share of the last 3 buckets significantly above the 6 buckets before"
                + " (one-sided test at 95%, minimum n 30)");
    // 46 / 120 = 38.33 %, 60 / 240 = 25 %: +13.3 points.
    assertThat(alert.figures())
        .isEqualTo(
            String.format(
                Locale.ROOT,
                "baseline 2026-03..2026-08 passives 25.0%% (n 240), recent 2026-09..2026-11"
                    + " passives 38.3%% (n 120): +13.3 points, one-sided p %.3g",
                p));
  }

  @Test
  void passivesFallingOrStillRaiseNothing() {
    NpsSummary[] falling = new NpsSummary[9];
    Arrays.fill(falling, 0, 6, MANY_PASSIVES);
    Arrays.fill(falling, 6, 9, FEW_PASSIVES);
    AlertRule rule = AlertRule.passivesRising(6, 3);

    assertThat(Alerts.evaluate(trend(TEAM_A, falling), List.of(rule))).isEmpty();
    // No passives at all: the pooled SE is 0 and nothing rises.
    NpsSummary noPassives = counts(10, 0, 30);
    Trend flat = trend(TEAM_A, noPassives, noPassives, noPassives);
    assertThat(Alerts.evaluate(flat, List.of(AlertRule.passivesRising(2, 1)))).isEmpty();
  }

  @Test
  void evaluateListsAlertsInTrendOrderThenRuleOrder() {
    NpsSummary[] months = new NpsSummary[9];
    Arrays.fill(months, 0, 6, STEADY);
    Arrays.fill(months, 6, 9, DROPPED);
    Trend a = trend(TEAM_A, months);
    Trend b = trend(TEAM_B, months);
    Trend quiet = trend(SegmentKey.of("Team C"), STEADY, STEADY, STEADY);
    List<AlertRule> rules =
        List.of(AlertRule.significantDrop(6, 3), AlertRule.belowThreshold(25, 3));

    List<Alert> alerts = Alerts.evaluate(List.of(b, quiet, a), rules);

    assertThat(alerts)
        .extracting(Alert::segment, Alert::source)
        .containsExactly(
            tuple(TEAM_B, rules.get(0)),
            tuple(TEAM_B, rules.get(1)),
            tuple(TEAM_A, rules.get(0)),
            tuple(TEAM_A, rules.get(1)));
    assertThat(Alerts.evaluate(a, rules)).isEqualTo(alerts.subList(2, 4));
    assertThat(Alerts.evaluate(a, List.of())).isEmpty();
  }

  @Test
  void rulesRejectBadArguments() {
    assertThatThrownBy(() -> AlertRule.belowThreshold(150, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid NPS threshold (must be within [-100, 100]): 150.0");
    assertThatThrownBy(() -> AlertRule.belowThreshold(Double.NaN, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid NPS threshold (must be within [-100, 100]): NaN");
    assertThatThrownBy(() -> AlertRule.belowThreshold(20, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid number of consecutive buckets (must be >= 1): 0");
    assertThatThrownBy(() -> AlertRule.significantDrop(0, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid baseline window (must be >= 1 bucket): 0");
    assertThatThrownBy(() -> AlertRule.passivesRising(6, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid recent window (must be >= 1 bucket): 0");
    assertThatThrownBy(() -> AlertRule.significantDrop(6, 3, 1.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid confidence level 1.0: must be strictly between 0 and 1, e.g. 0.95");
    assertThatThrownBy(
            () -> new Alert("r", TEAM_A, List.of(), "f", AlertRule.belowThreshold(20, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid alert on Team A (must name at least one bucket): no buckets");
  }

  @Test
  void singleBucketRulesReadNaturally() {
    Trend trend = trend(TEAM_A, STEADY, DROPPED);

    assertThat(AlertRule.belowThreshold(12.5, 1).description(trend))
        .isEqualTo("NPS below 12.5 in any bucket (minimum n 30)");
    assertThat(AlertRule.significantDrop(1, 1).description(trend))
        .isEqualTo(
            "NPS of the last bucket significantly below the bucket before"
                + " (one-sided test at 95%, minimum n 30)");
    assertThat(AlertRule.belowThreshold(20, 3))
        .isEqualTo(new AlertRule.BelowThreshold(20, 3, false));
  }
}
