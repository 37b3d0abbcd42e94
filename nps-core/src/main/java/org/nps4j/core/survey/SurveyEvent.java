package org.nps4j.core.survey;

import java.time.Instant;
import java.util.Objects;

/**
 * One event of a contact's survey history: an invitation, a response, a decline or a bounce, in a
 * program, at an instant. Immutable.
 *
 * @param type what happened
 * @param programId the program the survey belonged to
 * @param at when it happened
 */
public record SurveyEvent(SurveyEventType type, String programId, Instant at) {
  /**
   * Validates the components.
   *
   * @param type what happened
   * @param programId the program
   * @param at when
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the program id is blank
   */
  public SurveyEvent {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(programId, "programId");
    Objects.requireNonNull(at, "at");
    if (programId.isBlank()) {
      throw new IllegalArgumentException("Invalid survey event programId (must not be blank): \"\"");
    }
  }

  /**
   * Returns an invitation event.
   *
   * @param programId the program
   * @param at when the survey was sent
   * @return the event
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the program id is blank
   */
  public static SurveyEvent invited(String programId, Instant at) {
    return new SurveyEvent(SurveyEventType.INVITED, programId, at);
  }

  /**
   * Returns a response event.
   *
   * @param programId the program
   * @param at when the contact answered
   * @return the event
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the program id is blank
   */
  public static SurveyEvent responded(String programId, Instant at) {
    return new SurveyEvent(SurveyEventType.RESPONDED, programId, at);
  }
}
