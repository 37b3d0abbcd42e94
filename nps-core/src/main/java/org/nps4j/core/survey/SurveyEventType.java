package org.nps4j.core.survey;

/** What happened to a survey sent to a contact. */
public enum SurveyEventType {
  /** The contact was sent a survey. */
  INVITED,
  /** The contact answered a survey. */
  RESPONDED,
  /** The contact declined to answer (an explicit "no", an unsubscribe from the survey). */
  DECLINED,
  /** The invitation could not be delivered. */
  BOUNCED
}
