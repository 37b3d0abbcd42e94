package org.nps4j.core.survey;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether to survey a contact in a program now, and why: {@link EligibilityReason#ELIGIBLE} or
 * every rule that blocks it, each with a sentence that names the rule and its figures, and the
 * instant from which the contact would be eligible if nothing else happened, where that is known.
 * Immutable.
 *
 * @param contactId the contact
 * @param programId the program
 * @param decidedAt the instant of the decision (the clock's instant)
 * @param blockedBy the rules that block the survey, in the order of {@link EligibilityReason};
 *     empty if the contact is eligible
 * @param details one sentence per blocking rule, in the same order
 * @param eligibleFrom {@code decidedAt} if eligible; the start of the next day of the program's
 *     zone if only the daily cap blocks; otherwise the earliest instant at which every blocking
 *     rule would pass with no further events (the daily cap is checked then, as at any instant),
 *     or empty if no such instant is known (the
 *     contact is sampled out, or a transactional program waits for a touchpoint, or the trigger
 *     expires before the rules pass)
 * @param trigger the touchpoint that made the survey due, for a transactional program that has one
 */
public record SurveyDecision(
    String contactId,
    String programId,
    Instant decidedAt,
    List<EligibilityReason> blockedBy,
    List<String> details,
    Optional<Instant> eligibleFrom,
    Optional<TouchpointEvent> trigger) {
  /**
   * Validates and copies the components.
   *
   * @param contactId the contact
   * @param programId the program
   * @param decidedAt the instant of the decision
   * @param blockedBy the blocking rules
   * @param details one sentence per blocking rule
   * @param eligibleFrom when the contact becomes eligible, if known
   * @param trigger the triggering touchpoint, if any
   * @throws NullPointerException if a component or element is null
   * @throws IllegalArgumentException if {@code blockedBy} holds {@code ELIGIBLE}, or the details do
   *     not match the blocking rules one to one
   */
  public SurveyDecision {
    Objects.requireNonNull(contactId, "contactId");
    Objects.requireNonNull(programId, "programId");
    Objects.requireNonNull(decidedAt, "decidedAt");
    blockedBy = List.copyOf(blockedBy);
    details = List.copyOf(details);
    Objects.requireNonNull(eligibleFrom, "eligibleFrom");
    Objects.requireNonNull(trigger, "trigger");
    if (blockedBy.contains(EligibilityReason.ELIGIBLE)) {
      throw new IllegalArgumentException(
          "Invalid blockedBy (ELIGIBLE is not a blocking rule): " + blockedBy);
    }
    if (details.size() != blockedBy.size()) {
      throw new IllegalArgumentException(
          "Invalid details (must give one per blocking rule " + blockedBy + "): " + details);
    }
  }

  /**
   * Returns whether the contact may be surveyed now.
   *
   * @return whether no rule blocks the survey
   */
  public boolean isEligible() {
    return blockedBy.isEmpty();
  }

  /**
   * Returns {@link EligibilityReason#ELIGIBLE}, or the first rule that blocks the survey.
   *
   * @return the reason of the decision
   */
  public EligibilityReason reason() {
    return blockedBy.isEmpty() ? EligibilityReason.ELIGIBLE : blockedBy.get(0);
  }
}
