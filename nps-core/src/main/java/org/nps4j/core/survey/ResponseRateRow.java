package org.nps4j.core.survey;

import java.util.Objects;

/**
 * The invitation outcomes of one program, segment and period. Immutable.
 *
 * @param programId the program
 * @param segment the host's segment of the contacts, such as a team or a lead type
 * @param period the period's label, such as {@code 2026-Q2}
 * @param outcomes what became of the invitations sent in the period
 */
public record ResponseRateRow(
    String programId, String segment, String period, InvitationOutcomes outcomes) {
  /**
   * Validates the components.
   *
   * @param programId the program
   * @param segment the segment
   * @param period the period
   * @param outcomes the outcomes
   * @throws NullPointerException if a component is null
   */
  public ResponseRateRow {
    Objects.requireNonNull(programId, "programId");
    Objects.requireNonNull(segment, "segment");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(outcomes, "outcomes");
  }
}
