package org.nps4j.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nps4j.core.Category;
import org.nps4j.core.NpsSummary;
import org.nps4j.core.Response;
import org.nps4j.core.Scale;
import org.nps4j.core.Score;
import org.nps4j.core.Touchpoint;

class NpsGeneratorsTest {

  @Test
  void theSameSeedGivesTheSameValues() {
    assertThat(NpsGenerators.summaries(1_000).list(new SplittableRandom(7), 50))
        .isEqualTo(NpsGenerators.summaries(1_000).list(new SplittableRandom(7), 50));
    assertThat(NpsGenerators.responses().list(new SplittableRandom(7), 50))
        .isEqualTo(NpsGenerators.responses().list(new SplittableRandom(7), 50));
  }

  @Test
  void scoreDistributionSamplesMatchTheirProbabilities() {
    ScoreDistribution distribution = ScoreDistribution.ofCategoryShares(0.2, 0.3, 0.5);
    assertThat(distribution.probabilityOf(9)).isCloseTo(0.25, within(1e-12));
    assertThat(distribution.probabilityOf(7)).isCloseTo(0.15, within(1e-12));
    assertThat(distribution.probabilityOf(0)).isCloseTo(0.2 / 7, within(1e-12));
    assertThat(distribution.netPromoterScore()).isCloseTo(30.0, within(1e-9));

    int draws = 200_000;
    long[] counts = new long[11];
    SplittableRandom random = new SplittableRandom(11);
    for (int i = 0; i < draws; i++) {
      counts[distribution.sample(random)]++;
    }
    for (int score = 0; score <= 10; score++) {
      double p = distribution.probabilityOf(score);
      // Five binomial standard errors: a false alarm about once in 1.7 million per score.
      double tolerance = 5 * Math.sqrt(p * (1 - p) / draws);
      assertThat((double) counts[score] / draws).as("score %d", score)
          .isCloseTo(p, within(tolerance));
    }
  }

  @Test
  void zeroWeightScoresAreNeverDrawn() {
    ScoreDistribution onlyTens = ScoreDistribution.ofWeights(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1);
    ScoreDistribution onlyZeros = ScoreDistribution.ofWeights(1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    SplittableRandom random = new SplittableRandom(3);
    for (int i = 0; i < 10_000; i++) {
      assertThat(onlyTens.sample(random)).isEqualTo(10);
      assertThat(onlyZeros.sample(random)).isZero();
    }
  }

  @Test
  void distributionsRejectBadWeights() {
    assertThatThrownBy(() -> ScoreDistribution.ofWeights(1, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Expected 11 weights");
    assertThatThrownBy(() -> ScoreDistribution.ofWeights(new double[11]))
        .hasMessage("At least one score must have a positive weight");
    double[] negative = new double[11];
    negative[3] = -1;
    assertThatThrownBy(() -> ScoreDistribution.ofWeights(negative))
        .hasMessageContaining("Invalid weight -1.0 for score 3");
    assertThatThrownBy(() -> NpsGenerators.scores(ScoreDistribution.uniform(Scale.ONE_TO_FIVE)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void summariesStayWithinTheirSizeAndIncludeTheEdgeCases() {
    SplittableRandom random = new SplittableRandom(5);
    List<NpsSummary> summaries = NpsGenerators.summaries(100).list(random, 2_000);
    assertThat(summaries).allSatisfy(s -> assertThat(s.answered()).isBetween(0L, 100L));
    assertThat(summaries).anyMatch(NpsSummary::isEmpty);
    assertThat(summaries).anyMatch(s -> !s.isEmpty() && s.promoters() == s.count());
    assertThat(summaries).anyMatch(s -> !s.isEmpty() && s.detractors() == s.count());
    assertThat(summaries).anyMatch(s -> s.missing() + s.declined() > 0);
    assertThatThrownBy(() -> NpsGenerators.summaries(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void defaultResponsesHaveTheDocumentedShape() {
    List<Response> responses = NpsGenerators.responses().list(new SplittableRandom(9), 3_000);
    Instant from = Instant.parse("2024-01-01T00:00:00Z");
    Instant to = Instant.parse("2027-01-01T00:00:00Z");
    assertThat(responses)
        .allSatisfy(
            r -> {
              assertThat(r.answeredAt()).isBetween(from, to);
              assertThat(r.attributes().keySet())
                  .containsExactly(
                      "companySize", "industry", "leadType", "product", "rep", "role", "team");
              assertThat(r.touchpoint()).get().matches(Touchpoint::isStandard);
              assertThat(r.respondentId()).matches("r-\\d{4}");
              assertThat(r.weight()).isEmpty();
            });
    long promoters = responses.stream().filter(r -> r.category() == Category.PROMOTER).count();
    // 45 % promoters; five standard errors of a share from 3,000 draws is 0.045.
    assertThat((double) promoters / responses.size()).isCloseTo(0.45, within(0.045));
    assertThat(responses).anyMatch(r -> r.comment().isPresent());
    assertThat(responses).anyMatch(r -> r.comment().isEmpty());
  }

  @Test
  void responseGeneratorIsConfigurable() {
    Instant from = Instant.parse("2026-01-01T00:00:00Z");
    Instant to = Instant.parse("2026-02-01T00:00:00Z");
    ResponseGenerator generator =
        NpsGenerators.responses()
            .withScores(ScoreDistribution.ofWeights(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1))
            .withAnsweredBetween(from, to)
            .withTouchpoints(List.of(Touchpoint.of("webinar")))
            .withAttributes(Map.of("region", List.of("EMEA")))
            .withRespondents(3)
            .withCommentShare(0)
            .withWeights(2, 4);
    for (Response response : generator.list(new SplittableRandom(1), 500)) {
      assertThat(response.score()).isEqualTo(Score.of(10));
      assertThat(response.answeredAt()).isBetween(from, to);
      assertThat(response.touchpoint()).contains(Touchpoint.of("webinar"));
      assertThat(response.attributes()).isEqualTo(Map.of("region", "EMEA"));
      assertThat(response.respondentId()).isIn("r-0000", "r-0001", "r-0002");
      assertThat(response.comment()).isEmpty();
      assertThat(response.weight().getAsDouble()).isBetween(2.0, 4.0);
    }
    assertThatThrownBy(() -> generator.withAnsweredBetween(to, from))
        .hasMessageContaining("from must be before to");
    assertThatThrownBy(() -> generator.withTouchpoints(List.of()))
        .hasMessage("The touchpoints must not be empty");
    assertThatThrownBy(() -> generator.withWeights(3, 1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void generatorsMapAndStream() {
    Generator<Integer> values = NpsGenerators.scores().map(Score::value);
    assertThat(values.stream(new SplittableRandom(2)).limit(100)).allMatch(v -> v >= 0 && v <= 10);
    assertThatThrownBy(() -> values.list(new SplittableRandom(2), -1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
