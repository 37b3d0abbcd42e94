package org.nps4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.nps4j.core.ConfidenceLevelsTest.Z90;
import static org.nps4j.core.ConfidenceLevelsTest.Z95;
import static org.nps4j.core.ConfidenceLevelsTest.Z99;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Standard error, variance and the one-sample confidence intervals of {@link NpsSummary}.
 *
 * <p>Expected values come from the formulas of DOMAIN.md ("Statistics"), written out below with
 * plain doubles: per respondent promoter +1, passive 0, detractor -1; N = pP - pD; V = (pP + pD) -
 * N^2; SE = sqrt(V / n); on the 100 scale N and SE times 100, V times 10^4. The quantiles are the
 * tabled ones of {@link ConfidenceLevelsTest}.
 */
class ConfidenceIntervalTest {
  /** Tolerance on the 100 scale. */
  private static final Offset<Double> TIGHT = within(1e-9);

  /** The running example: 50 promoters, 30 passives, 20 detractors (n = 100). */
  private static final NpsSummary FIFTY_THIRTY_TWENTY = NpsSummary.ofCounts(20, 30, 50);

  /** N = pP - pD on the unit scale, from (possibly fractional) counts. */
  private static double nps(double promoters, double passives, double detractors) {
    double n = promoters + passives + detractors;
    return promoters / n - detractors / n;
  }

  /** SE = sqrt(V / n) on the unit scale, V = (pP + pD) - (pP - pD)^2. */
  private static double standardError(double promoters, double passives, double detractors) {
    double n = promoters + passives + detractors;
    double pP = promoters / n;
    double pD = detractors / n;
    double v = (pP + pD) - (pP - pD) * (pP - pD);
    return Math.sqrt(v / n);
  }

  private static void assertInterval(
      Interval actual, double estimate, double unclampedLower, double unclampedUpper, double level) {
    assertThat(actual.estimate()).as("estimate").isCloseTo(estimate, TIGHT);
    assertThat(actual.unclampedLower()).as("unclamped lower").isCloseTo(unclampedLower, TIGHT);
    assertThat(actual.unclampedUpper()).as("unclamped upper").isCloseTo(unclampedUpper, TIGHT);
    assertThat(actual.lower())
        .as("clamped lower")
        .isCloseTo(Math.max(-100, Math.min(100, unclampedLower)), TIGHT);
    assertThat(actual.upper())
        .as("clamped upper")
        .isCloseTo(Math.min(100, Math.max(-100, unclampedUpper)), TIGHT);
    assertThat(actual.level()).isEqualTo(level);
  }

  @Nested
  class StandardErrorAndVariance {
    @Test
    void standardErrorOfFiftyThirtyTwentyByHand() {
      // pP = 0.50, pD = 0.20, N = 0.30, V = 0.70 - 0.09 = 0.61, SE = 100 sqrt(0.61 / 100) = 7.8102...
      assertThat(FIFTY_THIRTY_TWENTY.standardError())
          .isCloseTo(100 * Math.sqrt(0.61 / 100), TIGHT)
          .isCloseTo(7.810249675906654, within(1e-12));
    }

    @Test
    void standardErrorFromScoreCountsByHand() {
      // Scores 0:1, 5:2, 7:3, 8:1, 9:2, 10:1 -> 3 detractors, 4 passives, 3 promoters, n = 10.
      // pP = pD = 0.3, N = 0, V = 0.6 - 0 = 0.6, SE = 100 sqrt(0.6 / 10) = 100 sqrt(0.06).
      NpsSummary summary = NpsSummary.ofScoreCounts(new long[] {1, 0, 0, 0, 0, 2, 0, 3, 1, 2, 1});
      assertThat(summary.standardError()).isCloseTo(100 * Math.sqrt(0.06), TIGHT);
      assertThat(summary.variance()).isCloseTo(1e4 * 0.6, within(1e-7));
    }

    @Test
    void varianceIsOnTheTenThousandScaleNotTheHundredScale() {
      // 10^4 * V = 10^4 * 0.61 = 6100. The R package NPS scales by 100 and would report 61.
      assertThat(FIFTY_THIRTY_TWENTY.variance()).isCloseTo(6100.0, within(1e-7));
      // Consistency: SE^2 * n = variance on the same (100) scale.
      double se = FIFTY_THIRTY_TWENTY.standardError();
      assertThat(se * se * 100).isCloseTo(FIFTY_THIRTY_TWENTY.variance(), within(1e-7));
    }

    @Test
    void worstCaseVarianceIsTenThousand() {
      // Half promoters, half detractors: V = 1 - 0 = 1, the maximum; 10^4 on the 100 scale.
      NpsSummary summary = NpsSummary.ofCounts(7, 0, 7);
      assertThat(summary.variance()).isCloseTo(1e4, within(1e-9));
      assertThat(summary.standardError()).isCloseTo(100 * Math.sqrt(1.0 / 14), TIGHT);
    }

    @Test
    void standardErrorIsZeroWhenEveryAnswerIsInOneCategory() {
      // All promoters: V = 1 - 1 = 0. All passives: V = 0 - 0 = 0. All detractors: V = 1 - 1 = 0.
      assertThat(NpsSummary.ofCounts(0, 0, 12).standardError()).isZero();
      assertThat(NpsSummary.ofCounts(0, 12, 0).standardError()).isZero();
      assertThat(NpsSummary.ofCounts(12, 0, 0).standardError()).isZero();
      assertThat(NpsSummary.ofCounts(0, 0, 12).variance()).isZero();
    }

    @Test
    void emptySummaryHasNoStatistics() {
      NpsSummary empty = NpsSummary.empty();
      String message = "NPS is undefined for an empty sample";
      assertThatThrownBy(empty::standardError)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining(message);
      assertThatThrownBy(empty::variance)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining(message);
      assertThatThrownBy(empty::confidenceInterval)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining(message);
      for (IntervalMethod method : IntervalMethod.values()) {
        assertThatThrownBy(() -> empty.confidenceInterval(method, 0.95))
            .as("%s", method)
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining(message);
      }
    }
  }

  @Nested
  class Wald {
    @Test
    void halfWidthAt95PercentIsTheExactQuantileTimesSe() {
      Interval interval = FIFTY_THIRTY_TWENTY.confidenceInterval(IntervalMethod.WALD, 0.95);
      double se = 100 * Math.sqrt(0.61 / 100);
      double halfWidth = (interval.upper() - interval.lower()) / 2;
      assertThat(halfWidth).isCloseTo(Z95 * se, TIGHT);
      // 1.96 * SE would be 2.8e-4 wider: the rounded quantile is not used.
      assertThat(halfWidth).isNotCloseTo(1.96 * se, within(1e-5));
    }

    @ParameterizedTest(name = "level {0}, z = {1}")
    @CsvSource({"0.90, 1.6448536269514722", "0.95, 1.959963984540054", "0.99, 2.5758293035489004"})
    void boundsAreNpsPlusMinusZTimesSe(double level, double z) {
      // 30 +- z * 100 sqrt(0.61 / 100), centred on the raw NPS 30.
      double se = 100 * Math.sqrt(0.61 / 100);
      Interval interval = FIFTY_THIRTY_TWENTY.confidenceInterval(IntervalMethod.WALD, level);
      assertInterval(interval, 30, 30 - z * se, 30 + z * se, level);
    }

    @Test
    void higherLevelGivesAWiderInterval() {
      double w90 = FIFTY_THIRTY_TWENTY.confidenceInterval(IntervalMethod.WALD, 0.90).width();
      double w95 = FIFTY_THIRTY_TWENTY.confidenceInterval(IntervalMethod.WALD, 0.95).width();
      double w99 = FIFTY_THIRTY_TWENTY.confidenceInterval(IntervalMethod.WALD, 0.99).width();
      // Widths are proportional to the quantiles: w99 / w90 = Z99 / Z90.
      assertThat(w90).isLessThan(w95);
      assertThat(w95).isLessThan(w99);
      assertThat(w99 / w90).isCloseTo(Z99 / Z90, within(1e-12));
    }

    @Test
    void boundsOfAnUnevenSampleByFormula() {
      // 13 promoters, 5 passives, 29 detractors (n = 47), NPS below zero.
      NpsSummary summary = NpsSummary.ofCounts(29, 5, 13);
      double centre = 100 * nps(13, 5, 29);
      double margin = Z95 * 100 * standardError(13, 5, 29);
      assertInterval(
          summary.confidenceInterval(IntervalMethod.WALD, 0.95),
          centre,
          centre - margin,
          centre + margin,
          0.95);
      assertThat(centre).isCloseTo(100.0 * (13 - 29) / 47, TIGHT);
    }

    @Test
    void collapsesToZeroWidthWhenAllAnswersArePromoters() {
      // V = 1 - 1 = 0, so SE = 0 and the interval is the point 100.
      Interval interval = NpsSummary.ofCounts(0, 0, 25).confidenceInterval(IntervalMethod.WALD, 0.95);
      assertInterval(interval, 100, 100, 100, 0.95);
      assertThat(interval.width()).isZero();
    }

    @Test
    void upperBoundIsClampedTo100WithTheUnclampedBoundKept() {
      // 9 promoters, 1 passive: N = 0.9, V = 0.9 - 0.81 = 0.09, SE = sqrt(0.09 / 10) = 0.0949,
      // N + z SE = 0.9 + 1.95996 * 0.0949 = 1.0859 > 1: unclamped upper 108.59, clamped 100;
      // lower 71.41 is not clamped.
      Interval interval = NpsSummary.ofCounts(0, 1, 9).confidenceInterval(IntervalMethod.WALD, 0.95);
      double margin = Z95 * 100 * Math.sqrt(0.09 / 10);
      assertInterval(interval, 90, 90 - margin, 90 + margin, 0.95);
      assertThat(interval.unclampedUpper()).isCloseTo(108.59385096913685, within(1e-9));
      assertThat(interval.upper()).isEqualTo(100.0);
      assertThat(interval.lower()).isEqualTo(interval.unclampedLower());
    }

    @Test
    void lowerBoundIsClampedToMinus100WithTheUnclampedBoundKept() {
      // Mirror image: 9 detractors, 1 passive: N = -0.9, unclamped lower -108.59.
      Interval interval = NpsSummary.ofCounts(9, 1, 0).confidenceInterval(IntervalMethod.WALD, 0.95);
      double margin = Z95 * 100 * Math.sqrt(0.09 / 10);
      assertInterval(interval, -90, -90 - margin, -90 + margin, 0.95);
      assertThat(interval.lower()).isEqualTo(-100.0);
      assertThat(interval.upper()).isEqualTo(interval.unclampedUpper());
    }
  }

  @Nested
  class AdjustedWald {
    @Test
    void addsRocksPseudoCountsAndCentresOnTheAdjustedEstimate() {
      // Rocks (2016): +0.75 detractors, +1.5 passives, +0.75 promoters, n' = 103.
      // Adjusted counts 50.75 / 31.5 / 20.75: N' = 30 / 103 = 0.29126 (raw NPS is 0.30).
      double centre = 100 * nps(50.75, 31.5, 20.75);
      double margin = Z95 * 100 * standardError(50.75, 31.5, 20.75);
      Interval interval = FIFTY_THIRTY_TWENTY.confidenceInterval(IntervalMethod.ADJUSTED_WALD, 0.95);
      assertInterval(interval, centre, centre - margin, centre + margin, 0.95);
      assertThat(interval.estimate()).isCloseTo(100.0 * 30 / 103, TIGHT);
      assertThat(interval.estimate()).isNotCloseTo(FIFTY_THIRTY_TWENTY.netPromoterScore(), TIGHT);
    }

    @Test
    void boundsAt99PercentByFormula() {
      // 3 promoters, 4 passives, 3 detractors -> 3.75 / 5.5 / 3.75, n' = 13, N' = 0.
      double margin = Z99 * 100 * standardError(3.75, 5.5, 3.75);
      Interval interval =
          NpsSummary.ofCounts(3, 4, 3).confidenceInterval(IntervalMethod.ADJUSTED_WALD, 0.99);
      assertInterval(interval, 0, -margin, margin, 0.99);
      // By hand: pP' = pD' = 3.75 / 13, V' = 7.5 / 13, SE' = sqrt(7.5) / 13.
      assertThat(margin).isCloseTo(Z99 * 100 * Math.sqrt(7.5) / 13, TIGHT);
    }

    @Test
    void defaultIntervalIsAdjustedWaldAt95Percent() {
      assertThat(FIFTY_THIRTY_TWENTY.confidenceInterval())
          .isEqualTo(FIFTY_THIRTY_TWENTY.confidenceInterval(IntervalMethod.ADJUSTED_WALD, 0.95));
      NpsSummary small = NpsSummary.ofCounts(1, 0, 4);
      assertThat(small.confidenceInterval())
          .isEqualTo(small.confidenceInterval(IntervalMethod.ADJUSTED_WALD, 0.95));
    }

    @Test
    void allPromoterSampleHasNonZeroWidth() {
      // 10 promoters -> 10.75 / 1.5 / 0.75, n' = 13: N' = 10 / 13, V' = 11.5/13 - (10/13)^2 > 0.
      double centre = 100 * nps(10.75, 1.5, 0.75);
      double margin = Z95 * 100 * standardError(10.75, 1.5, 0.75);
      Interval interval =
          NpsSummary.ofCounts(0, 0, 10).confidenceInterval(IntervalMethod.ADJUSTED_WALD, 0.95);
      assertInterval(interval, centre, centre - margin, centre + margin, 0.95);
      assertThat(centre).isCloseTo(100.0 * 10 / 13, TIGHT);
      assertThat(interval.width()).isPositive();
      assertThat(interval.lower()).isLessThan(100);
    }
  }

  @Nested
  class AdjustedWaldZSquaredOverThree {
    @ParameterizedTest(name = "level {0}, z = {1}")
    @CsvSource({"0.90, 1.6448536269514722", "0.95, 1.959963984540054", "0.99, 2.5758293035489004"})
    void addsZSquaredOverThreeToEachCategory(double level, double z) {
      // At 95 %: z^2 / 3 = 3.8414588 / 3 = 1.2804863 per category, n' = 100 + z^2.
      double third = z * z / 3;
      double centre = 100 * nps(50 + third, 30 + third, 20 + third);
      double margin = z * 100 * standardError(50 + third, 30 + third, 20 + third);
      Interval interval =
          FIFTY_THIRTY_TWENTY.confidenceInterval(IntervalMethod.ADJUSTED_WALD_Z2_OVER_3, level);
      assertInterval(interval, centre, centre - margin, centre + margin, level);
      // The centre is (50 - 20) / (100 + z^2).
      assertThat(interval.estimate()).isCloseTo(100 * 30 / (100 + z * z), TIGHT);
    }

    @Test
    void allDetractorSampleHasNonZeroWidth() {
      double third = Z95 * Z95 / 3;
      double centre = 100 * nps(third, third, 8 + third);
      double margin = Z95 * 100 * standardError(third, third, 8 + third);
      Interval interval =
          NpsSummary.ofCounts(8, 0, 0)
              .confidenceInterval(IntervalMethod.ADJUSTED_WALD_Z2_OVER_3, 0.95);
      assertInterval(interval, centre, centre - margin, centre + margin, 0.95);
      assertThat(interval.width()).isPositive();
    }
  }

  @Nested
  class TangoScore {
    /**
     * Tango's score statistic for one multinomial sample at a hypothesised D = pP - pD (Tango 1998;
     * the formula of DOMAIN.md / IntervalMethod.SCORE), written out independently: Z(D) = (b - c -
     * nD) / sqrt(n (2q + D(1 - D))), q = (sqrt(W^2 + 8ncD(1 - D)) - W) / (4n), W = -(b + c) + (2n
     * - b + c) D, with b promoters and c detractors.
     */
    private static double tangoZ(double b, double passives, double c, double d) {
      double n = b + passives + c;
      double w = -(b + c) + (2 * n - b + c) * d;
      double q = (Math.sqrt(w * w + 8 * n * c * d * (1 - d)) - w) / (4 * n);
      return (b - c - n * d) / Math.sqrt(n * (2 * q + d * (1 - d)));
    }

    @ParameterizedTest(name = "{0} promoters, {1} passives, {2} detractors at {3}")
    @CsvSource({
      "50, 30, 20, 0.95",
      "50, 30, 20, 0.99",
      "9, 1, 0, 0.95",
      "0, 1, 9, 0.95",
      "3, 4, 3, 0.90",
      "2, 5, 13, 0.95",
      "120, 60, 20, 0.95",
      "1, 0, 1, 0.95"
    })
    void scoreStatisticAtEachBoundEqualsTheCriticalValue(
        long promoters, long passives, long detractors, double level) {
      double z = level == 0.90 ? Z90 : level == 0.95 ? Z95 : Z99;
      Interval interval =
          NpsSummary.ofCounts(detractors, passives, promoters)
              .confidenceInterval(IntervalMethod.SCORE, level);
      double lower = interval.unclampedLower() / 100;
      double upper = interval.unclampedUpper() / 100;
      // Lower bound: the statistic falls to +z (the sample is above D); upper bound: -z.
      assertThat(tangoZ(promoters, passives, detractors, lower)).isCloseTo(z, within(1e-6));
      assertThat(tangoZ(promoters, passives, detractors, upper)).isCloseTo(-z, within(1e-6));
    }

    @ParameterizedTest(name = "{0} / {1} / {2}: |b - c| / sqrt(b + c) > z is {3}")
    @CsvSource({
      // By hand, z = 1.95996:
      "30, 52, 18, false", // 12 / sqrt(48) = 1.732
      "31, 52, 17, true", //  14 / sqrt(48) = 2.021
      "17, 52, 31, true", // -14 / sqrt(48): excludes 0 from below
      "40, 35, 25, false", // 15 / sqrt(65) = 1.861
      "40, 38, 22, true", //  18 / sqrt(62) = 2.286
      "3, 0, 0, false", //     3 / sqrt(3)  = 1.732
      "4, 0, 0, true", //      4 / sqrt(4)  = 2.000
      "10, 80, 10, false" //   0 / sqrt(20) = 0
    })
    void intervalExcludesZeroExactlyWhenTheScoreTestAgainstZeroRejects(
        long promoters, long passives, long detractors, boolean handExpectation) {
      // The score test against D = 0 is (b - c) / sqrt(b + c) (DOMAIN.md): with D = 0,
      // W = -(b + c), q = (b + c) / (2n), so n V(0) = b + c.
      double scoreAgainstZero = (promoters - detractors) / Math.sqrt(promoters + detractors);
      boolean rejects = Math.abs(scoreAgainstZero) > Z95;
      assertThat(rejects).as("hand calculation").isEqualTo(handExpectation);
      Interval interval =
          NpsSummary.ofCounts(detractors, passives, promoters)
              .confidenceInterval(IntervalMethod.SCORE, 0.95);
      assertThat(interval.contains(0)).isEqualTo(!rejects);
    }

    @Test
    void allPromoterSampleReachesUpTo100AndHasALowerBoundBelow() {
      // b = n, c = 0: W = -n(1 - D), q = (1 - D)/2, V(D) = (1 - D)(1 + D), so |Z(D)| = z gives
      // n(1 - D) = z^2 (1 + D), i.e. D = (n - z^2) / (n + z^2). For n = 10: 44.493 (by hand).
      Interval interval =
          NpsSummary.ofCounts(0, 0, 10).confidenceInterval(IntervalMethod.SCORE, 0.95);
      double z2 = Z95 * Z95;
      assertThat(interval.upper()).isEqualTo(100.0);
      assertThat(interval.lower()).isLessThan(100).isCloseTo(100 * (10 - z2) / (10 + z2), within(1e-8));
      assertThat(interval.estimate()).isEqualTo(100.0);
    }

    @Test
    void allDetractorSampleReachesDownToMinus100() {
      // b = 0, c = n: W = n(3D - 1), sqrt(W^2 + 8n^2 D(1 - D)) = n(1 + D), q = (1 - D)/2,
      // V(D) = (1 - D)(1 + D): the mirror image, upper = -(n - z^2) / (n + z^2).
      Interval interval =
          NpsSummary.ofCounts(10, 0, 0).confidenceInterval(IntervalMethod.SCORE, 0.95);
      double z2 = Z95 * Z95;
      assertThat(interval.lower()).isEqualTo(-100.0);
      assertThat(interval.upper())
          .isGreaterThan(-100)
          .isCloseTo(-100 * (10 - z2) / (10 + z2), within(1e-8));
    }

    @Test
    void allPassiveSampleIsSymmetricAroundZero() {
      // b = c = 0: for D > 0, q = 0 and V = D(1 - D); -nD + z sqrt(n D (1 - D)) = 0 gives
      // D = z^2 / (n + z^2); D < 0 is the mirror image. n = 10: +-27.753 (by hand). Wald collapses.
      Interval interval =
          NpsSummary.ofCounts(0, 10, 0).confidenceInterval(IntervalMethod.SCORE, 0.95);
      double bound = 100 * Z95 * Z95 / (10 + Z95 * Z95);
      assertThat(interval.lower()).isCloseTo(-bound, within(1e-8));
      assertThat(interval.upper()).isCloseTo(bound, within(1e-8));
    }

    @ParameterizedTest(name = "{0} / {1} / {2}")
    @CsvSource({"50, 30, 20", "9, 1, 0", "0, 1, 9", "2, 5, 13", "1, 0, 0", "0, 0, 1", "7, 0, 7"})
    void estimateIsTheRawNpsAndLiesInside(long promoters, long passives, long detractors) {
      NpsSummary summary = NpsSummary.ofCounts(detractors, passives, promoters);
      Interval interval = summary.confidenceInterval(IntervalMethod.SCORE, 0.95);
      double raw = 100.0 * (promoters - detractors) / (promoters + passives + detractors);
      assertThat(interval.estimate()).isCloseTo(raw, TIGHT);
      assertThat(interval.lower()).isLessThanOrEqualTo(raw);
      assertThat(interval.upper()).isGreaterThanOrEqualTo(raw);
    }

    @Test
    void higherLevelGivesAWiderScoreInterval() {
      Interval i95 = FIFTY_THIRTY_TWENTY.confidenceInterval(IntervalMethod.SCORE, 0.95);
      Interval i99 = FIFTY_THIRTY_TWENTY.confidenceInterval(IntervalMethod.SCORE, 0.99);
      assertThat(i99.lower()).isLessThan(i95.lower());
      assertThat(i99.upper()).isGreaterThan(i95.upper());
    }
  }

  @Test
  void nullMethodIsRejected() {
    assertThatThrownBy(() -> FIFTY_THIRTY_TWENTY.confidenceInterval(null, 0.95))
        .isInstanceOf(NullPointerException.class);
  }
}
