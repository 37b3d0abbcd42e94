package org.nps4j.segments;

import java.util.List;
import java.util.Objects;
import org.nps4j.core.IntervalMethod;

/**
 * Which segments differ from the rest: one {@link SegmentDifference} per segment, in the order of
 * the input map, each against its complement, with p-values adjusted over the segments that were
 * compared. Made by {@link SegmentComparisons#againstComplement(java.util.Map)}.
 *
 * <p>No segment is dropped: segments too small to compare stay in {@link #rows()} with their flags
 * and are listed by {@link #flagged()}. The family of the multiple-comparison correction is the
 * compared rows only, so its size is {@link #familySize()}.
 *
 * @param rows one row per segment, in the input map's order; unmodifiable
 * @param correction how the p-values were adjusted for the number of segments compared
 * @param method the interval method of the differences
 * @param level the confidence level of the intervals; a row is significant when its adjusted
 *     p-value is below 1 &minus; level
 * @param minimumN the number of answered responses a segment and its complement each need to be
 *     compared
 */
public record SegmentComparisonReport(
    List<SegmentDifference> rows,
    MultipleComparisonCorrection correction,
    IntervalMethod method,
    double level,
    long minimumN) {

  /**
   * Checks the report and copies the rows.
   *
   * @param rows one row per segment
   * @param correction the multiple-comparison correction
   * @param method the interval method
   * @param level the confidence level
   * @param minimumN the minimum answered n
   * @throws IllegalArgumentException if the level is outside (0, 1) or the minimum n is below 1
   * @throws NullPointerException if an argument or a row is null
   */
  public SegmentComparisonReport {
    rows = List.copyOf(Objects.requireNonNull(rows, "rows"));
    Objects.requireNonNull(correction, "correction");
    Objects.requireNonNull(method, "method");
    StandardNormal.requireLevel(level);
    SegmentInputs.requireMinimumN(minimumN);
  }

  /**
   * The rows whose adjusted p-value is below 1 &minus; level, in report order.
   *
   * @return the significant rows
   */
  public List<SegmentDifference> significant() {
    return rows.stream().filter(SegmentDifference::significant).toList();
  }

  /**
   * The rows that were not compared because the segment or its complement had fewer answered
   * responses than the minimum n (flagged {@link SegmentFlag#LOW_N}), in report order.
   *
   * @return the rows left out of the comparison
   */
  public List<SegmentDifference> flagged() {
    return rows.stream().filter(row -> !row.isCompared()).toList();
  }

  /**
   * The rows that were compared, in report order: the family of the correction.
   *
   * @return the compared rows
   */
  public List<SegmentDifference> compared() {
    return rows.stream().filter(SegmentDifference::isCompared).toList();
  }

  /**
   * The number of compared rows, the n of the multiple-comparison correction.
   *
   * @return the family size
   */
  public int familySize() {
    return (int) rows.stream().filter(SegmentDifference::isCompared).count();
  }
}
