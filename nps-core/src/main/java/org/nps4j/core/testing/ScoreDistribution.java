package org.nps4j.core.testing;

import java.util.Arrays;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.nps4j.core.Category;
import org.nps4j.core.Scale;

/**
 * A probability distribution over the points of a {@link Scale}, from which answers are drawn and
 * whose true NPS is known: the ground truth of simulation tests.
 *
 * <p>Build one from weights per point ({@link #ofWeights(double...)}), from category shares
 * ({@link #ofCategoryShares(double, double, double)}), uniformly ({@link #uniform()}), or at random
 * ({@link #random(Scale, RandomGenerator)}). Instances are immutable.
 */
public final class ScoreDistribution {
  private final Scale scale;
  private final double[] probabilities;
  private final double[] cumulative;

  private ScoreDistribution(Scale scale, double[] weights) {
    this.scale = scale;
    double total = 0;
    for (int i = 0; i < weights.length; i++) {
      double weight = weights[i];
      if (!(weight >= 0.0 && weight < Double.POSITIVE_INFINITY)) {
        throw new IllegalArgumentException(
            "Invalid weight "
                + weight
                + " for score "
                + (scale.min() + i)
                + ": weights must be finite and >= 0");
      }
      total += weight;
    }
    if (!(total > 0)) {
      throw new IllegalArgumentException("At least one score must have a positive weight");
    }
    this.probabilities = new double[weights.length];
    this.cumulative = new double[weights.length];
    double running = 0;
    for (int i = 0; i < weights.length; i++) {
      probabilities[i] = weights[i] / total;
      running += probabilities[i];
      cumulative[i] = running;
    }
    // The last point with weight absorbs rounding, so a draw never falls off the end.
    int lastPositive = weights.length - 1;
    while (weights[lastPositive] == 0) {
      lastPositive--;
    }
    Arrays.fill(cumulative, lastPositive, cumulative.length, 1.0);
  }

  /**
   * The uniform distribution over 0-10.
   *
   * @return the distribution
   */
  public static ScoreDistribution uniform() {
    return uniform(Scale.STANDARD);
  }

  /**
   * The uniform distribution over a scale.
   *
   * @param scale the scale
   * @return the distribution
   */
  public static ScoreDistribution uniform(Scale scale) {
    double[] weights = new double[scale.points()];
    Arrays.fill(weights, 1.0);
    return new ScoreDistribution(scale, weights);
  }

  /**
   * A distribution over 0-10 from eleven weights, normalised to sum to 1.
   *
   * @param weightsPerScorePoint eleven non-negative weights, index {@code i} for score {@code i}
   * @return the distribution
   * @throws IllegalArgumentException if there are not eleven weights, a weight is negative or not
   *     finite, or all are zero
   */
  public static ScoreDistribution ofWeights(double... weightsPerScorePoint) {
    return ofWeights(Scale.STANDARD, weightsPerScorePoint);
  }

  /**
   * A distribution over a scale from one weight per point, normalised to sum to 1.
   *
   * @param scale the scale
   * @param weightsPerPoint {@code scale.points()} non-negative weights
   * @return the distribution
   * @throws IllegalArgumentException if the number of weights is wrong, a weight is negative or not
   *     finite, or all are zero
   */
  public static ScoreDistribution ofWeights(Scale scale, double... weightsPerPoint) {
    Objects.requireNonNull(scale, "scale");
    if (weightsPerPoint.length != scale.points()) {
      throw new IllegalArgumentException(
          "Expected "
              + scale.points()
              + " weights, one per point of "
              + scale
              + ", but got "
              + weightsPerPoint.length);
    }
    return new ScoreDistribution(scale, weightsPerPoint.clone());
  }

  /**
   * A distribution over 0-10 with the given category shares, each spread evenly over its scores.
   * The shares come from the lowest category to the highest, as in {@link
   * org.nps4j.core.NpsSummary#ofCounts(long, long, long)}.
   *
   * @param detractors the detractor share
   * @param passives the passive share
   * @param promoters the promoter share
   * @return the distribution
   * @throws IllegalArgumentException if a share is negative or not finite, or all are zero
   */
  public static ScoreDistribution ofCategoryShares(
      double detractors, double passives, double promoters) {
    return ofCategoryShares(Scale.STANDARD, detractors, passives, promoters);
  }

  /**
   * A distribution over a scale with the given category shares, each spread evenly over its points.
   *
   * @param scale the scale
   * @param detractors the detractor share
   * @param passives the passive share
   * @param promoters the promoter share
   * @return the distribution
   * @throws IllegalArgumentException if a share is negative or not finite, or all are zero
   */
  public static ScoreDistribution ofCategoryShares(
      Scale scale, double detractors, double passives, double promoters) {
    int promoterPoints = scale.max() - scale.promotersFrom() + 1;
    int passivePoints = scale.promotersFrom() - scale.passivesFrom();
    int detractorPoints = scale.passivesFrom() - scale.min();
    double[] weights = new double[scale.points()];
    for (int i = 0; i < weights.length; i++) {
      weights[i] =
          switch (scale.categoryOf(scale.min() + i)) {
            case PROMOTER -> promoters / promoterPoints;
            case PASSIVE -> passives / passivePoints;
            case DETRACTOR -> detractors / detractorPoints;
          };
    }
    return new ScoreDistribution(scale, weights);
  }

  /**
   * A random distribution over a scale, for property tests that must hold for every distribution.
   * About one in eight puts all weight on a single category, the edge case where the Wald interval
   * collapses; the rest draw independent weights per point, some of them zero.
   *
   * @param scale the scale
   * @param random the source of randomness
   * @return the distribution
   */
  public static ScoreDistribution random(Scale scale, RandomGenerator random) {
    double[] weights = new double[scale.points()];
    if (random.nextInt(8) == 0) {
      Category only = Category.values()[random.nextInt(3)];
      for (int i = 0; i < weights.length; i++) {
        weights[i] = scale.categoryOf(scale.min() + i) == only ? random.nextDouble() + 0.01 : 0.0;
      }
    } else {
      for (int i = 0; i < weights.length; i++) {
        weights[i] = random.nextInt(4) == 0 ? 0.0 : random.nextDouble();
      }
      weights[random.nextInt(weights.length)] += 0.5;
    }
    return new ScoreDistribution(scale, weights);
  }

  /**
   * Draws one answer.
   *
   * @param random the source of randomness
   * @return a value on the scale
   */
  public int sample(RandomGenerator random) {
    double u = random.nextDouble();
    for (int i = 0; i < cumulative.length; i++) {
      if (u < cumulative[i]) {
        return scale.min() + i;
      }
    }
    return scale.max();
  }

  /**
   * The scale.
   *
   * @return the scale
   */
  public Scale scale() {
    return scale;
  }

  /**
   * The probability of one answer.
   *
   * @param value a value on the scale
   * @return its probability
   * @throws IllegalArgumentException if the value is not on the scale
   */
  public double probabilityOf(int value) {
    scale.categoryOf(value);
    return probabilities[value - scale.min()];
  }

  /**
   * The probability of a category.
   *
   * @param category the category
   * @return the sum of the probabilities of its points
   */
  public double probabilityOf(Category category) {
    double total = 0;
    for (int i = 0; i < probabilities.length; i++) {
      if (scale.categoryOf(scale.min() + i) == category) {
        total += probabilities[i];
      }
    }
    return total;
  }

  /**
   * The NPS of the distribution itself, 100 &times; (P(promoter) &minus; P(detractor)): what an
   * interval from a sample of it should cover.
   *
   * @return the true NPS
   */
  public double netPromoterScore() {
    return 100.0 * (probabilityOf(Category.PROMOTER) - probabilityOf(Category.DETRACTOR));
  }

  @Override
  public String toString() {
    return "ScoreDistribution[" + scale.name() + ": " + Arrays.toString(probabilities) + "]";
  }
}
