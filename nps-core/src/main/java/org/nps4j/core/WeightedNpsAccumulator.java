package org.nps4j.core;

import java.util.Objects;

/**
 * A mutable tally of weighted answers (weights such as account revenue), from which immutable
 * {@link WeightedNpsSummary} snapshots are taken.
 *
 * <p>It keeps the number of answers, the sum of weights per category and the sum of squared weights,
 * which is all the weighted NPS, its Kish effective sample size and its standard error need. The
 * sums are kept relative to a power of two near the largest weight, so that squaring neither
 * overflows for huge weights nor underflows for tiny ones (every figure but the raw sums is
 * invariant to the scale of the weights). Weight sums are {@code double}s, so combining partial
 * tallies in another order can change the last bits.
 *
 * <p>This class is <b>not thread-safe</b>: give each thread its own accumulator and {@link
 * #combine(WeightedNpsAccumulator)} them.
 */
public final class WeightedNpsAccumulator {
  private final Scale scale;
  private long count;
  // Every sum below is in units of 2^exponent; the squares in units of 2^(2 * exponent).
  private int exponent;
  private double promoterWeight;
  private double passiveWeight;
  private double detractorWeight;
  private double sumOfSquaredWeights;

  private WeightedNpsAccumulator(Scale scale) {
    this.scale = Objects.requireNonNull(scale, "scale");
  }

  /** An accumulator holding the scaled sums of a snapshot, for {@link WeightedNpsSummary#plus}. */
  static WeightedNpsAccumulator restore(
      Scale scale,
      long count,
      int exponent,
      double promoterWeight,
      double passiveWeight,
      double detractorWeight,
      double sumOfSquaredWeights) {
    WeightedNpsAccumulator accumulator = new WeightedNpsAccumulator(scale);
    accumulator.count = count;
    accumulator.exponent = exponent;
    accumulator.promoterWeight = promoterWeight;
    accumulator.passiveWeight = passiveWeight;
    accumulator.detractorWeight = detractorWeight;
    accumulator.sumOfSquaredWeights = sumOfSquaredWeights;
    return accumulator;
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
    if (weight == 0) {
      return;
    }
    int weightExponent = Math.getExponent(weight);
    if (weightExponent > exponent || sumOfSquaredWeights == 0) {
      rescaleTo(weightExponent);
    }
    double scaled = Math.scalb(weight, -exponent);
    switch (category) {
      case PROMOTER -> promoterWeight += scaled;
      case PASSIVE -> passiveWeight += scaled;
      case DETRACTOR -> detractorWeight += scaled;
    }
    sumOfSquaredWeights += scaled * scaled;
  }

  /** Re-expresses the sums in units of 2^newExponent; exact but for underflow of tiny terms. */
  private void rescaleTo(int newExponent) {
    int shift = exponent - newExponent;
    promoterWeight = Math.scalb(promoterWeight, shift);
    passiveWeight = Math.scalb(passiveWeight, shift);
    detractorWeight = Math.scalb(detractorWeight, shift);
    sumOfSquaredWeights = Math.scalb(sumOfSquaredWeights, 2 * shift);
    exponent = newExponent;
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
    if (other.sumOfSquaredWeights == 0) {
      return this;
    }
    if (other.exponent > exponent || sumOfSquaredWeights == 0) {
      rescaleTo(other.exponent);
    }
    int shift = other.exponent - exponent;
    promoterWeight += Math.scalb(other.promoterWeight, shift);
    passiveWeight += Math.scalb(other.passiveWeight, shift);
    detractorWeight += Math.scalb(other.detractorWeight, shift);
    sumOfSquaredWeights += Math.scalb(other.sumOfSquaredWeights, 2 * shift);
    return this;
  }

  /**
   * An immutable summary of everything added so far.
   *
   * @return the summary
   */
  public WeightedNpsSummary snapshot() {
    return new WeightedNpsSummary(
        scale, count, exponent, promoterWeight, passiveWeight, detractorWeight, sumOfSquaredWeights);
  }
}
