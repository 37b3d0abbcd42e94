package org.nps4j.segments;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.nps4j.core.IntervalMethod;
import org.nps4j.core.NpsDifference;
import org.nps4j.core.NpsSummary;

/**
 * Answers "which segments differ from the rest?": each segment is compared with its complement (all
 * the other segments of the map together) by {@link NpsDifference}, and the p-values are adjusted
 * for the number of segments scanned, so that one rep out of twenty is not singled out by chance.
 *
 * <p>Obtain the options with {@link #defaults()} (minimum n 30, {@link
 * MultipleComparisonCorrection#HOLM}, {@link IntervalMethod#ADJUSTED_WALD}, level 0.95) and change
 * them with the {@code with} methods; then call {@link #againstComplement(Map)}:
 *
 * <pre>{@code
 * SegmentComparisonReport report =
 *     SegmentComparisons.defaults()
 *         .withCorrection(MultipleComparisonCorrection.BENJAMINI_HOCHBERG)
 *         .againstComplement(table.summaries());
 * report.significant().forEach(row -> System.out.println(row.segment() + " " + row.difference()));
 * }</pre>
 *
 * <h2>The complement</h2>
 *
 * The complement of a segment is the exact sum ({@link NpsSummary#plus(NpsSummary)}) of every other
 * segment, so that segment plus complement is the total of the map: score counts, counts known only
 * by category, and missing and declined answers alike. Under {@link
 * org.nps4j.core.UnansweredPolicy#COUNT_AS_PASSIVE} the unanswered surveys of the other segments
 * therefore count as passives of the complement, as they would in the total. The segments are
 * assumed to be disjoint (each response in one segment), as the segments of one table are.
 *
 * <h2>Small segments</h2>
 *
 * A segment is compared only when it and its complement each have at least the minimum number of
 * answered responses. Otherwise its row is flagged {@link SegmentFlag#LOW_N} (and {@link
 * SegmentFlag#EMPTY} when the segment has no answered response), has no difference, and is left out
 * of the correction's family: the family size is the number of compared segments.
 *
 * <h2>Significance</h2>
 *
 * A compared segment is significant when its adjusted two-sided p-value is below 1 &minus; level.
 * The intervals of the differences are per-comparison intervals at the level, not adjusted for
 * multiplicity, so with a correction an interval may exclude 0 while its row is not significant.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class SegmentComparisons {
  private static final SegmentComparisons DEFAULTS =
      new SegmentComparisons(
          30, MultipleComparisonCorrection.HOLM, IntervalMethod.ADJUSTED_WALD, 0.95);

  private final long minimumN;
  private final MultipleComparisonCorrection correction;
  private final IntervalMethod method;
  private final double level;

  private SegmentComparisons(
      long minimumN, MultipleComparisonCorrection correction, IntervalMethod method, double level) {
    this.minimumN = minimumN;
    this.correction = correction;
    this.method = method;
    this.level = level;
  }

  /**
   * The default options: minimum n 30, Holm's correction, the adjusted Wald method, level 0.95.
   *
   * @return the default options
   */
  public static SegmentComparisons defaults() {
    return DEFAULTS;
  }

  /**
   * Returns these options with another minimum number of answered responses, which a segment and
   * its complement each need to be compared.
   *
   * @param minimumN the minimum n, at least 1
   * @return the changed options
   * @throws IllegalArgumentException if {@code minimumN} is below 1
   */
  public SegmentComparisons withMinimumN(long minimumN) {
    return new SegmentComparisons(
        SegmentInputs.requireMinimumN(minimumN), correction, method, level);
  }

  /**
   * Returns these options with another multiple-comparison correction.
   *
   * @param correction the correction, e.g. {@link MultipleComparisonCorrection#BENJAMINI_HOCHBERG}
   * @return the changed options
   * @throws NullPointerException if {@code correction} is null
   */
  public SegmentComparisons withCorrection(MultipleComparisonCorrection correction) {
    return new SegmentComparisons(
        minimumN, Objects.requireNonNull(correction, "correction"), method, level);
  }

  /**
   * Returns these options with another method for the differences' statistics.
   *
   * @param method {@link IntervalMethod#WALD}, {@link IntervalMethod#ADJUSTED_WALD} or {@link
   *     IntervalMethod#ADJUSTED_WALD_Z2_OVER_3}
   * @return the changed options
   * @throws IllegalArgumentException if the method is {@link IntervalMethod#SCORE}, a one-sample
   *     method
   * @throws NullPointerException if {@code method} is null
   */
  public SegmentComparisons withMethod(IntervalMethod method) {
    Objects.requireNonNull(method, "method");
    if (method == IntervalMethod.SCORE) {
      throw new IllegalArgumentException(
          "Invalid interval method for comparing a segment with its complement (must be WALD,"
              + " ADJUSTED_WALD or ADJUSTED_WALD_Z2_OVER_3): "
              + method);
    }
    return new SegmentComparisons(minimumN, correction, method, level);
  }

  /**
   * Returns these options with another confidence level, which sets the intervals and the
   * significance threshold 1 &minus; level.
   *
   * @param level the level, strictly between 0 and 1
   * @return the changed options
   * @throws IllegalArgumentException if the level is outside (0, 1)
   */
  public SegmentComparisons withLevel(double level) {
    return new SegmentComparisons(minimumN, correction, method, StandardNormal.requireLevel(level));
  }

  /**
   * The minimum number of answered responses of a segment and of its complement.
   *
   * @return the minimum n
   */
  public long minimumN() {
    return minimumN;
  }

  /**
   * The multiple-comparison correction.
   *
   * @return the correction
   */
  public MultipleComparisonCorrection correction() {
    return correction;
  }

  /**
   * The interval method of the differences.
   *
   * @return the method
   */
  public IntervalMethod method() {
    return method;
  }

  /**
   * The confidence level.
   *
   * @return the level
   */
  public double level() {
    return level;
  }

  /**
   * Compares each segment with its complement.
   *
   * @param segments the segments' tallies; iteration order is report order. Every summary that
   *     counted anything must be on the same scale under the same unanswered policy.
   * @return one row per segment, in the map's order
   * @throws IllegalArgumentException if two summaries are on different scales or under different
   *     unanswered policies, naming both segments
   * @throws NullPointerException if the map, a key or a summary is null
   * @throws ArithmeticException if the total of all segments overflows a long
   */
  public SegmentComparisonReport againstComplement(Map<SegmentKey, NpsSummary> segments) {
    List<Map.Entry<SegmentKey, NpsSummary>> entries = SegmentInputs.requireConsistent(segments);
    int size = entries.size();
    NpsSummary empty = SegmentInputs.emptyLike(entries);

    // Complements as prefix sum plus suffix sum: exact, and linear in the number of segments.
    NpsSummary[] suffix = new NpsSummary[size + 1];
    suffix[size] = empty;
    for (int i = size - 1; i >= 0; i--) {
      suffix[i] = entries.get(i).getValue().plus(suffix[i + 1]);
    }
    NpsSummary[] complements = new NpsSummary[size];
    NpsSummary prefix = empty;
    for (int i = 0; i < size; i++) {
      complements[i] = prefix.plus(suffix[i + 1]);
      prefix = prefix.plus(entries.get(i).getValue());
    }

    NpsDifference[] differences = new NpsDifference[size];
    List<Integer> compared = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      NpsSummary segment = entries.get(i).getValue();
      if (segment.answered() >= minimumN && complements[i].answered() >= minimumN) {
        differences[i] = NpsDifference.between(segment, complements[i], method, level);
        compared.add(i);
      }
    }
    double[] rawPValues = new double[compared.size()];
    for (int j = 0; j < rawPValues.length; j++) {
      rawPValues[j] = differences[compared.get(j)].pValue();
    }
    double[] adjustedPValues = correction.adjust(rawPValues);
    double[] adjustedByRow = new double[size];
    for (int j = 0; j < adjustedPValues.length; j++) {
      adjustedByRow[compared.get(j)] = adjustedPValues[j];
    }

    double alpha = 1.0 - level;
    List<SegmentDifference> rows = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      SegmentKey key = entries.get(i).getKey();
      NpsSummary segment = entries.get(i).getValue();
      EnumSet<SegmentFlag> flags = SegmentInputs.keyFlags(key);
      if (differences[i] == null) {
        flags.add(SegmentFlag.LOW_N);
        if (segment.answered() == 0) {
          flags.add(SegmentFlag.EMPTY);
        }
        rows.add(
            new SegmentDifference(
                key,
                segment,
                complements[i],
                Optional.empty(),
                OptionalDouble.empty(),
                false,
                flags));
      } else {
        double adjusted = adjustedByRow[i];
        rows.add(
            new SegmentDifference(
                key,
                segment,
                complements[i],
                Optional.of(differences[i]),
                OptionalDouble.of(adjusted),
                adjusted < alpha,
                flags));
      }
    }
    return new SegmentComparisonReport(rows, correction, method, level, minimumN);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof SegmentComparisons other
        && other.minimumN == minimumN
        && other.correction == correction
        && other.method == method
        && Double.compare(other.level, level) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(minimumN, correction, method, level);
  }

  /**
   * The options, e.g. {@code SegmentComparisons[minimum n 30, HOLM, ADJUSTED_WALD, level 0.95]}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "SegmentComparisons[minimum n %d, %s, %s, level %s]",
        minimumN,
        correction,
        method,
        level);
  }
}
