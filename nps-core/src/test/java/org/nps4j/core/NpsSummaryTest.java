package org.nps4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NpsSummaryTest {

  /** Counts per score 0..10 from a list of scores. */
  private static NpsSummary ofScores(int... scores) {
    NpsAccumulator accumulator = NpsAccumulator.create();
    accumulator.addAll(scores);
    return accumulator.snapshot();
  }

  @Test
  void npsIsPromoterShareMinusDetractorShareWithPassivesInTheDenominator() {
    NpsSummary summary = NpsSummary.ofCounts(20, 30, 50);
    // 50 % promoters - 20 % detractors = 30 points; the 30 passives count in n = 100.
    assertThat(summary.count()).isEqualTo(100);
    assertThat(summary.netPromoterScore()).isEqualTo(30.0);
    assertThat(summary.promoterShare()).isEqualTo(0.50);
    assertThat(summary.passiveShare()).isEqualTo(0.30);
    assertThat(summary.detractorShare()).isEqualTo(0.20);
    assertThat(summary.countOf(Category.PASSIVE)).isEqualTo(30);
  }

  @Test
  void ignoringPassivesWouldBeWrong() {
    // One promoter and one passive: 50, not the 100 one gets by dropping the passive.
    assertThat(ofScores(10, 8).netPromoterScore()).isEqualTo(50.0);
  }

  @Test
  void allPromotersIsPlusHundredAndAllDetractorsMinusHundred() {
    assertThat(ofScores(9, 10, 9).netPromoterScore()).isEqualTo(100.0);
    assertThat(ofScores(0, 6, 3).netPromoterScore()).isEqualTo(-100.0);
  }

  @Test
  void emptySampleHasNoNpsNeverZero() {
    NpsSummary empty = NpsSummary.empty();
    assertThat(empty.isEmpty()).isTrue();
    assertThat(empty.count()).isZero();
    assertThatThrownBy(empty::netPromoterScore)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("NPS is undefined for an empty sample");
    assertThatThrownBy(empty::promoterShare).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(empty::netPromoterScoreExact).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> empty.roundedNetPromoterScore(0))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> empty.categoryPercentages(0))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(empty::standardError).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(empty::confidenceInterval).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(empty::meanScore).isInstanceOf(IllegalStateException.class);
    assertThat(empty.toString()).contains("nps=undefined");
  }

  @Test
  void scoreCountsGiveTheDistributionAndCategoryTotals() {
    long[] counts = {1, 0, 2, 0, 0, 3, 4, 5, 6, 7, 8};
    NpsSummary summary = NpsSummary.ofScoreCounts(counts);
    counts[0] = 99; // the summary keeps its own copy
    assertThat(summary.detractors()).isEqualTo(1 + 2 + 3 + 4);
    assertThat(summary.passives()).isEqualTo(5 + 6);
    assertThat(summary.promoters()).isEqualTo(7 + 8);
    assertThat(summary.count()).isEqualTo(36);
    assertThat(summary.countOf(Score.of(0))).isEqualTo(1);
    assertThat(summary.countOf(10)).isEqualTo(8);
    assertThat(summary.scoreCounts()).containsExactly(1, 0, 2, 0, 0, 3, 4, 5, 6, 7, 8);
    // (15 - 10) / 36 * 100
    assertThat(summary.netPromoterScore()).isCloseTo(500.0 / 36, within(1e-12));
  }

  @Test
  void scoreCountsAreValidated() {
    assertThatThrownBy(() -> NpsSummary.ofScoreCounts(new long[10]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Expected 11 counts")
        .hasMessageContaining("got 10");
    long[] negative = new long[11];
    negative[4] = -1;
    assertThatThrownBy(() -> NpsSummary.ofScoreCounts(negative))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid count for score 4 -1: must be >= 0");
    assertThatThrownBy(() -> NpsSummary.ofCounts(-1, 0, 0))
        .hasMessage("Invalid detractor count -1: must be >= 0");
  }

  @Test
  void exactNpsIsAFractionInLowestTerms() {
    // One promoter, two passives: 100 * 1 / 3.
    assertThat(ofScores(9, 7, 8).netPromoterScoreExact()).isEqualTo(BigFraction.of(100, 3));
    assertThat(NpsSummary.ofCounts(2, 0, 1).netPromoterScoreExact())
        .isEqualTo(BigFraction.of(-100, 3));
    // Large counts do not overflow: 100 * (Long.MAX_VALUE / 2) / (Long.MAX_VALUE / 2 + 1).
    long half = Long.MAX_VALUE / 2;
    BigFraction exact = NpsSummary.ofCounts(0, 1, half).netPromoterScoreExact();
    assertThat(exact.getNumerator().multiply(BigInteger.valueOf(half + 1)))
        .isEqualTo(BigInteger.valueOf(100).multiply(BigInteger.valueOf(half))
            .multiply(exact.getDenominator()));
  }

  @ParameterizedTest(name = "{0} promoters, {1} passives, {2} detractors -> {3} / {4}")
  @CsvSource({
    // 1 promoter, 7 passives: exactly 12.5 rounds away from zero to 13.
    "1, 7, 0, 13, 12.5",
    "0, 7, 1, -13, -12.5",
    // 100/3 = 33.333...
    "1, 2, 0, 33, 33.3",
    // 200/3 = 66.666...
    "2, 1, 0, 67, 66.7",
    // 1 / 2000 * 100 = 0.05 exactly: one decimal rounds away from zero.
    "1, 1999, 0, 0, 0.1",
    "0, 1999, 1, 0, -0.1",
    // 0.5 exactly: the integer rounds away from zero.
    "1, 199, 0, 1, 0.5",
    "0, 199, 1, -1, -0.5",
  })
  void displayRoundingIsHalfAwayFromZero(
      long promoters, long passives, long detractors, String integer, String oneDecimal) {
    NpsSummary summary = NpsSummary.ofCounts(detractors, passives, promoters);
    assertThat(summary.roundedNetPromoterScore(0)).isEqualTo(new BigDecimal(integer));
    assertThat(summary.roundedNetPromoterScore(1)).isEqualTo(new BigDecimal(oneDecimal));
  }

  @Test
  void decimalPlacesAreValidated() {
    NpsSummary summary = ofScores(9);
    assertThatThrownBy(() -> summary.roundedNetPromoterScore(-1))
        .hasMessage("Invalid value for decimal places (valid values 0 - 15): -1");
    assertThatThrownBy(() -> summary.categoryPercentages(16))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void percentagesAddUpToHundredByLargestRemainder() {
    // 67/67/66 of 200: 33.5, 33.5, 33.0. Rounding each gives 34 + 34 + 33 = 101; largest
    // remainder truncates to 33 + 33 + 33 and gives the one missing unit to the first of the two
    // tied remainders (equal counts, so promoters first).
    CategoryPercentages whole = NpsSummary.ofCounts(66, 67, 67).categoryPercentages(0);
    assertThat(whole.promoters()).isEqualTo(new BigDecimal("34"));
    assertThat(whole.passives()).isEqualTo(new BigDecimal("33"));
    assertThat(whole.detractors()).isEqualTo(new BigDecimal("33"));
    assertThat(whole.total()).isEqualTo(new BigDecimal("100"));

    // Thirds at one decimal: 33.3 + 33.3 + 33.3 = 99.9, the missing 0.1 to promoters (tie).
    CategoryPercentages thirds = NpsSummary.ofCounts(1, 1, 1).categoryPercentages(1);
    assertThat(thirds.promoters()).isEqualTo(new BigDecimal("33.4"));
    assertThat(thirds.passives()).isEqualTo(new BigDecimal("33.3"));
    assertThat(thirds.detractors()).isEqualTo(new BigDecimal("33.3"));

    // 1/7 = 14.285..., 2/7 = 28.571..., 4/7 = 57.142...: floors 14 + 28 + 57 = 99, the largest
    // remainder (0.571 of 2/7) gets the unit: 14 / 29 / 57.
    CategoryPercentages sevenths = NpsSummary.ofCounts(1, 2, 4).categoryPercentages(0);
    assertThat(sevenths.detractors()).isEqualTo(new BigDecimal("14"));
    assertThat(sevenths.passives()).isEqualTo(new BigDecimal("29"));
    assertThat(sevenths.promoters()).isEqualTo(new BigDecimal("57"));

    // An exact split needs no adjustment.
    CategoryPercentages exact = NpsSummary.ofCounts(1, 1, 2).categoryPercentages(1);
    assertThat(exact.promoters()).isEqualTo(new BigDecimal("50.0"));
    assertThat(exact.detractors()).isEqualTo(new BigDecimal("25.0"));
  }

  @Test
  void meanMedianAndDistributionOfAnsweredScores() {
    NpsSummary summary = ofScores(0, 10, 9, 9);
    assertThat(summary.meanScore()).isEqualTo(28.0 / 4);
    assertThat(summary.medianScore()).isEqualTo(9.0);
    assertThat(ofScores(3, 7, 10).medianScore()).isEqualTo(7.0);
    assertThat(ofScores(6, 9).medianScore()).isEqualTo(7.5);
    assertThat(ofScores(5).medianScore()).isEqualTo(5.0);
  }

  @Test
  void categoryOnlyCountsHaveNoScoreDistribution() {
    NpsSummary mixed = ofScores(9, 3).plus(NpsSummary.ofCounts(1, 1, 1));
    assertThat(mixed.hasScoreCounts()).isFalse();
    assertThat(mixed.count()).isEqualTo(5);
    assertThat(mixed.promoters()).isEqualTo(2);
    assertThat(mixed.detractors()).isEqualTo(2);
    assertThatThrownBy(() -> mixed.countOf(9))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Score-level counts are unknown: 3 answers were counted by category only");
    assertThatThrownBy(mixed::meanScore).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(mixed::scoreCounts).isInstanceOf(IllegalStateException.class);
    assertThat(mixed.netPromoterScore()).isEqualTo(0.0);
  }

  @Test
  void unansweredSurveysAreExcludedByDefaultButAlwaysReported() {
    NpsAccumulator accumulator = NpsAccumulator.create();
    accumulator.addAll(10, 10, 3);
    accumulator.addMissing();
    accumulator.addMissing();
    accumulator.addDeclined();
    NpsSummary summary = accumulator.snapshot();
    assertThat(summary.count()).isEqualTo(3);
    assertThat(summary.answered()).isEqualTo(3);
    assertThat(summary.missing()).isEqualTo(2);
    assertThat(summary.declined()).isEqualTo(1);
    // (2 - 1) / 3
    assertThat(summary.netPromoterScore()).isCloseTo(100.0 / 3, within(1e-12));
  }

  @Test
  void unansweredSurveysCanCountAsPassives() {
    NpsAccumulator accumulator =
        NpsAccumulator.create(Scale.STANDARD, UnansweredPolicy.COUNT_AS_PASSIVE);
    accumulator.addAll(10, 10, 3);
    accumulator.addMissing();
    accumulator.addMissing();
    accumulator.addDeclined();
    NpsSummary summary = accumulator.snapshot();
    assertThat(summary.count()).isEqualTo(6);
    assertThat(summary.answered()).isEqualTo(3);
    assertThat(summary.passives()).isEqualTo(3);
    // (2 - 1) / 6
    assertThat(summary.netPromoterScore()).isCloseTo(100.0 / 6, within(1e-12));
    // The distribution and the mean describe the three answered scores only.
    assertThat(summary.meanScore()).isCloseTo(23.0 / 3, within(1e-12));
    assertThat(summary.toString()).contains("unanswered=COUNT_AS_PASSIVE");
  }

  @Test
  void summariesOfDifferentScalesOrPoliciesRefuseToMerge() {
    NpsSummary standard = ofScores(9);
    NpsAccumulator stars = NpsAccumulator.create(Scale.ONE_TO_FIVE);
    stars.add(5);
    assertThatThrownBy(() -> standard.plus(stars.snapshot()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Cannot combine tallies on different scales: Scale[0-10")
        .hasMessageContaining("Scale[1-5");
    NpsAccumulator countAsPassive =
        NpsAccumulator.create(Scale.STANDARD, UnansweredPolicy.COUNT_AS_PASSIVE);
    countAsPassive.add(8);
    NpsSummary passive = countAsPassive.snapshot();
    assertThatThrownBy(() -> standard.plus(passive))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Cannot combine tallies with different unanswered policies: EXCLUDE and"
                + " COUNT_AS_PASSIVE");
  }

  @Test
  void unansweredSurveysAloneAreNoDataEvenWhenCountedAsPassive() {
    NpsAccumulator accumulator =
        NpsAccumulator.create(Scale.STANDARD, UnansweredPolicy.COUNT_AS_PASSIVE);
    accumulator.addMissing(2);
    accumulator.addDeclined();
    NpsSummary blanks = accumulator.snapshot();
    assertThat(blanks.count()).isEqualTo(3);
    assertThat(blanks.isEmpty()).isTrue();
    assertThatThrownBy(blanks::netPromoterScore)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("NPS is undefined for an empty sample (no answered scores, 3 unanswered)");
    assertThatThrownBy(blanks::confidenceInterval).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(blanks::meanScore)
        .hasMessageStartingWith("NPS is undefined for an empty sample");
  }

  @Test
  void medianIsRightAtTheLargestCount() {
    long[] counts = new long[11];
    counts[10] = Long.MAX_VALUE;
    assertThat(NpsSummary.ofScoreCounts(counts).medianScore()).isEqualTo(10.0);
    counts[10] = Long.MAX_VALUE - 1;
    counts[0] = 1;
    // MAX_VALUE answers, odd: the middle one, rank 2^62, is a 10.
    assertThat(NpsSummary.ofScoreCounts(counts).medianScore()).isEqualTo(10.0);
  }

  @Test
  void emptyIsTheIdentityOfPlusOnEveryScaleAndPolicy() {
    NpsAccumulator stars = NpsAccumulator.create(Scale.ONE_TO_FIVE, UnansweredPolicy.COUNT_AS_PASSIVE);
    stars.addAll(5, 2);
    NpsSummary summary = stars.snapshot();
    assertThat(NpsSummary.empty().plus(summary)).isEqualTo(summary);
    assertThat(summary.plus(NpsSummary.empty())).isEqualTo(summary);
    assertThat(
            java.util.stream.Stream.of(summary, summary).reduce(NpsSummary.empty(), NpsSummary::plus)
                .count())
        .isEqualTo(4);
  }

  @Test
  void categoryCountsOnAnotherScale() {
    NpsSummary stars = NpsSummary.ofCounts(Scale.ONE_TO_FIVE, 1, 2, 3);
    assertThat(stars.scale()).isEqualTo(Scale.ONE_TO_FIVE);
    // (3 - 1) / 6
    assertThat(stars.netPromoterScore()).isCloseTo(100.0 / 3, within(1e-12));
  }

  @Test
  void otherScalesUseTheirOwnCutPoints() {
    NpsAccumulator stars = NpsAccumulator.create(Scale.ONE_TO_FIVE);
    stars.addAll(5, 5, 4, 3, 1);
    NpsSummary summary = stars.snapshot();
    assertThat(summary.promoters()).isEqualTo(2);
    assertThat(summary.passives()).isEqualTo(1);
    assertThat(summary.detractors()).isEqualTo(2);
    assertThat(summary.netPromoterScore()).isEqualTo(0.0);
    assertThat(summary.countOf(5)).isEqualTo(2);
    assertThat(summary.meanScore()).isEqualTo(18.0 / 5);
    assertThatThrownBy(() -> stars.add(Score.of(0)))
        .hasMessage("Invalid value for score on scale 1-5 (valid values 1 - 5): 0");
  }

  @Test
  void plusIsExactAndEmptyIsItsIdentity() {
    NpsSummary a = ofScores(1, 9, 9);
    NpsSummary b = ofScores(7, 10);
    assertThat(a.plus(b)).isEqualTo(ofScores(1, 9, 9, 7, 10)).isEqualTo(b.plus(a));
    assertThat(a.plus(NpsSummary.empty())).isEqualTo(a);
    assertThat(NpsSummary.empty().plus(a)).isEqualTo(a);
  }

  @Test
  void equalityIsExactOverEveryCount() {
    assertThat(ofScores(9, 0)).isEqualTo(ofScores(0, 9)).hasSameHashCodeAs(ofScores(0, 9));
    // Same categories, different scores: not equal.
    assertThat(ofScores(9, 0)).isNotEqualTo(ofScores(10, 0));
    // Same categories, known versus unknown scores: not equal.
    assertThat(ofScores(9, 0)).isNotEqualTo(NpsSummary.ofCounts(1, 0, 1));
  }

  @Test
  void countsOverflowWithAnArithmeticException() {
    long[] counts = new long[11];
    counts[9] = Long.MAX_VALUE;
    counts[10] = 1;
    assertThatThrownBy(() -> NpsSummary.ofScoreCounts(counts))
        .isInstanceOf(ArithmeticException.class);
    NpsAccumulator accumulator = NpsAccumulator.create();
    accumulator.add(9, Long.MAX_VALUE);
    assertThatThrownBy(() -> accumulator.add(9)).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> accumulator.add(9, 1)).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> NpsSummary.ofCounts(Long.MAX_VALUE, 0, 1).plus(NpsSummary.empty()))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void toStringIsDiagnostic() {
    assertThat(NpsSummary.ofCounts(20, 30, 50))
        .hasToString(
            "NpsSummary[n=100, promoters=50, passives=30, detractors=20, nps=30.0, missing=0,"
                + " declined=0, scale=0-10]");
  }
}
