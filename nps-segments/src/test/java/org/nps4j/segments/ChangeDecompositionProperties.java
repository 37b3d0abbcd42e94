package org.nps4j.segments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nps4j.core.NpsSummary;
import org.nps4j.core.Scale;
import org.nps4j.core.UnansweredPolicy;
import org.nps4j.core.testing.Generator;
import org.nps4j.core.testing.NpsGenerators;

class ChangeDecompositionProperties {
  private static final int STRATA = 6;

  static LongStream seeds() {
    return LongStream.range(0, 300).map(i -> 0x5eed_2026_0d1fL ^ (i * 0x9E37_79B9_7F4A_7C15L));
  }

  /** Small samples drawn answer by answer, or huge counts that stress the exact arithmetic. */
  private static Generator<NpsSummary> summaries(SplittableRandom random) {
    return random.nextInt(4) == 0
        ? NpsGenerators.summariesOfCounts(1_000_000_000_000L)
        : NpsGenerators.summaries(Scale.STANDARD, UnansweredPolicy.EXCLUDE, 150);
  }

  /** Up to six strata, each present with probability 3/4 (possibly empty), one surely answered. */
  private static Map<String, NpsSummary> period(SplittableRandom random) {
    Generator<NpsSummary> summaries = summaries(random);
    Map<String, NpsSummary> strata = new LinkedHashMap<>();
    for (int m = 0; m < STRATA; m++) {
      if (random.nextInt(4) > 0) {
        strata.put("stratum" + m, summaries.next(random));
      }
    }
    if (strata.values().stream().allMatch(NpsSummary::isEmpty)) {
      strata.put("stratum" + random.nextInt(STRATA), NpsSummary.ofCounts(1, 2, 3));
    }
    return strata;
  }

  /** Counts with random category shares and the given total n. */
  private static NpsSummary withTotal(SplittableRandom random, long n) {
    long detractors = random.nextLong(n + 1);
    long promoters = random.nextLong(n - detractors + 1);
    return NpsSummary.ofCounts(detractors, n - detractors - promoters, promoters);
  }

  private static NpsSummary times(NpsSummary summary, long factor) {
    return NpsSummary.ofCounts(
        summary.detractors() * factor, summary.passives() * factor, summary.promoters() * factor);
  }

  private static BigFraction totalNps(Map<String, NpsSummary> strata) {
    NpsSummary total = NpsSummary.empty();
    for (NpsSummary summary : strata.values()) {
      total = total.plus(summary);
    }
    return total.netPromoterScoreExact();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void effectsSumExactlyToTheTotalChange(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Map<String, NpsSummary> before = period(random);
    Map<String, NpsSummary> after = period(random);

    ChangeDecomposition decomposition = ChangeDecomposition.between(before, after);

    String input = "before " + before + ", after " + after;
    assertThat(decomposition.totalChangeExact())
        .as("seed %d, %s", seed, input)
        .isEqualTo(totalNps(after).subtract(totalNps(before)));
    assertThat(decomposition.mixEffectExact().add(decomposition.withinEffectExact()))
        .as("seed %d, %s", seed, input)
        .isEqualTo(decomposition.totalChangeExact());
    BigFraction mix = BigFraction.ZERO;
    BigFraction within = BigFraction.ZERO;
    BigFraction contributions = BigFraction.ZERO;
    BigFraction sharesBefore = BigFraction.ZERO;
    BigFraction sharesAfter = BigFraction.ZERO;
    for (StratumContribution stratum : decomposition.strata()) {
      mix = mix.add(stratum.mixEffectExact());
      within = within.add(stratum.withinEffectExact());
      contributions = contributions.add(stratum.contributionExact());
      sharesBefore = sharesBefore.add(stratum.shareBeforeExact());
      sharesAfter = sharesAfter.add(stratum.shareAfterExact());
    }
    assertThat(mix).as("seed %d, %s", seed, input).isEqualTo(decomposition.mixEffectExact());
    assertThat(within).as("seed %d, %s", seed, input).isEqualTo(decomposition.withinEffectExact());
    assertThat(contributions)
        .as("seed %d, %s", seed, input)
        .isEqualTo(decomposition.totalChangeExact());
    assertThat(sharesBefore).as("seed %d, %s", seed, input).isEqualTo(BigFraction.ONE);
    assertThat(sharesAfter).as("seed %d, %s", seed, input).isEqualTo(BigFraction.ONE);
    assertThat(decomposition.mixEffect()).isEqualTo(decomposition.mixEffectExact().doubleValue());
    assertThat(decomposition.withinEffect())
        .isEqualTo(decomposition.withinEffectExact().doubleValue());
    assertThat(decomposition.totalChange())
        .isEqualTo(decomposition.totalChangeExact().doubleValue());
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void eachStratumContributesItsChangeOfShareTimesNps(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Map<String, NpsSummary> before = period(random);
    Map<String, NpsSummary> after = period(random);

    ChangeDecomposition decomposition = ChangeDecomposition.between(before, after);

    for (StratumContribution stratum : decomposition.strata()) {
      // s1 N1 - s0 N0, with a missing NPS multiplied by a zero share.
      BigFraction expected =
          stratum
              .shareAfterExact()
              .multiply(stratum.npsAfterExact().orElse(BigFraction.ZERO))
              .subtract(
                  stratum
                      .shareBeforeExact()
                      .multiply(stratum.npsBeforeExact().orElse(BigFraction.ZERO)));
      assertThat(stratum.contributionExact())
          .as("seed %d, stratum %s, before %s, after %s", seed, stratum, before, after)
          .isEqualTo(expected);
      if (stratum.npsBeforeExact().isEmpty() || stratum.npsAfterExact().isEmpty()) {
        assertThat(stratum.withinEffectExact()).isEqualTo(BigFraction.ZERO);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void noChangeHasNoEffects(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Map<String, NpsSummary> period = period(random);

    ChangeDecomposition decomposition = ChangeDecomposition.between(period, Map.copyOf(period));

    assertThat(decomposition.totalChangeExact())
        .as("seed %d, %s", seed, period)
        .isEqualTo(BigFraction.ZERO);
    assertThat(decomposition.mixEffectExact()).isEqualTo(BigFraction.ZERO);
    assertThat(decomposition.withinEffectExact()).isEqualTo(BigFraction.ZERO);
    assertThat(decomposition.strata())
        .allSatisfy(
            stratum -> {
              assertThat(stratum.mixEffectExact()).isEqualTo(BigFraction.ZERO);
              assertThat(stratum.withinEffectExact()).isEqualTo(BigFraction.ZERO);
            });
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void unchangedSharesHaveNoMixEffect(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Map<String, NpsSummary> before = new LinkedHashMap<>();
    Map<String, NpsSummary> after = new LinkedHashMap<>();
    long factor = 1 + random.nextInt(5);
    int strata = 1 + random.nextInt(STRATA);
    for (int m = 0; m < strata; m++) {
      long n = 1 + random.nextLong(random.nextBoolean() ? 200 : 1_000_000_000_000L);
      before.put("stratum" + m, withTotal(random, n));
      after.put("stratum" + m, withTotal(random, n * factor));
    }

    ChangeDecomposition decomposition = ChangeDecomposition.between(before, after);

    assertThat(decomposition.mixEffectExact())
        .as("seed %d, before %s, after %s", seed, before, after)
        .isEqualTo(BigFraction.ZERO);
    assertThat(decomposition.withinEffectExact()).isEqualTo(decomposition.totalChangeExact());
    assertThat(decomposition.strata())
        .allSatisfy(stratum -> assertThat(stratum.mixEffectExact()).isEqualTo(BigFraction.ZERO));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void unchangedStratumNpsHasNoWithinEffect(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Map<String, NpsSummary> before = period(random);
    Map<String, NpsSummary> after = new LinkedHashMap<>();
    // Each answered stratum kept (its counts scaled, so its NPS is the same) or dropped; strata new
    // in the after period can only add mix effect.
    for (Map.Entry<String, NpsSummary> stratum : before.entrySet()) {
      if (random.nextInt(4) > 0) {
        after.put(stratum.getKey(), times(stratum.getValue(), 1 + random.nextInt(6)));
      }
    }
    if (random.nextBoolean() || after.values().stream().allMatch(NpsSummary::isEmpty)) {
      after.put("new", withTotal(random, 1 + random.nextInt(300)));
    }

    ChangeDecomposition decomposition = ChangeDecomposition.between(before, after);

    assertThat(decomposition.withinEffectExact())
        .as("seed %d, before %s, after %s", seed, before, after)
        .isEqualTo(BigFraction.ZERO);
    assertThat(decomposition.mixEffectExact()).isEqualTo(decomposition.totalChangeExact());
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void swappingThePeriodsNegatesEveryEffect(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Map<String, NpsSummary> before = period(random);
    Map<String, NpsSummary> after = period(random);

    ChangeDecomposition forward = ChangeDecomposition.between(before, after);
    ChangeDecomposition backward = ChangeDecomposition.between(after, before);

    String input = "before " + before + ", after " + after;
    assertThat(backward.mixEffectExact())
        .as("seed %d, %s", seed, input)
        .isEqualTo(forward.mixEffectExact().negate());
    assertThat(backward.withinEffectExact())
        .as("seed %d, %s", seed, input)
        .isEqualTo(forward.withinEffectExact().negate());
    List<StratumContribution> strata = forward.strata();
    for (StratumContribution stratum : strata) {
      StratumContribution reversed =
          backward.strata().stream()
              .filter(other -> other.stratum().equals(stratum.stratum()))
              .findFirst()
              .orElseThrow();
      assertThat(reversed.mixEffectExact())
          .as("seed %d, stratum %s, %s", seed, stratum.stratum(), input)
          .isEqualTo(stratum.mixEffectExact().negate());
      assertThat(reversed.shareBeforeExact()).isEqualTo(stratum.shareAfterExact());
    }
    assertThat(backward.strata()).hasSameSizeAs(strata);
  }
}
