package org.nps4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class NpsAccumulatorTest {

  @Test
  void addsIntsScoresRepeatsAndIterables() {
    NpsAccumulator accumulator = NpsAccumulator.create();
    accumulator.add(10);
    accumulator.add(Score.of(9));
    accumulator.add(0, 3);
    accumulator.addAll(List.of(Score.of(7), Score.of(8)));
    accumulator.addAll(5, 6);
    NpsSummary summary = accumulator.snapshot();
    assertThat(summary.promoters()).isEqualTo(2);
    assertThat(summary.passives()).isEqualTo(2);
    assertThat(summary.detractors()).isEqualTo(5);
    assertThat(accumulator.count()).isEqualTo(9);
  }

  @Test
  void rejectsValuesOffTheScaleAndNegativeRepeats() {
    NpsAccumulator accumulator = NpsAccumulator.create();
    assertThatThrownBy(() -> accumulator.add(11))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value for Score (valid values 0 - 10): 11");
    assertThatThrownBy(() -> accumulator.add(-1)).hasMessageContaining("): -1");
    assertThatThrownBy(() -> accumulator.add(9, -2))
        .hasMessage("Invalid occurrences -2: must be >= 0");
    assertThat(accumulator.snapshot().isEmpty()).isTrue();
  }

  @Test
  void snapshotIsIndependentOfLaterAdditions() {
    NpsAccumulator accumulator = NpsAccumulator.create();
    accumulator.add(9);
    NpsSummary before = accumulator.snapshot();
    accumulator.add(0);
    assertThat(before.count()).isEqualTo(1);
    assertThat(accumulator.snapshot().count()).isEqualTo(2);
  }

  @Test
  void combineAndAddAllSummaryAreExactAddition() {
    NpsAccumulator left = NpsAccumulator.create();
    left.addAll(9, 9, 3);
    left.addMissing();
    NpsAccumulator right = NpsAccumulator.create();
    right.addAll(7, 10);
    right.addDeclined();
    NpsAccumulator viaSummary = NpsAccumulator.create();
    viaSummary.addAll(left.snapshot());
    viaSummary.addAll(right.snapshot());

    NpsSummary combined = left.combine(right).snapshot();
    assertThat(combined).isEqualTo(viaSummary.snapshot());
    assertThat(combined.count()).isEqualTo(5);
    assertThat(combined.missing()).isEqualTo(1);
    assertThat(combined.declined()).isEqualTo(1);
    assertThat(combined.scoreCounts()).containsExactly(0, 0, 0, 1, 0, 0, 0, 1, 0, 2, 1);
  }

  @Test
  void combineRefusesAnotherScale() {
    NpsAccumulator standard = NpsAccumulator.create();
    NpsAccumulator oneToTen = NpsAccumulator.create(Scale.ONE_TO_TEN);
    // An accumulator that counted nothing holds no answers of any scale and combines freely.
    assertThat(standard.combine(oneToTen).snapshot().isEmpty()).isTrue();
    oneToTen.add(1);
    assertThatThrownBy(() -> standard.combine(oneToTen))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("different scales");
  }

  @Test
  void anOverflowIsRefusedBeforeAnythingIsAddedSoTheTallyStaysUsable() {
    NpsAccumulator accumulator = NpsAccumulator.create();
    accumulator.add(10, Long.MAX_VALUE - 1);
    // Each slot would fit, but the total would not: refused up front, with the counts named.
    assertThatThrownBy(() -> accumulator.add(0, 5))
        .isInstanceOf(ArithmeticException.class)
        .hasMessage(
            "NPS tally overflows a long: " + (Long.MAX_VALUE - 1) + " counted, 5 more;"
                + " nothing was added");
    accumulator.add(0);
    assertThatThrownBy(() -> accumulator.add(0)).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(accumulator::addMissing).isInstanceOf(ArithmeticException.class);

    NpsAccumulator other = NpsAccumulator.create();
    other.addAll(3, 5, 5);
    assertThatThrownBy(() -> accumulator.combine(other)).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> accumulator.addAll(other.snapshot()))
        .isInstanceOf(ArithmeticException.class);

    NpsSummary summary = accumulator.snapshot();
    assertThat(summary.count()).isEqualTo(Long.MAX_VALUE);
    assertThat(summary.countOf(10)).isEqualTo(Long.MAX_VALUE - 1);
    assertThat(summary.countOf(0)).isEqualTo(1);
    assertThat(summary.countOf(3)).isZero();
    assertThat(accumulator.toString()).startsWith("NpsAccumulator[NpsSummary[n=" + Long.MAX_VALUE);
  }

  @Test
  void unansweredSurveysCanBeAddedInBulk() {
    NpsAccumulator accumulator = NpsAccumulator.create();
    accumulator.add(9, 40);
    accumulator.addMissing(1_000_000);
    accumulator.addDeclined(7);
    NpsSummary summary = accumulator.snapshot();
    assertThat(summary.missing()).isEqualTo(1_000_000);
    assertThat(summary.declined()).isEqualTo(7);
    assertThat(summary.count()).isEqualTo(40);
    assertThat(accumulator.count()).isEqualTo(40);
    assertThatThrownBy(() -> accumulator.addMissing(-1))
        .hasMessage("Invalid missing count -1: must be >= 0");
  }

  @Test
  void hostObjectsWithoutAnAnswerAreCountedAsMissing() {
    record Survey(Integer score) {}
    List<Survey> surveys = List.of(new Survey(10), new Survey(null), new Survey(2), new Survey(null));
    java.util.function.Function<Survey, java.util.OptionalInt> answer =
        s -> s.score() == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(s.score());
    NpsSummary excluded =
        surveys.stream()
            .collect(NpsCollectors.toSummary(Scale.STANDARD, UnansweredPolicy.EXCLUDE, answer));
    assertThat(excluded.count()).isEqualTo(2);
    assertThat(excluded.missing()).isEqualTo(2);
    assertThat(excluded.netPromoterScore()).isEqualTo(0.0);
    NpsSummary asPassive =
        surveys.stream()
            .collect(
                NpsCollectors.toSummary(Scale.STANDARD, UnansweredPolicy.COUNT_AS_PASSIVE, answer));
    assertThat(asPassive.count()).isEqualTo(4);
    assertThat(asPassive.passives()).isEqualTo(2);
  }

  @Test
  void weightedCollectorTakesAScale() {
    WeightedNpsSummary stars =
        java.util.stream.Stream.of(5, 4, 1)
            .collect(NpsCollectors.toWeightedSummary(Scale.ONE_TO_FIVE, s -> s, s -> 2.0));
    // On 1-5, 5 is a promoter, 4 a passive and 1 a detractor: (2 - 2) / 6 = 0.
    assertThat(stars.netPromoterScore()).isEqualTo(0.0);
    assertThat(stars.passiveWeight()).isEqualTo(2.0);
  }

  @Test
  void resetClearsEverything() {
    NpsAccumulator accumulator = NpsAccumulator.create();
    accumulator.addAll(1, 2, 9);
    accumulator.addMissing();
    accumulator.reset();
    assertThat(accumulator.snapshot()).isEqualTo(NpsSummary.empty());
  }

  @Test
  void collectorsTallyScoresAndHostObjects() {
    record Deal(String rep, int npsScore) {}
    List<Deal> deals = List.of(new Deal("ana", 10), new Deal("ben", 6), new Deal("ana", 8));
    NpsSummary fromHost = deals.stream().collect(NpsCollectors.toSummary(Deal::npsScore));
    NpsSummary fromScores =
        Stream.of(10, 6, 8).map(Score::of).collect(NpsCollectors.toSummary());
    assertThat(fromHost).isEqualTo(fromScores);
    assertThat(fromHost.netPromoterScore()).isEqualTo(0.0);

    NpsSummary stars =
        Stream.of(5, 4, 5).collect(NpsCollectors.toSummary(Scale.ONE_TO_FIVE, Integer::intValue));
    assertThat(stars.scale()).isEqualTo(Scale.ONE_TO_FIVE);
    assertThat(stars.promoters()).isEqualTo(2);
  }

  @Test
  void collectorRejectsScoresOffTheScale() {
    assertThatThrownBy(
            () -> IntStream.of(3, 12).boxed().collect(NpsCollectors.toSummary(Integer::intValue)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value for Score (valid values 0 - 10): 12");
  }

  @Test
  void parallelStreamEqualsSequential() {
    int[] scores = IntStream.range(0, 100_000).map(i -> (i * 7919) % 11).toArray();
    NpsSummary sequential =
        IntStream.of(scores).boxed().collect(NpsCollectors.toSummary(Integer::intValue));
    NpsSummary parallel =
        IntStream.of(scores).boxed().parallel().collect(NpsCollectors.toSummary(Integer::intValue));
    assertThat(parallel).isEqualTo(sequential);
    assertThat(sequential.count()).isEqualTo(100_000);
  }
}
