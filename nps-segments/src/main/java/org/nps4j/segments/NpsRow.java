package org.nps4j.segments;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.nps4j.core.Interval;
import org.nps4j.core.IntervalMethod;
import org.nps4j.core.NpsSummary;

/**
 * One row of a report: a segment, optionally a time bucket, the exact summary of its responses,
 * the NPS interval and the flags. The accessors give what a table shows: {@link #n()}, {@link
 * #promoters()}, {@link #passives()}, {@link #detractors()}, {@link #nps()} and the interval.
 *
 * @param segment the segment's key
 * @param bucket the time bucket, or empty for a row over all time
 * @param summary the exact summary of the row's responses
 * @param interval the NPS interval, or empty when there is no answered response
 * @param flags {@link SegmentFlag#EMPTY}, {@link SegmentFlag#LOW_N}, {@link
 *     SegmentFlag#MISSING_KEY}, {@link SegmentFlag#OVERFLOW}
 */
public record NpsRow(
    SegmentKey segment,
    Optional<TimeBucket> bucket,
    NpsSummary summary,
    Optional<Interval> interval,
    Set<SegmentFlag> flags) {

  /** The minimum n below which a row is flagged {@link SegmentFlag#LOW_N} unless told otherwise. */
  public static final long DEFAULT_MINIMUM_N = 30;

  /**
   * Checks the row and copies the flags.
   *
   * @param segment the segment's key
   * @param bucket the time bucket, or empty for a row over all time
   * @param summary the exact summary of the row's responses
   * @param interval the NPS interval, or empty when there is no answered response
   * @param flags the row's flags
   * @throws NullPointerException if an argument is null
   */
  public NpsRow {
    Objects.requireNonNull(segment, "segment");
    Objects.requireNonNull(bucket, "bucket");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(interval, "interval");
    flags = Set.copyOf(flags);
  }

  static NpsRow of(
      SegmentKey segment,
      TimeBucket bucket,
      NpsSummary summary,
      IntervalMethod method,
      double level,
      long minimumN) {
    Objects.requireNonNull(method, "method");
    StandardNormal.requireLevel(level);
    if (minimumN < 0) {
      throw new IllegalArgumentException("Invalid minimum n (must be >= 0): " + minimumN);
    }
    Optional<Interval> interval =
        summary.isEmpty() ? Optional.empty() : Optional.of(summary.confidenceInterval(method, level));
    return new NpsRow(
        segment,
        Optional.ofNullable(bucket),
        summary,
        interval,
        NpsTable.flagsOf(segment, summary, minimumN));
  }

  /**
   * Returns n, the denominator of the NPS: answered responses, plus unanswered ones under {@link
   * org.nps4j.core.UnansweredPolicy#COUNT_AS_PASSIVE} (see {@link NpsSummary#count()}).
   *
   * @return n
   */
  public long n() {
    return summary.count();
  }

  /**
   * Returns the number of promoters.
   *
   * @return the number of promoters
   */
  public long promoters() {
    return summary.promoters();
  }

  /**
   * Returns the number of passives.
   *
   * @return the number of passives
   */
  public long passives() {
    return summary.passives();
  }

  /**
   * Returns the number of detractors.
   *
   * @return the number of detractors
   */
  public long detractors() {
    return summary.detractors();
  }

  /**
   * Returns the NPS on the -100..100 scale, or empty when there is no answered response.
   *
   * @return the NPS on the -100..100 scale, or empty when there is no answered response
   */
  public OptionalDouble nps() {
    return summary.isEmpty()
        ? OptionalDouble.empty()
        : OptionalDouble.of(summary.netPromoterScore());
  }

  /**
   * Returns true if the row has the flag.
   *
   * @param flag the flag
   * @return true if the row has the flag
   */
  public boolean has(SegmentFlag flag) {
    return flags.contains(flag);
  }
}
