package org.nps4j.segments;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.nps4j.core.Interval;
import org.nps4j.core.IntervalMethod;
import org.nps4j.core.NpsSummary;

/**
 * One point of a {@link Trend}: a time bucket (or, in a {@linkplain Trend#rolling(int) rolling
 * trend}, the window that ends with it), its tally, its confidence interval and its flags.
 *
 * <p>Every bucket of a trend has a point, empty ones included: an empty bucket has n = 0, no NPS,
 * no interval and the flag {@link SegmentFlag#EMPTY}. A bucket with fewer answered responses than
 * the trend's minimum n is flagged {@link SegmentFlag#LOW_N}: shown, but not compared or alerted
 * on. Points also carry {@link SegmentFlag#MISSING_KEY} and {@link SegmentFlag#OVERFLOW} when the
 * trend's segment has them. Instances are immutable.
 *
 * @param bucket the bucket; for a rolling trend, the last bucket of the window
 * @param summary the tally of the bucket (or of the whole window)
 * @param interval the confidence interval for the NPS, empty when the summary is empty
 * @param flags the flags, an unmodifiable set
 */
public record TrendPoint(
    TimeBucket bucket, NpsSummary summary, Optional<Interval> interval, Set<SegmentFlag> flags) {

  /**
   * Checks that the point is consistent and copies the flags.
   *
   * @param bucket the bucket
   * @param summary the tally
   * @param interval the interval, present exactly when the summary is not empty
   * @param flags the flags, containing {@link SegmentFlag#EMPTY} exactly when the summary is empty
   * @throws IllegalArgumentException if the interval or the {@code EMPTY} flag disagrees with the
   *     summary
   * @throws NullPointerException if an argument or a flag is null
   */
  public TrendPoint {
    Objects.requireNonNull(bucket, "bucket");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(flags, "flags");
    EnumSet<SegmentFlag> copy = EnumSet.noneOf(SegmentFlag.class);
    for (SegmentFlag flag : flags) {
      copy.add(Objects.requireNonNull(flag, "flag"));
    }
    if (interval.isPresent() == summary.isEmpty()) {
      throw new IllegalArgumentException(
          "Invalid trend point "
              + bucket
              + " (an interval is present exactly when there are answered responses): "
              + summary.answered()
              + " answered, interval "
              + interval.map(Interval::toString).orElse("absent"));
    }
    if (copy.contains(SegmentFlag.EMPTY) != summary.isEmpty()) {
      throw new IllegalArgumentException(
          "Invalid trend point "
              + bucket
              + " (flag EMPTY is set exactly when there are no answered responses): "
              + summary.answered()
              + " answered, flags "
              + copy);
    }
    flags = Collections.unmodifiableSet(copy);
  }

  /**
   * The point of one bucket or window, with its interval and flags.
   *
   * @param bucket the bucket (the last of the window)
   * @param summary the tally
   * @param segment the trend's segment, for its flags
   * @param method the interval method
   * @param level the confidence level
   * @param minimumN the minimum n below which the point is flagged {@code LOW_N}
   * @return the point
   */
  static TrendPoint of(
      TimeBucket bucket,
      NpsSummary summary,
      SegmentKey segment,
      IntervalMethod method,
      double level,
      long minimumN) {
    Optional<Interval> interval =
        summary.isEmpty()
            ? Optional.empty()
            : Optional.of(summary.confidenceInterval(method, level));
    // The same flags as the table's rows, so that a trend and a report agree.
    return new TrendPoint(bucket, summary, interval, NpsTable.flagsOf(segment, summary, minimumN));
  }

  /**
   * The sample size the NPS is computed on: {@link NpsSummary#count()}, or 0 when the bucket has no
   * answered response (even if unanswered surveys were counted as passives, since blanks alone are
   * no evidence of sentiment).
   *
   * @return n, zero or more
   */
  public long n() {
    return summary.isEmpty() ? 0 : summary.count();
  }

  /**
   * The number of promoters.
   *
   * @return the count
   */
  public long promoters() {
    return summary.promoters();
  }

  /**
   * The number of passives (with unanswered surveys under {@link
   * org.nps4j.core.UnansweredPolicy#COUNT_AS_PASSIVE}).
   *
   * @return the count
   */
  public long passives() {
    return summary.passives();
  }

  /**
   * The number of detractors.
   *
   * @return the count
   */
  public long detractors() {
    return summary.detractors();
  }

  /**
   * The NPS on the 100 scale.
   *
   * @return the NPS, or empty when the bucket has no answered response (never 0 for "no data")
   */
  public OptionalDouble nps() {
    return summary.isEmpty()
        ? OptionalDouble.empty()
        : OptionalDouble.of(summary.netPromoterScore());
  }

  /**
   * The share of passives, worth watching on its own: passives are easy to lose.
   *
   * @return the share in [0, 1], or empty when the bucket has no answered response
   */
  public OptionalDouble passiveShare() {
    return summary.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(summary.passiveShare());
  }

  /**
   * Whether the bucket has no answered response (flag {@link SegmentFlag#EMPTY}).
   *
   * @return true if there is no NPS
   */
  public boolean isEmpty() {
    return flags.contains(SegmentFlag.EMPTY);
  }

  /**
   * Whether the bucket has answered responses but fewer than the trend's minimum n (flag {@link
   * SegmentFlag#LOW_N}).
   *
   * @return true if the NPS is shown but not compared or alerted on
   */
  public boolean isLowN() {
    return flags.contains(SegmentFlag.LOW_N);
  }
}
