package org.nps4j.segments;

/**
 * Which way a trend's NPS is heading, stated only as far as the data supports it: see {@link
 * TrendSlope}.
 */
public enum TrendDirection {
  /** The slope's confidence interval lies entirely above 0. */
  IMPROVING,
  /** The slope's confidence interval lies entirely below 0. */
  DECLINING,
  /** The slope's confidence interval contains 0: the data shows neither a rise nor a fall. */
  NO_CLEAR_TREND,
  /** Fewer than three buckets with answered responses: no slope is estimated. */
  INSUFFICIENT_DATA
}
