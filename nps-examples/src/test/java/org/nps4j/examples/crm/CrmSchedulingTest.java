package org.nps4j.examples.crm;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.nps4j.core.Touchpoint;
import org.nps4j.core.survey.ContactHistory;
import org.nps4j.core.survey.EligibilityReason;
import org.nps4j.core.survey.SurveyDecision;
import org.nps4j.core.survey.SurveyEvent;
import org.nps4j.core.survey.SurveyEventType;
import org.nps4j.core.survey.TouchpointEvent;

/**
 * Survey scheduling on the seeded CRM: every contact gets a decision with a reason, the day's
 * slots respect the daily cap, and every contact found due passes the program's rules, checked
 * again here from the database's rows.
 */
class CrmSchedulingTest extends SeededCrmDatabase {
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  @Test
  void historiesHoldEveryContactInvitationOutcomeAndTouchpoint() throws SQLException {
    List<ContactHistory> histories = new CrmScheduling(connection).histories();
    assertThat(histories).hasSize(CrmDemo.CONTACTS);
    Map<SurveyEventType, Long> events = histories.stream()
        .flatMap(h -> h.surveyEvents().stream())
        .collect(Collectors.groupingBy(SurveyEvent::type, Collectors.counting()));
    assertThat(events.get(SurveyEventType.INVITED)).isEqualTo(count("SELECT COUNT(*) FROM survey_invitation"));
    assertThat(events.get(SurveyEventType.RESPONDED)).isEqualTo(count("SELECT COUNT(*) FROM response"));
    assertThat(events.get(SurveyEventType.DECLINED))
        .isEqualTo(count("SELECT COUNT(*) FROM survey_invitation WHERE outcome = 'DECLINED'"));
    assertThat(events.get(SurveyEventType.BOUNCED))
        .isEqualTo(count("SELECT COUNT(*) FROM survey_invitation WHERE outcome = 'BOUNCED'"));
    assertThat(histories.stream().mapToLong(h -> h.touchpoints().size()).sum())
        .isEqualTo(count("SELECT COUNT(*) FROM touchpoint"));
  }

  @Test
  void everyContactFoundDueMeetsTheRulesAndTheDailyCapHolds() throws SQLException {
    CrmScheduling scheduling = new CrmScheduling(connection);
    Instant today = CrmDemo.SCHEDULING_DAY;
    List<SurveyDecision> decisions =
        scheduling.decide(CrmScheduling.afterDemoOrTestDrive(PARIS), Clock.fixed(today, PARIS));
    assertThat(decisions).hasSize(CrmDemo.CONTACTS);
    Map<EligibilityReason, Long> byReason =
        decisions.stream().collect(Collectors.groupingBy(SurveyDecision::reason, Collectors.counting()));
    long due = byReason.getOrDefault(EligibilityReason.ELIGIBLE, 0L);
    assertThat(due).as("some contacts are due: " + byReason).isPositive().isLessThanOrEqualTo(25);
    if (byReason.containsKey(EligibilityReason.DAILY_CAP)) {
      assertThat(due).as("the cap is used up before anyone waits for it").isEqualTo(25);
    }
    assertThat(byReason.get(EligibilityReason.NOT_DUE)).as("most contacts had no recent demo").isPositive();

    Map<String, ContactHistory> histories = scheduling.histories().stream()
        .collect(Collectors.toMap(ContactHistory::contactId, Function.identity()));
    for (SurveyDecision decision : decisions) {
      if (!decision.isEligible()) {
        assertThat(decision.details()).as(decision.contactId()).isNotEmpty();
        continue;
      }
      ContactHistory history = histories.get(decision.contactId());
      boolean triggered = false;
      for (TouchpointEvent event : history.touchpoints()) {
        boolean trigger = event.touchpoint().equals(Touchpoint.POST_DEMO)
            || event.touchpoint().equals(Touchpoint.TEST_DRIVE);
        triggered |= trigger && !event.at().isAfter(today)
            && today.isBefore(event.at().atZone(PARIS).plus(Period.ofDays(7)).toInstant());
      }
      assertThat(triggered).as(decision.contactId() + ": a demo or test drive in the last 7 days").isTrue();
      for (SurveyEvent event : history.surveyEvents()) {
        if (event.type() == SurveyEventType.INVITED && !event.at().isAfter(today)) {
          assertThat(today).as(decision.contactId() + ": 90 days after " + event)
              .isAfterOrEqualTo(event.at().atZone(PARIS).plus(Period.ofDays(90)).toInstant());
        }
      }
    }
    assertThat(CrmScheduling.render(decisions, 2)).contains("ELIGIBLE").contains("due: ").contains("not ");
  }
}
