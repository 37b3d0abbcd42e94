package org.nps4j.core;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * An immutable, exact tally of NPS answers and every figure derived from it: counts, shares, the
 * Net Promoter Score, display rounding, the score distribution, standard error and confidence
 * intervals.
 *
 * <p>Obtain one from {@link NpsAccumulator#snapshot()}, from a stream with {@link NpsCollectors},
 * or from counts with {@link #ofScoreCounts(long[])} and {@link #ofCounts(long, long, long)}.
 * Combine two with {@link #plus(NpsSummary)}; {@link #empty()} is its identity on every scale (a
 * summary that counted nothing combines with any other).
 *
 * <p>The summary holds one {@code long} count per point of its {@link Scale}, plus category counts
 * for answers whose exact score is unknown (from {@link #ofCounts}), plus the numbers of missing and
 * declined answers. {@link #equals(Object)} compares all of them exactly. Instances are immutable and
 * thread-safe.
 *
 * <h2>Empty summaries</h2>
 *
 * A summary without answered scores is empty and has no NPS: {@link #netPromoterScore()}, the
 * shares, the statistics and the intervals throw {@link IllegalStateException} ("NPS is undefined
 * for an empty sample") rather than report 0 for "no data", whatever the unanswered policy. Check
 * {@link #isEmpty()} first.
 *
 * <h2>Unanswered surveys</h2>
 *
 * Missing and declined answers are always reported ({@link #missing()}, {@link #declined()}). Under
 * {@link UnansweredPolicy#EXCLUDE} they are outside {@link #count()}; under {@link
 * UnansweredPolicy#COUNT_AS_PASSIVE} they are in {@link #count()} and {@link #passives()}. The score
 * distribution, mean and median always describe answered scores only.
 */
public final class NpsSummary {
  private static final NpsSummary EMPTY =
      new NpsSummary(
          Scale.STANDARD, UnansweredPolicy.EXCLUDE, new long[Scale.STANDARD.points()], new long[3],
          0, 0);
  private static final int MAX_DECIMAL_PLACES = 15;

  private final Scale scale;
  private final UnansweredPolicy policy;
  private final long[] scoreCounts;
  private final long[] unscoredByCategory;
  private final long missing;
  private final long declined;
  private final long detractors;
  private final long passives;
  private final long promoters;
  private final long answered;
  private final long count;

  NpsSummary(
      Scale scale,
      UnansweredPolicy policy,
      long[] scoreCounts,
      long[] unscoredByCategory,
      long missing,
      long declined) {
    this.scale = scale;
    this.policy = policy;
    this.scoreCounts = scoreCounts;
    this.unscoredByCategory = unscoredByCategory;
    this.missing = missing;
    this.declined = declined;
    long[] byCategory = unscoredByCategory.clone();
    int min = scale.min();
    for (int offset = 0; offset < scoreCounts.length; offset++) {
      int category = scale.categoryOf(min + offset).ordinal();
      byCategory[category] = Math.addExact(byCategory[category], scoreCounts[offset]);
    }
    this.detractors = byCategory[Category.DETRACTOR.ordinal()];
    this.promoters = byCategory[Category.PROMOTER.ordinal()];
    long answeredPassives = byCategory[Category.PASSIVE.ordinal()];
    this.answered = Math.addExact(Math.addExact(detractors, answeredPassives), promoters);
    long unanswered =
        policy == UnansweredPolicy.COUNT_AS_PASSIVE ? Math.addExact(missing, declined) : 0;
    this.passives = Math.addExact(answeredPassives, unanswered);
    this.count = Math.addExact(answered, unanswered);
  }

  /**
   * The empty summary on the standard scale, excluding unanswered surveys: the identity of {@link
   * #plus(NpsSummary)}.
   *
   * @return the empty summary
   */
  public static NpsSummary empty() {
    return EMPTY;
  }

  /**
   * The empty summary on a scale, with a policy for unanswered surveys.
   *
   * @param scale the scale
   * @param policy the unanswered policy
   * @return the empty summary
   * @throws NullPointerException if an argument is null
   */
  public static NpsSummary empty(Scale scale, UnansweredPolicy policy) {
    return NpsAccumulator.create(scale, policy).snapshot();
  }

  /**
   * A summary on the standard scale from category counts, when the exact scores are not known. The
   * score distribution, mean and median of such a summary are unavailable.
   *
   * @param detractors the number of detractors, zero or more
   * @param passives the number of passives, zero or more
   * @param promoters the number of promoters, zero or more
   * @return the summary
   * @throws IllegalArgumentException if a count is negative
   * @throws ArithmeticException if the total overflows a long
   */
  public static NpsSummary ofCounts(long detractors, long passives, long promoters) {
    return ofCounts(Scale.STANDARD, detractors, passives, promoters);
  }

  /**
   * A summary on any scale from category counts, when the exact answers are not known.
   *
   * @param scale the scale the answers were given on
   * @param detractors the number of detractors, zero or more
   * @param passives the number of passives, zero or more
   * @param promoters the number of promoters, zero or more
   * @return the summary
   * @throws IllegalArgumentException if a count is negative
   * @throws ArithmeticException if the total overflows a long
   * @throws NullPointerException if {@code scale} is null
   */
  public static NpsSummary ofCounts(Scale scale, long detractors, long passives, long promoters) {
    NpsAccumulator accumulator = NpsAccumulator.create(scale);
    accumulator.addUnscored(Category.DETRACTOR, detractors);
    accumulator.addUnscored(Category.PASSIVE, passives);
    accumulator.addUnscored(Category.PROMOTER, promoters);
    return accumulator.snapshot();
  }

  /**
   * A summary on the standard scale from the count of each score 0 to 10.
   *
   * @param countsPerScorePoint eleven counts, index {@code i} holding the number of answers of
   *     score {@code i}; the array is copied
   * @return the summary
   * @throws IllegalArgumentException if the array does not have 11 elements or a count is negative
   * @throws ArithmeticException if the total overflows a long
   * @throws NullPointerException if the array is null
   */
  public static NpsSummary ofScoreCounts(long[] countsPerScorePoint) {
    return ofScoreCounts(Scale.STANDARD, countsPerScorePoint);
  }

  /**
   * A summary on any scale from the count of each point of the scale.
   *
   * @param scale the scale
   * @param countsPerScorePoint {@code scale.points()} counts, index {@code i} holding the number of
   *     answers of value {@code scale.min() + i}; the array is copied
   * @return the summary
   * @throws IllegalArgumentException if the array length is not {@code scale.points()} or a count is
   *     negative
   * @throws ArithmeticException if the total overflows a long
   * @throws NullPointerException if an argument is null
   */
  public static NpsSummary ofScoreCounts(Scale scale, long[] countsPerScorePoint) {
    Objects.requireNonNull(scale, "scale");
    long[] counts = Objects.requireNonNull(countsPerScorePoint, "countsPerScorePoint").clone();
    if (counts.length != scale.points()) {
      throw new IllegalArgumentException(
          "Expected "
              + scale.points()
              + " counts, one per point of "
              + scale
              + ", but got "
              + counts.length);
    }
    NpsAccumulator accumulator = NpsAccumulator.create(scale);
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] < 0) {
        throw new IllegalArgumentException(
            "Invalid count for score " + (scale.min() + i) + " " + counts[i] + ": must be >= 0");
      }
      accumulator.add(scale.min() + i, counts[i]);
    }
    return accumulator.snapshot();
  }

  /**
   * The exact sum of two summaries: what one summary of both samples would be. A summary that
   * counted nothing at all (such as {@link #empty()}) combines with any other and leaves it as it
   * is.
   *
   * @param other a summary on the same scale with the same unanswered policy
   * @return the combined summary
   * @throws IllegalArgumentException if the scales or the unanswered policies differ
   * @throws ArithmeticException if a count overflows a long
   */
  public NpsSummary plus(NpsSummary other) {
    if (other.isBlank()) {
      return this;
    }
    if (isBlank()) {
      return other;
    }
    NpsAccumulator sum = NpsAccumulator.create(scale, policy);
    sum.addAll(this);
    sum.addAll(other);
    return sum.snapshot();
  }

  /** Adds the counts into an accumulator's arrays; the caller has checked the total. */
  void addTo(long[] targetScoreCounts, long[] targetUnscored) {
    for (int i = 0; i < scoreCounts.length; i++) {
      targetScoreCounts[i] += scoreCounts[i];
    }
    for (int i = 0; i < unscoredByCategory.length; i++) {
      targetUnscored[i] += unscoredByCategory[i];
    }
  }

  /** Everything counted: answered, missing and declined. */
  long total() {
    return answered + missing + declined;
  }

  /** Whether nothing at all was counted, not even an unanswered survey. */
  boolean isBlank() {
    return total() == 0;
  }

  /**
   * The scale the answers were given on.
   *
   * @return the scale
   */
  public Scale scale() {
    return scale;
  }

  /**
   * The policy applied to missing and declined answers.
   *
   * @return the policy
   */
  public UnansweredPolicy unansweredPolicy() {
    return policy;
  }

  /**
   * The sample size n, the denominator of every share: answered surveys, plus the unanswered ones
   * under {@link UnansweredPolicy#COUNT_AS_PASSIVE}.
   *
   * @return n
   */
  public long count() {
    return count;
  }

  /**
   * The number of surveys with a score (whatever the unanswered policy).
   *
   * @return the number of answered surveys
   */
  public long answered() {
    return answered;
  }

  /**
   * The number of surveys whose question was left blank.
   *
   * @return the missing count
   */
  public long missing() {
    return missing;
  }

  /**
   * The number of surveys whose respondent declined to give a score.
   *
   * @return the declined count
   */
  public long declined() {
    return declined;
  }

  /**
   * Whether there is no answered score, in which case there is no NPS. Under {@link
   * UnansweredPolicy#COUNT_AS_PASSIVE} a summary of unanswered surveys alone is empty too: blanks
   * are no evidence of sentiment.
   *
   * @return true if {@link #answered()} is zero
   */
  public boolean isEmpty() {
    return answered == 0;
  }

  /**
   * The number of promoters.
   *
   * @return promoters
   */
  public long promoters() {
    return promoters;
  }

  /**
   * The number of passives, including unanswered surveys under {@link
   * UnansweredPolicy#COUNT_AS_PASSIVE}.
   *
   * @return passives
   */
  public long passives() {
    return passives;
  }

  /**
   * The number of detractors.
   *
   * @return detractors
   */
  public long detractors() {
    return detractors;
  }

  /**
   * The count of one category.
   *
   * @param category the category
   * @return its count, as {@link #promoters()}, {@link #passives()} or {@link #detractors()}
   */
  public long countOf(Category category) {
    return switch (category) {
      case PROMOTER -> promoters;
      case PASSIVE -> passives;
      case DETRACTOR -> detractors;
    };
  }

  /**
   * Whether the exact score of every answer is known, so that the distribution, mean and median are
   * available. False once category-only counts ({@link #ofCounts}) are part of the summary.
   *
   * @return true if score-level counts are complete
   */
  public boolean hasScoreCounts() {
    return unscoredByCategory[0] == 0 && unscoredByCategory[1] == 0 && unscoredByCategory[2] == 0;
  }

  /**
   * The number of answers of one score.
   *
   * @param score a score on this summary's scale
   * @return its count
   * @throws IllegalArgumentException if the score is not on this summary's scale
   * @throws IllegalStateException if the summary holds answers known only by category
   */
  public long countOf(Score score) {
    return countOf(score.value());
  }

  /**
   * The number of answers of one value.
   *
   * @param value a value on this summary's scale
   * @return its count
   * @throws IllegalArgumentException if the value is not on this summary's scale
   * @throws IllegalStateException if the summary holds answers known only by category
   */
  public long countOf(int value) {
    int offset = scale.offsetOf(value);
    requireScoreCounts();
    return scoreCounts[offset];
  }

  /**
   * The full distribution: a copy of the count of each point of the scale, index {@code i} holding
   * value {@code scale().min() + i}.
   *
   * @return a new array of {@code scale().points()} counts
   * @throws IllegalStateException if the summary holds answers known only by category
   */
  public long[] scoreCounts() {
    requireScoreCounts();
    return scoreCounts.clone();
  }

  /**
   * The share of promoters, {@code promoters() / count()}.
   *
   * @return a share in [0, 1]
   * @throws IllegalStateException if the summary is empty
   */
  public double promoterShare() {
    return share(promoters);
  }

  /**
   * The share of passives, {@code passives() / count()}, worth watching: passives are easy to lose.
   *
   * @return a share in [0, 1]
   * @throws IllegalStateException if the summary is empty
   */
  public double passiveShare() {
    return share(passives);
  }

  /**
   * The share of detractors, {@code detractors() / count()}.
   *
   * @return a share in [0, 1]
   * @throws IllegalStateException if the summary is empty
   */
  public double detractorShare() {
    return share(detractors);
  }

  private double share(long categoryCount) {
    requireNonEmpty();
    return (double) categoryCount / count;
  }

  /**
   * The Net Promoter Score, {@code 100 * (promoters - detractors) / count}, on [-100, 100].
   *
   * @return the NPS
   * @throws IllegalStateException if the summary is empty ("NPS is undefined for an empty sample")
   */
  public double netPromoterScore() {
    requireNonEmpty();
    return CategoryCounts.SCALE * (promoters - detractors) / count;
  }

  /**
   * The Net Promoter Score as an exact fraction in lowest terms, e.g. {@code 100/3} for one
   * promoter and two passives.
   *
   * @return {@code 100 * (promoters - detractors) / count}, exactly
   * @throws IllegalStateException if the summary is empty
   */
  public BigFraction netPromoterScoreExact() {
    requireNonEmpty();
    return BigFraction.of(
        BigInteger.valueOf(promoters - detractors).multiply(BigInteger.valueOf(100)),
        BigInteger.valueOf(count));
  }

  /**
   * The NPS for display, rounded from its exact value to {@code decimalPlaces} places, halves away
   * from zero ({@link RoundingMode#HALF_UP}): 12.5 shows as 13 and -12.5 as -13.
   *
   * @param decimalPlaces 0 for an integer, 1 for one decimal, up to 15
   * @return the rounded NPS
   * @throws IllegalArgumentException if {@code decimalPlaces} is outside 0-15
   * @throws IllegalStateException if the summary is empty
   */
  public BigDecimal roundedNetPromoterScore(int decimalPlaces) {
    requireDecimalPlaces(decimalPlaces);
    requireNonEmpty();
    return new BigDecimal(BigInteger.valueOf(promoters - detractors).multiply(BigInteger.valueOf(100)))
        .divide(BigDecimal.valueOf(count), decimalPlaces, RoundingMode.HALF_UP);
  }

  /**
   * The three category percentages for display, rounded to {@code decimalPlaces} places so that
   * they add up to exactly 100 (largest remainder method). Each is first truncated; the units still
   * missing from 100 go to the categories with the largest remainders, ties going to the larger
   * count and then to promoters, passives, detractors in that order.
   *
   * @param decimalPlaces 0 for whole percentages, 1 for one decimal, up to 15
   * @return the percentages
   * @throws IllegalArgumentException if {@code decimalPlaces} is outside 0-15
   * @throws IllegalStateException if the summary is empty
   */
  public CategoryPercentages categoryPercentages(int decimalPlaces) {
    requireDecimalPlaces(decimalPlaces);
    requireNonEmpty();
    return CategoryPercentages.largestRemainder(
        promoters, passives, detractors, count, decimalPlaces);
  }

  /**
   * The mean answered score on this summary's scale.
   *
   * @return the mean
   * @throws IllegalStateException if there are no answered scores or some are known only by
   *     category
   */
  public double meanScore() {
    requireScores();
    double total = 0;
    for (int offset = 0; offset < scoreCounts.length; offset++) {
      total += (double) (scale.min() + offset) * scoreCounts[offset];
    }
    return total / answered;
  }

  /**
   * The median answered score: the middle score, or the mean of the two middle scores when the
   * number of answers is even.
   *
   * @return the median
   * @throws IllegalStateException if there are no answered scores or some are known only by
   *     category
   */
  public double medianScore() {
    requireScores();
    // 1-based ranks of the two middle answers; they coincide when the count is odd. Written so
    // that it cannot overflow at answered == Long.MAX_VALUE.
    long lowerRank = answered - answered / 2;
    long upperRank = answered / 2 + 1;
    return (valueAtRank(lowerRank) + valueAtRank(upperRank)) / 2.0;
  }

  private int valueAtRank(long rank) {
    long seen = 0;
    for (int offset = 0; offset < scoreCounts.length; offset++) {
      seen += scoreCounts[offset];
      if (seen >= rank) {
        return scale.min() + offset;
      }
    }
    throw new AssertionError("rank " + rank + " beyond " + answered);
  }

  /**
   * The per-respondent variance of the NPS on the 100 scale: 10<sup>4</sup> &times; ((pP + pD) -
   * (pP - pD)<sup>2</sup>).
   *
   * @return the variance, at most 10<sup>4</sup>
   * @throws IllegalStateException if the summary is empty
   */
  public double variance() {
    requireNonEmpty();
    return CategoryCounts.SCALE * CategoryCounts.SCALE * categoryCounts().variance();
  }

  /**
   * The standard error of the NPS on the 100 scale, from the raw counts (Wald): 100 &times; sqrt(V /
   * n). Zero when every answer falls in one category.
   *
   * @return the standard error
   * @throws IllegalStateException if the summary is empty
   */
  public double standardError() {
    requireNonEmpty();
    return CategoryCounts.SCALE * categoryCounts().standardError();
  }

  /**
   * The 95 % adjusted Wald interval (Rocks, 2016), the recommended default.
   *
   * @return the interval on the 100 scale
   * @throws IllegalStateException if the summary is empty
   */
  public Interval confidenceInterval() {
    return confidenceInterval(IntervalMethod.ADJUSTED_WALD, 0.95);
  }

  /**
   * A confidence interval for the NPS on the 100 scale, clamped to [-100, 100].
   *
   * @param method how to compute it
   * @param level the confidence level, strictly between 0 and 1, e.g. 0.95
   * @return the interval
   * @throws IllegalArgumentException if the level is outside (0, 1)
   * @throws IllegalStateException if the summary is empty
   * @throws NullPointerException if {@code method} is null
   */
  public Interval confidenceInterval(IntervalMethod method, double level) {
    Objects.requireNonNull(method, "method");
    ConfidenceLevels.requireValid(level);
    requireNonEmpty();
    return categoryCounts().interval(method, level);
  }

  CategoryCounts categoryCounts() {
    return new CategoryCounts(promoters, passives, detractors);
  }

  void requireNonEmpty() {
    if (answered == 0) {
      throw new IllegalStateException(
          "NPS is undefined for an empty sample"
              + (isBlank() ? "" : " (no answered scores, " + (missing + declined) + " unanswered)"));
    }
  }

  private void requireScoreCounts() {
    if (!hasScoreCounts()) {
      throw new IllegalStateException(
          "Score-level counts are unknown: "
              + (unscoredByCategory[0] + unscoredByCategory[1] + unscoredByCategory[2])
              + " answers were counted by category only");
    }
  }

  private void requireScores() {
    requireNonEmpty();
    requireScoreCounts();
  }

  private static void requireDecimalPlaces(int decimalPlaces) {
    if (decimalPlaces < 0 || decimalPlaces > MAX_DECIMAL_PLACES) {
      throw new IllegalArgumentException(
          "Invalid value for decimal places (valid values 0 - "
              + MAX_DECIMAL_PLACES
              + "): "
              + decimalPlaces);
    }
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof NpsSummary other
        && other.missing == missing
        && other.declined == declined
        && other.policy == policy
        && other.scale.equals(scale)
        && Arrays.equals(other.scoreCounts, scoreCounts)
        && Arrays.equals(other.unscoredByCategory, unscoredByCategory);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        scale,
        policy,
        Arrays.hashCode(scoreCounts),
        Arrays.hashCode(unscoredByCategory),
        missing,
        declined);
  }

  /**
   * A diagnostic description, e.g. {@code NpsSummary[n=120, promoters=60, passives=30,
   * detractors=30, nps=25.0, missing=0, declined=0, scale=0-10]}; its format may change.
   */
  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "NpsSummary[n=%d, promoters=%d, passives=%d, detractors=%d, nps=%s, missing=%d,"
            + " declined=%d, scale=%s%s]",
        count,
        promoters,
        passives,
        detractors,
        isEmpty() ? "undefined" : roundedNetPromoterScore(1).toPlainString(),
        missing,
        declined,
        scale.name(),
        policy == UnansweredPolicy.EXCLUDE ? "" : ", unanswered=" + policy);
  }
}
