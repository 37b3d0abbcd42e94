package org.nps4j.core;

/** Checks on response weights. */
final class Weights {
  private Weights() {}

  /**
   * Rejects weights that would make the weighted statistics meaningless.
   *
   * @throws IllegalArgumentException if the weight is NaN, infinite or negative
   */
  static double requireValid(double weight) {
    if (!(weight >= 0.0) || weight == Double.POSITIVE_INFINITY) {
      throw new IllegalArgumentException(
          "Invalid weight " + weight + ": weights must be finite and >= 0");
    }
    return weight;
  }
}
