package org.nps4j.segments;

/**
 * The length of the buckets of a {@link TimeBuckets} definition. Each constant names the label form
 * and the index its buckets get; see {@link TimeBuckets} for the exact rules.
 */
public enum BucketUnit {
  /** One local day: label {@code 2026-11-23}, index the epoch day of the local date. */
  DAY,
  /**
   * One week of the definition's {@link java.time.temporal.WeekFields}: label {@code 2026-W07}
   * (week-based year and week number), index the number of weeks since a fixed reference week.
   */
  WEEK,
  /** One calendar month: label {@code 2026-11}, index {@code year * 12 + (month - 1)}. */
  MONTH,
  /** One calendar quarter: label {@code 2026-Q3}, index {@code year * 4 + (quarter - 1)}. */
  QUARTER,
  /** One calendar year: label {@code 2026}, index the year. */
  YEAR,
  /**
   * One quarter of a fiscal year: label {@code FY2027-Q1}, index {@code fiscalYear * 4 +
   * (fiscalQuarter - 1)}. A fiscal year is named by the calendar year in which it ends.
   */
  FISCAL_QUARTER,
  /**
   * One fiscal year: label {@code FY2027}, index the fiscal year. A fiscal year is named by the
   * calendar year in which it ends.
   */
  FISCAL_YEAR
}
