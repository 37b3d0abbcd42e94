package org.nps4j.core.survey;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.Objects;

/** The period an invitation is counted in, by its local date in a zone, with its label. */
public enum AccountingPeriod {
  /** A day, labelled like {@code 2026-05-04}. */
  DAY,
  /** An ISO week (Monday to Sunday, week-based year), labelled like {@code 2026-W07}. */
  ISO_WEEK,
  /** A month, labelled like {@code 2026-05}. */
  MONTH,
  /** A calendar quarter, labelled like {@code 2026-Q2}. */
  QUARTER,
  /** A year, labelled like {@code 2026}. */
  YEAR;

  /**
   * Returns the label of the period holding an instant's local date in a zone.
   *
   * @param instant the instant
   * @param zone the zone
   * @return the label, such as {@code 2026-Q2}
   * @throws NullPointerException if an argument is null
   */
  public String labelOf(Instant instant, ZoneId zone) {
    Objects.requireNonNull(instant, "instant");
    Objects.requireNonNull(zone, "zone");
    LocalDate date = LocalDate.ofInstant(instant, zone);
    return switch (this) {
      case DAY -> date.toString();
      case ISO_WEEK -> String.format(
          "%d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTH -> String.format("%d-%02d", date.getYear(), date.getMonthValue());
      case QUARTER -> date.getYear() + "-Q" + date.get(IsoFields.QUARTER_OF_YEAR);
      case YEAR -> Integer.toString(date.getYear());
    };
  }
}
