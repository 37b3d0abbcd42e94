package org.nps4j.segments;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.nps4j.core.NpsSummary;

/**
 * Evaluates {@link AlertRule}s over trends: "warn me when a team is consistently low, when its NPS
 * drops significantly, or when its passives pile up".
 *
 * <pre>{@code
 * List<Alert> alerts =
 *     Alerts.evaluate(
 *         trends,
 *         List.of(
 *             AlertRule.belowThreshold(20, 3),
 *             AlertRule.significantDrop(6, 3),
 *             AlertRule.passivesRising(6, 3)));
 * }</pre>
 *
 * <p>Each alert names the segment, the buckets, the figures and the rule. The rules use each
 * trend's own method, level for intervals and minimum n. This class has static methods only.
 */
public final class Alerts {

  private Alerts() {}

  /**
   * Applies the rules to one trend.
   *
   * @param trend the trend
   * @param rules the rules
   * @return the alerts in rule order, each rule's alerts in time order; unmodifiable
   * @throws NullPointerException if an argument or a rule is null
   */
  public static List<Alert> evaluate(Trend trend, List<AlertRule> rules) {
    Objects.requireNonNull(trend, "trend");
    List<AlertRule> ruleList = List.copyOf(Objects.requireNonNull(rules, "rules"));
    List<Alert> alerts = new ArrayList<>();
    for (AlertRule rule : ruleList) {
      alerts.addAll(rule.evaluate(trend));
    }
    return List.copyOf(alerts);
  }

  /**
   * Applies the rules to several trends, e.g. one per team.
   *
   * @param trends the trends, in the order the alerts should follow
   * @param rules the rules
   * @return the alerts in trend order, then rule order, then time order; unmodifiable
   * @throws NullPointerException if an argument, a trend or a rule is null
   */
  public static List<Alert> evaluate(Collection<Trend> trends, List<AlertRule> rules) {
    Objects.requireNonNull(trends, "trends");
    List<AlertRule> ruleList = List.copyOf(Objects.requireNonNull(rules, "rules"));
    List<Alert> alerts = new ArrayList<>();
    for (Trend trend : trends) {
      alerts.addAll(evaluate(Objects.requireNonNull(trend, "trend"), ruleList));
    }
    return List.copyOf(alerts);
  }

  /** The baseline and recent windows at the end of a trend's original buckets. */
  record Windows(
      List<TimeBucket> baselineBuckets,
      List<TimeBucket> recentBuckets,
      List<TimeBucket> allBuckets,
      NpsSummary baseline,
      NpsSummary recent) {

    /**
     * The windows, or null when the trend has fewer than {@code baselineBuckets + recentBuckets}
     * buckets or a window has fewer responses than the trend's minimum n (an empty one included).
     */
    static Windows of(Trend trend, int baselineBuckets, int recentBuckets) {
      List<TimeBucket> buckets = trend.buckets();
      int end = buckets.size();
      if ((long) baselineBuckets + recentBuckets > end) {
        return null;
      }
      int recentStart = end - recentBuckets;
      int baselineStart = recentStart - baselineBuckets;
      NpsSummary baseline = trend.pooled(baselineStart, recentStart);
      NpsSummary recent = trend.pooled(recentStart, end);
      if (!isComparable(baseline, trend) || !isComparable(recent, trend)) {
        return null;
      }
      return new Windows(
          buckets.subList(baselineStart, recentStart),
          buckets.subList(recentStart, end),
          buckets.subList(baselineStart, end),
          baseline,
          recent);
    }

    private static boolean isComparable(NpsSummary window, Trend trend) {
      return !window.isEmpty() && window.count() >= trend.minimumN();
    }
  }
}
