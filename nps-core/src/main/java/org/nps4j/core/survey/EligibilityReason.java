package org.nps4j.core.survey;

/**
 * Why a contact may or may not be surveyed now. Every decision has one; a decision that is not
 * {@link #ELIGIBLE} lists every rule that blocks it, in the order of this enum.
 */
public enum EligibilityReason {
  /** Every rule passes: send the survey. */
  ELIGIBLE,
  /**
   * The program has no survey due: a transactional program saw no triggering touchpoint since its
   * last invitation (within the trigger window), or a relationship program's interval has not
   * passed since its last invitation.
   */
  NOT_DUE,
  /** The contact is outside the program's sample (a stable hash of the contact id). */
  SAMPLED_OUT,
  /** The contact is newer than the delay for new contacts. */
  NEW_CONTACT_DELAY,
  /** The contact was invited within the quiet period (in the rule's scope). */
  QUIET_PERIOD,
  /** The contact was invited, or answered, within a cool-down (in any program). */
  COOL_DOWN,
  /** The contact has had the maximum number of invitations in the rolling year (in the scope). */
  YEARLY_CAP,
  /** The program has sent its maximum number of invitations today, in its zone. */
  DAILY_CAP
}
