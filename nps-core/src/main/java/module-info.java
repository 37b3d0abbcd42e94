/**
 * The Net Promoter Score domain: scores and categories, scales, exact tallies ({@link
 * org.nps4j.core.NpsSummary}, {@link org.nps4j.core.NpsAccumulator}), confidence intervals and
 * significance tests, survey program rules (who to survey, when, which follow-up question, which
 * answers need a human), and public generators and invariants for property tests.
 *
 * <p>This module performs no I/O and no logging: it returns values or throws.
 */
module org.nps4j.core {
  requires transitive org.apache.commons.numbers.fraction;
  requires org.apache.commons.numbers.gamma;

  exports org.nps4j.core;
  exports org.nps4j.core.survey;
  exports org.nps4j.core.testing;
}
