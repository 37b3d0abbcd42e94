package org.nps4j.segments;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * One stratum's part in a {@link ChangeDecomposition}: its share of the answered responses and its
 * NPS in each period, and the part of the total NPS change it contributes through its share (mix
 * effect) and through its own NPS (within effect).
 *
 * <p>All figures are exact fractions; the {@code double} accessors are their roundings to the
 * nearest double. A stratum without an answered response in a period has share 0 and no NPS in it.
 * Instances are immutable.
 *
 * @param stratum the stratum, as keyed in the input (normalized by {@link
 *     SegmentKey#normalize(Object)})
 * @param shareBeforeExact the stratum's share of the before period's n, in [0, 1]
 * @param shareAfterExact the stratum's share of the after period's n, in [0, 1]
 * @param npsBeforeExact the stratum's NPS before (100 scale), empty if it had no answered response
 * @param npsAfterExact the stratum's NPS after (100 scale), empty if it had no answered response
 * @param mixEffectExact (s<sub>1</sub> &minus; s<sub>0</sub>)(N<sub>0</sub> + N<sub>1</sub>) / 2,
 *     in NPS points
 * @param withinEffectExact (N<sub>1</sub> &minus; N<sub>0</sub>)(s<sub>0</sub> + s<sub>1</sub>) /
 *     2, in NPS points
 */
public record StratumContribution(
    Object stratum,
    BigFraction shareBeforeExact,
    BigFraction shareAfterExact,
    Optional<BigFraction> npsBeforeExact,
    Optional<BigFraction> npsAfterExact,
    BigFraction mixEffectExact,
    BigFraction withinEffectExact) {

  /**
   * Checks the contribution.
   *
   * @param stratum the stratum
   * @param shareBeforeExact the share of the before period's n
   * @param shareAfterExact the share of the after period's n
   * @param npsBeforeExact the NPS before, empty if none
   * @param npsAfterExact the NPS after, empty if none
   * @param mixEffectExact the mix effect
   * @param withinEffectExact the within effect
   * @throws IllegalArgumentException if a share is outside [0, 1], or an NPS is present where the
   *     share is 0 or empty where it is positive
   * @throws NullPointerException if an argument is null
   */
  public StratumContribution {
    Objects.requireNonNull(stratum, "stratum");
    Objects.requireNonNull(mixEffectExact, "mixEffectExact");
    Objects.requireNonNull(withinEffectExact, "withinEffectExact");
    requireConsistent("before", shareBeforeExact, npsBeforeExact);
    requireConsistent("after", shareAfterExact, npsAfterExact);
  }

  private static void requireConsistent(
      String period, BigFraction share, Optional<BigFraction> nps) {
    Objects.requireNonNull(share, "share " + period);
    Objects.requireNonNull(nps, "nps " + period);
    if (share.signum() < 0 || share.compareTo(BigFraction.ONE) > 0) {
      throw new IllegalArgumentException(
          "Invalid share " + period + " (must be in [0, 1]): " + share);
    }
    if (nps.isPresent() != (share.signum() > 0)) {
      throw new IllegalArgumentException(
          "Invalid NPS "
              + period
              + " (must be present exactly when the share is positive): share "
              + share
              + ", NPS "
              + nps);
    }
  }

  /**
   * The stratum's share of the before period's n.
   *
   * @return the share, rounded to the nearest double
   */
  public double shareBefore() {
    return shareBeforeExact.doubleValue();
  }

  /**
   * The stratum's share of the after period's n.
   *
   * @return the share, rounded to the nearest double
   */
  public double shareAfter() {
    return shareAfterExact.doubleValue();
  }

  /**
   * The stratum's NPS before.
   *
   * @return the NPS rounded to the nearest double, empty if it had no answered response
   */
  public OptionalDouble npsBefore() {
    return toDouble(npsBeforeExact);
  }

  /**
   * The stratum's NPS after.
   *
   * @return the NPS rounded to the nearest double, empty if it had no answered response
   */
  public OptionalDouble npsAfter() {
    return toDouble(npsAfterExact);
  }

  private static OptionalDouble toDouble(Optional<BigFraction> exact) {
    return exact.isPresent()
        ? OptionalDouble.of(exact.get().doubleValue())
        : OptionalDouble.empty();
  }

  /**
   * The part of the total change due to the stratum's change of share.
   *
   * @return the mix effect in NPS points, rounded to the nearest double
   */
  public double mixEffect() {
    return mixEffectExact.doubleValue();
  }

  /**
   * The part of the total change due to the change of the stratum's own NPS.
   *
   * @return the within effect in NPS points, rounded to the nearest double
   */
  public double withinEffect() {
    return withinEffectExact.doubleValue();
  }

  /**
   * The stratum's whole contribution to the total change, s<sub>1</sub>N<sub>1</sub> &minus;
   * s<sub>0</sub>N<sub>0</sub>.
   *
   * @return mix effect plus within effect, exactly
   */
  public BigFraction contributionExact() {
    return mixEffectExact.add(withinEffectExact);
  }

  /**
   * The stratum's whole contribution to the total change.
   *
   * @return {@link #contributionExact()} rounded to the nearest double
   */
  public double contribution() {
    return contributionExact().doubleValue();
  }
}
