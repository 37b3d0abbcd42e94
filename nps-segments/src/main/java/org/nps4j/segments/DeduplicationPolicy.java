package org.nps4j.segments;

/**
 * Which answers count when one respondent answered the survey more than once. Applied by {@link
 * Deduplication}; answers without a respondent id cannot be matched and are always kept.
 *
 * <p>Ties on equal timestamps are broken by input order, so the outcome never depends on hashing:
 * {@link #FIRST} keeps the earliest of equally early answers in the input, {@link #LATEST} and
 * {@link #LATEST_PER_BUCKET} the last of equally late ones.
 */
public enum DeduplicationPolicy {
  /** Every answer counts; nothing is removed. */
  ALL,
  /** Only each respondent's earliest answer counts: the first impression. */
  FIRST,
  /** Only each respondent's latest answer counts: the current opinion. */
  LATEST,
  /**
   * Only each respondent's latest answer in each time bucket counts, so a trend counts a respondent
   * once per month (or week, quarter, ...) and still sees a change of opinion over time. Needs the
   * {@link TimeBuckets} that define the buckets.
   */
  LATEST_PER_BUCKET
}
