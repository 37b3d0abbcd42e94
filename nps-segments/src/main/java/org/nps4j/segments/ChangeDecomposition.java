package org.nps4j.segments;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.numbers.fraction.BigFraction;
import org.nps4j.core.NpsSummary;

/**
 * The change of NPS between two periods split into a mix effect (the strata's shares of the
 * responses moved, e.g. more cold leads) and a within effect (the strata's own NPS moved), which
 * sum exactly to the total change.
 *
 * <p>Obtain one with {@link #between(Map, Map)} from the tally of each stratum (lead type, product,
 * segment key) in each period. With s<sub>t,m</sub> the share of stratum m in the n of period t and
 * N<sub>t,m</sub> its NPS, the period's NPS is N<sub>t</sub> = &Sigma;<sub>m</sub> s<sub>t,m</sub>
 * N<sub>t,m</sub>, and the change splits symmetrically (the midpoint, or Shapley, split, which does
 * not depend on which period is the base):
 *
 * <blockquote>
 *
 * mix = &Sigma;<sub>m</sub> (s<sub>1,m</sub> &minus; s<sub>0,m</sub>) (N<sub>0,m</sub> +
 * N<sub>1,m</sub>) / 2<br>
 * within = &Sigma;<sub>m</sub> (N<sub>1,m</sub> &minus; N<sub>0,m</sub>) (s<sub>0,m</sub> +
 * s<sub>1,m</sub>) / 2
 *
 * </blockquote>
 *
 * <p>A stratum with no answered response in one period (share 0 there) has no NPS in it; its NPS
 * for that period is taken equal to the other period's, so its whole contribution is mix effect: a
 * stratum that appears brings its NPS in by its share, one that disappears takes it out.
 *
 * <h2>Exactness</h2>
 *
 * Every figure is computed in exact rational arithmetic ({@link BigFraction}) from the exact
 * counts, so that {@code mixEffectExact().add(withinEffectExact()).equals(totalChangeExact())}
 * always holds, and the per-stratum effects sum exactly to the totals. The {@code double} accessors
 * are the roundings of the exact values to the nearest double; being rounded separately, the double
 * mix and within effects can differ from the double total by an ulp.
 *
 * <h2>Strata and totals</h2>
 *
 * Strata are matched between the periods by their keys, normalized by {@link
 * SegmentKey#normalize(Object)}. A stratum without an answered response in both periods is left
 * out. {@link #before()} and {@link #after()} are the sums of the strata that have an answered
 * response, so that the total change is {@code after().netPromoterScoreExact() -
 * before().netPromoterScoreExact()}; under {@link org.nps4j.core.UnansweredPolicy#COUNT_AS_PASSIVE}
 * the unanswered surveys of a stratum without any answered response are therefore not counted.
 * Instances are immutable.
 */
public final class ChangeDecomposition {
  private static final BigFraction TWO = BigFraction.of(2);

  private final NpsSummary before;
  private final NpsSummary after;
  private final BigFraction totalChange;
  private final BigFraction mixEffect;
  private final BigFraction withinEffect;
  private final List<StratumContribution> strata;

  private ChangeDecomposition(
      NpsSummary before,
      NpsSummary after,
      BigFraction mixEffect,
      BigFraction withinEffect,
      List<StratumContribution> strata) {
    this.before = before;
    this.after = after;
    this.totalChange = after.netPromoterScoreExact().subtract(before.netPromoterScoreExact());
    this.mixEffect = mixEffect;
    this.withinEffect = withinEffect;
    this.strata = List.copyOf(strata);
  }

  /**
   * Decomposes the NPS change from one period to the next.
   *
   * @param before the tally of each stratum in the earlier period (period 0)
   * @param after the tally of each stratum in the later period (period 1)
   * @return the decomposition of NPS(after) &minus; NPS(before)
   * @throws IllegalArgumentException if either period has no answered response; if the summaries
   *     are on different scales or under different unanswered policies; or if two keys of one
   *     period normalize to the same stratum
   * @throws NullPointerException if a map, a key or a summary is null
   */
  public static ChangeDecomposition between(Map<?, NpsSummary> before, Map<?, NpsSummary> after) {
    Map<Object, NpsSummary> strataBefore = answeredStrata("before", before);
    Map<Object, NpsSummary> strataAfter = answeredStrata("after", after);
    NpsSummary first = strataBefore.values().iterator().next();
    requireSameScaleAndPolicy(first, strataBefore);
    requireSameScaleAndPolicy(first, strataAfter);
    NpsSummary totalBefore = sum(strataBefore);
    NpsSummary totalAfter = sum(strataAfter);

    Set<Object> allStrata = new LinkedHashSet<>(strataBefore.keySet());
    allStrata.addAll(strataAfter.keySet());
    List<StratumContribution> contributions = new ArrayList<>(allStrata.size());
    BigFraction mix = BigFraction.ZERO;
    BigFraction within = BigFraction.ZERO;
    for (Object stratum : allStrata) {
      NpsSummary summaryBefore = strataBefore.get(stratum);
      NpsSummary summaryAfter = strataAfter.get(stratum);
      BigFraction shareBefore = share(summaryBefore, totalBefore);
      BigFraction shareAfter = share(summaryAfter, totalAfter);
      Optional<BigFraction> npsBefore =
          Optional.ofNullable(summaryBefore).map(NpsSummary::netPromoterScoreExact);
      Optional<BigFraction> npsAfter =
          Optional.ofNullable(summaryAfter).map(NpsSummary::netPromoterScoreExact);
      // An absent period takes the present one's NPS, so that the stratum's change is all mix.
      BigFraction npsFrom = npsBefore.orElseGet(npsAfter::get);
      BigFraction npsTo = npsAfter.orElse(npsFrom);
      BigFraction stratumMix =
          shareAfter.subtract(shareBefore).multiply(npsFrom.add(npsTo)).divide(TWO);
      BigFraction stratumWithin =
          npsTo.subtract(npsFrom).multiply(shareBefore.add(shareAfter)).divide(TWO);
      mix = mix.add(stratumMix);
      within = within.add(stratumWithin);
      contributions.add(
          new StratumContribution(
              stratum, shareBefore, shareAfter, npsBefore, npsAfter, stratumMix, stratumWithin));
    }
    return new ChangeDecomposition(totalBefore, totalAfter, mix, within, contributions);
  }

  /** The strata of one period that have an answered response, by normalized key, in input order. */
  private static Map<Object, NpsSummary> answeredStrata(
      String period, Map<?, NpsSummary> summaries) {
    Objects.requireNonNull(summaries, period);
    Map<Object, Object> keysSeen = new LinkedHashMap<>();
    Map<Object, NpsSummary> answered = new LinkedHashMap<>();
    for (Map.Entry<?, NpsSummary> entry : summaries.entrySet()) {
      Object key = Objects.requireNonNull(entry.getKey(), () -> "stratum " + period);
      NpsSummary summary =
          Objects.requireNonNull(
              entry.getValue(), () -> "summary of stratum " + key + " " + period);
      Object stratum = SegmentKey.normalize(key);
      Object earlier = keysSeen.putIfAbsent(stratum, key);
      if (earlier != null) {
        throw new IllegalArgumentException(
            "Invalid strata "
                + period
                + " (each stratum once): keys "
                + earlier
                + " and "
                + key
                + " are both the stratum "
                + stratum);
      }
      if (!summary.isEmpty()) {
        answered.put(stratum, summary);
      }
    }
    if (answered.isEmpty()) {
      throw new IllegalArgumentException(
          "Cannot decompose an NPS change: no answered response "
              + period
              + " (strata: "
              + summaries.size()
              + ", none answered)");
    }
    return answered;
  }

  private static void requireSameScaleAndPolicy(NpsSummary first, Map<Object, NpsSummary> strata) {
    for (Map.Entry<Object, NpsSummary> entry : strata.entrySet()) {
      NpsSummary summary = entry.getValue();
      if (!summary.scale().equals(first.scale())) {
        throw new IllegalArgumentException(
            "Cannot decompose summaries on different scales: "
                + first.scale()
                + " and, for stratum "
                + entry.getKey()
                + ", "
                + summary.scale());
      }
      if (summary.unansweredPolicy() != first.unansweredPolicy()) {
        throw new IllegalArgumentException(
            "Cannot decompose summaries under different unanswered policies: "
                + first.unansweredPolicy()
                + " and, for stratum "
                + entry.getKey()
                + ", "
                + summary.unansweredPolicy());
      }
    }
  }

  private static NpsSummary sum(Map<Object, NpsSummary> strata) {
    NpsSummary total = null;
    for (NpsSummary summary : strata.values()) {
      total = total == null ? summary : total.plus(summary);
    }
    return total;
  }

  private static BigFraction share(NpsSummary stratum, NpsSummary total) {
    return stratum == null ? BigFraction.ZERO : BigFraction.of(stratum.count(), total.count());
  }

  /**
   * The tally of the earlier period: the sum of its strata with an answered response.
   *
   * @return the before total
   */
  public NpsSummary before() {
    return before;
  }

  /**
   * The tally of the later period: the sum of its strata with an answered response.
   *
   * @return the after total
   */
  public NpsSummary after() {
    return after;
  }

  /**
   * The NPS change, NPS(after) &minus; NPS(before), exactly.
   *
   * @return the total change in NPS points
   */
  public BigFraction totalChangeExact() {
    return totalChange;
  }

  /**
   * The part of the change due to the strata's shares moving, exactly.
   *
   * @return the mix effect in NPS points
   */
  public BigFraction mixEffectExact() {
    return mixEffect;
  }

  /**
   * The part of the change due to the strata's own NPS moving, exactly.
   *
   * @return the within effect in NPS points
   */
  public BigFraction withinEffectExact() {
    return withinEffect;
  }

  /**
   * The NPS change, NPS(after) &minus; NPS(before).
   *
   * @return {@link #totalChangeExact()} rounded to the nearest double
   */
  public double totalChange() {
    return totalChange.doubleValue();
  }

  /**
   * The part of the change due to the strata's shares moving.
   *
   * @return {@link #mixEffectExact()} rounded to the nearest double
   */
  public double mixEffect() {
    return mixEffect.doubleValue();
  }

  /**
   * The part of the change due to the strata's own NPS moving.
   *
   * @return {@link #withinEffectExact()} rounded to the nearest double
   */
  public double withinEffect() {
    return withinEffect.doubleValue();
  }

  /**
   * Each stratum's contribution: the strata of the before period in its input order, then those
   * that appear only after.
   *
   * @return an unmodifiable list of the strata with an answered response in either period
   */
  public List<StratumContribution> strata() {
    return strata;
  }

  /**
   * A description such as {@code ChangeDecomposition[total 14.0 = mix 5.0 + within 9.0, 3 strata]}.
   */
  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "ChangeDecomposition[total %.1f = mix %.1f + within %.1f, %d strata]",
        totalChange(),
        mixEffect(),
        withinEffect(),
        strata.size());
  }
}
