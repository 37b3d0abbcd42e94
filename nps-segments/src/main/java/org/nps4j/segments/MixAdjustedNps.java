package org.nps4j.segments;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.nps4j.core.Interval;
import org.nps4j.core.NpsSummary;

/**
 * One focus segment (a rep, say) of a {@link MixAdjustmentReport}: its crude NPS, its NPS
 * standardized to the report's standard mix, and the mix it actually has.
 *
 * <p>The adjusted NPS, its standard error and its interval are present together or not at all: they
 * are empty when the segment has no answered response in some mix value of positive standard
 * weight, so that it cannot be put on the standard mix without silently re-weighting the strata it
 * has. {@link #mixCoverage()} then says how much of the standard mix the segment covers, and {@link
 * #isStandardized()} is false. Instances are immutable.
 *
 * @param focusValue the focus segment's value, e.g. the rep
 * @param crude the tally of all the segment's cells together
 * @param crudeNps the NPS of {@code crude}, empty if it has no answered response
 * @param adjustedNps the NPS standardized to the standard mix, on [-100, 100]; empty if the segment
 *     does not cover the standard mix
 * @param standardError the standard error of the adjusted NPS (100 scale), from the method's
 *     adjusted counts; empty with {@code adjustedNps}
 * @param interval the confidence interval, centred as described in {@link MixAdjustment}; empty
 *     with {@code adjustedNps}
 * @param mixCoverage the total standard weight of the mix values in which the segment has an
 *     answered response, in [0, 1]; exactly 1 when the segment is standardized
 * @param ownMix the segment's own mix: each mix value's share of its n, over the mix values in
 *     which it has an answered response, in the input's order
 * @param flags why a figure is absent or to be read with care
 */
public record MixAdjustedNps(
    Object focusValue,
    NpsSummary crude,
    OptionalDouble crudeNps,
    OptionalDouble adjustedNps,
    OptionalDouble standardError,
    Optional<Interval> interval,
    double mixCoverage,
    Map<Object, Double> ownMix,
    Set<SegmentFlag> flags) {

  /**
   * Checks the row and copies the map and the set.
   *
   * @param focusValue the focus segment's value
   * @param crude the tally of all the segment's cells
   * @param crudeNps the NPS of {@code crude}, or empty
   * @param adjustedNps the standardized NPS, or empty
   * @param standardError the standard error of the adjusted NPS, or empty
   * @param interval the confidence interval, or empty
   * @param mixCoverage the total standard weight of the strata the segment has, in [0, 1]
   * @param ownMix each mix value's share of the segment's n
   * @param flags the row's flags
   * @throws IllegalArgumentException if {@code mixCoverage} is not in [0, 1]; if the adjusted NPS,
   *     the standard error and the interval are not all present or all empty; or if they are
   *     present while {@code mixCoverage} is below 1
   * @throws NullPointerException if an argument, a key or a value is null
   */
  public MixAdjustedNps {
    Objects.requireNonNull(focusValue, "focusValue");
    Objects.requireNonNull(crude, "crude");
    Objects.requireNonNull(crudeNps, "crudeNps");
    Objects.requireNonNull(adjustedNps, "adjustedNps");
    Objects.requireNonNull(standardError, "standardError");
    Objects.requireNonNull(interval, "interval");
    if (!(mixCoverage >= 0.0 && mixCoverage <= 1.0)) {
      throw new IllegalArgumentException(
          "Invalid mix coverage (must be in [0, 1]): " + mixCoverage);
    }
    if (adjustedNps.isPresent() != standardError.isPresent()
        || adjustedNps.isPresent() != interval.isPresent()) {
      throw new IllegalArgumentException(
          "Adjusted NPS, standard error and interval must be all present or all empty: "
              + adjustedNps
              + ", "
              + standardError
              + ", "
              + interval);
    }
    if (adjustedNps.isPresent() && mixCoverage < 1.0) {
      throw new IllegalArgumentException(
          "Invalid mix coverage for a standardized segment (must be 1): " + mixCoverage);
    }
    Map<Object, Double> mix = new LinkedHashMap<>();
    for (Map.Entry<Object, Double> entry : ownMix.entrySet()) {
      mix.put(
          Objects.requireNonNull(entry.getKey(), "mix value"),
          Objects.requireNonNull(entry.getValue(), "share"));
    }
    ownMix = Collections.unmodifiableMap(mix);
    Set<SegmentFlag> flagSet = EnumSet.noneOf(SegmentFlag.class);
    flagSet.addAll(flags);
    flags = Collections.unmodifiableSet(flagSet);
  }

  /**
   * Whether the segment covers the standard mix, so that the adjusted NPS is present.
   *
   * @return true if {@link #adjustedNps()} is present
   */
  public boolean isStandardized() {
    return adjustedNps.isPresent();
  }

  /**
   * How far the adjustment moves this segment's score: adjusted NPS minus crude NPS. Positive when
   * the segment's own mix held its crude NPS down (it sold more of the harder product than the
   * standard mix has).
   *
   * @return {@code adjustedNps - crudeNps}, empty if either is empty
   */
  public OptionalDouble adjustment() {
    return adjustedNps.isPresent() && crudeNps.isPresent()
        ? OptionalDouble.of(adjustedNps.getAsDouble() - crudeNps.getAsDouble())
        : OptionalDouble.empty();
  }

  /**
   * Whether the row carries a flag.
   *
   * @param flag the flag
   * @return true if {@link #flags()} contains it
   */
  public boolean has(SegmentFlag flag) {
    return flags.contains(flag);
  }
}
