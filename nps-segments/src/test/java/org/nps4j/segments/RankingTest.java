package org.nps4j.segments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nps4j.core.Interval;
import org.nps4j.core.IntervalMethod;
import org.nps4j.core.NpsSummary;
import org.nps4j.core.Scale;

/**
 * Rankings of reps. Expected values come from DOMAIN.md's formulas written out here (the adjusted
 * Wald counts add 0.75 detractors, 1.5 passives and 0.75 promoters; V = (pP + pD) - (pP - pD)^2;
 * the interval is the adjusted estimate &plusmn; z sqrt(V / n')), from the empirical-Bayes formulas
 * of {@link Ranking}'s documentation, and from hand calculations shown in the comments.
 */
class RankingTest {
  private static final double Z95 = 1.959963984540054;
  private static final Offset<Double> TIGHT = within(1e-9);

  private static final SegmentKey ANN = SegmentKey.of("Ann");
  private static final SegmentKey BEN = SegmentKey.of("Ben");
  private static final SegmentKey CAI = SegmentKey.of("Cai");
  private static final SegmentKey DEV = SegmentKey.of("Dev");

  /** A summary from promoter, passive and detractor counts (in that order, unlike ofCounts). */
  private static NpsSummary counts(long promoters, long passives, long detractors) {
    return NpsSummary.ofCounts(detractors, passives, promoters);
  }

  /**
   * A team of three reps with n 200 each (NPS 60, 50, 35) and Dev, a new rep with 4 answers, all
   * promoters (NPS 100).
   */
  private static Map<SegmentKey, NpsSummary> teamWithANewRep() {
    Map<SegmentKey, NpsSummary> team = new LinkedHashMap<>();
    team.put(ANN, counts(140, 40, 20));
    team.put(BEN, counts(130, 40, 30));
    team.put(CAI, counts(110, 50, 40));
    team.put(DEV, counts(4, 0, 0));
    return team;
  }

  /** The adjusted Wald estimate, standard error and interval by formula, on the 100 scale. */
  private record Adjusted(double estimate, double variance) {
    static Adjusted of(double promoters, double passives, double detractors) {
      double p = promoters + 0.75;
      double n = p + passives + 1.5 + detractors + 0.75;
      double d = detractors + 0.75;
      double nps = (p - d) / n;
      double perRespondent = (p / n + d / n) - nps * nps;
      return new Adjusted(100 * nps, 10_000 * perRespondent / n);
    }

    double lower(double z) {
      return estimate - z * Math.sqrt(variance);
    }
  }

  private static RankedSegment entry(RankingReport report, SegmentKey key) {
    return report.all().stream().filter(e -> e.segment().equals(key)).findFirst().orElseThrow();
  }

  // --- a rep with 4 answers is not the best ---

  @Test
  void byDefaultARepWithFourAnswersIsListedBelowTheMinimumNotRanked() {
    for (RankingMethod method : RankingMethod.values()) {
      RankingReport report = Ranking.defaults().withMethod(method).rank(teamWithANewRep());
      assertThat(report.ranked()).extracting(RankedSegment::segment).containsExactly(ANN, BEN, CAI);
      assertThat(report.belowMinimumN()).hasSize(1);
      RankedSegment dev = report.belowMinimumN().get(0);
      assertThat(dev.segment()).isEqualTo(DEV);
      assertThat(dev.rank()).isZero();
      assertThat(dev.isRanked()).isFalse();
      assertThat(dev.flags()).containsExactly(SegmentFlag.LOW_N);
      assertThat(dev.rankingScore()).isEmpty();
      assertThat(dev.interval()).isEmpty();
      assertThat(dev.summary()).isEqualTo(counts(4, 0, 0));
      // The overall NPS pools the ranked reps only: 100 * (380 - 90) / 600 = 48.33.
      assertThat(report.overallNps().getAsDouble()).isCloseTo(100.0 * 290 / 600, TIGHT);
    }
  }

  @Test
  void byTheLowerBoundARepWithFourPromotersRanksLast() {
    RankingReport report = Ranking.defaults().withMinimumN(1).rank(teamWithANewRep());

    // Dev: adjusted 4.75 / 1.5 / 0.75, n' 7: estimate 100 * 4/7 = 57.14, V' = 5.5/7 - (4/7)^2 =
    // 0.45918, SE 100 sqrt(0.45918 / 7) = 25.61, lower bound 57.14 - 1.96 * 25.61 = 6.94.
    // Ann: 140.75 / 41.5 / 20.75, n' 203: estimate 59.11, lower bound 49.93 (by hand).
    double devLower = Adjusted.of(4, 0, 0).lower(Z95);
    double annLower = Adjusted.of(140, 40, 20).lower(Z95);
    assertThat(devLower).isCloseTo(6.944, within(1e-3));
    assertThat(annLower).isCloseTo(49.925, within(1e-3));

    assertThat(report.ranked())
        .extracting(RankedSegment::segment)
        .containsExactly(ANN, BEN, CAI, DEV);
    assertThat(report.ranked()).extracting(RankedSegment::rank).containsExactly(1, 2, 3, 4);
    assertThat(entry(report, DEV).rankingScore().getAsDouble()).isCloseTo(devLower, TIGHT);
    assertThat(entry(report, ANN).rankingScore().getAsDouble()).isCloseTo(annLower, TIGHT);
    Interval annInterval = entry(report, ANN).interval().orElseThrow();
    assertThat(annInterval.lower()).isEqualTo(entry(report, ANN).rankingScore().getAsDouble());
    assertThat(annInterval.estimate()).isCloseTo(Adjusted.of(140, 40, 20).estimate(), TIGHT);
    assertThat(report.belowMinimumN()).isEmpty();
    assertThat(report.priorMean()).isEmpty();
    assertThat(report.betweenSegmentVariance()).isEmpty();
  }

  @Test
  void byEmpiricalBayesARepWithFourPromotersIsShrunkBelowTheBestRep() {
    RankingReport report =
        Ranking.defaults()
            .withMethod(RankingMethod.EMPIRICAL_BAYES)
            .withMinimumN(1)
            .rank(teamWithANewRep());

    // By hand (adjusted estimates y and variances s^2):
    //   Ann y 59.1133 s^2 21.977;  Ben 49.2611, 27.237;  Cai 34.4828, 30.906;  Dev 57.1429, 655.98.
    //   tau^2 = 110.48, prior mean 48.4046;
    //   B: Ann 0.8341, Dev 110.48 / (110.48 + 655.98) = 0.1441;
    //   shrunk: Ann 57.3366, Ben 49.0917, Cai 37.5260, Dev 48.4046 + 0.1441 * 8.7383 = 49.6642.
    // Dev's 4 answers move it only a seventh of the way from the team mean: second, not first.
    assertThat(report.ranked())
        .extracting(RankedSegment::segment)
        .containsExactly(ANN, DEV, BEN, CAI);
    assertThat(entry(report, ANN).rankingScore().getAsDouble()).isCloseTo(57.3366, within(1e-4));
    assertThat(entry(report, DEV).rankingScore().getAsDouble()).isCloseTo(49.6642, within(1e-4));
    assertThat(report.betweenSegmentVariance().getAsDouble()).isCloseTo(110.4823, within(1e-4));
    assertThat(report.priorMean().getAsDouble()).isCloseTo(48.4046, within(1e-4));
  }

  @Test
  void byEmpiricalBayesARepWithFourPromotersDoesNotOvertakeRepsWhoAllScore60() {
    Map<SegmentKey, NpsSummary> team = new LinkedHashMap<>();
    team.put(ANN, counts(140, 40, 20));
    team.put(BEN, counts(140, 40, 20));
    team.put(DEV, counts(4, 0, 0));
    RankingReport report =
        Ranking.defaults().withMethod(RankingMethod.EMPIRICAL_BAYES).withMinimumN(1).rank(team);

    // Adjusted estimates 59.1133, 59.1133, 57.1429: Q = 0.0058 < k - 1 = 2, so tau^2 = 0 and every
    // estimate is the prior mean 59.0808: the three tie, Dev is not ahead. (Shrinking Dev's raw
    // NPS of 100 with this variance would have put it strictly first: 60.89 against 60.29.)
    assertThat(report.betweenSegmentVariance().getAsDouble()).isZero();
    assertThat(report.ranked()).extracting(RankedSegment::rank).containsExactly(1, 1, 1);
    assertThat(report.ranked()).allMatch(RankedSegment::tied);
    assertThat(report.ranked()).extracting(RankedSegment::segment).containsExactly(ANN, BEN, DEV);
    assertThat(entry(report, DEV).rankingScore().getAsDouble()).isCloseTo(59.0808, within(1e-4));
  }

  // --- the empirical-Bayes formulas ---

  @Test
  void empiricalBayesMatchesAHandCalculationForThreeReps() {
    Map<SegmentKey, NpsSummary> team = new LinkedHashMap<>();
    team.put(ANN, counts(120, 50, 30));
    team.put(BEN, counts(40, 35, 25));
    team.put(CAI, counts(30, 12, 8));
    RankingReport report = Ranking.defaults().withMethod(RankingMethod.EMPIRICAL_BAYES).rank(team);

    // Adjusted counts and estimates:
    //   Ann 120.75 / 51.5 / 30.75, n' 203: y = 9000/203 = 44.3350, V' = 151.5/203 - (90/203)^2
    //       = 0.549746, s^2 = 10^4 * 0.549746 / 203 = 27.0811
    //   Ben  40.75 / 36.5 / 25.75, n' 103: y = 1500/103 = 14.5631, V' = 0.624423, s^2 = 60.6236
    //   Cai  30.75 / 13.5 /  8.75, n'  53: y = 2200/53 = 41.5094, V' = 0.572980, s^2 = 108.1094
    // w = 1/s^2 = 0.036926, 0.016495, 0.009250; sum 0.062671; m = sum(w y) / sum(w) = 36.0819;
    // Q = sum w (y - m)^2 = 10.4259; c = sum w - sum w^2 / sum w = 0.035207;
    // tau^2 = (10.4259 - 2) / 0.035207 = 239.3217.
    // v = 1/(s^2 + tau^2); prior mean = sum(v y) / sum(v) = 33.5592, its variance 1/sum(v) =
    // 100.3419. B = tau^2 / (tau^2 + s^2) = 0.898345, 0.797885, 0.688832.
    // Shrunk: 33.5592 + B (y - 33.5592) = 43.2396, 18.4025, 39.0356.
    // Half-widths 1.96 sqrt(B s^2 + (1 - B)^2 * 100.3419): 9.8711, 14.1972, 17.9831.
    double[] y = new double[3];
    double[] s2 = new double[3];
    long[][] rows = {{120, 50, 30}, {40, 35, 25}, {30, 12, 8}};
    for (int i = 0; i < 3; i++) {
      Adjusted adjusted = Adjusted.of(rows[i][0], rows[i][1], rows[i][2]);
      y[i] = adjusted.estimate();
      s2[i] = adjusted.variance();
    }
    double sumW = 0;
    double sumWy = 0;
    double sumW2 = 0;
    for (int i = 0; i < 3; i++) {
      sumW += 1 / s2[i];
      sumWy += y[i] / s2[i];
      sumW2 += 1 / (s2[i] * s2[i]);
    }
    double m = sumWy / sumW;
    double q = 0;
    for (int i = 0; i < 3; i++) {
      q += (y[i] - m) * (y[i] - m) / s2[i];
    }
    double tau2 = Math.max(0, (q - 2) / (sumW - sumW2 / sumW));
    double sumV = 0;
    double sumVy = 0;
    for (int i = 0; i < 3; i++) {
      sumV += 1 / (s2[i] + tau2);
      sumVy += y[i] / (s2[i] + tau2);
    }
    double mu = sumVy / sumV;
    assertThat(q).isCloseTo(10.4259, within(1e-4));
    assertThat(tau2).isCloseTo(239.3217, within(1e-4));
    assertThat(mu).isCloseTo(33.5592, within(1e-4));

    assertThat(report.betweenSegmentVariance().getAsDouble()).isCloseTo(tau2, TIGHT);
    assertThat(report.priorMean().getAsDouble()).isCloseTo(mu, TIGHT);
    // The pooled NPS is descriptive: 100 * (190 - 63) / 350 = 36.29.
    assertThat(report.overallNps().getAsDouble()).isCloseTo(100.0 * 127 / 350, TIGHT);
    double[] handShrunk = {43.2396, 18.4025, 39.0356};
    double[] handHalfWidth = {9.8711, 14.1972, 17.9831};
    SegmentKey[] keys = {ANN, BEN, CAI};
    for (int i = 0; i < 3; i++) {
      double b = tau2 / (tau2 + s2[i]);
      double shrunk = mu + b * (y[i] - mu);
      double halfWidth = Z95 * Math.sqrt(b * s2[i] + (1 - b) * (1 - b) / sumV);
      assertThat(shrunk).isCloseTo(handShrunk[i], within(1e-4));
      assertThat(halfWidth).isCloseTo(handHalfWidth[i], within(1e-4));
      RankedSegment entry = entry(report, keys[i]);
      assertThat(entry.rankingScore().getAsDouble()).as("%s", keys[i]).isCloseTo(shrunk, TIGHT);
      Interval interval = entry.interval().orElseThrow();
      assertThat(interval.estimate()).isCloseTo(shrunk, TIGHT);
      assertThat(interval.lower()).isCloseTo(shrunk - halfWidth, TIGHT);
      assertThat(interval.upper()).isCloseTo(shrunk + halfWidth, TIGHT);
      assertThat(interval.level()).isEqualTo(0.95);
    }
    assertThat(report.ranked()).extracting(RankedSegment::segment).containsExactly(ANN, CAI, BEN);
    assertThat(report.ranked()).extracting(RankedSegment::rank).containsExactly(1, 2, 3);
    assertThat(report.ranked()).noneMatch(RankedSegment::tied);
    assertThat(report.methodDescription())
        .startsWith("ordered by the empirical-Bayes estimate")
        .contains("DerSimonian-Laird")
        .contains("95% intervals; minimum n 30")
        .contains("prior mean 33.6, between-segment variance 239.3 over 3 segments");
  }

  @Test
  void whenTheRepsDifferNoMoreThanTheirNoiseAllTieAtThePriorMean() {
    Map<SegmentKey, NpsSummary> team = new LinkedHashMap<>();
    team.put(ANN, counts(50, 30, 20));
    team.put(BEN, counts(48, 30, 22));
    team.put(CAI, counts(52, 30, 18));
    RankingReport report = Ranking.defaults().withMethod(RankingMethod.EMPIRICAL_BAYES).rank(team);

    // By hand: y = 29.1262, 25.2427, 33.0097 with s^2 about 59; Q = 0.5114 < k - 1 = 2, so
    // tau^2 = 0, B = 0 and every estimate is the inverse-variance mean 29.2227. The interval is the
    // uncertainty of that mean alone: 1.96 sqrt(1 / sum(1/s^2)) = 1.96 sqrt(19.6690) = 8.6924.
    assertThat(report.betweenSegmentVariance().getAsDouble()).isZero();
    assertThat(report.priorMean().getAsDouble()).isCloseTo(29.2227, within(1e-4));
    assertThat(report.ranked()).extracting(RankedSegment::rank).containsExactly(1, 1, 1);
    assertThat(report.ranked()).allMatch(RankedSegment::tied);
    assertThat(report.ranked()).extracting(RankedSegment::segment).containsExactly(ANN, BEN, CAI);
    double sumW = 0;
    for (long[] row : new long[][] {{50, 30, 20}, {48, 30, 22}, {52, 30, 18}}) {
      sumW += 1 / Adjusted.of(row[0], row[1], row[2]).variance();
    }
    double halfWidth = Z95 * Math.sqrt(1 / sumW);
    assertThat(halfWidth).isCloseTo(8.6924, within(1e-4));
    for (RankedSegment entry : report.ranked()) {
      assertThat(entry.rankingScore().getAsDouble()).isEqualTo(report.priorMean().getAsDouble());
      assertThat(entry.interval().orElseThrow().width()).isCloseTo(2 * halfWidth, TIGHT);
    }
    assertThat(report.methodDescription())
        .endsWith("every estimate equals the prior mean and all tie");
  }

  @Test
  void withOneRankedRepEmpiricalBayesShowsItsAdjustedWaldEstimate() {
    Map<SegmentKey, NpsSummary> team = new LinkedHashMap<>();
    team.put(ANN, counts(60, 25, 15));
    team.put(DEV, counts(4, 0, 0));
    RankingReport report = Ranking.defaults().withMethod(RankingMethod.EMPIRICAL_BAYES).rank(team);

    // Ann: 60.75 / 26.5 / 15.75, n' 103: estimate 100 * 45/103 = 43.69; nothing to shrink toward.
    Adjusted ann = Adjusted.of(60, 25, 15);
    assertThat(ann.estimate()).isCloseTo(100.0 * 45 / 103, TIGHT);
    RankedSegment entry = entry(report, ANN);
    assertThat(entry.rank()).isEqualTo(1);
    assertThat(entry.tied()).isFalse();
    assertThat(entry.rankingScore().getAsDouble()).isCloseTo(ann.estimate(), TIGHT);
    assertThat(entry.interval().orElseThrow().lower()).isCloseTo(ann.lower(Z95), TIGHT);
    assertThat(entry.interval().orElseThrow().upper())
        .isCloseTo(ann.estimate() + Z95 * Math.sqrt(ann.variance()), TIGHT);
    assertThat(report.priorMean()).isEmpty();
    assertThat(report.betweenSegmentVariance()).isEmpty();
    assertThat(report.overallNps().getAsDouble()).isCloseTo(45.0, TIGHT);
    assertThat(report.methodDescription()).contains("with one ranked segment");
    assertThat(report.belowMinimumN()).extracting(RankedSegment::segment).containsExactly(DEV);
  }

  // --- ties ---

  @Test
  void equalScoresShareACompetitionRankInMapOrder() {
    Map<SegmentKey, NpsSummary> team = new LinkedHashMap<>();
    SegmentKey eve = SegmentKey.of("Eve");
    team.put(ANN, counts(50, 30, 20));
    team.put(CAI, counts(35, 40, 25));
    team.put(BEN, counts(70, 20, 10));
    team.put(DEV, counts(10, 30, 60));
    team.put(eve, counts(35, 40, 25));
    RankingReport report = Ranking.defaults().rank(team);

    // Equal counts give equal lower bounds: Ben 1; Ann 2; Cai and Eve 3 and 3 (in map order);
    // Dev 5.
    assertThat(report.ranked())
        .extracting(RankedSegment::segment)
        .containsExactly(BEN, ANN, CAI, eve, DEV);
    assertThat(report.ranked()).extracting(RankedSegment::rank).containsExactly(1, 2, 3, 3, 5);
    assertThat(report.ranked())
        .extracting(RankedSegment::tied)
        .containsExactly(false, false, true, true, false);
    assertThat(entry(report, CAI).rankingScore()).isEqualTo(entry(report, eve).rankingScore());
  }

  @Test
  void aTieAtTheTopIsRankOneTwice() {
    Map<SegmentKey, NpsSummary> team = new LinkedHashMap<>();
    team.put(CAI, counts(20, 10, 10));
    team.put(ANN, counts(70, 20, 10));
    team.put(BEN, counts(70, 20, 10));
    RankingReport report = Ranking.defaults().rank(team);
    assertThat(report.ranked()).extracting(RankedSegment::segment).containsExactly(ANN, BEN, CAI);
    assertThat(report.ranked()).extracting(RankedSegment::rank).containsExactly(1, 1, 3);
    assertThat(report.ranked()).extracting(RankedSegment::tied).containsExactly(true, true, false);
  }

  // --- options, wording and input checks ---

  @Test
  void theMethodIsStatedInWords() {
    assertThat(Ranking.defaults().rank(teamWithANewRep()).methodDescription())
        .isEqualTo("ordered by the lower bound of the 95% adjusted Wald interval; minimum n 30");
    assertThat(
            Ranking.defaults()
                .withIntervalMethod(IntervalMethod.WALD)
                .withLevel(0.9)
                .withMinimumN(100)
                .rank(teamWithANewRep())
                .methodDescription())
        .isEqualTo("ordered by the lower bound of the 90% Wald interval; minimum n 100");
    assertThat(
            Ranking.defaults()
                .withIntervalMethod(IntervalMethod.SCORE)
                .withLevel(0.975)
                .rank(teamWithANewRep())
                .methodDescription())
        .isEqualTo("ordered by the lower bound of the 97.5% Tango score interval; minimum n 30");
  }

  @Test
  void theLowerBoundFollowsTheChosenIntervalMethodAndLevel() {
    RankingReport report =
        Ranking.defaults()
            .withIntervalMethod(IntervalMethod.WALD)
            .withLevel(0.9)
            .rank(teamWithANewRep());
    // Ann raw: pP 0.7, pD 0.1, NPS 60, V = 0.8 - 0.36 = 0.44, SE 100 sqrt(0.44 / 200) = 4.6904;
    // 90 % lower bound 60 - 1.6448536269514722 * 4.6904 = 52.285.
    double expected = 60 - 1.6448536269514722 * 100 * Math.sqrt(0.44 / 200);
    assertThat(expected).isCloseTo(52.285, within(1e-3));
    assertThat(entry(report, ANN).rankingScore().getAsDouble()).isCloseTo(expected, TIGHT);
    assertThat(entry(report, ANN).interval().orElseThrow().level()).isEqualTo(0.9);
  }

  @Test
  void emptyAndMissingKeySegmentsAreReportedNotDropped() {
    Map<SegmentKey, NpsSummary> team = new LinkedHashMap<>(teamWithANewRep());
    SegmentKey newHire = SegmentKey.of("Fay");
    SegmentKey unassigned = SegmentKey.of("");
    team.put(newHire, NpsSummary.empty());
    team.put(unassigned, counts(30, 20, 10));
    RankingReport report = Ranking.defaults().rank(team);

    assertThat(report.all()).hasSize(6);
    assertThat(report.belowMinimumN())
        .extracting(RankedSegment::segment)
        .containsExactly(DEV, newHire);
    assertThat(entry(report, newHire).flags())
        .containsExactly(SegmentFlag.EMPTY, SegmentFlag.LOW_N);
    assertThat(entry(report, unassigned).flags()).containsExactly(SegmentFlag.MISSING_KEY);
    assertThat(entry(report, unassigned).isRanked()).isTrue();
    assertThat(report.all())
        .extracting(RankedSegment::segment)
        .containsExactlyInAnyOrderElementsOf(team.keySet());
  }

  @Test
  void theOverflowSegmentOfACappedTableIsListedButNeverRanked() {
    Map<SegmentKey, NpsSummary> team = new LinkedHashMap<>(teamWithANewRep());
    SegmentKey overflow = SegmentKey.of(SpecialKeyValue.OVERFLOW);
    // Large and excellent, but a pool of many reps past the cap, not one rep.
    team.put(overflow, counts(900, 50, 50));

    RankingReport report = Ranking.defaults().rank(team);

    assertThat(report.ranked()).extracting(RankedSegment::segment).doesNotContain(overflow);
    assertThat(entry(report, overflow).rank()).isZero();
    assertThat(entry(report, overflow).flags()).containsExactly(SegmentFlag.OVERFLOW);
    assertThat(report.all()).hasSize(team.size());
  }

  @Test
  void anEmptyMapGivesAnEmptyRanking() {
    for (RankingMethod method : RankingMethod.values()) {
      RankingReport report = Ranking.defaults().withMethod(method).rank(Map.of());
      assertThat(report.ranked()).isEmpty();
      assertThat(report.belowMinimumN()).isEmpty();
      assertThat(report.overallNps()).isEmpty();
      assertThat(report.priorMean()).isEmpty();
      assertThat(report.betweenSegmentVariance()).isEmpty();
      assertThat(report.method()).isEqualTo(method);
      assertThat(report.minimumN()).isEqualTo(30);
    }
  }

  @Test
  void defaultsAndOptions() {
    Ranking defaults = Ranking.defaults();
    assertThat(defaults.method()).isEqualTo(RankingMethod.LOWER_BOUND);
    assertThat(defaults.minimumN()).isEqualTo(30);
    assertThat(defaults.intervalMethod()).isEqualTo(IntervalMethod.ADJUSTED_WALD);
    assertThat(defaults.level()).isEqualTo(0.95);
    assertThat(defaults)
        .hasToString("Ranking[LOWER_BOUND, minimum n 30, ADJUSTED_WALD, level 0.95]");
    Ranking changed =
        defaults
            .withMethod(RankingMethod.EMPIRICAL_BAYES)
            .withMinimumN(10)
            .withIntervalMethod(IntervalMethod.SCORE)
            .withLevel(0.8);
    assertThat(changed.method()).isEqualTo(RankingMethod.EMPIRICAL_BAYES);
    assertThat(changed.minimumN()).isEqualTo(10);
    assertThat(changed.intervalMethod()).isEqualTo(IntervalMethod.SCORE);
    assertThat(changed.level()).isEqualTo(0.8);
    assertThat(defaults.method())
        .as("the defaults are unchanged")
        .isEqualTo(RankingMethod.LOWER_BOUND);
    Ranking same =
        Ranking.defaults()
            .withLevel(0.8)
            .withIntervalMethod(IntervalMethod.SCORE)
            .withMinimumN(10)
            .withMethod(RankingMethod.EMPIRICAL_BAYES);
    assertThat(changed).isEqualTo(same).isNotEqualTo(defaults);
    assertThat(changed.hashCode()).isEqualTo(same.hashCode());
  }

  @ParameterizedTest
  @ValueSource(longs = {0, -30})
  void aMinimumNBelowOneIsRejected(long minimumN) {
    assertThatThrownBy(() -> Ranking.defaults().withMinimumN(minimumN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid minimum n (must be >= 1): " + minimumN);
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.0, 1.0, 1.5, Double.NaN})
  void aLevelOutsideTheOpenUnitIntervalIsRejected(double level) {
    assertThatThrownBy(() -> Ranking.defaults().withLevel(level))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Invalid confidence level " + level);
  }

  @Test
  void nullsAndMixedScalesAreRejected() {
    assertThatThrownBy(() -> Ranking.defaults().withMethod(null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Ranking.defaults().withIntervalMethod(null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Ranking.defaults().rank(null))
        .isInstanceOf(NullPointerException.class);
    Map<SegmentKey, NpsSummary> mixed = new LinkedHashMap<>();
    mixed.put(ANN, counts(1, 2, 3));
    mixed.put(BEN, NpsSummary.ofCounts(Scale.ONE_TO_SEVEN, 3, 2, 1));
    assertThatThrownBy(() -> Ranking.defaults().rank(mixed))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Segments on different scales: Ann on "
                + Scale.STANDARD
                + " and Ben on "
                + Scale.ONE_TO_SEVEN);
  }

  @Test
  void entriesAndReportsCheckTheirParts() {
    NpsSummary summary = counts(50, 30, 20);
    Interval interval = summary.confidenceInterval();
    assertThatThrownBy(
            () ->
                new RankedSegment(
                    1,
                    ANN,
                    summary,
                    OptionalDouble.empty(),
                    Optional.of(interval),
                    false,
                    Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("exactly when ranked");
    assertThatThrownBy(
            () ->
                new RankedSegment(
                    0, ANN, summary, OptionalDouble.empty(), Optional.empty(), true, Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tied but not ranked");
    assertThatThrownBy(
            () ->
                new RankedSegment(
                    -1, ANN, summary, OptionalDouble.empty(), Optional.empty(), false, Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid rank for segment Ann (must be >= 0): -1");
    RankedSegment first =
        new RankedSegment(
            1, ANN, summary, OptionalDouble.of(1.0), Optional.of(interval), false, Set.of());
    RankedSegment second =
        new RankedSegment(
            2, BEN, summary, OptionalDouble.of(0.5), Optional.of(interval), false, Set.of());
    RankedSegment unranked =
        new RankedSegment(
            0, CAI, summary, OptionalDouble.empty(), Optional.empty(), false, Set.of());
    assertThatThrownBy(
            () ->
                new RankingReport(
                    RankingMethod.LOWER_BOUND,
                    "x",
                    List.of(second, first),
                    List.of(),
                    30,
                    OptionalDouble.empty(),
                    OptionalDouble.empty(),
                    OptionalDouble.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Invalid rank of ranked segment Ann");
    assertThatThrownBy(
            () ->
                new RankingReport(
                    RankingMethod.LOWER_BOUND,
                    "x",
                    List.of(first),
                    List.of(second),
                    30,
                    OptionalDouble.empty(),
                    OptionalDouble.empty(),
                    OptionalDouble.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid rank of segment below the minimum n Ben (must be 0): 2");
    assertThatThrownBy(
            () ->
                new RankingReport(
                    RankingMethod.EMPIRICAL_BAYES,
                    "x",
                    List.of(first),
                    List.of(unranked),
                    30,
                    OptionalDouble.empty(),
                    OptionalDouble.empty(),
                    OptionalDouble.of(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid between-segment variance (must be finite and >= 0): -1.0");
    RankingReport report =
        new RankingReport(
            RankingMethod.LOWER_BOUND,
            "x",
            List.of(first, second),
            List.of(unranked),
            30,
            OptionalDouble.empty(),
            OptionalDouble.empty(),
            OptionalDouble.empty());
    assertThat(report.all()).containsExactly(first, second, unranked);
    assertThatThrownBy(() -> report.ranked().add(first))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
