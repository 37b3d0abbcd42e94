package org.nps4j.core;

import java.util.Objects;

/**
 * A mutable tally of weighted answers (weights such as account revenue), from which immutable
 * {@link WeightedNpsSummary} snapshots are taken.
 *
 * <p>It keeps the number of answers, the sum of weights per category and the sum of squared weights,
 * which is all the weighted NPS, its Kish effective sample size and its standard error need. Weight
 * sums are {@code double}s, so combining partial tallies in another order can change the last bits.
 *
 * <p>This class is <b>not thread-safe</b>: give each thread its own accumulator and {@link
 * #combine(WeightedNpsAccumulator)} them.
 */
public final class WeightedNpsAccumulator {
  private final Scale scale;
  private long count;
  private double promoterWeight;
  private double passiveWeight;
  private double detractorWeight;
  private double sumOfSquaredWeights;

  private WeightedNpsAccumulator(Scale scale) {
    this.scale = Objects.requireNonNull(scale, "scale");
  }

  /**
   * An empty accumulator on the given scale.
   *
   * @param scale the scale answers are on
   * @return a new accumulator
   * @throws NullPointerException if {@code scale} is null
   */
  public static WeightedNpsAccumulator create(Scale scale) {
    return new WeightedNpsAccumulator(scale);
  }

  /**
   * Adds one weighted answer.
   *
   * @param value the answer on this accumulator's scale
   * @param weight the weight, finite and zero or more
   * @throws IllegalArgumentException if the value is not on the scale or the weight is negative,
   *     infinite or NaN
   * @throws ArithmeticException if the answer count would overflow
   */
  public void add(int value, double weight) {
    Category category = scale.categoryOf(value);
    Weights.requireValid(weight);
    count = Math.addExact(count, 1);
    switch (category) {
      case PROMOTER -> promoterWeight += weight;
      case PASSIVE -> passiveWeight += weight;
      case DETRACTOR -> detractorWeight += weight;
    }
    sumOfSquaredWeights += weight * weight;
  }

  /**
   * Adds one weighted score.
   *
   * @param score the answer
   * @param weight the weight, finite and zero or more
   * @throws IllegalArgumentException if the score is not on this scale or the weight is invalid
   * @throws ArithmeticException if the answer count would overflow
   */
  public void add(Score score, double weight) {
    add(score.value(), weight);
  }

  /**
   * Adds a response with its weight, or weight 1 if it has none.
   *
   * @param response the response
   * @throws IllegalArgumentException if its score is not on this scale
   * @throws ArithmeticException if the answer count would overflow
   */
  public void add(Response response) {
    add(response.score().value(), response.weightOrOne());
  }

  /**
   * Adds everything another accumulator counted and returns this accumulator.
   *
   * @param other an accumulator on the same scale
   * @return this accumulator
   * @throws IllegalArgumentException if the scales differ
   * @throws ArithmeticException if the answer count would overflow
   */
  public WeightedNpsAccumulator combine(WeightedNpsAccumulator other) {
    Scale.requireSame(scale, other.scale);
    count = Math.addExact(count, other.count);
    promoterWeight += other.promoterWeight;
    passiveWeight += other.passiveWeight;
    detractorWeight += other.detractorWeight;
    sumOfSquaredWeights += other.sumOfSquaredWeights;
    return this;
  }

  /**
   * An immutable summary of everything added so far.
   *
   * @return the summary
   */
  public WeightedNpsSummary snapshot() {
    return new WeightedNpsSummary(
        scale, count, promoterWeight, passiveWeight, detractorWeight, sumOfSquaredWeights);
  }
}
