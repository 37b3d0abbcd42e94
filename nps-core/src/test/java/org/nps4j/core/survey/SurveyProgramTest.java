package org.nps4j.core.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.nps4j.core.survey.EligibilityReason.COOL_DOWN;
import static org.nps4j.core.survey.EligibilityReason.DAILY_CAP;
import static org.nps4j.core.survey.EligibilityReason.NEW_CONTACT_DELAY;
import static org.nps4j.core.survey.EligibilityReason.NOT_DUE;
import static org.nps4j.core.survey.EligibilityReason.QUIET_PERIOD;
import static org.nps4j.core.survey.EligibilityReason.SAMPLED_OUT;
import static org.nps4j.core.survey.EligibilityReason.YEARLY_CAP;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nps4j.core.Touchpoint;

/**
 * Each rule and reason code at its boundaries. Instants are worked out by hand in the comments;
 * Europe/Paris is UTC+1 in winter and UTC+2 from 2026-03-29 01:00 UTC to 2026-10-25 01:00 UTC.
 */
class SurveyProgramTest {
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final Instant LONG_AGO = Instant.parse("2020-01-01T00:00:00Z");

  private static Clock at(String instant) {
    return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
  }

  private static SurveyProgram.Builder relationship() {
    return SurveyProgram.relationship("check-in", PARIS, Period.ofMonths(3));
  }

  @Test
  void aContactNeverSurveyedIsEligibleAtOnce() {
    SurveyDecision decision =
        relationship().build().decide(ContactHistory.of("c1", LONG_AGO), at("2026-05-04T10:00:00Z"));
    assertThat(decision.isEligible()).isTrue();
    assertThat(decision.reason()).isEqualTo(EligibilityReason.ELIGIBLE);
    assertThat(decision.blockedBy()).isEmpty();
    assertThat(decision.eligibleFrom()).contains(Instant.parse("2026-05-04T10:00:00Z"));
  }

  /**
   * Invited 2026-01-10 10:00 Paris (09:00Z, winter). 90 days later is 2026-04-10 10:00 Paris, in
   * summer time: 08:00Z, not the 09:00Z that 90 × 24 hours would give.
   */
  @Test
  void theQuietPeriodEndsAtTheSameLocalTimeAcrossTheChangeToSummerTime() {
    SurveyProgram program = relationship().build();
    ContactHistory history =
        ContactHistory.of("c1", LONG_AGO)
            .with(SurveyEvent.invited("other-program", Instant.parse("2026-01-10T09:00:00Z")));
    Instant end = Instant.parse("2026-04-10T08:00:00Z");

    SurveyDecision before = program.decide(history, Clock.fixed(end.minusNanos(1), PARIS));
    assertThat(before.blockedBy()).containsExactly(QUIET_PERIOD);
    assertThat(before.eligibleFrom()).contains(end);
    assertThat(before.details().get(0)).contains("P90D").contains(end.toString());

    assertThat(program.decide(history, Clock.fixed(end, PARIS)).isEligible()).isTrue();
  }

  /**
   * Periods ending in the spring gap or the autumn overlap follow {@code ZonedDateTime.plus}: a
   * local time that does not exist moves forward by the gap, and an ambiguous one keeps the offset
   * it had. Invited 2026-03-28 02:30 Paris (01:30Z), a one-day cool-down ends at 2026-03-29 02:30,
   * which does not exist: 03:30 summer time, 01:30Z. Invited 2026-10-24 02:30 Paris (00:30Z,
   * summer), it ends at 2026-10-25 02:30, which happens twice: the first, 00:30Z.
   */
  @Test
  void periodsEndingInTheDaylightSavingGapOrOverlapEndWhereJavaTimeSays() {
    SurveyProgram program =
        relationship().quietPeriod(Period.ZERO).invitationCoolDown(Period.ofDays(1)).build();
    ContactHistory spring =
        ContactHistory.of("c1", LONG_AGO)
            .with(SurveyEvent.invited("other", Instant.parse("2026-03-28T01:30:00Z")));
    assertThat(program.decide(spring, at("2026-03-28T12:00:00Z")).eligibleFrom())
        .contains(Instant.parse("2026-03-29T01:30:00Z"));
    ContactHistory autumn =
        ContactHistory.of("c1", LONG_AGO)
            .with(SurveyEvent.invited("other", Instant.parse("2026-10-24T00:30:00Z")));
    Instant end = Instant.parse("2026-10-25T00:30:00Z");
    assertThat(program.decide(autumn, at("2026-10-24T12:00:00Z")).eligibleFrom()).contains(end);
    assertThat(program.decide(autumn, Clock.fixed(end.minusNanos(1), PARIS)).reason())
        .isEqualTo(COOL_DOWN);
    assertThat(program.decide(autumn, Clock.fixed(end, PARIS)).isEligible()).isTrue();
  }

  @Test
  void aQuietPeriodScopedToTheProgramIgnoresOtherPrograms() {
    SurveyProgram program = relationship().quietPeriod(Period.ofDays(90), RuleScope.PROGRAM).build();
    ContactHistory history =
        ContactHistory.of("c1", LONG_AGO)
            .with(SurveyEvent.invited("other-program", Instant.parse("2026-04-01T09:00:00Z")));
    assertThat(program.decide(history, at("2026-04-02T09:00:00Z")).isEligible()).isTrue();
  }

  /** A relationship program is due again its interval after its last invitation, in the zone. */
  @Test
  void aRelationshipProgramIsNotDueBeforeItsInterval() {
    SurveyProgram program = relationship().quietPeriod(Period.ZERO).build();
    // 2026-02-15 10:00 Paris (09:00Z) + 3 months = 2026-05-15 10:00 Paris = 08:00Z.
    ContactHistory history =
        ContactHistory.of("c1", LONG_AGO)
            .with(SurveyEvent.invited("check-in", Instant.parse("2026-02-15T09:00:00Z")));
    Instant due = Instant.parse("2026-05-15T08:00:00Z");
    SurveyDecision before = program.decide(history, Clock.fixed(due.minusSeconds(1), PARIS));
    assertThat(before.blockedBy()).containsExactly(NOT_DUE);
    assertThat(before.eligibleFrom()).contains(due);
    assertThat(program.decide(history, Clock.fixed(due, PARIS)).isEligible()).isTrue();
  }

  @Test
  void separateCoolDownsAfterAnInvitationAndAfterAResponseAreBothReported() {
    SurveyProgram program =
        relationship()
            .quietPeriod(Period.ZERO)
            .invitationCoolDown(Period.ofDays(7))
            .responseCoolDown(Period.ofDays(30))
            .build();
    ContactHistory history =
        ContactHistory.of("c1", LONG_AGO)
            .with(SurveyEvent.invited("other", Instant.parse("2026-06-01T09:00:00Z")))
            .with(SurveyEvent.responded("other", Instant.parse("2026-06-02T09:00:00Z")));
    // Invitation cool-down ends 2026-06-08T09:00Z, response cool-down 2026-07-02T09:00Z (summer).
    SurveyDecision decision = program.decide(history, at("2026-06-05T09:00:00Z"));
    assertThat(decision.blockedBy()).containsExactly(COOL_DOWN);
    assertThat(decision.details().get(0))
        .contains("invited at 2026-06-01T09:00:00Z")
        .contains("answered at 2026-06-02T09:00:00Z");
    assertThat(decision.eligibleFrom()).contains(Instant.parse("2026-07-02T09:00:00Z"));

    SurveyDecision later = program.decide(history, at("2026-06-10T09:00:00Z"));
    assertThat(later.blockedBy()).containsExactly(COOL_DOWN);
    assertThat(later.details().get(0)).doesNotContain("invited at");
    assertThat(program.decide(history, at("2026-07-02T09:00:00Z")).isEligible()).isTrue();
  }

  @Test
  void aNewContactWaitsForTheDelay() {
    SurveyProgram program = relationship().newContactDelay(Period.ofDays(14)).build();
    ContactHistory history = ContactHistory.of("c1", Instant.parse("2026-03-20T12:00:00Z"));
    // 2026-03-20 13:00 Paris (winter) + 14 days = 2026-04-03 13:00 Paris (summer) = 11:00Z.
    Instant end = Instant.parse("2026-04-03T11:00:00Z");
    SurveyDecision before = program.decide(history, Clock.fixed(end.minusMillis(1), PARIS));
    assertThat(before.blockedBy()).containsExactly(NEW_CONTACT_DELAY);
    assertThat(before.eligibleFrom()).contains(end);
    assertThat(program.decide(history, Clock.fixed(end, PARIS)).isEligible()).isTrue();
  }

  /** Three invitations in a year, cap 3: the cap frees up a year after the oldest of them. */
  @Test
  void theYearlyCapFreesUpAYearAfterTheOldestCountingInvitation() {
    SurveyProgram program =
        SurveyProgram.relationship("check-in", ZoneOffset.UTC, Period.ofDays(1))
            .quietPeriod(Period.ZERO)
            .maxPerRollingYear(3)
            .build();
    ContactHistory history =
        ContactHistory.of("c1", LONG_AGO)
            .with(SurveyEvent.invited("a", Instant.parse("2025-01-15T10:00:00Z")))
            .with(SurveyEvent.invited("check-in", Instant.parse("2025-03-01T10:00:00Z")))
            .with(SurveyEvent.invited("b", Instant.parse("2025-06-01T10:00:00Z")))
            .with(SurveyEvent.invited("check-in", Instant.parse("2025-09-01T10:00:00Z")));
    Instant freed = Instant.parse("2026-03-01T10:00:00Z");
    SurveyDecision capped = program.decide(history, at("2026-02-01T10:00:00Z"));
    assertThat(capped.blockedBy()).containsExactly(YEARLY_CAP);
    assertThat(capped.details().get(0)).startsWith("YEARLY_CAP: 3 invitations (any program)");
    assertThat(capped.eligibleFrom()).contains(freed);
    assertThat(program.decide(history, Clock.fixed(freed.minusNanos(1), ZoneOffset.UTC)).reason())
        .isEqualTo(YEARLY_CAP);
    assertThat(program.decide(history, Clock.fixed(freed, ZoneOffset.UTC)).isEligible()).isTrue();

    SurveyProgram ownOnly =
        SurveyProgram.relationship("check-in", ZoneOffset.UTC, Period.ofDays(1))
            .quietPeriod(Period.ZERO)
            .maxPerRollingYear(2, RuleScope.PROGRAM)
            .build();
    // Two of its own in the year before 2026-02-01: capped until 2025-03-01 + 1 year.
    SurveyDecision own = ownOnly.decide(history, at("2026-02-01T10:00:00Z"));
    assertThat(own.blockedBy()).containsExactly(YEARLY_CAP);
    assertThat(own.eligibleFrom()).contains(freed);
  }

  @Test
  void aSampledOutContactIsNeverEligible() {
    SurveyProgram none = relationship().samplingRate(0).build();
    SurveyDecision decision = none.decide(ContactHistory.of("c1", LONG_AGO), at("2026-05-04T10:00:00Z"));
    assertThat(decision.blockedBy()).containsExactly(SAMPLED_OUT);
    assertThat(decision.eligibleFrom()).isEmpty();
    assertThat(relationship().samplingRate(1).build().inSample("c1")).isTrue();
  }

  /**
   * The sampling point is FNV-1a 64 of salt, a zero byte and the id, then SplitMix64's finalizer,
   * top 53 bits: written out again here from the published constants.
   */
  @Test
  void theSamplingPointIsTheDocumentedHash() {
    for (String id : List.of("c1", "jane@example.com", "Ünïcødé-42", "")) {
      byte[] bytes = ("post-demo\0" + id).getBytes(StandardCharsets.UTF_8);
      long h = 0xcbf29ce484222325L;
      for (byte b : bytes) {
        h = (h ^ (b & 0xff)) * 0x100000001b3L;
      }
      h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
      h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
      h = h ^ (h >>> 31);
      double expected = (double) (h >>> 11) / (1L << 53);
      assertThat(SurveyProgram.samplingPoint("post-demo", id)).as(id).isEqualTo(expected);
    }
    SurveyProgram half =
        SurveyProgram.transactional("post-demo", PARIS, Touchpoint.POST_DEMO).samplingRate(0.5).build();
    assertThat(half.inSample("c1"))
        .isEqualTo(SurveyProgram.samplingPoint("post-demo", "c1") < 0.5);
  }

  /**
   * The daily cap's day is the zone's: on 2026-03-28 at 23:30 Paris (22:30Z), the next day starts
   * at 2026-03-29 00:00 Paris, still winter time: 23:00Z.
   */
  @Test
  void theDailyCapHoldsUntilTheNextDayOfTheZone() {
    SurveyProgram program = relationship().dailyCap(2).build();
    ContactHistory history = ContactHistory.of("c1", LONG_AGO);
    Clock late = at("2026-03-28T22:30:00Z");
    assertThat(program.decide(history, late, 1).isEligible()).isTrue();
    SurveyDecision capped = program.decide(history, late, 2);
    assertThat(capped.blockedBy()).containsExactly(DAILY_CAP);
    assertThat(capped.eligibleFrom()).contains(Instant.parse("2026-03-28T23:00:00Z"));
  }

  /** Five contacts pass every other rule, the cap leaves room for two: the two due first. */
  @Test
  void decideAllGivesTheDailyCapToTheContactsDueLongest() {
    SurveyProgram program =
        SurveyProgram.transactional("post-demo", PARIS, Touchpoint.POST_DEMO).dailyCap(3).build();
    List<ContactHistory> histories =
        List.of(
            demoAt("e", "2026-05-04T08:00:00Z"),
            demoAt("b", "2026-05-02T08:00:00Z"),
            demoAt("d", "2026-05-03T08:00:00Z"),
            demoAt("a", "2026-05-03T08:00:00Z"),
            demoAt("c", "2026-05-01T08:00:00Z"));
    List<SurveyDecision> decisions = program.decideAll(histories, at("2026-05-04T10:00:00Z"), 1);
    assertThat(decisions).extracting(SurveyDecision::contactId).containsExactly("e", "b", "d", "a", "c");
    assertThat(decisions).extracting(SurveyDecision::reason)
        .containsExactly(DAILY_CAP, EligibilityReason.ELIGIBLE, DAILY_CAP, DAILY_CAP,
            EligibilityReason.ELIGIBLE);
  }

  private static ContactHistory demoAt(String id, String instant) {
    return ContactHistory.of(id, LONG_AGO)
        .with(new TouchpointEvent(Touchpoint.POST_DEMO, Instant.parse(instant)));
  }

  @Test
  void aTransactionalProgramIsDueWithinTheTriggerWindowOfATouchpointAfterItsLastInvitation() {
    SurveyProgram program =
        SurveyProgram.transactional("post-demo", PARIS, Touchpoint.POST_DEMO, Touchpoint.TEST_DRIVE)
            .quietPeriod(Period.ZERO)
            .build();
    ContactHistory none = ContactHistory.of("c1", LONG_AGO)
        .with(new TouchpointEvent(Touchpoint.PURCHASE, Instant.parse("2026-05-01T08:00:00Z")));
    SurveyDecision notDue = program.decide(none, at("2026-05-02T08:00:00Z"));
    assertThat(notDue.blockedBy()).containsExactly(NOT_DUE);
    assertThat(notDue.eligibleFrom()).as("waits for a touchpoint").isEmpty();

    TouchpointEvent drive = new TouchpointEvent(Touchpoint.TEST_DRIVE, Instant.parse("2026-05-01T08:00:00Z"));
    ContactHistory driven = none.with(drive);
    SurveyDecision due = program.decide(driven, at("2026-05-02T08:00:00Z"));
    assertThat(due.isEligible()).isTrue();
    assertThat(due.trigger()).contains(drive);
    // The window of 7 days ends at 2026-05-08T08:00Z (summer time on both sides).
    assertThat(program.decide(driven, at("2026-05-08T07:59:59Z")).isEligible()).isTrue();
    assertThat(program.decide(driven, at("2026-05-08T08:00:00Z")).reason()).isEqualTo(NOT_DUE);

    ContactHistory surveyed =
        driven.with(SurveyEvent.invited("post-demo", Instant.parse("2026-05-01T09:00:00Z")));
    assertThat(program.decide(surveyed, at("2026-05-02T08:00:00Z")).reason())
        .as("the touchpoint was surveyed already")
        .isEqualTo(NOT_DUE);
  }

  @Test
  void aTriggerThatExpiresBeforeTheRulesPassLeavesNoKnownEligibleInstant() {
    SurveyProgram program =
        SurveyProgram.transactional("post-demo", PARIS, Touchpoint.POST_DEMO).build(); // quiet 90 days
    ContactHistory history =
        demoAt("c1", "2026-05-01T08:00:00Z")
            .with(SurveyEvent.invited("other", Instant.parse("2026-04-20T08:00:00Z")));
    SurveyDecision decision = program.decide(history, at("2026-05-02T08:00:00Z"));
    assertThat(decision.blockedBy()).containsExactly(QUIET_PERIOD);
    assertThat(decision.eligibleFrom()).isEmpty();
  }

  @Test
  void everyBlockingRuleIsListedInOrderWithTheLatestInstantTheyPassAt() {
    SurveyProgram program =
        relationship()
            .newContactDelay(Period.ofDays(30))
            .responseCoolDown(Period.ofDays(60))
            .build();
    ContactHistory history =
        ContactHistory.of("c1", Instant.parse("2026-06-01T08:00:00Z"))
            .with(SurveyEvent.invited("check-in", Instant.parse("2026-06-02T08:00:00Z")))
            .with(SurveyEvent.responded("check-in", Instant.parse("2026-06-03T08:00:00Z")))
            .with(SurveyEvent.invited("later", Instant.parse("2027-01-01T08:00:00Z")));
    SurveyDecision decision = program.decide(history, at("2026-06-10T08:00:00Z"));
    assertThat(decision.blockedBy())
        .containsExactly(NOT_DUE, NEW_CONTACT_DELAY, QUIET_PERIOD, COOL_DOWN);
    assertThat(decision.details()).hasSize(4);
    // New contact until 07-01, cool-down until 08-02, quiet period until 08-31 and the interval
    // until 2026-09-02 10:00 Paris = 08:00Z: the latest. The invitation after now is ignored.
    assertThat(decision.eligibleFrom()).contains(Instant.parse("2026-09-02T08:00:00Z"));
  }

  @Test
  void badConfigurationNamesTheValueAndTheRule() {
    assertThatThrownBy(() -> SurveyProgram.relationship(" ", PARIS, Period.ofMonths(3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("program id (must not be blank)");
    assertThatThrownBy(() -> SurveyProgram.relationship("p", PARIS, Period.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid interval (must be positive): P0D");
    assertThatThrownBy(() -> SurveyProgram.transactional("p", PARIS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must name one touchpoint or more");
    assertThatThrownBy(() -> relationship().quietPeriod(Period.ofDays(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid quietPeriod (must not be negative): P-1D");
    assertThatThrownBy(() -> relationship().samplingRate(1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid samplingRate (valid values 0 - 1): 1.5");
    assertThatThrownBy(() -> relationship().samplingRate(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid samplingRate (valid values 0 - 1): NaN");
    assertThatThrownBy(() -> relationship().maxPerRollingYear(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid maxPerRollingYear (must be at least 1): 0");
    assertThatThrownBy(() -> relationship().dailyCap(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid dailyCap (must be at least 1): 0");
    assertThatThrownBy(() -> relationship().triggerWindow(Period.ofDays(7)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("only transactional programs have triggers");
    SurveyProgram program = relationship().build();
    assertThatThrownBy(() -> program.decide(ContactHistory.of("c", LONG_AGO), at("2026-01-01T00:00:00Z"), -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid invitedToday (must not be negative): -1");
    assertThatThrownBy(() -> ContactHistory.of("", LONG_AGO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid contactId (must not be blank): \"\"");
  }
}
