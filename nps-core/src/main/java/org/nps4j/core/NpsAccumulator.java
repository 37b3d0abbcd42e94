package org.nps4j.core;

import java.util.Objects;

/**
 * A mutable tally of answers, from which immutable {@link NpsSummary} snapshots are taken.
 *
 * <p>The tally keeps one {@code long} count per point of its {@link Scale} (11 on the standard
 * scale), which is a lossless sufficient statistic for every NPS figure: combining two tallies is
 * exact addition, and the result does not depend on the order in which answers arrive. Answers whose
 * category is known but whose exact score is not (such as {@link NpsSummary#ofCounts} results) and
 * surveys left unanswered are counted beside the score counts.
 *
 * <p>Create one with {@link #create()}, {@link #create(Scale)} or {@link #create(Scale,
 * UnansweredPolicy)}; add answers with the {@code add} methods, merge other tallies with {@link
 * #addAll(NpsSummary)} or {@link #combine(NpsAccumulator)}, and read with {@link #snapshot()}. For
 * streams, {@link NpsCollectors} wraps this class.
 *
 * <p>This class is <b>not thread-safe</b>: give each thread its own accumulator and combine them.
 * A count that would overflow a {@code long} is an {@link ArithmeticException}, raised before
 * anything is added, so the accumulator stays usable. An accumulator that counted nothing combines
 * with any other.
 */
public final class NpsAccumulator {
  private final Scale scale;
  private final int min;
  private final UnansweredPolicy policy;
  private final long[] scoreCounts;
  private final long[] unscoredByCategory = new long[3];
  private long missing;
  private long declined;
  // Overflow guard. Every bulk operation checks the exact total of everything counted before it
  // writes. Single additions skip that (it would cost a store per answer on the hot path) while the
  // total is at most 2^62: reaching 2^63 from there one answer at a time would take over a century
  // even at a billion answers a second. Past 2^62, which only bulk counts can reach, every single
  // addition is checked too.
  private static final long UNCHECKED_LIMIT = 1L << 62;
  private boolean checkEveryAddition;

  private NpsAccumulator(Scale scale, UnansweredPolicy policy) {
    this.scale = Objects.requireNonNull(scale, "scale");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.min = scale.min();
    this.scoreCounts = new long[scale.points()];
  }

  /**
   * An empty accumulator on the standard 0-10 scale that excludes unanswered surveys from the
   * denominator.
   *
   * @return a new accumulator
   */
  public static NpsAccumulator create() {
    return new NpsAccumulator(Scale.STANDARD, UnansweredPolicy.EXCLUDE);
  }

  /**
   * An empty accumulator on the given scale that excludes unanswered surveys from the denominator.
   *
   * @param scale the scale answers are on
   * @return a new accumulator
   * @throws NullPointerException if {@code scale} is null
   */
  public static NpsAccumulator create(Scale scale) {
    return new NpsAccumulator(scale, UnansweredPolicy.EXCLUDE);
  }

  /**
   * An empty accumulator on the given scale with the given policy for unanswered surveys.
   *
   * @param scale the scale answers are on
   * @param policy what missing and declined answers count as
   * @return a new accumulator
   * @throws NullPointerException if an argument is null
   */
  public static NpsAccumulator create(Scale scale, UnansweredPolicy policy) {
    return new NpsAccumulator(scale, policy);
  }

  /**
   * Adds one answer.
   *
   * @param value the answer on this accumulator's scale
   * @throws IllegalArgumentException if the value is not on the scale, naming the value and range
   * @throws ArithmeticException if the count for this value would overflow
   */
  public void add(int value) {
    int offset = value - min;
    long[] counts = scoreCounts;
    if (offset < 0 || offset >= counts.length) {
      throw scale.outOfRange(value);
    }
    if (checkEveryAddition) {
      checkAddition(1);
    }
    counts[offset]++;
  }

  /**
   * Adds one answer given as a {@link Score}; on a scale other than the standard one the score's
   * value must lie on that scale.
   *
   * @param score the answer
   * @throws IllegalArgumentException if the value is not on this accumulator's scale
   * @throws ArithmeticException if the count would overflow
   */
  public void add(Score score) {
    add(score.value());
  }

  /**
   * Adds the same answer several times, as when reading counts aggregated elsewhere (a SQL {@code
   * GROUP BY score}).
   *
   * @param value the answer on this accumulator's scale
   * @param occurrences how many times, zero or more
   * @throws IllegalArgumentException if the value is not on the scale or {@code occurrences} is
   *     negative
   * @throws ArithmeticException if the count would overflow
   */
  public void add(int value, long occurrences) {
    requireNonNegative(occurrences, "occurrences");
    int offset = scale.offsetOf(value);
    checkAddition(occurrences);
    scoreCounts[offset] += occurrences;
  }

  /**
   * Adds every answer in an array.
   *
   * @param values answers on this accumulator's scale
   * @throws IllegalArgumentException if a value is not on the scale; the answers before it have
   *     been added
   * @throws ArithmeticException if a count would overflow
   */
  public void addAll(int... values) {
    for (int value : values) {
      add(value);
    }
  }

  /**
   * Adds every score.
   *
   * @param scores the answers
   * @throws IllegalArgumentException if a value is not on this accumulator's scale
   * @throws ArithmeticException if a count would overflow
   */
  public void addAll(Iterable<Score> scores) {
    for (Score score : scores) {
      add(score.value());
    }
  }

  /**
   * Adds everything a summary counted, exactly.
   *
   * @param summary a summary on the same scale with the same unanswered policy
   * @throws IllegalArgumentException if the scale or the unanswered policy differs
   * @throws ArithmeticException if a count would overflow
   */
  public void addAll(NpsSummary summary) {
    if (summary.isBlank()) {
      return;
    }
    requireCompatible(summary.scale(), summary.unansweredPolicy());
    checkAddition(summary.total());
    summary.addTo(scoreCounts, unscoredByCategory);
    missing += summary.missing();
    declined += summary.declined();
  }

  /** Adds answers whose category is known but whose score is not. */
  void addUnscored(Category category, long occurrences) {
    requireNonNegative(occurrences, category.name().toLowerCase(java.util.Locale.ROOT) + " count");
    checkAddition(occurrences);
    unscoredByCategory[category.ordinal()] += occurrences;
  }

  /**
   * Adds everything another accumulator counted, exactly, and returns this accumulator, which
   * suits {@link java.util.stream.Collector#combiner()}.
   *
   * @param other an accumulator on the same scale with the same unanswered policy
   * @return this accumulator
   * @throws IllegalArgumentException if the scale or the unanswered policy differs
   * @throws ArithmeticException if a count would overflow
   */
  public NpsAccumulator combine(NpsAccumulator other) {
    addAll(other.snapshot());
    return this;
  }

  /**
   * Counts a survey whose likelihood-to-recommend question was left blank.
   *
   * @throws ArithmeticException if the total count would overflow
   */
  public void addMissing() {
    addMissing(1);
  }

  /**
   * Counts several surveys whose question was left blank, as from a SQL count of NULL scores.
   *
   * @param occurrences how many, zero or more
   * @throws IllegalArgumentException if {@code occurrences} is negative
   * @throws ArithmeticException if the total count would overflow
   */
  public void addMissing(long occurrences) {
    requireNonNegative(occurrences, "missing count");
    checkAddition(occurrences);
    missing += occurrences;
  }

  /**
   * Counts a survey whose respondent declined to give a score.
   *
   * @throws ArithmeticException if the total count would overflow
   */
  public void addDeclined() {
    addDeclined(1);
  }

  /**
   * Counts several surveys whose respondents declined to give a score.
   *
   * @param occurrences how many, zero or more
   * @throws IllegalArgumentException if {@code occurrences} is negative
   * @throws ArithmeticException if the total count would overflow
   */
  public void addDeclined(long occurrences) {
    requireNonNegative(occurrences, "declined count");
    checkAddition(occurrences);
    declined += occurrences;
  }

  /**
   * The number of answers in the NPS denominator so far (see {@link NpsSummary#count()}).
   *
   * @return the count
   */
  public long count() {
    long total = total();
    return policy == UnansweredPolicy.COUNT_AS_PASSIVE ? total : total - missing - declined;
  }

  /**
   * The scale this accumulator counts on.
   *
   * @return the scale
   */
  public Scale scale() {
    return scale;
  }

  /**
   * The policy for unanswered surveys.
   *
   * @return the policy
   */
  public UnansweredPolicy unansweredPolicy() {
    return policy;
  }

  /**
   * An immutable summary of everything added so far. Later additions do not change it.
   *
   * @return the summary
   */
  public NpsSummary snapshot() {
    return new NpsSummary(
        scale, policy, scoreCounts.clone(), unscoredByCategory.clone(), missing, declined);
  }

  /** Clears every count, keeping the scale and policy, so the accumulator can be reused. */
  public void reset() {
    java.util.Arrays.fill(scoreCounts, 0);
    java.util.Arrays.fill(unscoredByCategory, 0);
    missing = 0;
    declined = 0;
    checkEveryAddition = false;
  }

  @Override
  public String toString() {
    return "NpsAccumulator[" + snapshot() + "]";
  }

  private void requireCompatible(Scale otherScale, UnansweredPolicy otherPolicy) {
    Scale.requireSame(scale, otherScale);
    if (policy != otherPolicy) {
      throw new IllegalArgumentException(
          "Cannot combine tallies with different unanswered policies: "
              + policy
              + " and "
              + otherPolicy);
    }
  }

  static void requireNonNegative(long count, String name) {
    if (count < 0) {
      throw new IllegalArgumentException("Invalid " + name + " " + count + ": must be >= 0");
    }
  }

  /**
   * Checks, before anything is written, that {@code more} can be added without the total of
   * everything counted overflowing a long.
   */
  private void checkAddition(long more) {
    long total = total();
    if (more > Long.MAX_VALUE - total) {
      throw new ArithmeticException(
          "NPS tally overflows a long: " + total + " counted, " + more + " more; nothing was added");
    }
    checkEveryAddition = total + more > UNCHECKED_LIMIT;
  }

  /** Everything counted, answered or not; the guard above keeps it within a long. */
  private long total() {
    long total = missing + declined;
    for (long count : scoreCounts) {
      total += count;
    }
    for (long count : unscoredByCategory) {
      total += count;
    }
    return total;
  }
}
