package org.nps4j.segments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.nps4j.core.NpsAccumulator;
import org.nps4j.core.NpsSummary;
import org.nps4j.core.Scale;
import org.nps4j.core.UnansweredPolicy;

class ChangeDecompositionTest {

  private static NpsSummary counts(long detractors, long passives, long promoters) {
    return NpsSummary.ofCounts(detractors, passives, promoters);
  }

  private static BigFraction exact(long numerator, long denominator) {
    return BigFraction.of(numerator, denominator);
  }

  private static BigFraction exact(long value) {
    return BigFraction.of(value);
  }

  /**
   * Before: warm 60 answers at NPS 50 (36 promoters, 6 detractors), cold 40 at NPS -10 (8, 12).
   * Total 100 answers, NPS (30 - 4) / 100 * 100 = 26.
   */
  private static Map<String, NpsSummary> leadsBefore() {
    Map<String, NpsSummary> before = new LinkedHashMap<>();
    before.put("warm", counts(6, 18, 36));
    before.put("cold", counts(12, 20, 8));
    return before;
  }

  /**
   * After: warm 40 at NPS 60 (28, 4), cold 40 at NPS 0 (10, 10), and a new stratum, referral, 20 at
   * NPS 80 (16, 0). Total 100 answers, NPS (24 + 0 + 16) / 100 * 100 = 40.
   */
  private static Map<String, NpsSummary> leadsAfter() {
    Map<String, NpsSummary> after = new LinkedHashMap<>();
    after.put("warm", counts(4, 8, 28));
    after.put("cold", counts(10, 20, 10));
    after.put("referral", counts(0, 4, 16));
    return after;
  }

  @Test
  void decomposesAChangeWithANewStratumByHand() {
    ChangeDecomposition decomposition = ChangeDecomposition.between(leadsBefore(), leadsAfter());

    // Shares before: warm 0.6, cold 0.4, referral 0; after: 0.4, 0.4, 0.2.
    //   warm:     mix (0.4 - 0.6) (50 + 60) / 2 = -11; within (60 - 50) (0.6 + 0.4) / 2 = 5
    //   cold:     mix (0.4 - 0.4) (-10 + 0) / 2 = 0;   within (0 + 10) (0.4 + 0.4) / 2 = 4
    //   referral: NPS before taken as 80: mix (0.2 - 0) (80 + 80) / 2 = 16; within 0
    // Mix -11 + 0 + 16 = 5, within 5 + 4 + 0 = 9, total 40 - 26 = 14.
    assertThat(decomposition.totalChangeExact()).isEqualTo(exact(14));
    assertThat(decomposition.mixEffectExact()).isEqualTo(exact(5));
    assertThat(decomposition.withinEffectExact()).isEqualTo(exact(9));
    assertThat(decomposition.totalChange()).isEqualTo(14.0);
    assertThat(decomposition.mixEffect()).isEqualTo(5.0);
    assertThat(decomposition.withinEffect()).isEqualTo(9.0);
    assertThat(decomposition.before()).isEqualTo(counts(18, 38, 44));
    assertThat(decomposition.after()).isEqualTo(counts(14, 32, 54));

    List<StratumContribution> strata = decomposition.strata();
    assertThat(strata)
        .extracting(StratumContribution::stratum)
        .containsExactly("warm", "cold", "referral");
    assertThat(strata.get(0))
        .isEqualTo(
            new StratumContribution(
                "warm",
                exact(3, 5),
                exact(2, 5),
                Optional.of(exact(50)),
                Optional.of(exact(60)),
                exact(-11),
                exact(5)));
    assertThat(strata.get(1).mixEffectExact()).isEqualTo(BigFraction.ZERO);
    assertThat(strata.get(1).withinEffectExact()).isEqualTo(exact(4));
    assertThat(strata.get(1).npsBefore().getAsDouble()).isEqualTo(-10.0);
    StratumContribution referral = strata.get(2);
    assertThat(referral.shareBefore()).isZero();
    assertThat(referral.shareAfter()).isEqualTo(0.2);
    assertThat(referral.npsBefore()).isEmpty();
    assertThat(referral.npsAfter().getAsDouble()).isEqualTo(80.0);
    assertThat(referral.mixEffect()).isEqualTo(16.0);
    assertThat(referral.withinEffect()).isZero();
    assertThat(referral.contributionExact()).isEqualTo(exact(16));
    assertThat(decomposition)
        .hasToString("ChangeDecomposition[total 14.0 = mix 5.0 + within 9.0, 3 strata]");
  }

  @Test
  void fractionalEffectsAreExactWhenAStratumDisappears() {
    // Before: a 3 answers (1 promoter, 2 passives: NPS 100/3), b 1 detractor (NPS -100); total
    // NPS 100 * (1 - 1) / 4 = 0. After: a 1 promoter (NPS 100), b gone; total NPS 100.
    // Shares before 3/4, 1/4; after 1, 0.
    //   a: mix (1 - 3/4) (100/3 + 100) / 2 = 1/4 * 200/3 = 50/3
    //      within (100 - 100/3) (3/4 + 1) / 2 = 200/3 * 7/8 = 175/3
    //   b: NPS after taken as -100: mix (0 - 1/4) (-100 - 100) / 2 = 25, within 0
    // Mix 50/3 + 25 = 125/3, within 175/3, total 300/3 = 100.
    Map<String, NpsSummary> before = new LinkedHashMap<>();
    before.put("a", counts(0, 2, 1));
    before.put("b", counts(1, 0, 0));
    Map<String, NpsSummary> after = Map.of("a", counts(0, 0, 1));

    ChangeDecomposition decomposition = ChangeDecomposition.between(before, after);

    assertThat(decomposition.mixEffectExact()).isEqualTo(exact(125, 3));
    assertThat(decomposition.withinEffectExact()).isEqualTo(exact(175, 3));
    assertThat(decomposition.totalChangeExact()).isEqualTo(exact(100));
    assertThat(decomposition.mixEffect()).isEqualTo(125.0 / 3);
    assertThat(decomposition.withinEffect()).isEqualTo(175.0 / 3);
    StratumContribution a = decomposition.strata().get(0);
    assertThat(a.mixEffectExact()).isEqualTo(exact(50, 3));
    assertThat(a.withinEffectExact()).isEqualTo(exact(175, 3));
    assertThat(a.npsBeforeExact()).contains(exact(100, 3));
    assertThat(a.shareBeforeExact()).isEqualTo(exact(3, 4));
    StratumContribution b = decomposition.strata().get(1);
    assertThat(b.mixEffectExact()).isEqualTo(exact(25));
    assertThat(b.withinEffectExact()).isEqualTo(BigFraction.ZERO);
    assertThat(b.npsAfter()).isEmpty();
    assertThat(b.shareAfterExact()).isEqualTo(BigFraction.ZERO);
  }

  @Test
  void emptyStrataCountAsAbsent() {
    Map<String, NpsSummary> before = leadsBefore();
    before.put("referral", NpsSummary.empty());
    before.put("partner", NpsSummary.empty());
    Map<String, NpsSummary> after = leadsAfter();
    after.put("partner", NpsSummary.empty());

    ChangeDecomposition decomposition = ChangeDecomposition.between(before, after);

    // As in the hand example: the empty referral stratum before is absent, partner is left out.
    assertThat(decomposition.mixEffectExact()).isEqualTo(exact(5));
    assertThat(decomposition.withinEffectExact()).isEqualTo(exact(9));
    assertThat(decomposition.strata())
        .extracting(StratumContribution::stratum)
        .containsExactly("warm", "cold", "referral");
  }

  @Test
  void unansweredSurveysOfAStratumWithoutAnswersAreNotCounted() {
    NpsAccumulator blanks =
        NpsAccumulator.create(Scale.STANDARD, UnansweredPolicy.COUNT_AS_PASSIVE);
    blanks.addMissing(50);
    NpsAccumulator answered =
        NpsAccumulator.create(Scale.STANDARD, UnansweredPolicy.COUNT_AS_PASSIVE);
    answered.add(10, 3);
    answered.add(0, 1);
    Map<String, NpsSummary> before = new LinkedHashMap<>();
    before.put("a", answered.snapshot());
    before.put("b", blanks.snapshot());

    ChangeDecomposition decomposition =
        ChangeDecomposition.between(before, Map.of("a", answered.snapshot()));

    // Stratum b has no NPS: the before total is a alone, NPS 100 * (3 - 1) / 4 = 50.
    assertThat(decomposition.before()).isEqualTo(answered.snapshot());
    assertThat(decomposition.totalChangeExact()).isEqualTo(BigFraction.ZERO);
    assertThat(decomposition.strata()).hasSize(1);
  }

  @Test
  void segmentKeysWorkAsStrata() {
    Map<SegmentKey, NpsSummary> before = new LinkedHashMap<>();
    before.put(SegmentKey.of("warm", "EMEA"), counts(6, 18, 36));
    before.put(SegmentKey.of("cold", "EMEA"), counts(12, 20, 8));
    Map<SegmentKey, NpsSummary> after = new LinkedHashMap<>();
    after.put(SegmentKey.of("warm", "EMEA"), counts(4, 8, 28));
    after.put(SegmentKey.of("cold", "EMEA"), counts(10, 20, 10));
    after.put(SegmentKey.of("referral", "EMEA"), counts(0, 4, 16));

    ChangeDecomposition decomposition = ChangeDecomposition.between(before, after);

    assertThat(decomposition.mixEffectExact()).isEqualTo(exact(5));
    assertThat(decomposition.strata().get(2).stratum())
        .isEqualTo(SegmentKey.of("referral", "EMEA"));
  }

  @Test
  void missingKeysAreOneStratum() {
    Map<Object, NpsSummary> before = new LinkedHashMap<>();
    before.put("", counts(1, 0, 1));
    Map<Object, NpsSummary> after = new LinkedHashMap<>();
    after.put(Optional.empty(), counts(0, 0, 2));

    ChangeDecomposition decomposition = ChangeDecomposition.between(before, after);

    // One stratum (missing) with share 1 in both periods: NPS 0 -> 100 is all within.
    assertThat(decomposition.strata()).hasSize(1);
    assertThat(decomposition.strata().get(0).stratum()).isEqualTo(SpecialKeyValue.MISSING);
    assertThat(decomposition.withinEffectExact()).isEqualTo(exact(100));
    assertThat(decomposition.mixEffectExact()).isEqualTo(BigFraction.ZERO);
  }

  @Test
  void aPeriodWithoutAnswersIsAnError() {
    assertThatThrownBy(() -> ChangeDecomposition.between(Map.of(), leadsAfter()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no answered response before");
    assertThatThrownBy(
            () -> ChangeDecomposition.between(leadsBefore(), Map.of("x", NpsSummary.empty())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no answered response after");
  }

  @Test
  void summariesMustShareScaleAndPolicy() {
    Map<String, NpsSummary> otherScale =
        Map.of("warm", NpsSummary.ofCounts(Scale.ONE_TO_FIVE, 1, 1, 1));
    NpsAccumulator passive =
        NpsAccumulator.create(Scale.STANDARD, UnansweredPolicy.COUNT_AS_PASSIVE);
    passive.add(9);
    Map<String, NpsSummary> otherPolicy = Map.of("warm", passive.snapshot());

    assertThatThrownBy(() -> ChangeDecomposition.between(leadsBefore(), otherScale))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("different scales")
        .hasMessageContaining("1-5");
    assertThatThrownBy(() -> ChangeDecomposition.between(leadsBefore(), otherPolicy))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("different unanswered policies")
        .hasMessageContaining("COUNT_AS_PASSIVE");
  }

  @Test
  void keysThatNormalizeToOneStratumAreAnError() {
    Map<String, NpsSummary> before = new LinkedHashMap<>();
    before.put("", counts(1, 1, 1));
    before.put(" ", counts(1, 1, 1));

    assertThatThrownBy(() -> ChangeDecomposition.between(before, leadsAfter()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("each stratum once")
        .hasMessageContaining("(missing)");
  }

  @Test
  void nullsAreRejected() {
    Map<String, NpsSummary> withNull = new LinkedHashMap<>();
    withNull.put("warm", null);

    assertThatThrownBy(() -> ChangeDecomposition.between(null, leadsAfter()))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ChangeDecomposition.between(leadsBefore(), withNull))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("warm");
  }

  @Test
  void contributionRejectsInconsistentFigures() {
    assertThatThrownBy(
            () ->
                new StratumContribution(
                    "a",
                    exact(3, 2),
                    exact(1, 2),
                    Optional.of(exact(1)),
                    Optional.of(exact(1)),
                    BigFraction.ZERO,
                    BigFraction.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid share before (must be in [0, 1]): 3 / 2");
    assertThatThrownBy(
            () ->
                new StratumContribution(
                    "a",
                    BigFraction.ZERO,
                    exact(1, 2),
                    Optional.of(exact(1)),
                    Optional.of(exact(1)),
                    BigFraction.ZERO,
                    BigFraction.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("present exactly when the share is positive");
  }
}
