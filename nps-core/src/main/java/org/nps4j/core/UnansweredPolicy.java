package org.nps4j.core;

/**
 * What a tally does with a survey whose likelihood-to-recommend question was left blank (missing)
 * or explicitly declined ("prefer not to say").
 *
 * <p>Either way the tally reports how many there were ({@link NpsSummary#missing()}, {@link
 * NpsSummary#declined()}), so no answer is dropped silently.
 */
public enum UnansweredPolicy {
  /**
   * Leave unanswered surveys out of the denominator: the NPS is computed over answered scores only.
   * This is the default, and the usual practice.
   */
  EXCLUDE,
  /**
   * Count unanswered surveys as passives: they enter the denominator and dilute both shares, which
   * is the conservative reading when a blank is taken as indifference.
   */
  COUNT_AS_PASSIVE
}
