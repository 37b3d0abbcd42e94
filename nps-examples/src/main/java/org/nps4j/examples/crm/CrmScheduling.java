package org.nps4j.examples.crm;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nps4j.core.Touchpoint;
import org.nps4j.core.survey.ContactHistory;
import org.nps4j.core.survey.EligibilityReason;
import org.nps4j.core.survey.SurveyDecision;
import org.nps4j.core.survey.SurveyEvent;
import org.nps4j.core.survey.SurveyEventType;
import org.nps4j.core.survey.SurveyProgram;
import org.nps4j.core.survey.TouchpointEvent;

/**
 * Survey scheduling on the CRM's database: reads every contact's history (created, touchpoints,
 * invitations and what became of them) and asks a program who is due a survey today, and why each
 * other contact is not.
 */
public final class CrmScheduling {
  private final Connection connection;

  /**
   * Schedules on a connection.
   *
   * @param connection the connection
   */
  public CrmScheduling(Connection connection) {
    this.connection = connection;
  }

  /**
   * The program of the demo: a survey after each demo or test drive, within 7 days; at most one
   * survey per contact per 90 days in any program, none within 30 days of an answer, at most 3 a
   * year, and 25 a day.
   *
   * @param zone the program's zone
   * @return the program
   */
  public static SurveyProgram afterDemoOrTestDrive(ZoneId zone) {
    return SurveyProgram.transactional("post-demo", zone, Touchpoint.POST_DEMO, Touchpoint.TEST_DRIVE)
        .quietPeriod(Period.ofDays(90))
        .responseCoolDown(Period.ofDays(30))
        .maxPerRollingYear(3)
        .dailyCap(25)
        .build();
  }

  /**
   * Returns every contact's history as the CRM records it. A response is an event at its answer
   * time; a decline or bounce is recorded at the invitation's sending time, as the CRM keeps no
   * other time for it.
   *
   * @return the histories, by contact id
   * @throws SQLException if a query fails
   */
  public List<ContactHistory> histories() throws SQLException {
    Map<String, Instant> created = new LinkedHashMap<>();
    Map<String, List<SurveyEvent>> events = new LinkedHashMap<>();
    Map<String, List<TouchpointEvent>> touchpoints = new LinkedHashMap<>();
    try (PreparedStatement query =
            connection.prepareStatement("SELECT id, created_at FROM contact ORDER BY id");
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        created.put(rows.getString(1), rows.getObject(2, OffsetDateTime.class).toInstant());
      }
    }
    String touchpointSql =
        "SELECT d.contact_id, tp.kind, tp.occurred_at FROM touchpoint tp"
            + " JOIN deal d ON d.id = tp.deal_id ORDER BY tp.id";
    try (PreparedStatement query = connection.prepareStatement(touchpointSql);
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        touchpoints
            .computeIfAbsent(rows.getString(1), c -> new ArrayList<>())
            .add(new TouchpointEvent(
                Touchpoint.of(rows.getString(2)), rows.getObject(3, OffsetDateTime.class).toInstant()));
      }
    }
    String invitationSql =
        "SELECT d.contact_id, i.program, i.sent_at, i.outcome, s.answered_at FROM survey_invitation i"
            + " JOIN touchpoint tp ON tp.id = i.touchpoint_id JOIN deal d ON d.id = tp.deal_id"
            + " LEFT JOIN response s ON s.invitation_id = i.id ORDER BY i.id";
    try (PreparedStatement query = connection.prepareStatement(invitationSql);
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        List<SurveyEvent> contactEvents =
            events.computeIfAbsent(rows.getString(1), c -> new ArrayList<>());
        String program = rows.getString(2);
        Instant sentAt = rows.getObject(3, OffsetDateTime.class).toInstant();
        contactEvents.add(SurveyEvent.invited(program, sentAt));
        switch (rows.getString(4)) {
          case "RESPONDED" -> contactEvents.add(SurveyEvent.responded(
              program, rows.getObject(5, OffsetDateTime.class).toInstant()));
          case "DECLINED" -> contactEvents.add(new SurveyEvent(SurveyEventType.DECLINED, program, sentAt));
          case "BOUNCED" -> contactEvents.add(new SurveyEvent(SurveyEventType.BOUNCED, program, sentAt));
          default -> { } // PENDING: no outcome yet
        }
      }
    }
    List<ContactHistory> histories = new ArrayList<>(created.size());
    created.forEach((contact, at) -> histories.add(new ContactHistory(
        contact, at, events.getOrDefault(contact, List.of()), touchpoints.getOrDefault(contact, List.of()))));
    return histories;
  }

  /**
   * Decides for every contact at once, sharing the program's daily cap.
   *
   * @param program the program
   * @param clock the clock whose instant is "today"
   * @return one decision per contact, in contact id order
   * @throws SQLException if a query fails
   */
  public List<SurveyDecision> decide(SurveyProgram program, Clock clock) throws SQLException {
    return program.decideAll(histories(), clock, 0);
  }

  /**
   * Renders the day's decisions: the count per reason, who is due, and why a few others are not.
   *
   * @param decisions the decisions
   * @param examplesPerReason how many contacts to explain per blocking reason
   * @return the text
   */
  public static String render(List<SurveyDecision> decisions, int examplesPerReason) {
    Map<EligibilityReason, List<SurveyDecision>> byReason = new EnumMap<>(EligibilityReason.class);
    for (SurveyDecision decision : decisions) {
      byReason.computeIfAbsent(decision.reason(), r -> new ArrayList<>()).add(decision);
    }
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "Survey scheduling: %d contacts at %s%n",
        decisions.size(), decisions.isEmpty() ? "-" : decisions.get(0).decidedAt()));
    byReason.forEach((reason, list) ->
        out.append(String.format(Locale.ROOT, "  %-18s %5d%n", reason, list.size())));
    for (SurveyDecision due : byReason.getOrDefault(EligibilityReason.ELIGIBLE, List.of())) {
      out.append(String.format(Locale.ROOT, "  due: %s after %s%n", due.contactId(),
          due.trigger().map(t -> t.touchpoint() + " at " + t.at()).orElse("-")));
    }
    byReason.forEach((reason, list) -> {
      if (reason != EligibilityReason.ELIGIBLE) {
        for (SurveyDecision decision : list.subList(0, Math.min(examplesPerReason, list.size()))) {
          out.append(String.format(Locale.ROOT, "  not %s: %s%s%n", decision.contactId(),
              String.join("; ", decision.details()),
              decision.eligibleFrom().map(at -> " (eligible from " + at + ")").orElse("")));
        }
      }
    });
    return out.toString();
  }
}
