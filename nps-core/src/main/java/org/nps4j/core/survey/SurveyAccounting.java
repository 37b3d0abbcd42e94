package org.nps4j.core.survey;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Response-rate accounting: invitations and what became of them, per program, segment and period.
 * Each invitation is counted in the period of its sending (a cohort), with its outcome: the first
 * response, decline or bounce of the same program at or after it and before the program's next
 * invitation of the contact. An outcome event that follows no invitation, or follows one that
 * already has an outcome, is counted as unmatched, per program and type, never dropped.
 *
 * <pre>{@code
 * SurveyAccounting accounting = SurveyAccounting.by(AccountingPeriod.QUARTER, zone);
 * accounting.add(history, "east");                        // the host's segment of the contact
 * for (ResponseRateRow row : accounting.rows()) { ... row.outcomes().responseRateInterval(0.95) ... }
 * }</pre>
 *
 * <p>A mutable accumulator; not thread-safe.
 */
public final class SurveyAccounting {
  private final AccountingPeriod period;
  private final ZoneId zone;
  /** Counts by program, segment and period label, each {invited, responded, declined, bounced}. */
  private final Map<String, Map<String, Map<String, long[]>>> counts = new TreeMap<>();
  private final Map<String, Map<SurveyEventType, Long>> unmatched = new TreeMap<>();

  private SurveyAccounting(AccountingPeriod period, ZoneId zone) {
    this.period = Objects.requireNonNull(period, "period");
    this.zone = Objects.requireNonNull(zone, "zone");
  }

  /**
   * Starts empty accounting by period in a zone.
   *
   * @param period the period of the rows
   * @param zone the zone of the periods' dates
   * @return the accounting
   * @throws NullPointerException if an argument is null
   */
  public static SurveyAccounting by(AccountingPeriod period, ZoneId zone) {
    return new SurveyAccounting(period, zone);
  }

  /**
   * Adds a contact's survey events, in a segment of the host's choosing.
   *
   * @param history the contact's history
   * @param segment the contact's segment
   * @throws NullPointerException if an argument is null
   */
  public void add(ContactHistory history, String segment) {
    Objects.requireNonNull(history, "history");
    Objects.requireNonNull(segment, "segment");
    // The open invitation of each program: the one an outcome would belong to.
    Map<String, long[]> open = new TreeMap<>();
    for (SurveyEvent event : history.surveyEvents()) {
      String program = event.programId();
      if (event.type() == SurveyEventType.INVITED) {
        long[] cell =
            counts
                .computeIfAbsent(program, p -> new TreeMap<>())
                .computeIfAbsent(segment, s -> new TreeMap<>())
                .computeIfAbsent(period.labelOf(event.at(), zone), p -> new long[4]);
        cell[0]++;
        open.put(program, cell);
      } else {
        long[] cell = open.remove(program);
        if (cell == null) {
          unmatched
              .computeIfAbsent(program, p -> new EnumMap<>(SurveyEventType.class))
              .merge(event.type(), 1L, Long::sum);
        } else {
          cell[event.type().ordinal()]++; // RESPONDED 1, DECLINED 2, BOUNCED 3
        }
      }
    }
  }

  /**
   * Returns the rows, by program, segment and period (each in natural order).
   *
   * @return the rows
   */
  public List<ResponseRateRow> rows() {
    List<ResponseRateRow> rows = new ArrayList<>();
    counts.forEach((program, bySegment) -> bySegment.forEach((segment, byPeriod) ->
        byPeriod.forEach((label, cell) -> rows.add(new ResponseRateRow(
            program, segment, label, new InvitationOutcomes(cell[0], cell[1], cell[2], cell[3]))))));
    return rows;
  }

  /**
   * Returns the outcome events that matched no open invitation, by program and type.
   *
   * @return an unmodifiable copy of the counts
   */
  public Map<String, Map<SurveyEventType, Long>> unmatched() {
    Map<String, Map<SurveyEventType, Long>> copy = new TreeMap<>();
    unmatched.forEach((program, byType) -> copy.put(program, Map.copyOf(byType)));
    return Collections.unmodifiableMap(copy);
  }
}
