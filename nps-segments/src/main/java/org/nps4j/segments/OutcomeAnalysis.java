package org.nps4j.segments;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import java.util.stream.Collector;
import org.nps4j.core.Scale;

/**
 * Does NPS predict sales? The definition of an outcome analysis over the host's own objects: how to
 * read each respondent's score and the sales outcomes the host names, such as whether the deal
 * converted, whether an add-on was bought, whether a referral was made (yes/no outcomes) and how
 * many days the deal took to close (a duration). {@link #analyze(Iterable)}, the collector {@link
 * #toReport()} and {@link #newAccumulator()} turn objects into an {@link OutcomeReport}: outcome
 * rates and mean durations by NPS category with intervals, and the promoter-versus-detractor lift.
 *
 * <pre>{@code
 * OutcomeAnalysis<Deal> analysis =
 *     OutcomeAnalysis.builder(Deal::score)
 *         .binary("converted", Deal::converted)        // Boolean; null = unknown
 *         .binary("referral", Deal::referralMade)
 *         .duration("days to close", Deal::daysToClose) // OptionalDouble; empty = absent
 *         .build();
 * OutcomeReport report = analysis.analyze(deals);
 * OutcomeReport same = deals.parallelStream().collect(analysis.toReport());
 * double lift = report.binary("converted").lift().ratio().orElseThrow().estimate();
 * }</pre>
 *
 * <p>For columnar data (primitive arrays) use {@link OutcomeAccumulator#create(Scale, List, List)}
 * with {@link OutcomeColumn}s; the accumulators of both kinds merge with each other.
 *
 * <h2>Values the extractors return</h2>
 *
 * <ul>
 *   <li>Score: an answer on the analysis's scale (0-10 unless another {@link Scale} is given);
 *       anything else is an {@link IllegalArgumentException} naming the value and the range.
 *   <li>Yes/no outcome: {@code TRUE}, {@code FALSE}, or {@code null} for unknown. A respondent with
 *       an unknown value is left out of that outcome's denominator and counted as unknown.
 *   <li>Duration: a finite value {@code >= 0}, or absent ({@code OptionalDouble.empty()} from
 *       {@link Builder#duration}, {@code NaN} from {@link Builder#durationOrNaN}); an absent value
 *       is left out of that outcome's mean. A negative or infinite value (or a present {@code NaN})
 *       is an {@link IllegalArgumentException} naming the outcome, the value and the rule.
 * </ul>
 *
 * <p>Instances are immutable and thread-safe if the extractors are; the extractors must be pure
 * functions of the object.
 *
 * @param <T> the host's type, such as a CRM deal
 */
public final class OutcomeAnalysis<T> {
  private static final double DEFAULT_LEVEL = 0.95;

  private final Scale scale;
  private final ToIntFunction<? super T> score;
  private final double level;
  private final List<BinaryOutcome<T>> binaryOutcomes;
  private final List<DurationOutcome<T>> durationOutcomes;
  private final List<String> binaryNames;
  private final List<String> durationNames;

  private OutcomeAnalysis(Builder<T> builder) {
    this.scale = builder.scale;
    this.score = builder.score;
    this.level = builder.level;
    this.binaryOutcomes = List.copyOf(builder.binaryOutcomes);
    this.durationOutcomes = List.copyOf(builder.durationOutcomes);
    this.binaryNames = binaryOutcomes.stream().map(BinaryOutcome::name).toList();
    this.durationNames = durationOutcomes.stream().map(DurationOutcome::name).toList();
  }

  /**
   * Starts the definition of an analysis of objects scored on the standard 0-10 scale.
   *
   * @param <T> the host's type
   * @param score extracts the 0-10 answer
   * @return a builder; declare the outcomes, then call {@link Builder#build()}
   * @throws NullPointerException if {@code score} is null
   */
  public static <T> Builder<T> builder(ToIntFunction<? super T> score) {
    return builder(Scale.STANDARD, score);
  }

  /**
   * Starts the definition of an analysis of objects scored on a given scale.
   *
   * @param <T> the host's type
   * @param scale the scale the answers are on
   * @param score extracts the answer
   * @return a builder; declare the outcomes, then call {@link Builder#build()}
   * @throws NullPointerException if an argument is null
   */
  public static <T> Builder<T> builder(Scale scale, ToIntFunction<? super T> score) {
    return new Builder<>(scale, score);
  }

  /**
   * Reads every object and reports, at this analysis's level.
   *
   * @param items the respondents
   * @return the report
   * @throws IllegalArgumentException if an object's score or duration is invalid, naming it
   * @throws ArithmeticException if the number of respondents overflows a long
   * @throws NullPointerException if {@code items} or an element is null
   */
  public OutcomeReport analyze(Iterable<? extends T> items) {
    Accumulator<T> accumulator = newAccumulator();
    accumulator.addAll(items);
    return accumulator.snapshot();
  }

  /**
   * A collector into a report at this analysis's level. It is unordered and safe for parallel
   * streams: partial accumulators merge by {@link OutcomeAccumulator#combine}, so counts are
   * exactly those of a sequential run, and means and spreads agree up to floating-point rounding.
   *
   * @return the collector; it throws {@link IllegalArgumentException} for an invalid score or
   *     duration
   */
  public Collector<T, ?, OutcomeReport> toReport() {
    return Collector.of(
        this::newAccumulator,
        Accumulator::add,
        Accumulator::combine,
        Accumulator::snapshot,
        Collector.Characteristics.UNORDERED);
  }

  /**
   * An empty accumulator that reads objects with this analysis's extractors (and columns with the
   * same outcome names), whose {@link OutcomeAccumulator#snapshot()} reports at this analysis's
   * level.
   *
   * @return a new accumulator
   */
  public Accumulator<T> newAccumulator() {
    return new Accumulator<>(this);
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
   * The confidence level of the reports' intervals.
   *
   * @return the level, 0.95 unless set with {@link Builder#level(double)}
   */
  public double level() {
    return level;
  }

  /**
   * The names of the yes/no outcomes, in declaration order.
   *
   * @return an unmodifiable list
   */
  public List<String> binaryOutcomes() {
    return binaryNames;
  }

  /**
   * The names of the duration outcomes, in declaration order.
   *
   * @return an unmodifiable list
   */
  public List<String> durationOutcomes() {
    return durationNames;
  }

  /**
   * A description with the scale, the level and the outcome names.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "OutcomeAnalysis["
        + scale
        + ", level "
        + level
        + ", yes/no "
        + binaryNames
        + ", duration "
        + durationNames
        + "]";
  }

  private record BinaryOutcome<T>(String name, Function<? super T, Boolean> extractor) {}

  /** Reads a duration as a checked value, NaN when absent. */
  private interface DurationReader<T> {
    double read(T item);
  }

  private record DurationOutcome<T>(String name, DurationReader<T> reader) {}

  private static IllegalArgumentException invalidDuration(String name, double value, String rule) {
    return new IllegalArgumentException(
        "Invalid value for duration outcome '" + name + "' (" + rule + "): " + value);
  }

  /**
   * Defines an {@link OutcomeAnalysis}: the score extractor, then any number of named yes/no and
   * duration outcomes (at least one in all), optionally the confidence level. Not thread-safe.
   *
   * @param <T> the host's type
   */
  public static final class Builder<T> {
    private final Scale scale;
    private final ToIntFunction<? super T> score;
    private double level = DEFAULT_LEVEL;
    private final List<BinaryOutcome<T>> binaryOutcomes = new ArrayList<>();
    private final List<DurationOutcome<T>> durationOutcomes = new ArrayList<>();
    private final Set<String> names = new HashSet<>();

    private Builder(Scale scale, ToIntFunction<? super T> score) {
      this.scale = Objects.requireNonNull(scale, "scale");
      this.score = Objects.requireNonNull(score, "score");
    }

    /**
     * Declares a yes/no outcome, such as whether the deal converted.
     *
     * @param name the outcome's name in the report; unique among this analysis's outcomes
     * @param outcome extracts {@code TRUE}, {@code FALSE}, or {@code null} when unknown
     * @return this builder
     * @throws IllegalArgumentException if the name is blank or already declared
     * @throws NullPointerException if an argument is null
     */
    public Builder<T> binary(String name, Function<? super T, Boolean> outcome) {
      Objects.requireNonNull(outcome, "outcome");
      binaryOutcomes.add(new BinaryOutcome<>(declare(name), outcome));
      return this;
    }

    /**
     * Declares a duration or other non-negative numeric outcome that may be absent, such as the
     * days to close of a deal that may not have closed.
     *
     * @param name the outcome's name in the report; unique among this analysis's outcomes
     * @param outcome extracts a finite value {@code >= 0}, or {@code OptionalDouble.empty()} when
     *     absent; a negative, infinite or NaN value makes the addition throw {@link
     *     IllegalArgumentException}, and so does a null result
     * @return this builder
     * @throws IllegalArgumentException if the name is blank or already declared
     * @throws NullPointerException if an argument is null
     */
    public Builder<T> duration(String name, Function<? super T, OptionalDouble> outcome) {
      Objects.requireNonNull(outcome, "outcome");
      String checked = declare(name);
      durationOutcomes.add(
          new DurationOutcome<>(
              checked,
              item -> {
                OptionalDouble value = outcome.apply(item);
                if (value == null) {
                  throw new IllegalArgumentException(
                      "Invalid value for duration outcome '"
                          + checked
                          + "' (must be an OptionalDouble, empty when absent): null");
                }
                if (value.isEmpty()) {
                  return Double.NaN;
                }
                double present = value.getAsDouble();
                if (!(present >= 0 && present < Double.POSITIVE_INFINITY)) {
                  throw invalidDuration(
                      checked,
                      present,
                      "must be finite and >= 0; absent is OptionalDouble.empty()");
                }
                return present;
              }));
      return this;
    }

    /**
     * Declares a duration or other non-negative numeric outcome read as a primitive, with {@code
     * NaN} for an absent value.
     *
     * @param name the outcome's name in the report; unique among this analysis's outcomes
     * @param outcome extracts a finite value {@code >= 0}, or {@code NaN} when absent; a negative
     *     or infinite value makes the addition throw {@link IllegalArgumentException}
     * @return this builder
     * @throws IllegalArgumentException if the name is blank or already declared
     * @throws NullPointerException if an argument is null
     */
    public Builder<T> durationOrNaN(String name, ToDoubleFunction<? super T> outcome) {
      Objects.requireNonNull(outcome, "outcome");
      String checked = declare(name);
      durationOutcomes.add(
          new DurationOutcome<>(
              checked,
              item -> {
                double value = outcome.applyAsDouble(item);
                if (value < 0 || value == Double.POSITIVE_INFINITY) {
                  throw invalidDuration(
                      checked, value, "must be finite and >= 0, or NaN for absent");
                }
                return value;
              }));
      return this;
    }

    /**
     * Sets the confidence level of the reports' intervals.
     *
     * @param level strictly between 0 and 1; 0.95 unless set
     * @return this builder
     * @throws IllegalArgumentException if the level is not strictly between 0 and 1
     */
    public Builder<T> level(double level) {
      this.level = StandardNormal.requireLevel(level);
      return this;
    }

    /**
     * Builds the analysis.
     *
     * @return the analysis
     * @throws IllegalStateException if no outcome was declared
     */
    public OutcomeAnalysis<T> build() {
      if (binaryOutcomes.isEmpty() && durationOutcomes.isEmpty()) {
        throw new IllegalStateException(
            "An outcome analysis needs at least one outcome: declare one with binary(...),"
                + " duration(...) or durationOrNaN(...)");
      }
      return new OutcomeAnalysis<>(this);
    }

    private String declare(String name) {
      OutcomeAccumulator.requireName(name);
      if (!names.add(name)) {
        throw new IllegalArgumentException("Invalid outcome name (must be unique): " + name);
      }
      return name;
    }
  }

  /**
   * An {@link OutcomeAccumulator} that also reads host objects with its analysis's extractors.
   * Obtain one from {@link OutcomeAnalysis#newAccumulator()}. It merges with any accumulator on an
   * equal scale with the same outcome names, columnar ones included. Not thread-safe.
   *
   * @param <T> the host's type
   */
  public static final class Accumulator<T> extends OutcomeAccumulator {
    private final OutcomeAnalysis<T> analysis;
    private final byte[] binaryValues;
    private final double[] durationValues;

    private Accumulator(OutcomeAnalysis<T> analysis) {
      super(analysis.scale, analysis.binaryNames, analysis.durationNames, analysis.level);
      this.analysis = analysis;
      this.binaryValues = new byte[analysis.binaryOutcomes.size()];
      this.durationValues = new double[analysis.durationOutcomes.size()];
    }

    /**
     * Adds one respondent.
     *
     * @param item the host object
     * @throws IllegalArgumentException if its score is off the scale or a duration is invalid,
     *     naming the value and the rule; nothing is added
     * @throws ArithmeticException if the number of respondents would overflow a long
     * @throws NullPointerException if {@code item} is null
     */
    public void add(T item) {
      Objects.requireNonNull(item, "item");
      int value = analysis.score.applyAsInt(item);
      if (!analysis.scale.contains(value)) {
        analysis.scale.categoryOf(value); // throws, naming the value and the range
      }
      // Every value is read and checked before addRow writes anything.
      for (int i = 0; i < binaryValues.length; i++) {
        Boolean outcome = analysis.binaryOutcomes.get(i).extractor().apply(item);
        binaryValues[i] =
            outcome == null
                ? OutcomeColumn.UNKNOWN
                : outcome ? OutcomeColumn.YES : OutcomeColumn.NO;
      }
      for (int i = 0; i < durationValues.length; i++) {
        durationValues[i] = analysis.durationOutcomes.get(i).reader().read(item);
      }
      addRow(value, binaryValues, durationValues);
    }

    /**
     * Adds every respondent.
     *
     * @param items the host objects
     * @throws IllegalArgumentException if an object's score or duration is invalid; the objects
     *     before it have been added
     * @throws ArithmeticException if the number of respondents would overflow a long
     * @throws NullPointerException if {@code items} or an element is null
     */
    public void addAll(Iterable<? extends T> items) {
      Objects.requireNonNull(items, "items");
      for (T item : items) {
        add(item);
      }
    }

    /**
     * Adds everything another accumulator counted and returns this accumulator; see {@link
     * OutcomeAccumulator#combine(OutcomeAccumulator)}.
     *
     * @param other an accumulator on an equal scale with the same outcome names in the same order
     * @return this accumulator
     * @throws IllegalArgumentException if the scale or the declared outcomes differ
     * @throws ArithmeticException if the number of respondents would overflow a long
     * @throws NullPointerException if {@code other} is null
     */
    @Override
    public Accumulator<T> combine(OutcomeAccumulator other) {
      super.combine(other);
      return this;
    }
  }
}
