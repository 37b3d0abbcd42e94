package org.nps4j.segments;

import java.util.Comparator;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * How p-values are adjusted when many segments are tested at once, so that scanning twenty reps
 * does not turn up one "significant" rep by chance alone.
 *
 * <p>{@link #adjust(double[])} returns adjusted p-values as R's {@code p.adjust} does: a segment is
 * significant at level 1 &minus; &alpha; when its adjusted p-value is below &alpha;. {@link #HOLM}
 * controls the family-wise error rate (the chance of any false finding) and is never less powerful
 * than {@link #BONFERRONI}; {@link #BENJAMINI_HOCHBERG} controls the false discovery rate (the
 * expected share of false findings among the reported ones), which finds more when many segments
 * differ.
 */
public enum MultipleComparisonCorrection {
  /** No adjustment: each p-value is read on its own. */
  NONE,
  /** Bonferroni: each p-value times the number of tests, capped at 1. */
  BONFERRONI,
  /**
   * Holm's step-down method: the i-th smallest of n p-values is multiplied by n &minus; i + 1, and
   * each adjusted value is at least the one before it in that order (running maximum), capped at 1.
   */
  HOLM,
  /**
   * The Benjamini&ndash;Hochberg step-up method: the i-th smallest of n p-values is multiplied by
   * n/i, and each adjusted value is at most the one after it in that order (running minimum from
   * the largest), capped at 1.
   */
  BENJAMINI_HOCHBERG;

  /**
   * Adjusts a family of p-values, one per test, as R's {@code p.adjust(p, method)} with {@code n =
   * length(p)}. The result is in the order of the input; tied p-values get equal adjusted values.
   *
   * @param pValues the raw p-values, each in [0, 1]; the array is not modified
   * @return a new array of adjusted p-values, each in [0, 1] and at least its raw p-value
   * @throws IllegalArgumentException if a p-value is NaN or outside [0, 1], naming its position
   * @throws NullPointerException if {@code pValues} is null
   */
  public double[] adjust(double[] pValues) {
    Objects.requireNonNull(pValues, "pValues");
    for (int i = 0; i < pValues.length; i++) {
      double p = pValues[i];
      if (!(p >= 0.0 && p <= 1.0)) {
        throw new IllegalArgumentException(
            "Invalid p-value at position " + i + " (must be in [0, 1]): " + p);
      }
    }
    int n = pValues.length;
    double[] adjusted = new double[n];
    switch (this) {
      case NONE -> System.arraycopy(pValues, 0, adjusted, 0, n);
      case BONFERRONI -> {
        for (int i = 0; i < n; i++) {
          adjusted[i] = Math.min(1.0, n * pValues[i]);
        }
      }
      case HOLM -> {
        int[] ascending = ascendingOrder(pValues);
        double runningMax = 0.0;
        for (int rank = 0; rank < n; rank++) {
          int index = ascending[rank];
          runningMax = Math.max(runningMax, (n - rank) * pValues[index]);
          adjusted[index] = Math.min(1.0, runningMax);
        }
      }
      case BENJAMINI_HOCHBERG -> {
        int[] ascending = ascendingOrder(pValues);
        double runningMin = 1.0;
        for (int rank = n - 1; rank >= 0; rank--) {
          int index = ascending[rank];
          // n / i with i = rank + 1, computed as R does: the ratio first, then times p.
          runningMin = Math.min(runningMin, (double) n / (rank + 1) * pValues[index]);
          adjusted[index] = runningMin;
        }
      }
    }
    return adjusted;
  }

  /** Positions of the p-values from the smallest to the largest, ties in input order. */
  private static int[] ascendingOrder(double[] pValues) {
    return IntStream.range(0, pValues.length)
        .boxed()
        .sorted(Comparator.comparingDouble(i -> pValues[i]))
        .mapToInt(Integer::intValue)
        .toArray();
  }
}
