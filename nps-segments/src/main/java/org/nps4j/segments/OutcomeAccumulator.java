package org.nps4j.segments;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.nps4j.core.Category;
import org.nps4j.core.NpsSummary;
import org.nps4j.core.Scale;

/**
 * A mutable, mergeable tally of sales outcomes by NPS category, from which immutable {@link
 * OutcomeReport} snapshots are taken. It reads columnar data (primitive arrays) directly; {@link
 * OutcomeAnalysis.Accumulator}, obtained from {@link OutcomeAnalysis#newAccumulator()}, is the
 * subclass that also reads host objects.
 *
 * <pre>{@code
 * OutcomeAccumulator tally =
 *     OutcomeAccumulator.create(List.of("converted", "referral"), List.of("days to close"));
 * tally.addColumns(
 *     scores,
 *     OutcomeColumn.binary("converted", converted),     // boolean[]
 *     OutcomeColumn.binary("referral", referral),       // byte[]: 1 yes, 0 no, -1 unknown
 *     OutcomeColumn.duration("days to close", days));   // double[]: NaN where absent
 * OutcomeReport report = tally.snapshot();
 * }</pre>
 *
 * <p>The outcomes are declared when the accumulator is created, each by a unique name, and every
 * batch of columns supplies exactly those outcomes. The state is primitive: per score point a
 * {@code long} count; per yes/no outcome and category the {@code long} counts of known values and
 * of yes values; per duration outcome and category the {@code long} count of values with their mean
 * and sum of squared deviations, updated one value at a time by Welford's method.
 *
 * <h2>Merging</h2>
 *
 * {@link #combine(OutcomeAccumulator)} adds another accumulator's tally, so partitions and parallel
 * streams can be counted apart and merged. Every count merges <b>exactly</b>: combining the
 * accumulators of two parts gives the same counts as accumulating both parts in one, in any order.
 * Means and sums of squared deviations merge by the pairwise formulas of Chan, Golub and LeVeque
 * (1979), which are numerically sound but, being floating-point, may differ in the last bits from
 * one sequential pass over the same values (and a sequential pass in another order may differ too).
 *
 * <h2>Invalid input</h2>
 *
 * A score off the scale, a byte other than 1, 0 or -1 in a yes/no column, or a negative or infinite
 * duration is an {@link IllegalArgumentException} naming the array index and the value; an addition
 * checks everything before it writes, so a rejected batch leaves the accumulator as it was.
 * Durations so large (above about 1e150) that their squared deviations overflow give an infinite
 * variance and infinite intervals rather than an error.
 *
 * <p>This class is <b>not thread-safe</b>: give each thread its own accumulator and combine them.
 */
public sealed class OutcomeAccumulator permits OutcomeAnalysis.Accumulator {
  private static final int CATEGORIES = 3;
  private static final double DEFAULT_LEVEL = 0.95;

  private final Scale scale;
  private final int min;
  private final byte[] categoryByOffset;
  private final List<String> binaryOutcomes;
  private final List<String> durationOutcomes;
  private final Map<String, Integer> binaryIndex = new HashMap<>();
  private final Map<String, Integer> durationIndex = new HashMap<>();
  private final double defaultLevel;

  private long respondents;
  private final long[] scoreCounts;
  // Indexed [outcome * 3 + category ordinal].
  private final long[] binaryKnown;
  private final long[] binarySuccesses;
  private final long[] durationCount;
  private final double[] durationMean;
  private final double[] durationSquares;

  OutcomeAccumulator(
      Scale scale, List<String> binaryOutcomes, List<String> durationOutcomes, double level) {
    this.scale = Objects.requireNonNull(scale, "scale");
    this.binaryOutcomes = List.copyOf(Objects.requireNonNull(binaryOutcomes, "binaryOutcomes"));
    this.durationOutcomes =
        List.copyOf(Objects.requireNonNull(durationOutcomes, "durationOutcomes"));
    this.defaultLevel = StandardNormal.requireLevel(level);
    if (this.binaryOutcomes.isEmpty() && this.durationOutcomes.isEmpty()) {
      throw new IllegalArgumentException(
          "Invalid outcomes (must declare at least one yes/no or duration outcome): none");
    }
    for (int i = 0; i < this.binaryOutcomes.size(); i++) {
      String name = requireName(this.binaryOutcomes.get(i));
      requireNew(name);
      binaryIndex.put(name, i);
    }
    for (int i = 0; i < this.durationOutcomes.size(); i++) {
      String name = requireName(this.durationOutcomes.get(i));
      requireNew(name);
      durationIndex.put(name, i);
    }
    this.min = scale.min();
    this.categoryByOffset = new byte[scale.points()];
    for (int offset = 0; offset < categoryByOffset.length; offset++) {
      categoryByOffset[offset] = (byte) scale.categoryOf(min + offset).ordinal();
    }
    this.scoreCounts = new long[scale.points()];
    this.binaryKnown = new long[this.binaryOutcomes.size() * CATEGORIES];
    this.binarySuccesses = new long[binaryKnown.length];
    this.durationCount = new long[this.durationOutcomes.size() * CATEGORIES];
    this.durationMean = new double[durationCount.length];
    this.durationSquares = new double[durationCount.length];
  }

  /**
   * An empty accumulator for scores on the standard 0-10 scale.
   *
   * @param binaryOutcomes the names of the yes/no outcomes, in report order; may be empty
   * @param durationOutcomes the names of the duration outcomes, in report order; may be empty
   * @return a new accumulator whose {@link #snapshot()} reports at the 0.95 level
   * @throws IllegalArgumentException if no outcome is declared, a name is blank, or two names are
   *     equal (yes/no and duration outcomes share one set of names)
   * @throws NullPointerException if a list or a name is null
   */
  public static OutcomeAccumulator create(
      List<String> binaryOutcomes, List<String> durationOutcomes) {
    return create(Scale.STANDARD, binaryOutcomes, durationOutcomes);
  }

  /**
   * An empty accumulator for scores on a given scale.
   *
   * @param scale the scale the scores are on
   * @param binaryOutcomes the names of the yes/no outcomes, in report order; may be empty
   * @param durationOutcomes the names of the duration outcomes, in report order; may be empty
   * @return a new accumulator whose {@link #snapshot()} reports at the 0.95 level
   * @throws IllegalArgumentException if no outcome is declared, a name is blank, or two names are
   *     equal (yes/no and duration outcomes share one set of names)
   * @throws NullPointerException if an argument or a name is null
   */
  public static OutcomeAccumulator create(
      Scale scale, List<String> binaryOutcomes, List<String> durationOutcomes) {
    return new OutcomeAccumulator(scale, binaryOutcomes, durationOutcomes, DEFAULT_LEVEL);
  }

  /**
   * Adds a batch of respondents: {@code scores[i]} and the value at index {@code i} of every
   * column.
   *
   * @param scores the scores, on this accumulator's scale
   * @param columns one column per declared outcome, each as long as {@code scores}, in any order
   * @throws IllegalArgumentException if a column's length differs from the scores', a column's name
   *     is not declared or declared for the other kind of outcome, an outcome has no column or two,
   *     or a value is invalid (the message names the array index and the rule); nothing is added
   * @throws ArithmeticException if the number of respondents would overflow a long
   * @throws NullPointerException if an argument or a column is null
   */
  public void addColumns(int[] scores, OutcomeColumn... columns) {
    Objects.requireNonNull(scores, "scores");
    addColumns(scores, 0, scores.length, columns);
  }

  /**
   * Adds the respondents at indexes {@code from} (inclusive) to {@code to} (exclusive) of a batch,
   * so one large batch can be split between threads without copying.
   *
   * @param scores the scores, on this accumulator's scale
   * @param from the first index to add
   * @param to the index after the last one to add
   * @param columns one column per declared outcome, each as long as {@code scores}, in any order
   * @throws IllegalArgumentException if the range is not within the arrays ({@code 0 <= from <= to
   *     <= scores.length}), a column's length differs from the scores', a column's name is not
   *     declared or declared for the other kind of outcome, an outcome has no column or two, or a
   *     value in the range is invalid (the message names the array index and the rule); nothing is
   *     added
   * @throws ArithmeticException if the number of respondents would overflow a long
   * @throws NullPointerException if an argument or a column is null
   */
  public void addColumns(int[] scores, int from, int to, OutcomeColumn... columns) {
    Objects.requireNonNull(scores, "scores");
    Objects.requireNonNull(columns, "columns");
    if (from < 0 || from > to || to > scores.length) {
      throw new IllegalArgumentException(
          "Invalid range ["
              + from
              + ", "
              + to
              + ") (must satisfy 0 <= from <= to <= "
              + scores.length
              + ", the length of scores)");
    }
    OutcomeColumn[] binaryColumns = new OutcomeColumn[binaryOutcomes.size()];
    OutcomeColumn[] durationColumns = new OutcomeColumn[durationOutcomes.size()];
    matchColumns(scores.length, columns, binaryColumns, durationColumns);

    // Everything is checked before anything is written, so a rejected batch changes nothing.
    byte[] categories = new byte[to - from];
    for (int i = from; i < to; i++) {
      int offset = scores[i] - min;
      if (offset < 0 || offset >= categoryByOffset.length) {
        throw new IllegalArgumentException(
            "Invalid score at index " + i + ": " + scaleError(scores[i]));
      }
      categories[i - from] = categoryByOffset[offset];
    }
    for (OutcomeColumn column : binaryColumns) {
      for (int i = from; i < to; i++) {
        byte value = column.binaryAt(i);
        if (value != OutcomeColumn.YES
            && value != OutcomeColumn.NO
            && value != OutcomeColumn.UNKNOWN) {
          throw new IllegalArgumentException(
              "Invalid value for yes/no outcome '"
                  + column.name()
                  + "' at index "
                  + i
                  + " (valid values 1 yes, 0 no, -1 unknown): "
                  + value);
        }
      }
    }
    for (OutcomeColumn column : durationColumns) {
      for (int i = from; i < to; i++) {
        double value = column.durationAt(i);
        if (value < 0 || value == Double.POSITIVE_INFINITY) {
          throw new IllegalArgumentException(
              "Invalid value for duration outcome '"
                  + column.name()
                  + "' at index "
                  + i
                  + " (must be finite and >= 0, or NaN for absent): "
                  + value);
        }
      }
    }
    long total = Math.addExact(respondents, (long) to - from);

    respondents = total;
    for (int i = from; i < to; i++) {
      scoreCounts[scores[i] - min]++;
    }
    for (int outcome = 0; outcome < binaryColumns.length; outcome++) {
      OutcomeColumn column = binaryColumns[outcome];
      int base = outcome * CATEGORIES;
      for (int i = from; i < to; i++) {
        addBinary(base + categories[i - from], column.binaryAt(i));
      }
    }
    for (int outcome = 0; outcome < durationColumns.length; outcome++) {
      OutcomeColumn column = durationColumns[outcome];
      int base = outcome * CATEGORIES;
      for (int i = from; i < to; i++) {
        double value = column.durationAt(i);
        if (!Double.isNaN(value)) {
          addDuration(base + categories[i - from], value);
        }
      }
    }
  }

  private void matchColumns(
      int length,
      OutcomeColumn[] columns,
      OutcomeColumn[] binaryColumns,
      OutcomeColumn[] durationColumns) {
    for (int i = 0; i < columns.length; i++) {
      int position = i;
      OutcomeColumn column = Objects.requireNonNull(columns[i], () -> "columns[" + position + "]");
      String name = column.name();
      Integer binary = binaryIndex.get(name);
      Integer duration = durationIndex.get(name);
      if (binary == null && duration == null) {
        throw new IllegalArgumentException(
            "Unknown outcome column (declared outcomes " + declaredNames() + "): " + name);
      }
      if (column.isBinary() != (binary != null)) {
        throw new IllegalArgumentException(
            "Invalid column for outcome '"
                + name
                + "' (declared as a "
                + (binary != null ? "yes/no" : "duration")
                + " outcome): "
                + column);
      }
      OutcomeColumn[] slots = binary != null ? binaryColumns : durationColumns;
      int slot = binary != null ? binary : duration;
      if (slots[slot] != null) {
        throw new IllegalArgumentException(
            "Invalid columns (each outcome must have one column): two for '" + name + "'");
      }
      if (column.length() != length) {
        throw new IllegalArgumentException(
            "Invalid length of column '"
                + name
                + "' (must equal the length of scores, "
                + length
                + "): "
                + column.length());
      }
      slots[slot] = column;
    }
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < binaryColumns.length; i++) {
      if (binaryColumns[i] == null) {
        missing.add(binaryOutcomes.get(i));
      }
    }
    for (int i = 0; i < durationColumns.length; i++) {
      if (durationColumns[i] == null) {
        missing.add(durationOutcomes.get(i));
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(
          "Missing columns (every declared outcome needs one; pass -1 or NaN for unknown values): "
              + missing);
    }
  }

  /**
   * Adds one respondent whose values the caller has checked: each yes/no value {@link
   * OutcomeColumn#YES}, {@link OutcomeColumn#NO} or {@link OutcomeColumn#UNKNOWN}, each duration
   * finite and {@code >= 0} or NaN for absent.
   *
   * @throws IllegalArgumentException if the score is off the scale; nothing is added
   */
  final void addRow(int score, byte[] binaryValues, double[] durationValues) {
    int offset = score - min;
    if (offset < 0 || offset >= categoryByOffset.length) {
      throw new IllegalArgumentException(scaleError(score));
    }
    respondents = Math.addExact(respondents, 1);
    scoreCounts[offset]++;
    int category = categoryByOffset[offset];
    for (int outcome = 0; outcome < binaryValues.length; outcome++) {
      addBinary(outcome * CATEGORIES + category, binaryValues[outcome]);
    }
    for (int outcome = 0; outcome < durationValues.length; outcome++) {
      double value = durationValues[outcome];
      if (!Double.isNaN(value)) {
        addDuration(outcome * CATEGORIES + category, value);
      }
    }
  }

  private void addBinary(int cell, byte value) {
    if (value != OutcomeColumn.UNKNOWN) {
      binaryKnown[cell]++;
      if (value == OutcomeColumn.YES) {
        binarySuccesses[cell]++;
      }
    }
  }

  /** Welford's update, which stays accurate where a running sum of squares would cancel. */
  private void addDuration(int cell, double value) {
    long count = ++durationCount[cell];
    double mean = durationMean[cell];
    double delta = value - mean;
    double updated = mean + delta / count;
    durationMean[cell] = updated;
    double increment = delta * (value - updated);
    // Mathematically never negative; a rounding artefact must not make the sum negative.
    if (increment > 0) {
      durationSquares[cell] += increment;
    }
  }

  private String scaleError(int score) {
    try {
      scale.categoryOf(score);
    } catch (IllegalArgumentException offScale) {
      return offScale.getMessage();
    }
    throw new AssertionError("score " + score + " is on " + scale);
  }

  /**
   * Adds everything another accumulator counted and returns this accumulator, which suits {@link
   * java.util.stream.Collector#combiner()}. Counts add exactly; means and spreads merge by the
   * pairwise formulas (see the class description). The other accumulator is unchanged, unless it is
   * this one, which then counts everything twice.
   *
   * @param other an accumulator on an equal scale with the same outcome names in the same order
   * @return this accumulator
   * @throws IllegalArgumentException if the scale or the declared outcomes differ
   * @throws ArithmeticException if the number of respondents would overflow a long; nothing is
   *     added
   * @throws NullPointerException if {@code other} is null
   */
  public OutcomeAccumulator combine(OutcomeAccumulator other) {
    Objects.requireNonNull(other, "other");
    if (!scale.equals(other.scale)) {
      throw new IllegalArgumentException(
          "Cannot combine outcome tallies on different scales: " + scale + " and " + other.scale);
    }
    if (!binaryOutcomes.equals(other.binaryOutcomes)
        || !durationOutcomes.equals(other.durationOutcomes)) {
      throw new IllegalArgumentException(
          "Cannot combine outcome tallies with different outcomes: yes/no "
              + binaryOutcomes
              + ", duration "
              + durationOutcomes
              + " and yes/no "
              + other.binaryOutcomes
              + ", duration "
              + other.durationOutcomes);
    }
    respondents = Math.addExact(respondents, other.respondents);
    // Counts only grow to the respondent total, so none of the additions below can overflow.
    for (int i = 0; i < scoreCounts.length; i++) {
      scoreCounts[i] += other.scoreCounts[i];
    }
    for (int i = 0; i < binaryKnown.length; i++) {
      binaryKnown[i] += other.binaryKnown[i];
      binarySuccesses[i] += other.binarySuccesses[i];
    }
    for (int i = 0; i < durationCount.length; i++) {
      long count = durationCount[i];
      long otherCount = other.durationCount[i];
      double mean = durationMean[i];
      double otherMean = other.durationMean[i];
      durationSquares[i] =
          DurationOutcomeByCategory.mergedSumOfSquaredDeviations(
              count, mean, durationSquares[i], otherCount, otherMean, other.durationSquares[i]);
      durationMean[i] = DurationOutcomeByCategory.mergedMean(count, mean, otherCount, otherMean);
      durationCount[i] = count + otherCount;
    }
    return this;
  }

  /**
   * The number of respondents counted so far.
   *
   * @return the count
   */
  public long count() {
    return respondents;
  }

  /**
   * The scale the scores are on.
   *
   * @return the scale
   */
  public Scale scale() {
    return scale;
  }

  /**
   * The names of the yes/no outcomes, in report order.
   *
   * @return an unmodifiable list
   */
  public List<String> binaryOutcomes() {
    return binaryOutcomes;
  }

  /**
   * The names of the duration outcomes, in report order.
   *
   * @return an unmodifiable list
   */
  public List<String> durationOutcomes() {
    return durationOutcomes;
  }

  /**
   * An immutable report of everything added so far, with intervals at the default level: 0.95, or
   * the level of the {@link OutcomeAnalysis} that created this accumulator. Later additions do not
   * change it.
   *
   * @return the report
   */
  public OutcomeReport snapshot() {
    return snapshot(defaultLevel);
  }

  /**
   * An immutable report of everything added so far, with intervals at the given level.
   *
   * @param level the confidence level, strictly between 0 and 1, e.g. 0.95
   * @return the report
   * @throws IllegalArgumentException if the level is not strictly between 0 and 1
   */
  public OutcomeReport snapshot(double level) {
    StandardNormal.requireLevel(level);
    NpsSummary nps = NpsSummary.ofScoreCounts(scale, scoreCounts);
    long[] byCategory = new long[CATEGORIES];
    for (Category category : Category.values()) {
      byCategory[category.ordinal()] = nps.countOf(category);
    }
    List<BinaryOutcomeByCategory> binaries = new ArrayList<>(binaryOutcomes.size());
    for (int outcome = 0; outcome < binaryOutcomes.size(); outcome++) {
      BinaryOutcomeByCategory.Rate[] rates = new BinaryOutcomeByCategory.Rate[CATEGORIES];
      for (int category = 0; category < CATEGORIES; category++) {
        int cell = outcome * CATEGORIES + category;
        rates[category] =
            new BinaryOutcomeByCategory.Rate(
                byCategory[category], binaryKnown[cell], binarySuccesses[cell], level);
      }
      binaries.add(
          new BinaryOutcomeByCategory(binaryOutcomes.get(outcome), rates[0], rates[1], rates[2]));
    }
    List<DurationOutcomeByCategory> durations = new ArrayList<>(durationOutcomes.size());
    for (int outcome = 0; outcome < durationOutcomes.size(); outcome++) {
      DurationOutcomeByCategory.Summary[] summaries =
          new DurationOutcomeByCategory.Summary[CATEGORIES];
      for (int category = 0; category < CATEGORIES; category++) {
        int cell = outcome * CATEGORIES + category;
        summaries[category] =
            new DurationOutcomeByCategory.Summary(
                byCategory[category],
                durationCount[cell],
                durationMean[cell],
                durationSquares[cell],
                level);
      }
      durations.add(
          new DurationOutcomeByCategory(
              durationOutcomes.get(outcome), summaries[0], summaries[1], summaries[2]));
    }
    return new OutcomeReport(scale, level, nps, binaries, durations);
  }

  /** Clears every count, keeping the scale and the declared outcomes, for reuse. */
  public void reset() {
    respondents = 0;
    Arrays.fill(scoreCounts, 0);
    Arrays.fill(binaryKnown, 0);
    Arrays.fill(binarySuccesses, 0);
    Arrays.fill(durationCount, 0);
    Arrays.fill(durationMean, 0.0);
    Arrays.fill(durationSquares, 0.0);
  }

  /**
   * A short description: the respondent count and the declared outcomes.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return getClass().getSimpleName()
        + "["
        + respondents
        + " respondents, yes/no "
        + binaryOutcomes
        + ", duration "
        + durationOutcomes
        + "]";
  }

  private List<String> declaredNames() {
    List<String> names = new ArrayList<>(binaryOutcomes);
    names.addAll(durationOutcomes);
    return names;
  }

  private void requireNew(String name) {
    if (binaryIndex.containsKey(name) || durationIndex.containsKey(name)) {
      throw new IllegalArgumentException("Invalid outcome name (must be unique): " + name);
    }
  }

  /**
   * Returns an outcome name unchanged if it is not blank.
   *
   * @throws IllegalArgumentException if it is blank
   * @throws NullPointerException if it is null
   */
  static String requireName(String name) {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException(
          "Invalid outcome name (must not be blank): '" + name + "'");
    }
    return name;
  }
}
