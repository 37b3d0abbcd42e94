package org.nps4j.core.survey;

import java.util.Optional;
import java.util.OptionalDouble;
import org.nps4j.core.Interval;

/**
 * What became of a group of invitations: how many were sent, answered, declined and bounced, the
 * rest still pending. The response rate is answered over delivered (sent less bounced). Immutable.
 *
 * @param invited the invitations sent
 * @param responded those answered
 * @param declined those declined
 * @param bounced those not delivered
 */
public record InvitationOutcomes(long invited, long responded, long declined, long bounced) {
  /** No invitation. */
  public static final InvitationOutcomes EMPTY = new InvitationOutcomes(0, 0, 0, 0);

  /**
   * Validates the counts.
   *
   * @param invited the invitations sent
   * @param responded those answered
   * @param declined those declined
   * @param bounced those not delivered
   * @throws IllegalArgumentException if a count is negative, or the outcomes exceed the invitations
   */
  public InvitationOutcomes {
    if (invited < 0 || responded < 0 || declined < 0 || bounced < 0
        || responded + declined + bounced > invited) {
      throw new IllegalArgumentException(
          "Invalid invitation outcomes (counts must not be negative, and responded " + responded
              + " + declined " + declined + " + bounced " + bounced
              + " must not exceed invited " + invited + ")");
    }
  }

  /**
   * Returns the invitations delivered: sent less bounced.
   *
   * @return the invitations delivered
   */
  public long delivered() {
    return invited - bounced;
  }

  /**
   * Returns the invitations with no outcome yet.
   *
   * @return the pending invitations
   */
  public long pending() {
    return invited - responded - declined - bounced;
  }

  /**
   * Returns the response rate, answered over delivered, in [0, 1].
   *
   * @return the rate, or empty if nothing was delivered
   */
  public OptionalDouble responseRate() {
    return delivered() == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) responded / delivered());
  }

  /**
   * Returns the Wilson score interval of the response rate ({@link Interval#wilson}).
   *
   * @param level the confidence level, in (0, 1)
   * @return the interval, or empty if nothing was delivered
   * @throws IllegalArgumentException if the level is not in (0, 1)
   */
  public Optional<Interval> responseRateInterval(double level) {
    return delivered() == 0
        ? Optional.empty()
        : Optional.of(Interval.wilson(responded, delivered(), level));
  }

  /**
   * Returns the sum of these outcomes and others.
   *
   * @param other the other outcomes
   * @return the sum
   * @throws ArithmeticException if a count overflows
   */
  public InvitationOutcomes plus(InvitationOutcomes other) {
    return new InvitationOutcomes(
        Math.addExact(invited, other.invited),
        Math.addExact(responded, other.responded),
        Math.addExact(declined, other.declined),
        Math.addExact(bounced, other.bounced));
  }
}
