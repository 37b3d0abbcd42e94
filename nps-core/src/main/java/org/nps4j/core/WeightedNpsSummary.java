package org.nps4j.core;

import java.util.Locale;
import java.util.Objects;

/**
 * An immutable summary of weighted answers: weighted shares and NPS, the Kish effective sample
 * size and the standard error and intervals that follow from it.
 *
 * <p>Obtain one from {@link WeightedNpsAccumulator#snapshot()} or {@link
 * NpsCollectors#toWeightedSummary}. Weighting by, say, account revenue makes the big accounts count
 * more, but it also lowers the information in the sample: the effective sample size n<sub>eff</sub>
 * = (&Sigma;w)<sup>2</sup> / &Sigma;w<sup>2</sup> is at most the number of answers, and the standard
 * error is computed from it. Intervals treat {@code share * n_eff} as the category counts.
 *
 * <p>A summary whose total weight is zero is empty: it has no NPS, and the statistics throw {@link
 * IllegalStateException}. Instances are immutable and thread-safe.
 */
public final class WeightedNpsSummary {
  private final Scale scale;
  private final long count;
  // The weight sums are in units of 2^exponent and the squares in units of 2^(2 * exponent), as
  // kept by WeightedNpsAccumulator; the ratios that every statistic uses do not depend on it.
  private final int exponent;
  private final double promoterWeight;
  private final double passiveWeight;
  private final double detractorWeight;
  private final double sumOfSquaredWeights;

  WeightedNpsSummary(
      Scale scale,
      long count,
      int exponent,
      double promoterWeight,
      double passiveWeight,
      double detractorWeight,
      double sumOfSquaredWeights) {
    this.scale = scale;
    this.count = count;
    this.exponent = exponent;
    this.promoterWeight = promoterWeight;
    this.passiveWeight = passiveWeight;
    this.detractorWeight = detractorWeight;
    this.sumOfSquaredWeights = sumOfSquaredWeights;
  }

  /**
   * The sum of two weighted summaries.
   *
   * @param other a summary on the same scale
   * @return the combined summary
   * @throws IllegalArgumentException if the scales differ
   * @throws ArithmeticException if the answer count overflows
   */
  public WeightedNpsSummary plus(WeightedNpsSummary other) {
    return toAccumulator().combine(other.toAccumulator()).snapshot();
  }

  private WeightedNpsAccumulator toAccumulator() {
    return WeightedNpsAccumulator.restore(
        scale, count, exponent, promoterWeight, passiveWeight, detractorWeight, sumOfSquaredWeights);
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
   * The number of answers, whatever their weights.
   *
   * @return the count
   */
  public long count() {
    return count;
  }

  /**
   * The sum of all weights.
   *
   * @return &Sigma;w
   */
  public double totalWeight() {
    return Math.scalb(scaledTotal(), exponent);
  }

  private double scaledTotal() {
    return promoterWeight + passiveWeight + detractorWeight;
  }

  /**
   * The sum of promoters' weights.
   *
   * @return the promoter weight
   */
  public double promoterWeight() {
    return Math.scalb(promoterWeight, exponent);
  }

  /**
   * The sum of passives' weights.
   *
   * @return the passive weight
   */
  public double passiveWeight() {
    return Math.scalb(passiveWeight, exponent);
  }

  /**
   * The sum of detractors' weights.
   *
   * @return the detractor weight
   */
  public double detractorWeight() {
    return Math.scalb(detractorWeight, exponent);
  }

  /**
   * The sum of squared weights. For weights above about 10<sup>154</sup> this overflows to infinity
   * (and for tiny weights it underflows), but the effective sample size and the statistics are
   * computed from scaled sums and are not affected.
   *
   * @return &Sigma;w<sup>2</sup>
   */
  public double sumOfSquaredWeights() {
    return Math.scalb(sumOfSquaredWeights, 2 * exponent);
  }

  /**
   * Whether the total weight is zero, in which case there is no NPS.
   *
   * @return true if there is no weight
   */
  public boolean isEmpty() {
    return !(scaledTotal() > 0);
  }

  /**
   * The weighted promoter share.
   *
   * @return promoter weight over total weight
   * @throws IllegalStateException if the summary is empty
   */
  public double promoterShare() {
    requireNonEmpty();
    return promoterWeight / scaledTotal();
  }

  /**
   * The weighted passive share.
   *
   * @return passive weight over total weight
   * @throws IllegalStateException if the summary is empty
   */
  public double passiveShare() {
    requireNonEmpty();
    return passiveWeight / scaledTotal();
  }

  /**
   * The weighted detractor share.
   *
   * @return detractor weight over total weight
   * @throws IllegalStateException if the summary is empty
   */
  public double detractorShare() {
    requireNonEmpty();
    return detractorWeight / scaledTotal();
  }

  /**
   * The weighted NPS, 100 &times; (promoter weight - detractor weight) / total weight.
   *
   * @return the NPS on [-100, 100]
   * @throws IllegalStateException if the summary is empty
   */
  public double netPromoterScore() {
    requireNonEmpty();
    return CategoryCounts.SCALE * (promoterWeight - detractorWeight) / scaledTotal();
  }

  /**
   * Kish's effective sample size, (&Sigma;w)<sup>2</sup> / &Sigma;w<sup>2</sup>: equal to {@link
   * #count()} when all weights are equal and smaller otherwise.
   *
   * @return n<sub>eff</sub>
   * @throws IllegalStateException if the summary is empty
   */
  public double effectiveSampleSize() {
    requireNonEmpty();
    double total = scaledTotal();
    return total * total / sumOfSquaredWeights;
  }

  /**
   * The per-respondent variance on the 100 scale, from the weighted shares.
   *
   * @return 10<sup>4</sup> &times; ((pP + pD) - (pP - pD)<sup>2</sup>)
   * @throws IllegalStateException if the summary is empty
   */
  public double variance() {
    return CategoryCounts.SCALE * CategoryCounts.SCALE * effectiveCounts().variance();
  }

  /**
   * The standard error of the weighted NPS on the 100 scale: 100 &times; sqrt(V / n<sub>eff</sub>).
   *
   * @return the standard error
   * @throws IllegalStateException if the summary is empty
   */
  public double standardError() {
    return CategoryCounts.SCALE * effectiveCounts().standardError();
  }

  /**
   * A confidence interval for the weighted NPS, computed on the effective counts {@code share *
   * n_eff}.
   *
   * @param method how to compute it
   * @param level the confidence level, strictly between 0 and 1
   * @return the interval on the 100 scale
   * @throws IllegalArgumentException if the level is outside (0, 1)
   * @throws IllegalStateException if the summary is empty
   * @throws NullPointerException if {@code method} is null
   */
  public Interval confidenceInterval(IntervalMethod method, double level) {
    Objects.requireNonNull(method, "method");
    ConfidenceLevels.requireValid(level);
    return effectiveCounts().interval(method, level);
  }

  /** Category counts scaled so that they add up to n_eff. */
  CategoryCounts effectiveCounts() {
    double scaleToEffective = effectiveSampleSize() / scaledTotal();
    return new CategoryCounts(
        promoterWeight * scaleToEffective,
        passiveWeight * scaleToEffective,
        detractorWeight * scaleToEffective);
  }

  private void requireNonEmpty() {
    if (isEmpty()) {
      throw new IllegalStateException(
          "NPS is undefined for an empty sample (total weight 0 over " + count + " answers)");
    }
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof WeightedNpsSummary other
        && other.count == count
        && other.exponent == exponent
        && Double.compare(other.promoterWeight, promoterWeight) == 0
        && Double.compare(other.passiveWeight, passiveWeight) == 0
        && Double.compare(other.detractorWeight, detractorWeight) == 0
        && Double.compare(other.sumOfSquaredWeights, sumOfSquaredWeights) == 0
        && other.scale.equals(scale);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        scale, count, exponent, promoterWeight, passiveWeight, detractorWeight,
        sumOfSquaredWeights);
  }

  /**
   * A diagnostic description; its format may change.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "WeightedNpsSummary[n=%d, weight=%s, promoters=%s, passives=%s, detractors=%s, nps=%s,"
            + " nEff=%s, scale=%s]",
        count,
        totalWeight(),
        promoterWeight(),
        passiveWeight(),
        detractorWeight(),
        isEmpty() ? "undefined" : String.format(Locale.ROOT, "%.1f", netPromoterScore()),
        isEmpty() ? "undefined" : String.format(Locale.ROOT, "%.1f", effectiveSampleSize()),
        scale.name());
  }
}
