package org.nps4j.core.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nps4j.core.survey.EligibilityReason.COOL_DOWN;
import static org.nps4j.core.survey.EligibilityReason.QUIET_PERIOD;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nps4j.core.Response;
import org.nps4j.core.Score;
import org.nps4j.core.Touchpoint;

/** The README's survey-program code, kept compiling and checked here; instants worked by hand. */
class SurveyReadmeExamplesTest {
  @Test
  void surveyPrograms() {
    Instant createdAt = Instant.parse("2026-01-05T09:00:00Z");
    Instant demoAt = Instant.parse("2026-05-01T08:00:00Z");
    Instant lastCheckInAt = Instant.parse("2026-04-20T08:00:00Z");
    Instant answeredAt = Instant.parse("2026-04-21T08:00:00Z");
    Clock clock = Clock.fixed(Instant.parse("2026-05-02T08:00:00Z"), ZoneId.of("UTC"));

    ZoneId zone = ZoneId.of("Europe/Paris");
    SurveyProgram afterDemo =
        SurveyProgram.transactional("post-demo", zone, Touchpoint.POST_DEMO, Touchpoint.TEST_DRIVE)
            .quietPeriod(Period.ofDays(90))
            .responseCoolDown(Period.ofDays(30))
            .newContactDelay(Period.ofDays(7))
            .maxPerRollingYear(3)
            .samplingRate(0.5)
            .dailyCap(200)
            .build();
    SurveyProgram quarterly = SurveyProgram.relationship("check-in", zone, Period.ofMonths(3)).build();

    ContactHistory bea =
        ContactHistory.of("bea", createdAt)
            .with(new TouchpointEvent(Touchpoint.POST_DEMO, demoAt))
            .with(SurveyEvent.invited("check-in", lastCheckInAt))
            .with(SurveyEvent.responded("check-in", answeredAt));
    assertThat(afterDemo.inSample("bea")).as("bea is in the 50 % sample (point 0.480)").isTrue();
    SurveyDecision decision = afterDemo.decide(bea, clock);
    assertThat(decision.reason()).isEqualTo(QUIET_PERIOD);
    assertThat(decision.blockedBy()).containsExactly(QUIET_PERIOD, COOL_DOWN);
    assertThat(decision.details().get(0))
        .isEqualTo("QUIET_PERIOD: invited at 2026-04-20T08:00:00Z (any program); quiet period P90D"
            + " ends at 2026-07-19T08:00:00Z");
    // The trigger window (7 days after the demo) ends long before the quiet period: unknown.
    assertThat(decision.eligibleFrom()).isEmpty();
    // The quarterly program is not due: its interval runs to 2026-07-20 10:00 Paris.
    assertThat(quarterly.decide(bea, clock).eligibleFrom())
        .contains(Instant.parse("2026-07-20T08:00:00Z"));
    List<SurveyDecision> today = afterDemo.decideAll(List.of(bea), clock, 0);
    assertThat(today).containsExactly(decision);
  }

  @Test
  void followUpQuestionsAndClosedLoop() {
    FollowUpQuestion improve = new FollowUpQuestion("improve", Locale.ENGLISH, Map.of(
        Locale.ENGLISH, "What's one thing we could do better?",
        Locale.FRENCH, "Que pourrions-nous améliorer ?"));
    FollowUpQuestion reason =
        FollowUpQuestion.of("reason", Locale.ENGLISH, "What is the primary reason for your score?");
    FollowUpRules rules = FollowUpRules.builder().askBelow(7, improve).askAll(reason).build();
    assertThat(rules.questionFor(Score.of(4)).map(q -> q.text(Locale.CANADA_FRENCH)))
        .contains("Que pourrions-nous améliorer ?");

    List<Response> responses = List.of(
        Response.builder("ana", Score.of(3), Instant.parse("2026-05-04T10:00:00Z"))
            .attribute("rep", "li").comment("Too pushy").build(),
        Response.builder("bo", Score.of(9), Instant.parse("2026-05-04T11:00:00Z")).build());
    ClosedLoopPolicy policy = ClosedLoopPolicy.builder().sla(Duration.ofHours(24)).build();
    List<FollowUpTask> tasks = policy.tasksFor(responses);
    assertThat(tasks).hasSize(1);
    assertThat(tasks.get(0).owner()).contains("li");
    assertThat(tasks.get(0).dueAt()).isEqualTo(Instant.parse("2026-05-05T10:00:00Z"));
    assertThat(tasks.get(0).response().comment()).contains("Too pushy");
  }
}
