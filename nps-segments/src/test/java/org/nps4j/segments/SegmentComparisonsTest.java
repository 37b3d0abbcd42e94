package org.nps4j.segments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

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
import org.nps4j.core.NpsAccumulator;
import org.nps4j.core.NpsDifference;
import org.nps4j.core.NpsSummary;
import org.nps4j.core.Scale;
import org.nps4j.core.UnansweredPolicy;

/**
 * Each segment against its complement. Expected statistics are computed in this class from
 * DOMAIN.md's formulas: per respondent promoter +1, passive 0, detractor -1; V = (pP + pD) - (pP -
 * pD)^2; for a - b, SE = sqrt(Va/na + Vb/nb), z = diff / SE, two-sided p = erfc(|z| / sqrt 2); the
 * adjusted Wald method adds 0.75 detractors, 1.5 passives and 0.75 promoters to each group first.
 * erfc comes from an independent series ({@link #referenceErfc}), not from the code under test.
 */
class SegmentComparisonsTest {
  private static final double Z95 = 1.959963984540054;
  private static final Offset<Double> TIGHT = within(1e-9);

  private static final SegmentKey WARM = SegmentKey.of("warm");
  private static final SegmentKey COLD = SegmentKey.of("cold");
  private static final SegmentKey INBOUND = SegmentKey.of("inbound");
  private static final SegmentKey REFERRAL = SegmentKey.of("referral");

  /**
   * Prospect types of a sales team (counts are promoters / passives / detractors):
   *
   * <pre>
   *   warm      50 / 30 / 20   n 100, NPS  30
   *   cold      25 / 35 / 40   n 100, NPS -15
   *   inbound   45 / 30 / 25   n 100, NPS  20
   *   referral   8 /  3 /  1   n  12, NPS  58.3  (below the minimum n of 30)
   *   total    128 / 98 / 86   n 312
   * </pre>
   */
  private static Map<SegmentKey, NpsSummary> prospectTypes() {
    Map<SegmentKey, NpsSummary> segments = new LinkedHashMap<>();
    segments.put(WARM, NpsSummary.ofCounts(20, 30, 50));
    segments.put(COLD, NpsSummary.ofCounts(40, 35, 25));
    segments.put(INBOUND, NpsSummary.ofCounts(25, 30, 45));
    segments.put(REFERRAL, NpsSummary.ofCounts(1, 3, 8));
    return segments;
  }

  /** The statistics of a - b by the formulas above, on the 100 scale. */
  private record Expected(double difference, double centre, double standardError, double z) {
    double pValue() {
      return referenceErfc(Math.abs(z) / Math.sqrt(2));
    }
  }

  private static Expected expected(
      boolean adjusted, double pA, double paA, double dA, double pB, double paB, double dB) {
    double rawDifference = (pA - dA) / (pA + paA + dA) - (pB - dB) / (pB + paB + dB);
    if (adjusted) {
      pA += 0.75;
      paA += 1.5;
      dA += 0.75;
      pB += 0.75;
      paB += 1.5;
      dB += 0.75;
    }
    double nA = pA + paA + dA;
    double nB = pB + paB + dB;
    double npsA = (pA - dA) / nA;
    double npsB = (pB - dB) / nB;
    double vA = (pA / nA + dA / nA) - npsA * npsA;
    double vB = (pB / nB + dB / nB) - npsB * npsB;
    double se = Math.sqrt(vA / nA + vB / nB);
    return new Expected(100 * rawDifference, 100 * (npsA - npsB), 100 * se, (npsA - npsB) / se);
  }

  /**
   * erfc(x) for 0 &lt;= x &lt;= 4 by the series of Abramowitz &amp; Stegun 7.1.6: erf(x) = (2 /
   * sqrt(pi)) exp(-x^2) sum_{k &gt;= 0} 2^k x^(2k+1) / (1 * 3 * ... * (2k+1)). All terms are
   * positive, so erf is accurate to a few ulps and erfc = 1 - erf to about 1e-16 absolute (1e-11
   * relative at x = 3, where erfc is 2e-5). Checked below against A&amp;S table 7.1.
   */
  static double referenceErfc(double x) {
    if (!(x >= 0 && x <= 4)) {
      throw new IllegalArgumentException("reference series used only on [0, 4], not " + x);
    }
    double term = x;
    double sum = x;
    for (int k = 1; term > 1e-18 * sum; k++) {
      term *= 2 * x * x / (2 * k + 1);
      sum += term;
    }
    return 1 - 2 / Math.sqrt(Math.PI) * Math.exp(-x * x) * sum;
  }

  @Test
  void referenceSeriesMatchesTheAbramowitzStegunTable() {
    // A&S table 7.1: erf(1) = 0.842700792949715, erf(2) = 0.995322265018953; erfc(3) =
    // 2.209049699858544e-5 (to 16 digits from the C library erfc, an independent implementation).
    assertThat(1 - referenceErfc(1.0)).isCloseTo(0.842700792949715, within(1e-15));
    assertThat(1 - referenceErfc(2.0)).isCloseTo(0.995322265018953, within(1e-15));
    assertThat(referenceErfc(3.0)).isCloseTo(2.209049699858544e-5, withinPercentage(1e-7));
  }

  private static SegmentDifference row(SegmentComparisonReport report, SegmentKey key) {
    return report.rows().stream().filter(r -> r.segment().equals(key)).findFirst().orElseThrow();
  }

  @Test
  void warmLeadsScoreAboveTheRestByTheDomainFormulas() {
    SegmentComparisonReport report =
        SegmentComparisons.defaults().againstComplement(prospectTypes());
    SegmentDifference warm = row(report, WARM);

    // Complement of warm: cold + inbound + referral = 78 / 68 / 66, n 212, NPS 100 * 12/212 = 5.66.
    // Raw difference 30 - 5.66 = 24.34. Adjusted Wald (by hand, to 4 places): centre 23.5448,
    // SE 9.5127, z 2.4751, p 0.01332.
    Expected expected = expected(true, 50, 30, 20, 78, 68, 66);
    assertThat(expected.difference()).isCloseTo(24.3396, within(1e-4));
    assertThat(expected.standardError()).isCloseTo(9.5127, within(1e-4));
    assertThat(expected.z()).isCloseTo(2.4751, within(1e-4));
    assertThat(expected.pValue()).isCloseTo(0.01332, within(1e-5));

    assertThat(warm.complementSummary()).isEqualTo(NpsSummary.ofCounts(66, 68, 78));
    NpsDifference difference = warm.difference().orElseThrow();
    assertThat(difference.difference()).isCloseTo(expected.difference(), TIGHT);
    assertThat(difference.standardError()).isCloseTo(expected.standardError(), TIGHT);
    assertThat(difference.z()).isCloseTo(expected.z(), TIGHT);
    assertThat(difference.pValue()).isCloseTo(expected.pValue(), withinPercentage(1e-7));
    assertThat(warm.pValue().getAsDouble()).isEqualTo(difference.pValue());
    Interval interval = difference.interval();
    assertThat(interval.estimate()).isCloseTo(expected.centre(), TIGHT);
    assertThat(interval.lower())
        .isCloseTo(expected.centre() - Z95 * expected.standardError(), TIGHT);
    assertThat(interval.upper())
        .isCloseTo(expected.centre() + Z95 * expected.standardError(), TIGHT);
    assertThat(interval.level()).isEqualTo(0.95);

    // Holm over the three compared segments (referral is below the minimum n). By hand the raw
    // p-values ascend cold 1.48e-5, warm 0.01332, inbound 0.3453, so warm's adjusted p-value is
    // max(3 * p_cold, 2 * p_warm) = 0.02664 < 0.05: significant.
    double pCold = expected(true, 25, 35, 40, 103, 63, 46).pValue();
    double pWarm = expected.pValue();
    assertThat(warm.adjustedPValue().getAsDouble())
        .isCloseTo(Math.max(3 * pCold, 2 * pWarm), withinPercentage(1e-7))
        .isCloseTo(0.02664, within(1e-5));
    assertThat(warm.significant()).isTrue();
    assertThat(warm.flags()).isEmpty();
    assertThat(warm.isCompared()).isTrue();
  }

  @Test
  void coldLeadsScoreBelowTheRestAndTheSignIsKept() {
    SegmentComparisonReport report =
        SegmentComparisons.defaults().againstComplement(prospectTypes());
    SegmentDifference cold = row(report, COLD);

    // Complement of cold: 103 / 63 / 46, n 212, NPS 26.89; raw difference -15 - 26.89 = -41.89.
    // Adjusted Wald by hand: z -4.3318, p 1.479e-5; Holm multiplies the smallest p by 3.
    Expected expected = expected(true, 25, 35, 40, 103, 63, 46);
    assertThat(expected.difference()).isCloseTo(-41.8868, within(1e-4));
    assertThat(expected.z()).isCloseTo(-4.3318, within(1e-4));

    NpsDifference difference = cold.difference().orElseThrow();
    assertThat(difference.difference()).isCloseTo(expected.difference(), TIGHT);
    assertThat(difference.z()).isCloseTo(expected.z(), TIGHT).isNegative();
    assertThat(difference.pValue()).isCloseTo(expected.pValue(), withinPercentage(1e-6));
    assertThat(cold.adjustedPValue().getAsDouble())
        .isCloseTo(3 * expected.pValue(), withinPercentage(1e-6));
    assertThat(cold.significant()).isTrue();
  }

  @Test
  void inboundDoesNotDifferAfterTheCorrection() {
    SegmentComparisonReport report =
        SegmentComparisons.defaults().againstComplement(prospectTypes());
    SegmentDifference inbound = row(report, INBOUND);

    // Complement 83 / 68 / 61; by hand z 0.9437, p 0.3453, the largest of the three, so Holm
    // leaves it (running max of 3 p_cold, 2 p_warm, 1 p_inbound).
    Expected expected = expected(true, 45, 30, 25, 83, 68, 61);
    assertThat(expected.pValue()).isCloseTo(0.3453, within(1e-4));
    assertThat(inbound.adjustedPValue().getAsDouble())
        .isCloseTo(expected.pValue(), withinPercentage(1e-7));
    assertThat(inbound.significant()).isFalse();
    assertThat(inbound.isCompared()).isTrue();
  }

  @Test
  void aSegmentBelowTheMinimumNIsFlaggedKeptAndLeftOutOfTheFamily() {
    SegmentComparisonReport report =
        SegmentComparisons.defaults().againstComplement(prospectTypes());
    SegmentDifference referral = row(report, REFERRAL);

    assertThat(referral.flags()).containsExactly(SegmentFlag.LOW_N);
    assertThat(referral.difference()).isEmpty();
    assertThat(referral.adjustedPValue()).isEmpty();
    assertThat(referral.pValue()).isEmpty();
    assertThat(referral.significant()).isFalse();
    assertThat(referral.isCompared()).isFalse();
    // Its complement is still reported: warm + cold + inbound = 120 / 95 / 85.
    assertThat(referral.complementSummary()).isEqualTo(NpsSummary.ofCounts(85, 95, 120));

    assertThat(report.rows())
        .extracting(SegmentDifference::segment)
        .containsExactly(WARM, COLD, INBOUND, REFERRAL);
    assertThat(report.familySize()).isEqualTo(3);
    assertThat(report.flagged()).extracting(SegmentDifference::segment).containsExactly(REFERRAL);
    assertThat(report.compared())
        .extracting(SegmentDifference::segment)
        .containsExactly(WARM, COLD, INBOUND);
    assertThat(report.significant())
        .extracting(SegmentDifference::segment)
        .containsExactly(WARM, COLD);
    assertThat(report.correction()).isEqualTo(MultipleComparisonCorrection.HOLM);
    assertThat(report.method()).isEqualTo(IntervalMethod.ADJUSTED_WALD);
    assertThat(report.level()).isEqualTo(0.95);
    assertThat(report.minimumN()).isEqualTo(30);
  }

  @Test
  void aLowerMinimumNBringsTheSmallSegmentIntoTheFamily() {
    SegmentComparisonReport report =
        SegmentComparisons.defaults()
            .withMinimumN(12)
            .withCorrection(MultipleComparisonCorrection.BONFERRONI)
            .againstComplement(prospectTypes());
    // Referral (n 12) vs 120 / 95 / 85 by hand: adjusted Wald z 1.8946, p 0.05815; Bonferroni over
    // four: 4 p = 0.2326.
    Expected expected = expected(true, 8, 3, 1, 120, 95, 85);
    assertThat(expected.pValue()).isCloseTo(0.05815, within(1e-5));
    SegmentDifference referral = row(report, REFERRAL);
    assertThat(report.familySize()).isEqualTo(4);
    assertThat(referral.flags()).isEmpty();
    assertThat(referral.adjustedPValue().getAsDouble())
        .isCloseTo(4 * expected.pValue(), withinPercentage(1e-7));
    assertThat(referral.significant()).isFalse();
    // The raw difference is 58.33 - 100 * 35/300 = 46.67 points: large, but not significant.
    assertThat(referral.difference().orElseThrow().difference())
        .isCloseTo(100.0 * 7 / 12 - 100.0 * 35 / 300, TIGHT);
  }

  @Test
  void theChoiceOfCorrectionDecidesABorderlineSegment() {
    // At level 0.975 the threshold is 0.025. Warm's raw p is 0.01332 (second smallest of three):
    //   none: 0.01332 -> significant;  BH: 3/2 * 0.01332 = 0.01998 -> significant;
    //   Holm: 2 * 0.01332 = 0.02664 -> not;  Bonferroni: 3 * 0.01332 = 0.03996 -> not.
    double pWarm = expected(true, 50, 30, 20, 78, 68, 66).pValue();
    SegmentComparisons options = SegmentComparisons.defaults().withLevel(0.975);

    SegmentDifference none =
        row(
            options
                .withCorrection(MultipleComparisonCorrection.NONE)
                .againstComplement(prospectTypes()),
            WARM);
    SegmentDifference bh =
        row(
            options
                .withCorrection(MultipleComparisonCorrection.BENJAMINI_HOCHBERG)
                .againstComplement(prospectTypes()),
            WARM);
    SegmentDifference holm =
        row(
            options
                .withCorrection(MultipleComparisonCorrection.HOLM)
                .againstComplement(prospectTypes()),
            WARM);
    SegmentDifference bonferroni =
        row(
            options
                .withCorrection(MultipleComparisonCorrection.BONFERRONI)
                .againstComplement(prospectTypes()),
            WARM);

    assertThat(none.adjustedPValue().getAsDouble()).isCloseTo(pWarm, withinPercentage(1e-7));
    assertThat(bh.adjustedPValue().getAsDouble()).isCloseTo(1.5 * pWarm, withinPercentage(1e-7));
    assertThat(holm.adjustedPValue().getAsDouble()).isCloseTo(2 * pWarm, withinPercentage(1e-7));
    assertThat(bonferroni.adjustedPValue().getAsDouble())
        .isCloseTo(3 * pWarm, withinPercentage(1e-7));
    assertThat(none.significant()).isTrue();
    assertThat(bh.significant()).isTrue();
    assertThat(holm.significant()).isFalse();
    assertThat(bonferroni.significant()).isFalse();
    // The interval is per comparison at the level, whatever the correction.
    assertThat(holm.difference().orElseThrow().interval().level()).isEqualTo(0.975);
  }

  @Test
  void theWaldMethodUsesTheRawCounts() {
    SegmentComparisonReport report =
        SegmentComparisons.defaults()
            .withMethod(IntervalMethod.WALD)
            .againstComplement(prospectTypes());
    // Warm vs 78 / 68 / 66 on raw counts, by hand: V_warm = 0.5 + 0.2 - 0.3^2 = 0.61,
    // V_complement = (78 + 66) / 212 - (12 / 212)^2 = 0.67605; SE 9.6379, z 2.5254, p 0.01156.
    assertThat(0.5 + 0.2 - 0.3 * 0.3).isCloseTo(0.61, TIGHT);
    Expected expected = expected(false, 50, 30, 20, 78, 68, 66);
    assertThat(expected.standardError()).isCloseTo(9.6379, within(1e-4));
    NpsDifference difference = row(report, WARM).difference().orElseThrow();
    assertThat(difference.method()).isEqualTo(IntervalMethod.WALD);
    assertThat(difference.standardError()).isCloseTo(expected.standardError(), TIGHT);
    assertThat(difference.pValue()).isCloseTo(expected.pValue(), withinPercentage(1e-7));
    assertThat(difference.interval().estimate()).isCloseTo(expected.difference(), TIGHT);
  }

  @Test
  void aStricterLevelRaisesTheBar() {
    SegmentComparisonReport report =
        SegmentComparisons.defaults().withLevel(0.99).againstComplement(prospectTypes());
    // Holm-adjusted p: warm 0.02664 >= 0.01, not significant; cold 3 * 1.48e-5 < 0.01, significant.
    assertThat(row(report, WARM).significant()).isFalse();
    assertThat(row(report, COLD).significant()).isTrue();
    assertThat(report.significant()).extracting(SegmentDifference::segment).containsExactly(COLD);
  }

  @Test
  void anEmptySegmentIsFlaggedEmptyAndLowN() {
    Map<SegmentKey, NpsSummary> segments = new LinkedHashMap<>(prospectTypes());
    SegmentKey partner = SegmentKey.of("partner");
    segments.put(partner, NpsSummary.empty());
    SegmentComparisonReport report = SegmentComparisons.defaults().againstComplement(segments);

    SegmentDifference row = row(report, partner);
    assertThat(row.flags()).containsExactly(SegmentFlag.EMPTY, SegmentFlag.LOW_N);
    assertThat(row.difference()).isEmpty();
    // The complement of an empty segment is everything: 128 / 98 / 86.
    assertThat(row.complementSummary()).isEqualTo(NpsSummary.ofCounts(86, 98, 128));
    assertThat(report.rows()).hasSize(5);
    assertThat(report.familySize()).isEqualTo(3);
  }

  @Test
  void aSegmentWhoseComplementIsTooSmallIsFlaggedToo() {
    SegmentKey enterprise = SegmentKey.of("enterprise");
    SegmentKey smb = SegmentKey.of("smb");
    Map<SegmentKey, NpsSummary> segments = new LinkedHashMap<>();
    segments.put(enterprise, NpsSummary.ofCounts(100, 150, 250));
    segments.put(smb, NpsSummary.ofCounts(3, 3, 4));
    SegmentComparisonReport report = SegmentComparisons.defaults().againstComplement(segments);

    // Enterprise has n 500, but its complement (smb) only 10: neither is compared.
    assertThat(row(report, enterprise).flags()).containsExactly(SegmentFlag.LOW_N);
    assertThat(row(report, enterprise).difference()).isEmpty();
    assertThat(row(report, smb).flags()).containsExactly(SegmentFlag.LOW_N);
    assertThat(report.familySize()).isZero();
    assertThat(report.significant()).isEmpty();
    assertThat(report.flagged()).hasSize(2);
  }

  @Test
  void complementsKeepUnansweredSurveysUnderCountAsPassive() {
    // Three reps under COUNT_AS_PASSIVE, each answer added one by one.
    NpsAccumulator ann = NpsAccumulator.create(Scale.STANDARD, UnansweredPolicy.COUNT_AS_PASSIVE);
    ann.addAll(10, 10, 9, 3);
    ann.addMissing(2);
    NpsAccumulator ben = NpsAccumulator.create(Scale.STANDARD, UnansweredPolicy.COUNT_AS_PASSIVE);
    ben.addAll(7, 8, 0);
    ben.addDeclined(3);
    NpsAccumulator cai = NpsAccumulator.create(Scale.STANDARD, UnansweredPolicy.COUNT_AS_PASSIVE);
    cai.addAll(9, 6);
    cai.addMissing();
    Map<SegmentKey, NpsSummary> segments = new LinkedHashMap<>();
    segments.put(SegmentKey.of("ann"), ann.snapshot());
    segments.put(SegmentKey.of("ben"), ben.snapshot());
    segments.put(SegmentKey.of("cai"), cai.snapshot());

    SegmentComparisonReport report =
        SegmentComparisons.defaults().withMinimumN(1).againstComplement(segments);

    // Ann's complement is Ben's and Cai's answers together: scores 7, 8, 0, 9, 6, 3 declined and
    // 1 missing. Counting them again from scratch gives the expected summary.
    NpsAccumulator others =
        NpsAccumulator.create(Scale.STANDARD, UnansweredPolicy.COUNT_AS_PASSIVE);
    others.addAll(7, 8, 0, 9, 6);
    others.addDeclined(3);
    others.addMissing();
    NpsSummary annComplement = report.rows().get(0).complementSummary();
    assertThat(annComplement).isEqualTo(others.snapshot());
    // The 4 unanswered surveys count as passives: 2 answered passives + 4 = 6; n = 5 + 4 = 9.
    assertThat(annComplement.passives()).isEqualTo(6);
    assertThat(annComplement.count()).isEqualTo(9);
    assertThat(annComplement.missing()).isEqualTo(1);
    assertThat(annComplement.declined()).isEqualTo(3);
    assertThat(annComplement.unansweredPolicy()).isEqualTo(UnansweredPolicy.COUNT_AS_PASSIVE);
    // Ann's difference counts her 2 missing as passives too: NPS 100 * (3 - 1) / 6 = 33.3 against
    // 100 * (1 - 2) / 9 = -11.1.
    assertThat(report.rows().get(0).difference().orElseThrow().difference())
        .isCloseTo(100.0 * (3 - 1) / 6 - 100.0 * (1 - 2) / 9, TIGHT);
  }

  @Test
  void complementsOfCategoryCountsAreExactToo() {
    // One segment known by score, one only by category: the complement of the first has no score
    // counts, that of the second has them.
    Map<SegmentKey, NpsSummary> segments = new LinkedHashMap<>();
    SegmentKey scored = SegmentKey.of("scored");
    SegmentKey categorized = SegmentKey.of("categorized");
    segments.put(scored, NpsSummary.ofScoreCounts(new long[] {1, 0, 0, 0, 0, 0, 2, 3, 4, 5, 6}));
    segments.put(categorized, NpsSummary.ofCounts(7, 8, 9));
    SegmentComparisonReport report =
        SegmentComparisons.defaults().withMinimumN(1).againstComplement(segments);

    assertThat(row(report, scored).complementSummary()).isEqualTo(NpsSummary.ofCounts(7, 8, 9));
    assertThat(row(report, scored).complementSummary().hasScoreCounts()).isFalse();
    assertThat(row(report, categorized).complementSummary())
        .isEqualTo(NpsSummary.ofScoreCounts(new long[] {1, 0, 0, 0, 0, 0, 2, 3, 4, 5, 6}));
  }

  @Test
  void segmentsOnDifferentScalesAreRejectedNamingBoth() {
    Map<SegmentKey, NpsSummary> segments = new LinkedHashMap<>();
    segments.put(SegmentKey.of("web"), NpsSummary.ofCounts(1, 2, 3));
    segments.put(SegmentKey.of("app"), NpsSummary.ofCounts(Scale.ONE_TO_FIVE, 1, 2, 3));
    assertThatThrownBy(() -> SegmentComparisons.defaults().againstComplement(segments))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("web")
        .hasMessageContaining("app")
        .hasMessageContaining(Scale.STANDARD.toString())
        .hasMessageContaining(Scale.ONE_TO_FIVE.toString());
  }

  @Test
  void segmentsUnderDifferentUnansweredPoliciesAreRejectedNamingBoth() {
    NpsAccumulator passive =
        NpsAccumulator.create(Scale.STANDARD, UnansweredPolicy.COUNT_AS_PASSIVE);
    passive.add(9);
    Map<SegmentKey, NpsSummary> segments = new LinkedHashMap<>();
    segments.put(SegmentKey.of("q1"), NpsSummary.ofCounts(1, 2, 3));
    segments.put(SegmentKey.of("q2"), passive.snapshot());
    assertThatThrownBy(() -> SegmentComparisons.defaults().againstComplement(segments))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Segments under different unanswered policies: q1 under EXCLUDE and q2 under"
                + " COUNT_AS_PASSIVE");
  }

  @Test
  void aSummaryThatCountedNothingFitsAnyScale() {
    // NpsSummary.empty() is on the standard scale, but it combines with any summary.
    Map<SegmentKey, NpsSummary> segments = new LinkedHashMap<>();
    segments.put(SegmentKey.of("stars"), NpsSummary.ofCounts(Scale.ONE_TO_FIVE, 10, 20, 30));
    segments.put(SegmentKey.of("none"), NpsSummary.empty());
    SegmentComparisonReport report = SegmentComparisons.defaults().againstComplement(segments);
    assertThat(report.rows().get(1).complementSummary())
        .isEqualTo(NpsSummary.ofCounts(Scale.ONE_TO_FIVE, 10, 20, 30));
    assertThat(report.rows().get(0).complementSummary().scale()).isEqualTo(Scale.ONE_TO_FIVE);
    assertThat(report.rows().get(0).complementSummary().isEmpty()).isTrue();
  }

  @Test
  void keysWithAMissingValueOrTheOverflowSegmentAreFlagged() {
    Map<SegmentKey, NpsSummary> segments = new LinkedHashMap<>(prospectTypes());
    SegmentKey unknown = SegmentKey.of((Object) null);
    SegmentKey overflow = SegmentKey.overflow(1);
    segments.put(unknown, NpsSummary.ofCounts(30, 40, 30));
    segments.put(overflow, NpsSummary.ofCounts(2, 2, 2));
    SegmentComparisonReport report = SegmentComparisons.defaults().againstComplement(segments);
    assertThat(row(report, unknown).flags()).containsExactly(SegmentFlag.MISSING_KEY);
    assertThat(row(report, unknown).isCompared()).isTrue();
    assertThat(row(report, overflow).flags())
        .containsExactly(SegmentFlag.LOW_N, SegmentFlag.OVERFLOW);
  }

  @Test
  void anEmptyMapGivesAnEmptyReport() {
    SegmentComparisonReport report = SegmentComparisons.defaults().againstComplement(Map.of());
    assertThat(report.rows()).isEmpty();
    assertThat(report.familySize()).isZero();
  }

  @Test
  void defaultsAndOptions() {
    SegmentComparisons defaults = SegmentComparisons.defaults();
    assertThat(defaults.minimumN()).isEqualTo(30);
    assertThat(defaults.correction()).isEqualTo(MultipleComparisonCorrection.HOLM);
    assertThat(defaults.method()).isEqualTo(IntervalMethod.ADJUSTED_WALD);
    assertThat(defaults.level()).isEqualTo(0.95);
    assertThat(defaults)
        .hasToString("SegmentComparisons[minimum n 30, HOLM, ADJUSTED_WALD, level 0.95]");

    SegmentComparisons changed =
        defaults
            .withMinimumN(50)
            .withCorrection(MultipleComparisonCorrection.BENJAMINI_HOCHBERG)
            .withMethod(IntervalMethod.WALD)
            .withLevel(0.9);
    assertThat(changed.minimumN()).isEqualTo(50);
    assertThat(changed.correction()).isEqualTo(MultipleComparisonCorrection.BENJAMINI_HOCHBERG);
    assertThat(changed.method()).isEqualTo(IntervalMethod.WALD);
    assertThat(changed.level()).isEqualTo(0.9);
    assertThat(defaults.minimumN()).as("the defaults are unchanged").isEqualTo(30);
    assertThat(changed)
        .isEqualTo(
            SegmentComparisons.defaults()
                .withLevel(0.9)
                .withMethod(IntervalMethod.WALD)
                .withCorrection(MultipleComparisonCorrection.BENJAMINI_HOCHBERG)
                .withMinimumN(50))
        .isNotEqualTo(defaults);
    assertThat(changed.hashCode())
        .isEqualTo(
            defaults
                .withMinimumN(50)
                .withCorrection(MultipleComparisonCorrection.BENJAMINI_HOCHBERG)
                .withMethod(IntervalMethod.WALD)
                .withLevel(0.9)
                .hashCode());
  }

  @ParameterizedTest
  @ValueSource(longs = {0, -1, Long.MIN_VALUE})
  void aMinimumNBelowOneIsRejected(long minimumN) {
    assertThatThrownBy(() -> SegmentComparisons.defaults().withMinimumN(minimumN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid minimum n (must be >= 1): " + minimumN);
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.0, 1.0, -0.5, 95, Double.NaN})
  void aLevelOutsideTheOpenUnitIntervalIsRejected(double level) {
    assertThatThrownBy(() -> SegmentComparisons.defaults().withLevel(level))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Invalid confidence level " + level);
  }

  @Test
  void theOneSampleScoreMethodIsRejected() {
    assertThatThrownBy(() -> SegmentComparisons.defaults().withMethod(IntervalMethod.SCORE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SCORE")
        .hasMessageContaining("must be WALD, ADJUSTED_WALD or ADJUSTED_WALD_Z2_OVER_3");
  }

  @Test
  void nullsAreRejected() {
    SegmentComparisons defaults = SegmentComparisons.defaults();
    assertThatThrownBy(() -> defaults.withCorrection(null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> defaults.withMethod(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> defaults.againstComplement(null))
        .isInstanceOf(NullPointerException.class);
    Map<SegmentKey, NpsSummary> withNull = new LinkedHashMap<>();
    withNull.put(WARM, null);
    assertThatThrownBy(() -> defaults.againstComplement(withNull))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("warm");
  }

  @Test
  void rowsAndReportsCheckTheirParts() {
    NpsSummary summary = NpsSummary.ofCounts(20, 30, 50);
    NpsDifference difference = NpsDifference.between(summary, summary);
    assertThatThrownBy(
            () ->
                new SegmentDifference(
                    WARM,
                    summary,
                    summary,
                    Optional.of(difference),
                    OptionalDouble.empty(),
                    false,
                    Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("both present or both empty");
    assertThatThrownBy(
            () ->
                new SegmentDifference(
                    WARM,
                    summary,
                    summary,
                    Optional.empty(),
                    OptionalDouble.empty(),
                    true,
                    Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("significant without a comparison");
    assertThatThrownBy(
            () ->
                new SegmentDifference(
                    WARM,
                    summary,
                    summary,
                    Optional.of(difference),
                    OptionalDouble.of(1.5),
                    false,
                    Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid adjusted p-value for segment warm (must be in [0, 1]): 1.5");
    assertThatThrownBy(
            () ->
                new SegmentComparisonReport(
                    List.of(), MultipleComparisonCorrection.HOLM, IntervalMethod.WALD, 0.95, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid minimum n (must be >= 1): 0");

    Set<SegmentFlag> flags = new java.util.HashSet<>(Set.of(SegmentFlag.LOW_N));
    SegmentDifference row =
        new SegmentDifference(
            WARM, summary, summary, Optional.empty(), OptionalDouble.empty(), false, flags);
    flags.add(SegmentFlag.EMPTY);
    assertThat(row.flags()).as("a copy").containsExactly(SegmentFlag.LOW_N);
    assertThatThrownBy(() -> row.flags().add(SegmentFlag.EMPTY))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
