package org.nps4j.core.survey;

/** How a program makes a survey due. */
public enum ProgramKind {
  /** Periodic: due once the program's interval has passed since its last invitation. */
  RELATIONSHIP,
  /** Event-driven: due after a triggering touchpoint, within the program's trigger window. */
  TRANSACTIONAL
}
