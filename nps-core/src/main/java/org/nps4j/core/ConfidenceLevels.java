package org.nps4j.core;

import org.apache.commons.numbers.gamma.Erfc;
import org.apache.commons.numbers.gamma.InverseErfc;

/** The standard normal quantiles and tail probabilities behind every interval and test. */
final class ConfidenceLevels {
  private static final double SQRT2 = Math.sqrt(2.0);

  private ConfidenceLevels() {}

  /**
   * @throws IllegalArgumentException if the level is not strictly between 0 and 1
   */
  static double requireValid(double level) {
    if (!(level > 0.0 && level < 1.0)) {
      throw new IllegalArgumentException(
          "Invalid confidence level " + level + ": must be strictly between 0 and 1, e.g. 0.95");
    }
    return level;
  }

  /**
   * The two-sided critical value z with P(|Z| <= z) = level: 1.959963984540054 at 0.95. Computed as
   * sqrt(2) * erfcinv(1 - level), which is exact to double precision.
   */
  static double twoSidedCriticalValue(double level) {
    requireValid(level);
    return SQRT2 * InverseErfc.value(1.0 - level);
  }

  /** P(|Z| >= |z|) via erfc, accurate far into the tail where 1 - Phi(z) would round to 0. */
  static double twoSidedPValue(double z) {
    if (Double.isNaN(z)) {
      throw new IllegalArgumentException("z must not be NaN");
    }
    return Erfc.value(Math.abs(z) / SQRT2);
  }

  /** P(Z >= z): the one-sided p-value for the alternative "greater". */
  static double upperTailPValue(double z) {
    if (Double.isNaN(z)) {
      throw new IllegalArgumentException("z must not be NaN");
    }
    return 0.5 * Erfc.value(z / SQRT2);
  }
}
