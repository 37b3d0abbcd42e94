package org.nps4j.segments;

import org.apache.commons.numbers.gamma.Erfc;
import org.apache.commons.numbers.gamma.InverseErfc;

/**
 * Standard normal quantiles and tail probabilities for this module's intervals and tests, computed
 * as nps-core computes them: through erfc and its inverse, exact to double precision far into the
 * tails.
 */
final class StandardNormal {
  private static final double SQRT2 = Math.sqrt(2.0);

  private StandardNormal() {}

  /**
   * Returns the level unchanged if it is strictly between 0 and 1.
   *
   * @throws IllegalArgumentException otherwise, naming the value and the rule
   */
  static double requireLevel(double level) {
    if (!(level > 0.0 && level < 1.0)) {
      throw new IllegalArgumentException(
          "Invalid confidence level " + level + ": must be strictly between 0 and 1, e.g. 0.95");
    }
    return level;
  }

  /** The z with P(|Z| <= z) = level: 1.959963984540054 at 0.95. */
  static double twoSidedCriticalValue(double level) {
    requireLevel(level);
    return SQRT2 * InverseErfc.value(1.0 - level);
  }

  /** P(|Z| >= |z|). */
  static double twoSidedPValue(double z) {
    requireNotNaN(z);
    return Erfc.value(Math.abs(z) / SQRT2);
  }

  /** P(Z >= z): the one-sided p-value for the alternative "greater". */
  static double upperTailPValue(double z) {
    requireNotNaN(z);
    return 0.5 * Erfc.value(z / SQRT2);
  }

  /** P(Z <= z): the one-sided p-value for the alternative "less". */
  static double lowerTailPValue(double z) {
    requireNotNaN(z);
    return 0.5 * Erfc.value(-z / SQRT2);
  }

  private static void requireNotNaN(double z) {
    if (Double.isNaN(z)) {
      throw new IllegalArgumentException("Invalid z (must not be NaN): NaN");
    }
  }
}
