package org.nps4j.segments;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.nps4j.core.NpsDifference;
import org.nps4j.core.NpsSummary;

/**
 * One row of a {@link SegmentComparisonReport}: a segment against its complement (every other
 * segment of the same map, taken together), with the difference, its interval and p-value, the
 * p-value adjusted for the number of segments compared, and the verdict.
 *
 * <p>A segment is compared only when both it and its complement have at least the report's minimum
 * number of answered responses. Otherwise the row is kept, with {@link SegmentFlag#LOW_N} (and
 * {@link SegmentFlag#EMPTY} when the segment has no answered response), without a difference or an
 * adjusted p-value, and it is not significant. Rows also carry {@link SegmentFlag#MISSING_KEY} and
 * {@link SegmentFlag#OVERFLOW} from their key.
 *
 * @param segment the segment's key
 * @param segmentSummary the segment's tally
 * @param complementSummary the exact tally of every other segment together
 * @param difference the segment's NPS minus the complement's, with standard error, z, raw p-value
 *     and confidence interval (at the report's level, not adjusted for multiplicity); empty when
 *     the row was not compared
 * @param adjustedPValue the two-sided p-value adjusted by the report's correction over the family
 *     of compared rows; empty when the row was not compared
 * @param significant whether the adjusted p-value is below 1 &minus; level; false when not compared
 * @param flags why the row was not compared, or is to be read with care; unmodifiable
 */
public record SegmentDifference(
    SegmentKey segment,
    NpsSummary segmentSummary,
    NpsSummary complementSummary,
    Optional<NpsDifference> difference,
    OptionalDouble adjustedPValue,
    boolean significant,
    Set<SegmentFlag> flags) {

  /**
   * Checks the row and copies the flags.
   *
   * @param segment the segment's key
   * @param segmentSummary the segment's tally
   * @param complementSummary the tally of every other segment together
   * @param difference the segment minus its complement, or empty when not compared
   * @param adjustedPValue the adjusted p-value, or empty when not compared
   * @param significant whether the adjusted p-value is below 1 &minus; level
   * @param flags the row's flags
   * @throws IllegalArgumentException if exactly one of {@code difference} and {@code
   *     adjustedPValue} is present, the adjusted p-value is outside [0, 1], or a row without a
   *     difference is marked significant
   * @throws NullPointerException if an argument or a flag is null
   */
  public SegmentDifference {
    Objects.requireNonNull(segment, "segment");
    Objects.requireNonNull(segmentSummary, "segmentSummary");
    Objects.requireNonNull(complementSummary, "complementSummary");
    Objects.requireNonNull(difference, "difference");
    Objects.requireNonNull(adjustedPValue, "adjustedPValue");
    flags = SegmentInputs.copyOfFlags(flags);
    if (difference.isPresent() != adjustedPValue.isPresent()) {
      throw new IllegalArgumentException(
          "Invalid row for segment "
              + segment
              + " (difference and adjusted p-value must be both present or both empty): "
              + difference
              + ", "
              + adjustedPValue);
    }
    if (adjustedPValue.isPresent()
        && !(adjustedPValue.getAsDouble() >= 0.0 && adjustedPValue.getAsDouble() <= 1.0)) {
      throw new IllegalArgumentException(
          "Invalid adjusted p-value for segment "
              + segment
              + " (must be in [0, 1]): "
              + adjustedPValue.getAsDouble());
    }
    if (significant && difference.isEmpty()) {
      throw new IllegalArgumentException(
          "Invalid row for segment " + segment + " (significant without a comparison)");
    }
  }

  /**
   * Whether the segment was compared with its complement, i.e. both had the minimum n.
   *
   * @return true if {@link #difference()} is present
   */
  public boolean isCompared() {
    return difference.isPresent();
  }

  /**
   * The raw two-sided p-value of the comparison, before the multiple-comparison correction.
   *
   * @return the p-value, or empty when the row was not compared
   */
  public OptionalDouble pValue() {
    return difference.isPresent()
        ? OptionalDouble.of(difference.get().pValue())
        : OptionalDouble.empty();
  }
}
