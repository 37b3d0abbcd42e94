package org.nps4j.core.survey;

/** Which invitations a rule counts: those of every program, or those of the program alone. */
public enum RuleScope {
  /** Invitations of every program count, so programs share the contact's quiet period or cap. */
  GLOBAL,
  /** Only the program's own invitations count. */
  PROGRAM
}
