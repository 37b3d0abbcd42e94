/**
 * NPS by segment and over time: mergeable tables of exact counts per (segment, time bucket),
 * cross-tabs and roll-ups, trends, segment comparisons, rankings, mix adjustment, alerts, outcomes
 * by category, response rates and de-duplication.
 *
 * <p>The runtime dependencies are {@code org.nps4j.core} (with its Commons Numbers), whose normal
 * distribution functions this module also calls, and the slf4j API (for the warning when a table
 * reaches its segment cap).
 */
module org.nps4j.segments {
  requires transitive org.nps4j.core;
  requires org.slf4j;
  requires org.apache.commons.numbers.gamma;

  exports org.nps4j.segments;
}
