package org.nps4j.segments;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.nps4j.core.NpsDifference;

/**
 * The change of NPS from one point of a {@link Trend} to the next, with its significance test:
 * "did NPS really fall 6 points since last month, or is that noise?" Obtain them from {@link
 * Trend#periodOverPeriod()}.
 *
 * <p>The difference is {@code to} minus {@code from}, so a fall is negative. It is absent when
 * either point has no answered response (flag {@link SegmentFlag#EMPTY}); it is present but never
 * {@link #significant()} when either point has fewer responses than the trend's minimum n (flag
 * {@link SegmentFlag#LOW_N}). Instances are immutable.
 *
 * @param from the earlier bucket (for a rolling trend, the last bucket of the earlier window)
 * @param to the later bucket (for a rolling trend, the last bucket of the later window)
 * @param difference NPS of {@code to} minus NPS of {@code from}, with its test and interval; empty
 *     if either has n = 0
 * @param significant whether the two-sided test is significant at the trend's level and neither
 *     point is flagged {@code LOW_N}
 * @param flags the union of both points' flags, an unmodifiable set
 */
public record PeriodChange(
    TimeBucket from,
    TimeBucket to,
    Optional<NpsDifference> difference,
    boolean significant,
    Set<SegmentFlag> flags) {

  /**
   * Checks the change and copies the flags.
   *
   * @param from the earlier bucket
   * @param to the later bucket
   * @param difference the difference, {@code to} minus {@code from}
   * @param significant whether it is significant
   * @param flags the flags
   * @throws IllegalArgumentException if {@code to} does not come after {@code from}, or the change
   *     is significant without a difference
   * @throws NullPointerException if an argument or a flag is null
   */
  public PeriodChange {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(difference, "difference");
    Objects.requireNonNull(flags, "flags");
    if (to.index() <= from.index()) {
      throw new IllegalArgumentException(
          "Invalid period change from "
              + from
              + " to "
              + to
              + " (the later bucket must have the larger index): "
              + from.index()
              + " to "
              + to.index());
    }
    if (significant && difference.isEmpty()) {
      throw new IllegalArgumentException(
          "Invalid period change from "
              + from
              + " to "
              + to
              + " (significant requires a difference): no difference");
    }
    EnumSet<SegmentFlag> copy = EnumSet.noneOf(SegmentFlag.class);
    for (SegmentFlag flag : flags) {
      copy.add(Objects.requireNonNull(flag, "flag"));
    }
    flags = Collections.unmodifiableSet(copy);
  }

  /**
   * The change in NPS points, {@code to} minus {@code from}, from the raw counts.
   *
   * @return the change, or empty when either point has no answered response
   */
  public OptionalDouble points() {
    return difference.isPresent()
        ? OptionalDouble.of(difference.get().difference())
        : OptionalDouble.empty();
  }

  /**
   * Whether the NPS fell significantly: {@link #significant()} and a negative test statistic.
   *
   * @return true for a significant fall
   */
  public boolean isSignificantDecline() {
    return significant && difference.get().z() < 0;
  }

  /**
   * Whether the NPS rose significantly: {@link #significant()} and a positive test statistic.
   *
   * @return true for a significant rise
   */
  public boolean isSignificantImprovement() {
    return significant && difference.get().z() > 0;
  }
}
