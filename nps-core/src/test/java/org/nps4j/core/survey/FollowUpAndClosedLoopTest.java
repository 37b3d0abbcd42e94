package org.nps4j.core.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nps4j.core.Category;
import org.nps4j.core.Response;
import org.nps4j.core.Score;

/** Follow-up question rules at their thresholds, question languages, and closed-loop tasks. */
class FollowUpAndClosedLoopTest {
  private static final FollowUpQuestion IMPROVE =
      new FollowUpQuestion(
          "improve",
          Locale.ENGLISH,
          Map.of(
              Locale.ENGLISH, "What's one thing we could do better?",
              Locale.FRENCH, "Que pourrions-nous améliorer ?"));
  private static final FollowUpQuestion REASON =
      FollowUpQuestion.of("reason", Locale.ENGLISH, "What is the primary reason for your score?");
  private static final FollowUpQuestion CALL_BACK =
      FollowUpQuestion.of("call-back", Locale.ENGLISH, "May we call you about this?");

  @Test
  void theFirstMatchingRulePicksTheQuestion() {
    FollowUpRules rules = FollowUpRules.builder().askBelow(7, IMPROVE).askAll(REASON).build();
    for (int score = 0; score <= 10; score++) {
      assertThat(rules.questionFor(Score.of(score))).as("score " + score)
          .contains(score < 7 ? IMPROVE : REASON);
    }
  }

  @Test
  void aQuestionOnlyBelowAThresholdLeavesTheOtherScoresWithout() {
    FollowUpRules rules = FollowUpRules.builder().askBelow(5, CALL_BACK).build();
    assertThat(rules.questionFor(Score.of(4))).contains(CALL_BACK);
    assertThat(rules.questionFor(Score.of(5))).isEmpty();
    assertThat(rules.questionFor(Score.of(10))).isEmpty();
  }

  @Test
  void categoryRulesMatchTheirCategories() {
    FollowUpRules rules =
        FollowUpRules.builder()
            .askFor(Set.of(Category.DETRACTOR), IMPROVE)
            .askFor(Set.of(Category.PROMOTER), REASON)
            .build();
    assertThat(rules.questionFor(Score.of(6))).contains(IMPROVE);
    assertThat(rules.questionFor(Score.of(7))).isEmpty();
    assertThat(rules.questionFor(Score.of(8))).isEmpty();
    assertThat(rules.questionFor(Score.of(9))).contains(REASON);
    assertThat(rules.toString()).isEqualTo("FollowUpRules[[DETRACTOR] -> improve, [PROMOTER] -> reason]");
  }

  @Test
  void aQuestionIsAskedInTheRespondentsLanguageOrTheDefault() {
    assertThat(IMPROVE.text(Locale.FRENCH)).isEqualTo("Que pourrions-nous améliorer ?");
    assertThat(IMPROVE.text(Locale.CANADA_FRENCH)).as("fr-CA falls back to fr")
        .isEqualTo("Que pourrions-nous améliorer ?");
    assertThat(IMPROVE.text(Locale.GERMAN)).isEqualTo("What's one thing we could do better?");
    assertThatThrownBy(() -> new FollowUpQuestion("q", Locale.GERMAN, Map.of(Locale.ENGLISH, "Why?")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid texts of question q (must include the default language de): [en]");
    assertThatThrownBy(() -> FollowUpRules.builder().askBelow(0, IMPROVE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid follow-up threshold (valid values 1 - 11): 0");
  }

  private static Response response(int score, Map<String, String> attributes) {
    return Response.builder("c-" + score, Score.of(score), Instant.parse("2026-05-04T10:00:00Z"))
        .attributes(attributes)
        .comment("comment " + score)
        .build();
  }

  @Test
  void detractorsGetATaskOwnedByTheirRepDueAfterTheSla() {
    ClosedLoopPolicy policy = ClosedLoopPolicy.builder().sla(Duration.ofHours(24)).build();
    Response detractor = response(6, Map.of("rep", "ana", "team", "east"));
    Response passive = response(7, Map.of("rep", "ana"));
    Response teamOnly = response(0, Map.of("team", "west"));
    Response nobody = response(3, Map.of());

    List<FollowUpTask> tasks = policy.tasksFor(List.of(detractor, passive, teamOnly, nobody));
    assertThat(tasks).extracting(FollowUpTask::response).containsExactly(detractor, teamOnly, nobody);
    assertThat(tasks.get(0).owner()).contains("ana");
    assertThat(tasks.get(0).dueAt()).isEqualTo(Instant.parse("2026-05-05T10:00:00Z"));
    assertThat(tasks.get(0).rule()).isEqualTo("DETRACTOR");
    assertThat(tasks.get(0).category()).isEqualTo(Category.DETRACTOR);
    assertThat(tasks.get(1).owner()).as("no rep: the team").contains("west");
    assertThat(tasks.get(2).owner()).as("neither: unassigned, not dropped").isEmpty();
  }

  @Test
  void aThresholdOrOtherCategoriesCanMakeAResponseNeedAHuman() {
    ClosedLoopPolicy belowFive = ClosedLoopPolicy.builder().scoreBelow(5).ownerAttributes("csm").build();
    assertThat(belowFive.needsFollowUp(response(4, Map.of()))).isTrue();
    assertThat(belowFive.needsFollowUp(response(5, Map.of()))).isFalse();
    assertThat(belowFive.taskFor(response(2, Map.of("csm", "li"))).orElseThrow().owner()).contains("li");
    assertThat(belowFive.taskFor(response(2, Map.of())).orElseThrow().rule()).isEqualTo("SCORE_BELOW_5");

    ClosedLoopPolicy passivesToo =
        ClosedLoopPolicy.builder().categories(Set.of(Category.DETRACTOR, Category.PASSIVE)).build();
    assertThat(passivesToo.needsFollowUp(response(8, Map.of()))).isTrue();
    assertThat(passivesToo.needsFollowUp(response(9, Map.of()))).isFalse();

    assertThatThrownBy(() -> ClosedLoopPolicy.builder().sla(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid SLA (must be positive): PT0S");
    assertThatThrownBy(() -> ClosedLoopPolicy.builder().scoreBelow(12))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid closed-loop threshold (valid values 1 - 11): 12");
  }
}
