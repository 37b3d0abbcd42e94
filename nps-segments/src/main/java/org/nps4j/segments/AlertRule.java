package org.nps4j.segments;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.nps4j.core.NpsDifference;
import org.nps4j.core.NpsSummary;

/**
 * A rule that warns about a segment's {@link Trend}: NPS {@linkplain #belowThreshold(double, int)
 * consistently low}, a {@linkplain #significantDrop(int, int, double) significant drop} against a
 * baseline, or {@linkplain #passivesRising(int, int, double) passives rising}. Evaluate rules with
 * {@link Alerts}; each alert names the segment, the buckets, the figures and the rule.
 *
 * <p>Every rule honours the trend's minimum n: a bucket or window with fewer responses is never
 * alerted on, since its figures are noise (see {@link SegmentFlag#LOW_N}). The rules are immutable
 * records that compare by value.
 */
public sealed interface AlertRule
    permits AlertRule.BelowThreshold, AlertRule.SignificantDrop, AlertRule.PassivesRising {

  /** The default level of the one-sided tests. */
  double DEFAULT_LEVEL = 0.95;

  /**
   * The "consistently low" warning: NPS below a threshold for at least K consecutive buckets. See
   * {@link BelowThreshold}.
   *
   * @param threshold the NPS threshold, in [-100, 100]
   * @param consecutiveBuckets K, the shortest run that raises an alert, at least 1
   * @return the rule
   * @throws IllegalArgumentException if the threshold is outside [-100, 100] or K is below 1
   */
  static BelowThreshold belowThreshold(double threshold, int consecutiveBuckets) {
    return new BelowThreshold(threshold, consecutiveBuckets, false);
  }

  /**
   * The cautious variant of {@link #belowThreshold(double, int)}: a bucket counts as low only when
   * the upper bound of its confidence interval (at the trend's level and method) is below the
   * threshold, i.e. when it is significantly below.
   *
   * @param threshold the NPS threshold, in [-100, 100]
   * @param consecutiveBuckets K, the shortest run that raises an alert, at least 1
   * @return the rule
   * @throws IllegalArgumentException if the threshold is outside [-100, 100] or K is below 1
   */
  static BelowThreshold significantlyBelowThreshold(double threshold, int consecutiveBuckets) {
    return new BelowThreshold(threshold, consecutiveBuckets, true);
  }

  /**
   * A significant drop of the recent NPS against a baseline, tested one-sided at 95 %. See {@link
   * SignificantDrop}.
   *
   * @param baselineBuckets B, the number of buckets before the recent window that form the baseline
   * @param recentBuckets R, the number of last buckets that form the recent window
   * @return the rule
   * @throws IllegalArgumentException if a window length is below 1
   */
  static SignificantDrop significantDrop(int baselineBuckets, int recentBuckets) {
    return new SignificantDrop(baselineBuckets, recentBuckets, DEFAULT_LEVEL);
  }

  /**
   * A significant drop of the recent NPS against a baseline. See {@link SignificantDrop}.
   *
   * @param baselineBuckets B, the number of buckets before the recent window that form the baseline
   * @param recentBuckets R, the number of last buckets that form the recent window
   * @param level the level of the one-sided test, strictly between 0 and 1
   * @return the rule
   * @throws IllegalArgumentException if a window length is below 1 or the level is outside (0, 1)
   */
  static SignificantDrop significantDrop(int baselineBuckets, int recentBuckets, double level) {
    return new SignificantDrop(baselineBuckets, recentBuckets, level);
  }

  /**
   * A significant rise of the passives' share against a baseline, tested one-sided at 95 %. See
   * {@link PassivesRising}.
   *
   * @param baselineBuckets B, the number of buckets before the recent window that form the baseline
   * @param recentBuckets R, the number of last buckets that form the recent window
   * @return the rule
   * @throws IllegalArgumentException if a window length is below 1
   */
  static PassivesRising passivesRising(int baselineBuckets, int recentBuckets) {
    return new PassivesRising(baselineBuckets, recentBuckets, DEFAULT_LEVEL);
  }

  /**
   * A significant rise of the passives' share against a baseline. See {@link PassivesRising}.
   *
   * @param baselineBuckets B, the number of buckets before the recent window that form the baseline
   * @param recentBuckets R, the number of last buckets that form the recent window
   * @param level the level of the one-sided test, strictly between 0 and 1
   * @return the rule
   * @throws IllegalArgumentException if a window length is below 1 or the level is outside (0, 1)
   */
  static PassivesRising passivesRising(int baselineBuckets, int recentBuckets, double level) {
    return new PassivesRising(baselineBuckets, recentBuckets, level);
  }

  /**
   * The rule as stated in an alert on a trend, with the trend's minimum n (and level where it
   * applies), e.g. {@code "NPS below 20 for 3 consecutive buckets (minimum n 30)"}.
   *
   * @param trend the trend the rule is applied to
   * @return the statement
   * @throws NullPointerException if {@code trend} is null
   */
  String description(Trend trend);

  /**
   * Applies the rule to one trend.
   *
   * @param trend the trend
   * @return the alerts in time order, possibly none; unmodifiable
   * @throws NullPointerException if {@code trend} is null
   */
  List<Alert> evaluate(Trend trend);

  /**
   * NPS below a threshold for at least K consecutive points of a trend: the "consistently low"
   * warning for a team whose customers keep scoring it low even while deals close.
   *
   * <p>A point is low when it has at least the trend's minimum n and its NPS is below the threshold
   * (or, with {@code significantly}, the upper bound of its confidence interval is). Points that
   * are empty or have fewer responses than the minimum n are not low, so they <em>break</em> a run:
   * the rule speaks only of buckets that are known to be low. Every maximal run of at least K low
   * points raises one alert naming all the run's buckets, so a run of five with K = 3 is one alert,
   * not three. On a {@linkplain Trend#rolling(int) rolling trend} the points are the rolling
   * windows.
   *
   * @param threshold the NPS threshold, in [-100, 100]; a point is low strictly below it
   * @param consecutiveBuckets K, the shortest run that raises an alert, at least 1
   * @param significantly whether a point counts as low only when its interval's upper bound is
   *     below the threshold
   */
  record BelowThreshold(double threshold, int consecutiveBuckets, boolean significantly)
      implements AlertRule {

    /**
     * Checks the rule.
     *
     * @param threshold the NPS threshold
     * @param consecutiveBuckets K
     * @param significantly whether the interval's upper bound must be below the threshold
     * @throws IllegalArgumentException if the threshold is outside [-100, 100] or K is below 1
     */
    public BelowThreshold {
      if (!(threshold >= -100.0 && threshold <= 100.0)) {
        throw new IllegalArgumentException(
            "Invalid NPS threshold (must be within [-100, 100]): " + threshold);
      }
      if (consecutiveBuckets < 1) {
        throw new IllegalArgumentException(
            "Invalid number of consecutive buckets (must be >= 1): " + consecutiveBuckets);
      }
    }

    @Override
    public String description(Trend trend) {
      String subject =
          trend.window() == 1 ? "NPS" : "Rolling " + trend.window() + "-bucket NPS";
      String comparison =
          significantly
              ? " significantly below "
                  + number(threshold)
                  + " (upper bound of the "
                  + TrendSlope.percent(trend.level())
                  + "% interval)"
              : " below " + number(threshold);
      String duration =
          consecutiveBuckets == 1
              ? " in any bucket"
              : " for " + consecutiveBuckets + " consecutive buckets";
      return subject + comparison + duration + " (minimum n " + trend.minimumN() + ")";
    }

    @Override
    public List<Alert> evaluate(Trend trend) {
      List<TrendPoint> points = trend.points();
      List<Alert> alerts = new ArrayList<>();
      int runStart = -1;
      for (int i = 0; i <= points.size(); i++) {
        boolean low = i < points.size() && isLow(points.get(i));
        if (low && runStart < 0) {
          runStart = i;
        } else if (!low && runStart >= 0) {
          if (i - runStart >= consecutiveBuckets) {
            alerts.add(alert(trend, points.subList(runStart, i)));
          }
          runStart = -1;
        }
      }
      return List.copyOf(alerts);
    }

    private boolean isLow(TrendPoint point) {
      if (point.isEmpty() || point.isLowN()) {
        return false;
      }
      return significantly
          ? point.interval().orElseThrow().upper() < threshold
          : point.summary().netPromoterScore() < threshold;
    }

    private Alert alert(Trend trend, List<TrendPoint> run) {
      List<TimeBucket> buckets = new ArrayList<>(run.size());
      List<String> figures = new ArrayList<>(run.size());
      for (TrendPoint point : run) {
        buckets.add(point.bucket());
        String upper =
            significantly
                ? String.format(
                    Locale.ROOT, ", upper bound %.1f", point.interval().orElseThrow().upper())
                : "";
        figures.add(
            point.bucket().label()
                + " "
                + nps(point.summary())
                + upper
                + " (n "
                + point.n()
                + ")");
      }
      return new Alert(
          description(trend), trend.segment(), buckets, String.join(", ", figures), this);
    }
  }

  /**
   * A significant drop of NPS: the pooled last R buckets (the recent window) against the pooled B
   * buckets before them (the baseline), by the one-sided test that the recent NPS is below the
   * baseline's. The test is {@link NpsDifference#between(NpsSummary, NpsSummary,
   * org.nps4j.core.IntervalMethod, double)} of recent minus baseline with the trend's method, and
   * the rule fires when its {@link NpsDifference#pValueBelow()} is below 1 &minus; level.
   *
   * <p>The rule looks at the end of the trend only, where an alert is news. It raises nothing when
   * the trend has fewer than B + R buckets or either window has fewer responses than the trend's
   * minimum n. The alert names the baseline's and the recent window's buckets, in time order. On a
   * {@linkplain Trend#rolling(int) rolling trend} the windows pool the original buckets.
   *
   * @param baselineBuckets B, at least 1
   * @param recentBuckets R, at least 1
   * @param level the level of the one-sided test, strictly between 0 and 1
   */
  record SignificantDrop(int baselineBuckets, int recentBuckets, double level)
      implements AlertRule {

    /**
     * Checks the rule.
     *
     * @param baselineBuckets B
     * @param recentBuckets R
     * @param level the level
     * @throws IllegalArgumentException if a window length is below 1 or the level is outside (0, 1)
     */
    public SignificantDrop {
      requireWindows(baselineBuckets, recentBuckets);
      StandardNormal.requireLevel(level);
    }

    @Override
    public String description(Trend trend) {
      return "NPS of "
          + last(recentBuckets)
          + " significantly below "
          + before(baselineBuckets)
          + testTerms(level, trend);
    }

    @Override
    public List<Alert> evaluate(Trend trend) {
      Alerts.Windows windows = Alerts.Windows.of(trend, baselineBuckets, recentBuckets);
      if (windows == null) {
        return List.of();
      }
      NpsDifference difference =
          NpsDifference.between(
              windows.recent(), windows.baseline(), trend.differenceMethod(), level);
      double p = difference.pValueBelow();
      if (!(p < 1.0 - level)) {
        return List.of();
      }
      String figures =
          String.format(
              Locale.ROOT,
              "baseline %s NPS %s (n %d), recent %s NPS %s (n %d): %+.1f points, one-sided p %.3g",
              Alert.range(windows.baselineBuckets()),
              nps(windows.baseline()),
              windows.baseline().count(),
              Alert.range(windows.recentBuckets()),
              nps(windows.recent()),
              windows.recent().count(),
              difference.difference(),
              p);
      return List.of(
          new Alert(description(trend), trend.segment(), windows.allBuckets(), figures, this));
    }
  }

  /**
   * The passives' share rising: the pooled last R buckets against the pooled B buckets before them,
   * by the one-sided two-proportion z-test with the pooled standard error, z = (p<sub>r</sub>
   * &minus; p<sub>b</sub>) / sqrt(p&#772;(1 &minus; p&#772;)(1/n<sub>r</sub> + 1/n<sub>b</sub>)),
   * p&#772; the passives' share of both windows together; the rule fires when P(Z &ge; z) =
   * erfc(z/&radic;2)/2 is below 1 &minus; level. Passives rarely become promoters and are easy to
   * lose, so a rising share is a warning even while the NPS holds.
   *
   * <p>As for {@link SignificantDrop}: the end of the trend only, nothing when the trend has fewer
   * than B + R buckets or either window has fewer responses than the trend's minimum n, and no
   * alert when no answer of either window differs in category from the rest (standard error 0).
   *
   * @param baselineBuckets B, at least 1
   * @param recentBuckets R, at least 1
   * @param level the level of the one-sided test, strictly between 0 and 1
   */
  record PassivesRising(int baselineBuckets, int recentBuckets, double level)
      implements AlertRule {

    /**
     * Checks the rule.
     *
     * @param baselineBuckets B
     * @param recentBuckets R
     * @param level the level
     * @throws IllegalArgumentException if a window length is below 1 or the level is outside (0, 1)
     */
    public PassivesRising {
      requireWindows(baselineBuckets, recentBuckets);
      StandardNormal.requireLevel(level);
    }

    @Override
    public String description(Trend trend) {
      return "Passive share of "
          + last(recentBuckets)
          + " significantly above "
          + before(baselineBuckets)
          + testTerms(level, trend);
    }

    @Override
    public List<Alert> evaluate(Trend trend) {
      Alerts.Windows windows = Alerts.Windows.of(trend, baselineBuckets, recentBuckets);
      if (windows == null) {
        return List.of();
      }
      double baselineN = windows.baseline().count();
      double recentN = windows.recent().count();
      double baselineShare = windows.baseline().passives() / baselineN;
      double recentShare = windows.recent().passives() / recentN;
      double pooledShare =
          (windows.baseline().passives() + windows.recent().passives()) / (baselineN + recentN);
      double standardError =
          Math.sqrt(pooledShare * (1.0 - pooledShare) * (1.0 / baselineN + 1.0 / recentN));
      if (!(standardError > 0)) {
        return List.of();
      }
      double z = (recentShare - baselineShare) / standardError;
      double p = StandardNormal.upperTailPValue(z);
      if (!(p < 1.0 - level)) {
        return List.of();
      }
      String figures =
          String.format(
              Locale.ROOT,
              "baseline %s passives %.1f%% (n %d), recent %s passives %.1f%% (n %d): %+.1f points,"
                  + " one-sided p %.3g",
              Alert.range(windows.baselineBuckets()),
              100.0 * baselineShare,
              windows.baseline().count(),
              Alert.range(windows.recentBuckets()),
              100.0 * recentShare,
              windows.recent().count(),
              100.0 * (recentShare - baselineShare),
              p);
      return List.of(
          new Alert(description(trend), trend.segment(), windows.allBuckets(), figures, this));
    }
  }

  private static void requireWindows(int baselineBuckets, int recentBuckets) {
    if (baselineBuckets < 1) {
      throw new IllegalArgumentException(
          "Invalid baseline window (must be >= 1 bucket): " + baselineBuckets);
    }
    if (recentBuckets < 1) {
      throw new IllegalArgumentException(
          "Invalid recent window (must be >= 1 bucket): " + recentBuckets);
    }
  }

  private static String last(int buckets) {
    return buckets == 1 ? "the last bucket" : "the last " + buckets + " buckets";
  }

  private static String before(int buckets) {
    return buckets == 1 ? "the bucket before" : "the " + buckets + " buckets before";
  }

  private static String testTerms(double level, Trend trend) {
    return " (one-sided test at "
        + TrendSlope.percent(level)
        + "%, minimum n "
        + trend.minimumN()
        + ")";
  }

  /** An NPS as shown: rounded half away from zero to one decimal from its exact value. */
  private static String nps(NpsSummary summary) {
    return summary.roundedNetPromoterScore(1).toPlainString();
  }

  /** A threshold as written: 20, 12.5. */
  private static String number(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
