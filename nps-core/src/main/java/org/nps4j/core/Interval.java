package org.nps4j.core;

/**
 * A confidence interval: a point estimate with lower and upper bounds at a confidence level.
 *
 * <p>NPS intervals are on the 100 scale and clamped to the range the statistic can take (for an
 * NPS, -100 to +100; for a difference of two, -200 to +200): {@link #lower()} and {@link #upper()}
 * are the clamped bounds, {@link #unclampedLower()} and {@link #unclampedUpper()} the bounds as the
 * method computed them. The {@link #estimate()} is the centre the method built the interval around,
 * which for the adjusted methods is the adjusted estimate, not the raw one.
 *
 * @param estimate the point estimate the interval was built around
 * @param lower the lower bound, clamped to the statistic's range
 * @param upper the upper bound, clamped to the statistic's range
 * @param unclampedLower the lower bound as computed
 * @param unclampedUpper the upper bound as computed
 * @param level the confidence level, in (0, 1)
 */
public record Interval(
    double estimate,
    double lower,
    double upper,
    double unclampedLower,
    double unclampedUpper,
    double level) {

  /**
   * Validates the bounds.
   *
   * @param estimate the point estimate
   * @param lower the clamped lower bound
   * @param upper the clamped upper bound
   * @param unclampedLower the computed lower bound
   * @param unclampedUpper the computed upper bound
   * @param level the confidence level
   * @throws IllegalArgumentException if a value is NaN, a lower bound exceeds its upper bound, the
   *     estimate or the clamped bounds lie outside the unclamped ones, or the level is outside (0,
   *     1)
   */
  public Interval {
    if (Double.isNaN(estimate)
        || Double.isNaN(lower)
        || Double.isNaN(upper)
        || Double.isNaN(unclampedLower)
        || Double.isNaN(unclampedUpper)) {
      throw new IllegalArgumentException(
          "Interval values must not be NaN: estimate "
              + estimate
              + ", bounds ["
              + unclampedLower
              + ", "
              + unclampedUpper
              + "]");
    }
    if (estimate < unclampedLower || estimate > unclampedUpper) {
      throw new IllegalArgumentException(
          "Interval estimate "
              + estimate
              + " must lie within its computed bounds ["
              + unclampedLower
              + ", "
              + unclampedUpper
              + "]");
    }
    if (lower > upper || unclampedLower > unclampedUpper) {
      throw new IllegalArgumentException(
          "Interval lower bound must not exceed upper bound: [" + lower + ", " + upper + "]");
    }
    if (lower < unclampedLower || upper > unclampedUpper) {
      throw new IllegalArgumentException(
          "Clamped interval ["
              + lower
              + ", "
              + upper
              + "] must lie within the computed bounds ["
              + unclampedLower
              + ", "
              + unclampedUpper
              + "]");
    }
    ConfidenceLevels.requireValid(level);
  }

  /**
   * An interval clamped to {@code [min, max]}.
   *
   * @param estimate the point estimate
   * @param unclampedLower the computed lower bound
   * @param unclampedUpper the computed upper bound
   * @param level the confidence level
   * @param min the smallest value the statistic can take
   * @param max the largest value the statistic can take
   * @return the interval
   * @throws IllegalArgumentException as for the canonical constructor
   */
  public static Interval clamped(
      double estimate,
      double unclampedLower,
      double unclampedUpper,
      double level,
      double min,
      double max) {
    return new Interval(
        estimate,
        Math.min(max, Math.max(min, unclampedLower)),
        Math.max(min, Math.min(max, unclampedUpper)),
        unclampedLower,
        unclampedUpper,
        level);
  }

  /**
   * Returns the Wilson score interval of a proportion, such as a response rate or a conversion
   * rate, with the observed proportion as its estimate (the Wilson interval always contains it).
   * For x successes in n trials, p = x / n and z the two-sided normal critical value of the level,
   * the bounds are {@code (p + z²/2n ± z·sqrt(p(1 − p)/n + z²/4n²)) / (1 + z²/n)} (Wilson, 1927,
   * JASA 22(158)); they are exactly 0 when there is no success and exactly 1 when every trial is
   * one.
   *
   * @param successes the successes, in [0, trials]
   * @param trials the trials, at least 1
   * @param level the confidence level, in (0, 1)
   * @return the interval, on [0, 1]
   * @throws IllegalArgumentException if the trials are below 1, the successes outside [0, trials]
   *     or the level outside (0, 1)
   */
  public static Interval wilson(long successes, long trials, double level) {
    if (trials < 1 || successes < 0 || successes > trials) {
      throw new IllegalArgumentException(
          "Invalid proportion " + successes + " of " + trials
              + " (trials must be at least 1, successes in [0, trials])");
    }
    double z = ConfidenceLevels.twoSidedCriticalValue(level);
    double n = trials;
    double p = (double) successes / trials;
    double zz = z * z;
    double denominator = 1.0 + zz / n;
    double centre = p + zz / (2.0 * n);
    double halfWidth = z * Math.sqrt(p * (1.0 - p) / n + zz / (4.0 * n * n));
    // Pinned where rounding could otherwise leave the estimate a hair outside its bounds.
    double lower = successes == 0 ? 0.0 : Math.min(p, (centre - halfWidth) / denominator);
    double upper = successes == trials ? 1.0 : Math.max(p, (centre + halfWidth) / denominator);
    return clamped(p, lower, upper, level, 0.0, 1.0);
  }

  /**
   * The width of the clamped interval, {@code upper - lower}.
   *
   * @return the width
   */
  public double width() {
    return upper - lower;
  }

  /**
   * Whether the clamped interval contains a value, bounds included.
   *
   * @param value the value
   * @return true if {@code lower <= value <= upper}
   */
  public boolean contains(double value) {
    return value >= lower && value <= upper;
  }

  /**
   * A readable form such as {@code 25.0 [12.3, 37.5] @95%}.
   *
   * @return the interval as text
   */
  @Override
  public String toString() {
    return String.format(
        java.util.Locale.ROOT, "%.1f [%.1f, %.1f] @%s%%", estimate, lower, upper, levelPercent());
  }

  private String levelPercent() {
    return java.math.BigDecimal.valueOf(level).movePointRight(2).stripTrailingZeros().toPlainString();
  }
}
