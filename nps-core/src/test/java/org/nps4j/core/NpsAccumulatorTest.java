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
    assertThatThrownBy(() -> standard.combine(NpsAccumulator.create(Scale.ONE_TO_TEN)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("different scales");
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
