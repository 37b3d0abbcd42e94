package org.nps4j.segments;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.nps4j.core.IntervalMethod;
import org.nps4j.core.NpsDifference;
import org.nps4j.core.NpsSummary;

/**
 * One segment's NPS over consecutive time buckets: "how is it trending?" Every bucket is a {@link
 * TrendPoint} with n, the category counts, the NPS and its confidence interval; empty buckets are
 * present with n = 0 and no NPS. On top of the points a trend gives {@linkplain #rolling(int)
 * rolling windows}, {@linkplain #periodOverPeriod() period-over-period changes} with significance
 * tests and a {@linkplain #slope() slope} with its interval.
 *
 * <p>Obtain one from a table ({@link NpsTable#trend(SegmentKey)}, {@link NpsTable#trends()}) or
 * with {@link #of(SegmentKey, List, List)}, and adjust it with {@link #withMethod(IntervalMethod)},
 * {@link #withLevel(double)} and {@link #withMinimumN(long)}; the defaults are {@link
 * IntervalMethod#ADJUSTED_WALD}, 0.95 and 30 ({@link NpsRow#DEFAULT_MINIMUM_N}), as for a table's
 * rows. Buckets with fewer answered responses than the minimum n are flagged {@link
 * SegmentFlag#LOW_N}: shown, but never called significant or alerted on.
 *
 * <p>{@link IntervalMethod#SCORE} (Tango's interval) is a one-sample method: with it the points get
 * score intervals, and the comparisons between windows ({@link #periodOverPeriod()}, {@link
 * Alerts}) use {@link IntervalMethod#ADJUSTED_WALD} instead.
 *
 * <p>Instances are immutable and thread-safe; {@link #equals(Object)} compares the segment, the
 * buckets, their summaries, the rolling window and the settings.
 */
public final class Trend {
  private static final double DEFAULT_LEVEL = 0.95;
  private static final double SCALE = 100.0;
  // Rocks (2016) pseudo-counts, so that no bucket's standard error is 0.
  private static final double PSEUDO_DETRACTORS = 0.75;
  private static final double PSEUDO_PASSIVES = 1.5;
  private static final double PSEUDO_PROMOTERS = 0.75;

  private final SegmentKey segment;
  private final List<TimeBucket> buckets;
  private final List<NpsSummary> summaries;
  private final int window;
  private final IntervalMethod method;
  private final double level;
  private final long minimumN;
  private final List<TrendPoint> points;
  private final NpsSummary total;

  private Trend(
      SegmentKey segment,
      List<TimeBucket> buckets,
      List<NpsSummary> summaries,
      NpsSummary total,
      int window,
      IntervalMethod method,
      double level,
      long minimumN) {
    this.segment = segment;
    this.buckets = buckets;
    this.summaries = summaries;
    this.total = total;
    this.window = window;
    this.method = method;
    this.level = level;
    this.minimumN = minimumN;
    List<TrendPoint> computed = new ArrayList<>(Math.max(0, buckets.size() - window + 1));
    for (int last = window - 1; last < buckets.size(); last++) {
      computed.add(
          TrendPoint.of(
              buckets.get(last),
              pooled(last - window + 1, last + 1),
              segment,
              method,
              level,
              minimumN));
    }
    this.points = Collections.unmodifiableList(computed);
  }

  /**
   * The trend of a segment over consecutive buckets, one summary per bucket (an empty summary for a
   * bucket without responses), with the default method, level and minimum n.
   *
   * @param segment the segment
   * @param buckets the buckets in time order, with consecutive indexes; may be empty
   * @param summaries the tally of each bucket, in the same order
   * @return the trend
   * @throws IllegalArgumentException if the lists differ in size, a bucket's index does not follow
   *     the previous one's, or the summaries that counted anything are on different scales or
   *     under different unanswered policies
   * @throws NullPointerException if an argument or an element is null
   */
  public static Trend of(
      SegmentKey segment, List<TimeBucket> buckets, List<NpsSummary> summaries) {
    Objects.requireNonNull(segment, "segment");
    List<TimeBucket> bucketList = List.copyOf(Objects.requireNonNull(buckets, "buckets"));
    List<NpsSummary> summaryList = List.copyOf(Objects.requireNonNull(summaries, "summaries"));
    if (bucketList.size() != summaryList.size()) {
      throw new IllegalArgumentException(
          "Invalid trend (one summary per bucket): "
              + bucketList.size()
              + " buckets, "
              + summaryList.size()
              + " summaries");
    }
    for (int i = 1; i < bucketList.size(); i++) {
      long expected = bucketList.get(i - 1).index() + 1;
      TimeBucket bucket = bucketList.get(i);
      if (bucket.index() != expected) {
        throw new IllegalArgumentException(
            "Invalid time bucket index of "
                + bucket
                + " at position "
                + i
                + " (indexes must be consecutive, expected "
                + expected
                + "): "
                + bucket.index());
      }
    }
    NpsSummary reference = null;
    int referencePosition = -1;
    for (int i = 0; i < summaryList.size(); i++) {
      NpsSummary summary = summaryList.get(i);
      if (!countedAnything(summary)) {
        continue;
      }
      if (reference == null) {
        reference = summary;
        referencePosition = i;
      } else if (!summary.scale().equals(reference.scale())
          || summary.unansweredPolicy() != reference.unansweredPolicy()) {
        throw new IllegalArgumentException(
            "Invalid summary of bucket "
                + bucketList.get(i)
                + " (all buckets must share the scale and unanswered policy of "
                + bucketList.get(referencePosition)
                + ", "
                + reference.scale().name()
                + " "
                + reference.unansweredPolicy()
                + "): "
                + summary.scale().name()
                + " "
                + summary.unansweredPolicy());
      }
    }
    NpsSummary total = summaryList.isEmpty() ? NpsSummary.empty() : summaryList.get(0);
    for (int i = 1; i < summaryList.size(); i++) {
      total = total.plus(summaryList.get(i));
    }
    return new Trend(
        segment,
        bucketList,
        summaryList,
        total,
        1,
        IntervalMethod.ADJUSTED_WALD,
        DEFAULT_LEVEL,
        NpsRow.DEFAULT_MINIMUM_N);
  }

  private static boolean countedAnything(NpsSummary summary) {
    return summary.answered() > 0 || summary.missing() > 0 || summary.declined() > 0;
  }

  /**
   * The same trend with another interval method.
   *
   * @param method the method for the points' intervals and the tests
   * @return the trend
   * @throws NullPointerException if {@code method} is null
   */
  public Trend withMethod(IntervalMethod method) {
    Objects.requireNonNull(method, "method");
    return new Trend(segment, buckets, summaries, total, window, method, level, minimumN);
  }

  /**
   * The same trend with another confidence level, for the intervals, the slope and the tests.
   *
   * @param level the level, strictly between 0 and 1, e.g. 0.95
   * @return the trend
   * @throws IllegalArgumentException if the level is not strictly between 0 and 1
   */
  public Trend withLevel(double level) {
    StandardNormal.requireLevel(level);
    return new Trend(segment, buckets, summaries, total, window, method, level, minimumN);
  }

  /**
   * The same trend with another minimum n: points with answered responses but fewer than this are
   * flagged {@link SegmentFlag#LOW_N}.
   *
   * @param minimumN the minimum n, at least 1
   * @return the trend
   * @throws IllegalArgumentException if {@code minimumN} is below 1
   */
  public Trend withMinimumN(long minimumN) {
    if (minimumN < 1) {
      throw new IllegalArgumentException("Invalid minimum n (must be >= 1): " + minimumN);
    }
    return new Trend(segment, buckets, summaries, total, window, method, level, minimumN);
  }

  /**
   * The rolling trend over windows of consecutive buckets: each point pools (adds the counts of)
   * its bucket and the {@code buckets - 1} before it, so small monthly samples read as a steadier
   * quarter. The rolling trend starts at the {@code buckets}-th bucket (a trend of fewer buckets
   * gives no points) and each point keeps the last bucket of its window, label included.
   *
   * <p>Windows always pool the original buckets: on a rolling trend this replaces the window, and
   * {@code rolling(1)} gives back the bucket trend. The settings are kept.
   *
   * @param buckets the window length in buckets, at least 1
   * @return the rolling trend
   * @throws IllegalArgumentException if {@code buckets} is below 1
   */
  public Trend rolling(int buckets) {
    if (buckets < 1) {
      throw new IllegalArgumentException(
          "Invalid rolling window (must be >= 1 bucket): " + buckets);
    }
    return new Trend(
        segment, this.buckets, summaries, total, buckets, method, level, minimumN);
  }

  /**
   * The segment.
   *
   * @return the segment's key
   */
  public SegmentKey segment() {
    return segment;
  }

  /**
   * The points in time order, one per bucket (per window for a rolling trend), empty buckets
   * included.
   *
   * @return an unmodifiable list
   */
  public List<TrendPoint> points() {
    return points;
  }

  /**
   * The pooled tally of every bucket of the trend (each counted once, also in a rolling trend).
   *
   * @return the total
   */
  public NpsSummary total() {
    return total;
  }

  /**
   * The number of buckets each point pools: 1, or N for {@link #rolling(int) rolling(N)}.
   *
   * @return the window length
   */
  public int window() {
    return window;
  }

  /**
   * The interval method of the points (see the class description for {@link IntervalMethod#SCORE}).
   *
   * @return the method
   */
  public IntervalMethod method() {
    return method;
  }

  /**
   * The confidence level of the intervals, the slope and the period-over-period tests.
   *
   * @return the level
   */
  public double level() {
    return level;
  }

  /**
   * The minimum n below which a point is flagged {@link SegmentFlag#LOW_N}.
   *
   * @return the minimum n
   */
  public long minimumN() {
    return minimumN;
  }

  /**
   * The changes from each point to the previous independent one: for a bucket trend, each bucket
   * against the one before it ({@code points().size() - 1} changes). For a rolling trend of window
   * N each window is compared with the window that ends N buckets earlier, since overlapping
   * windows share responses and are not independent samples ({@code points().size() - N} changes).
   *
   * <p>The difference is the later minus the earlier, by {@link NpsDifference#between(NpsSummary,
   * NpsSummary, IntervalMethod, double)} with the trend's method and level; it is absent when
   * either point is empty and never significant when either is flagged {@link SegmentFlag#LOW_N}.
   *
   * @return the changes in time order, unmodifiable
   */
  public List<PeriodChange> periodOverPeriod() {
    List<PeriodChange> changes = new ArrayList<>(Math.max(0, points.size() - window));
    for (int later = window; later < points.size(); later++) {
      TrendPoint from = points.get(later - window);
      TrendPoint to = points.get(later);
      EnumSet<SegmentFlag> flags = EnumSet.noneOf(SegmentFlag.class);
      flags.addAll(from.flags());
      flags.addAll(to.flags());
      Optional<NpsDifference> difference = Optional.empty();
      boolean significant = false;
      if (!from.isEmpty() && !to.isEmpty()) {
        NpsDifference computed =
            NpsDifference.between(to.summary(), from.summary(), differenceMethod(), level);
        difference = Optional.of(computed);
        significant = computed.isSignificant() && !from.isLowN() && !to.isLowN();
      }
      changes.add(new PeriodChange(from.bucket(), to.bucket(), difference, significant, flags));
    }
    return Collections.unmodifiableList(changes);
  }

  /**
   * The slope of NPS over the buckets by inverse-variance weighted least squares, with its interval
   * at the trend's level and the direction it supports; see {@link TrendSlope} for the method. The
   * fit uses the original buckets even on a rolling trend, since overlapping windows are not
   * independent; empty buckets are skipped.
   *
   * @return the slope; {@link TrendDirection#INSUFFICIENT_DATA} with fewer than three buckets with
   *     answered responses
   */
  public TrendSlope slope() {
    int used = 0;
    for (NpsSummary summary : summaries) {
      if (!summary.isEmpty()) {
        used++;
      }
    }
    if (used < TrendSlope.MINIMUM_BUCKETS) {
      return TrendSlope.insufficient(used);
    }
    double[] x = new double[used];
    double[] y = new double[used];
    double[] weights = new double[used];
    long firstIndex = buckets.get(0).index();
    int k = 0;
    for (int i = 0; i < summaries.size(); i++) {
      NpsSummary summary = summaries.get(i);
      if (summary.isEmpty()) {
        continue;
      }
      // Relative to the first bucket, so that large indexes lose no precision as doubles.
      x[k] = buckets.get(i).index() - firstIndex;
      y[k] = summary.netPromoterScore();
      double standardError = adjustedStandardError(summary);
      weights[k] = 1.0 / (standardError * standardError);
      k++;
    }
    WeightedLeastSquares.Fit fit = WeightedLeastSquares.fit(x, y, weights);
    return TrendSlope.of(fit, StandardNormal.twoSidedCriticalValue(level), level);
  }

  /**
   * The standard error of a bucket's NPS on the 100 scale from its adjusted counts: 100 sqrt(V' /
   * n') with 0.75 detractors, 1.5 passives and 0.75 promoters added, never 0.
   */
  static double adjustedStandardError(NpsSummary summary) {
    double n = summary.count() + PSEUDO_DETRACTORS + PSEUDO_PASSIVES + PSEUDO_PROMOTERS;
    double promoterShare = (summary.promoters() + PSEUDO_PROMOTERS) / n;
    double detractorShare = (summary.detractors() + PSEUDO_DETRACTORS) / n;
    double nps = promoterShare - detractorShare;
    double variance = promoterShare + detractorShare - nps * nps;
    return SCALE * Math.sqrt(variance / n);
  }

  /** The method for comparing two windows: the trend's, unless it is the one-sample SCORE. */
  IntervalMethod differenceMethod() {
    return method == IntervalMethod.SCORE ? IntervalMethod.ADJUSTED_WALD : method;
  }

  /** The original buckets, whatever the window. */
  List<TimeBucket> buckets() {
    return buckets;
  }

  /** The original buckets' summaries, whatever the window. */
  List<NpsSummary> summaries() {
    return summaries;
  }

  /** The pooled tally of the original buckets from {@code from} (inclusive) to {@code to}. */
  NpsSummary pooled(int from, int to) {
    NpsSummary sum = summaries.get(from);
    for (int i = from + 1; i < to; i++) {
      sum = sum.plus(summaries.get(i));
    }
    return sum;
  }

  @Override
  public boolean equals(Object obj) {
    return this == obj
        || (obj instanceof Trend other
            && other.window == window
            && other.minimumN == minimumN
            && Double.compare(other.level, level) == 0
            && other.method == method
            && other.segment.equals(segment)
            && other.buckets.equals(buckets)
            && other.summaries.equals(summaries));
  }

  @Override
  public int hashCode() {
    return Objects.hash(segment, buckets, summaries, window, method, level, minimumN);
  }

  /**
   * A diagnostic description, e.g. {@code Trend[Team A, 12 buckets 2026-01..2026-12, window 3,
   * ADJUSTED_WALD 95%, minimum n 30]}; its format may change.
   *
   * @return the description
   */
  @Override
  public String toString() {
    String range =
        buckets.isEmpty()
            ? "no buckets"
            : buckets.size()
                + (buckets.size() == 1 ? " bucket " : " buckets ")
                + Alert.range(buckets);
    return String.format(
        Locale.ROOT,
        "Trend[%s, %s, window %d, %s %s%%, minimum n %d]",
        segment,
        range,
        window,
        method,
        TrendSlope.percent(level),
        minimumN);
  }
}
