package org.nps4j.segments;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.nps4j.core.Category;
import org.nps4j.core.Interval;

/**
 * One duration or other non-negative numeric outcome ("days to close") by NPS category: how many
 * respondents of each category have a value, the mean and standard deviation with an interval for
 * the mean, and the difference in means promoters − detractors.
 *
 * <p>Obtain one from {@link OutcomeReport#duration(String)}. The row for all respondents, {@link
 * #all()}, merges the three categories. Instances are immutable.
 *
 * <h2>Intervals</h2>
 *
 * Both intervals use the normal approximation, which suits the sample sizes of a CRM (tens of
 * values and more) and understates the width for a handful of values from a skewed distribution:
 *
 * <ul>
 *   <li>{@link Summary#meanInterval()}: {@code mean ± z·s/sqrt(n)}, with {@code s} the sample
 *       standard deviation (divisor {@code n − 1}) and {@code z} the two-sided normal critical
 *       value; clamped below at 0 since durations are not negative. It needs {@code n >= 2}.
 *   <li>{@link #meanDifference()}: Welch's standard error with a normal critical value, {@code (m1
 *       − m2) ± z·sqrt(s1²/n1 + s2²/n2)}, promoters first. It needs two values in each group.
 * </ul>
 *
 * @param name the outcome's name, as declared by the host
 * @param detractors the outcome among detractors
 * @param passives the outcome among passives
 * @param promoters the outcome among promoters
 */
public record DurationOutcomeByCategory(
    String name, Summary detractors, Summary passives, Summary promoters) {

  /**
   * Checks the outcome.
   *
   * @param name the outcome's name, not blank
   * @param detractors the outcome among detractors
   * @param passives the outcome among passives
   * @param promoters the outcome among promoters
   * @throws IllegalArgumentException if the name is blank or the three summaries have different
   *     confidence levels
   * @throws NullPointerException if an argument is null
   */
  public DurationOutcomeByCategory {
    OutcomeAccumulator.requireName(name);
    Objects.requireNonNull(detractors, "detractors");
    Objects.requireNonNull(passives, "passives");
    Objects.requireNonNull(promoters, "promoters");
    if (detractors.level() != passives.level() || detractors.level() != promoters.level()) {
      throw new IllegalArgumentException(
          "Invalid summaries for outcome '"
              + name
              + "' (all categories must share one confidence level): "
              + detractors.level()
              + ", "
              + passives.level()
              + ", "
              + promoters.level());
    }
  }

  /**
   * The outcome among all respondents: the three categories merged with the pairwise formulas of
   * Chan, Golub and LeVeque (1979), detractors, passives, promoters in that order. The counts are
   * exact sums; the mean and spread may differ in the last bits from a single pass over the values.
   *
   * @return the summary for all respondents
   */
  public Summary all() {
    return detractors.plus(passives).plus(promoters);
  }

  /**
   * The outcome among the respondents of one category.
   *
   * @param category the category
   * @return its summary
   * @throws NullPointerException if {@code category} is null
   */
  public Summary of(Category category) {
    return switch (category) {
      case DETRACTOR -> detractors;
      case PASSIVE -> passives;
      case PROMOTER -> promoters;
    };
  }

  /**
   * The rows to render, in the order detractors, passives, promoters, all.
   *
   * @return an unmodifiable map from group to summary, iterated in that order
   */
  public Map<OutcomeReport.Group, Summary> byGroup() {
    Map<OutcomeReport.Group, Summary> rows = new EnumMap<>(OutcomeReport.Group.class);
    rows.put(OutcomeReport.Group.DETRACTOR, detractors);
    rows.put(OutcomeReport.Group.PASSIVE, passives);
    rows.put(OutcomeReport.Group.PROMOTER, promoters);
    rows.put(OutcomeReport.Group.ALL, all());
    return Collections.unmodifiableMap(rows);
  }

  /**
   * The difference in means promoters − detractors (negative when promoters close faster) with a
   * Welch-style normal interval; see the class description.
   *
   * @return the interval, whose estimate is the difference; empty when {@link
   *     #meanDifferenceNote()} explains why
   */
  public Optional<Interval> meanDifference() {
    if (meanDifferenceUnavailableReason() != null) {
      return Optional.empty();
    }
    double difference = promoters.mean() - detractors.mean();
    double standardError =
        Math.sqrt(
            promoters.variance() / promoters.count() + detractors.variance() / detractors.count());
    double halfWidth = StandardNormal.twoSidedCriticalValue(promoters.level()) * standardError;
    return Optional.of(
        new Interval(
            difference,
            difference - halfWidth,
            difference + halfWidth,
            difference - halfWidth,
            difference + halfWidth,
            promoters.level()));
  }

  /**
   * Names the method of {@link #meanDifference()}, or says why it is empty.
   *
   * @return a short sentence for a report
   */
  public String meanDifferenceNote() {
    String reason = meanDifferenceUnavailableReason();
    return reason == null
        ? "Welch normal interval of the difference in means (promoters - detractors)"
        : reason;
  }

  private String meanDifferenceUnavailableReason() {
    if (promoters.count() < 2 || detractors.count() < 2) {
      return "Undefined: the interval needs at least 2 values among promoters and among"
          + " detractors, not "
          + promoters.count()
          + " and "
          + detractors.count();
    }
    return null;
  }

  /**
   * A non-negative numeric outcome among a group of respondents: how many have a value, their mean
   * and the sum of squared deviations from it, from which the variance, standard deviation and an
   * interval for the mean follow.
   *
   * <p>Respondents without a value (an absent duration, such as days to close of a deal that did
   * not close) count in {@link #respondents()} and {@link #absent()} only. The mean is undefined
   * without a value and the spread without two: those methods throw {@link IllegalStateException}
   * rather than report 0 for "no data", and {@link #meanInterval()} is empty.
   *
   * @param respondents the respondents in the group, with a value or not
   * @param count the respondents with a value
   * @param mean the mean of the values; read through {@link #mean()}, which refuses an empty group
   * @param sumOfSquaredDeviations the sum of squared deviations of the values from their mean;
   *     infinite when durations above about 1e150 overflowed it, which makes the spread and the
   *     interval bounds infinite too
   * @param level the confidence level of {@link #meanInterval()}, strictly between 0 and 1
   */
  public record Summary(
      long respondents, long count, double mean, double sumOfSquaredDeviations, double level) {

    /**
     * Checks the summary.
     *
     * @param respondents the respondents in the group, with a value or not
     * @param count the respondents with a value
     * @param mean the mean of the values, 0 when {@code count} is 0
     * @param sumOfSquaredDeviations the sum of squared deviations, 0 when {@code count} is 0
     * @param level the confidence level, strictly between 0 and 1
     * @throws IllegalArgumentException unless {@code 0 <= count <= respondents}, the mean is finite
     *     and not negative, the sum of squared deviations is not negative (it may be infinite after
     *     an overflow) nor NaN, both are 0 when {@code count} is 0, and the level is strictly
     *     between 0 and 1
     */
    public Summary {
      if (count < 0 || respondents < count) {
        throw new IllegalArgumentException(
            "Invalid duration counts (must satisfy 0 <= count <= respondents): "
                + count
                + " values, "
                + respondents
                + " respondents");
      }
      if (!(mean >= 0 && mean < Double.POSITIVE_INFINITY)) {
        throw new IllegalArgumentException(
            "Invalid mean duration (must be finite and >= 0): " + mean);
      }
      // Infinity is allowed: durations above about 1e150 overflow it, which widens the intervals
      // to infinity rather than failing the whole report.
      if (!(sumOfSquaredDeviations >= 0)) {
        throw new IllegalArgumentException(
            "Invalid sum of squared deviations (must be >= 0, infinity allowed): "
                + sumOfSquaredDeviations);
      }
      if (count == 0 && (mean != 0 || sumOfSquaredDeviations != 0)) {
        throw new IllegalArgumentException(
            "Invalid empty duration summary (mean and sum of squared deviations must be 0 without"
                + " values): mean "
                + mean
                + ", sum of squared deviations "
                + sumOfSquaredDeviations);
      }
      StandardNormal.requireLevel(level);
    }

    /**
     * The respondents without a value.
     *
     * @return {@code respondents - count}
     */
    public long absent() {
      return respondents - count;
    }

    /**
     * Whether no respondent has a value, so the mean is undefined.
     *
     * @return true if {@code count == 0}
     */
    public boolean isEmpty() {
      return count == 0;
    }

    /**
     * The mean of the values.
     *
     * @return the mean
     * @throws IllegalStateException if no respondent has a value
     */
    @Override
    public double mean() {
      if (count == 0) {
        throw new IllegalStateException(
            "The mean is undefined without a value ("
                + respondents
                + " respondents, none with a value)");
      }
      return mean;
    }

    /**
     * The sample variance of the values, with divisor {@code count − 1}.
     *
     * @return the variance
     * @throws IllegalStateException if fewer than 2 respondents have a value
     */
    public double variance() {
      if (count < 2) {
        throw new IllegalStateException(
            "The variance is undefined with fewer than 2 values: " + count);
      }
      return sumOfSquaredDeviations / (count - 1);
    }

    /**
     * The sample standard deviation of the values, the square root of {@link #variance()}.
     *
     * @return the standard deviation
     * @throws IllegalStateException if fewer than 2 respondents have a value
     */
    public double standardDeviation() {
      return Math.sqrt(variance());
    }

    /**
     * The normal-approximation interval for the mean at {@link #level()}, {@code mean ±
     * z·s/sqrt(n)}, clamped below at 0.
     *
     * @return the interval, or empty if fewer than 2 respondents have a value
     */
    public Optional<Interval> meanInterval() {
      if (count < 2) {
        return Optional.empty();
      }
      double halfWidth =
          StandardNormal.twoSidedCriticalValue(level) * standardDeviation() / Math.sqrt(count);
      return Optional.of(
          Interval.clamped(
              mean, mean - halfWidth, mean + halfWidth, level, 0.0, Double.POSITIVE_INFINITY));
    }

    /** The summary of both groups' values together, by the pairwise merge formulas. */
    Summary plus(Summary other) {
      long mergedCount = Math.addExact(count, other.count);
      return new Summary(
          Math.addExact(respondents, other.respondents),
          mergedCount,
          mergedMean(count, mean, other.count, other.mean),
          mergedSumOfSquaredDeviations(
              count,
              mean,
              sumOfSquaredDeviations,
              other.count,
              other.mean,
              other.sumOfSquaredDeviations),
          level);
    }
  }

  /**
   * The mean of two groups of values from their counts and means (Chan, Golub and LeVeque, 1979).
   */
  static double mergedMean(long countA, double meanA, long countB, double meanB) {
    if (countB == 0) {
      return meanA;
    }
    if (countA == 0) {
      return meanB;
    }
    double merged = meanA + (meanB - meanA) * ((double) countB / ((double) countA + countB));
    // The weighted mean lies between the two means; rounding must not push it outside.
    return Math.min(Math.max(merged, Math.min(meanA, meanB)), Math.max(meanA, meanB));
  }

  /** The sum of squared deviations of two groups of values (Chan, Golub and LeVeque, 1979). */
  static double mergedSumOfSquaredDeviations(
      long countA, double meanA, double squaresA, long countB, double meanB, double squaresB) {
    if (countB == 0) {
      return squaresA;
    }
    if (countA == 0) {
      return squaresB;
    }
    double delta = meanB - meanA;
    double total = (double) countA + countB;
    return squaresA + squaresB + delta * delta * ((double) countA / total) * countB;
  }
}
