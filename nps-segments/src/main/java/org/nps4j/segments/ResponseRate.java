package org.nps4j.segments;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import org.nps4j.core.Interval;

/**
 * One row of a {@link ResponseRateReport}: how many people of a segment were invited to the survey,
 * how many answered, and the response rate {@code responses / invitations} with its Wilson score
 * interval. The rate is a fraction in {@code [0, 1]}, as {@link
 * org.nps4j.core.NpsSummary#promoterShare()} is.
 *
 * <p>The record holds the exact counts and the settings; every other figure is derived from them,
 * so two rows are equal exactly when their counts, segment and settings are.
 *
 * <h2>Inconsistent rows</h2>
 *
 * A segment with more responses than invitations (including responses without any invitation) is a
 * data error, typically invitations and responses exported with different filters. Such a row is
 * neither dropped nor clamped: it keeps its counts, {@link #isConsistent()} is false, {@link
 * #inconsistency()} says why, and it has no rate and no interval. A report leaves it out of its
 * total rate and accounts for it separately (see {@link ResponseRateReport}).
 *
 * <h2>Flags</h2>
 *
 * <ul>
 *   <li>{@link SegmentFlag#EMPTY}: no invitations, so there is no rate;
 *   <li>{@link SegmentFlag#LOW_N}: fewer invitations than {@code minimumInvitations} (but some):
 *       the rate is shown, but its interval is wide;
 *   <li>{@link SegmentFlag#MISSING_KEY} and {@link SegmentFlag#OVERFLOW}: as the segment's key
 *       says.
 * </ul>
 *
 * @param segment the segment; {@link SegmentKey#empty()} for a report's total
 * @param invitations the number of invitations sent to the segment
 * @param responses the number of responses received from the segment
 * @param level the confidence level of {@link #interval()}, strictly between 0 and 1
 * @param minimumInvitations the number of invitations below which the row is flagged {@link
 *     SegmentFlag#LOW_N}
 */
public record ResponseRate(
    SegmentKey segment, long invitations, long responses, double level, int minimumInvitations) {

  /**
   * Checks the row.
   *
   * @param segment the segment; {@link SegmentKey#empty()} for a report's total
   * @param invitations the number of invitations sent to the segment
   * @param responses the number of responses received from the segment
   * @param level the confidence level of {@link #interval()}, strictly between 0 and 1
   * @param minimumInvitations the number of invitations below which the row is flagged {@link
   *     SegmentFlag#LOW_N}
   * @throws IllegalArgumentException if a count is negative, the level is not strictly between 0
   *     and 1, or {@code minimumInvitations} is less than 1
   * @throws NullPointerException if {@code segment} is null
   */
  public ResponseRate {
    Objects.requireNonNull(segment, "segment");
    if (invitations < 0) {
      throw new IllegalArgumentException(
          "Invalid invitation count for " + segment + " (must be >= 0): " + invitations);
    }
    if (responses < 0) {
      throw new IllegalArgumentException(
          "Invalid response count for " + segment + " (must be >= 0): " + responses);
    }
    StandardNormal.requireLevel(level);
    requireMinimumInvitations(minimumInvitations);
  }

  static int requireMinimumInvitations(int minimumInvitations) {
    if (minimumInvitations < 1) {
      throw new IllegalArgumentException(
          "Invalid minimum invitations (must be >= 1): " + minimumInvitations);
    }
    return minimumInvitations;
  }

  /**
   * Returns whether the counts can be true: no more responses than invitations.
   *
   * @return true unless {@code responses > invitations}
   */
  public boolean isConsistent() {
    return responses <= invitations;
  }

  /**
   * Returns why the row is inconsistent, for example {@code "responses 12 exceed invitations 10"}
   * or {@code "responses 3 without invitations"}.
   *
   * @return the reason, or empty if the row is consistent
   */
  public Optional<String> inconsistency() {
    if (isConsistent()) {
      return Optional.empty();
    }
    if (invitations == 0) {
      return Optional.of("responses " + responses + " without invitations");
    }
    return Optional.of("responses " + responses + " exceed invitations " + invitations);
  }

  /**
   * Returns the number of invited people who did not answer.
   *
   * @return {@code invitations - responses}, or empty if the row is inconsistent
   */
  public OptionalLong nonResponses() {
    return isConsistent() ? OptionalLong.of(invitations - responses) : OptionalLong.empty();
  }

  /**
   * Returns the response rate {@code responses / invitations}, a fraction in {@code [0, 1]}.
   *
   * @return the rate, or empty if there were no invitations or the row is inconsistent
   */
  public OptionalDouble rate() {
    if (invitations == 0 || !isConsistent()) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of((double) responses / invitations);
  }

  /**
   * Returns the Wilson score interval of the rate at {@link #level()}, with the observed {@link
   * #rate()} as its estimate (the Wilson interval always contains it). For x responses of n
   * invitations, p = x / n and z the two-sided normal critical value, the bounds are {@code (p +
   * z²/2n ± z·sqrt(p(1 − p)/n + z²/4n²)) / (1 + z²/n)}; they are exactly 0 when nobody answered and
   * exactly 1 when everybody did.
   *
   * @return the interval, or empty if there were no invitations or the row is inconsistent
   */
  public Optional<Interval> interval() {
    if (invitations == 0 || !isConsistent()) {
      return Optional.empty();
    }
    return Optional.of(Interval.wilson(responses, invitations, level));
  }

  /**
   * Returns the row's flags: {@link SegmentFlag#EMPTY}, {@link SegmentFlag#LOW_N}, {@link
   * SegmentFlag#MISSING_KEY} and {@link SegmentFlag#OVERFLOW} as described on the class.
   *
   * @return an unmodifiable set, empty if nothing calls for care
   */
  public Set<SegmentFlag> flags() {
    EnumSet<SegmentFlag> flags = EnumSet.noneOf(SegmentFlag.class);
    if (invitations == 0) {
      flags.add(SegmentFlag.EMPTY);
    } else if (invitations < minimumInvitations) {
      flags.add(SegmentFlag.LOW_N);
    }
    if (segment.hasMissingValue()) {
      flags.add(SegmentFlag.MISSING_KEY);
    }
    if (segment.isOverflow()) {
      flags.add(SegmentFlag.OVERFLOW);
    }
    return Set.copyOf(flags);
  }

  /**
   * Returns a readable form such as {@code cold / EMEA: 30 of 120 = 25.0% [18.1%, 33.4%] @95%}, or
   * {@code cold / EMEA: 12 of 10, inconsistent: responses 12 exceed invitations 10}.
   *
   * @return the row as text
   */
  @Override
  public String toString() {
    String counts = segment + ": " + responses + " of " + invitations;
    if (!isConsistent()) {
      return counts + ", inconsistent: " + inconsistency().orElseThrow();
    }
    if (invitations == 0) {
      return counts + ", no rate";
    }
    Interval interval = Interval.wilson(responses, invitations, level);
    return String.format(
        Locale.ROOT,
        "%s = %.1f%% [%.1f%%, %.1f%%] @%s%%",
        counts,
        100.0 * responses / invitations,
        100.0 * interval.lower(),
        100.0 * interval.upper(),
        java.math.BigDecimal.valueOf(level).movePointRight(2).stripTrailingZeros().toPlainString());
  }
}
