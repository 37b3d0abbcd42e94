package org.nps4j.segments;

/**
 * A straight line fitted by weighted least squares, y = intercept + slope &middot; x, with weights
 * 1/SE<sub>i</sub>&sup2;: the inverse-variance (fixed-effect meta-regression) fit of per-bucket
 * estimates whose standard errors are known.
 *
 * <p>With x&#772;<sub>w</sub> = &Sigma;w x / &Sigma;w, S<sub>xx</sub> = &Sigma;w (x &minus;
 * x&#772;<sub>w</sub>)&sup2; and S<sub>xy</sub> = &Sigma;w (x &minus; x&#772;<sub>w</sub>)(y
 * &minus; y&#772;<sub>w</sub>), the slope is S<sub>xy</sub> / S<sub>xx</sub> and its standard
 * error, were the weights exact inverse variances, sqrt(1 / S<sub>xx</sub>). The buckets usually
 * scatter more than their sampling error alone explains (the true NPS moves about the line), so
 * with more than two points the standard error is multiplied by sqrt(max(1, &phi;)), &phi; =
 * &Sigma;w r&sup2; / (k &minus; 2) the dispersion of the residuals r: never narrower than the
 * sampling error allows, wider when the points say so.
 */
final class WeightedLeastSquares {

  private WeightedLeastSquares() {}

  /**
   * The fitted line.
   *
   * @param intercept the fitted y at x = 0
   * @param slope the change in y per unit of x
   * @param modelStandardError sqrt(1 / S<sub>xx</sub>), the slope's standard error if the weights
   *     were exact inverse variances
   * @param dispersion &Sigma;w r&sup2; / (k &minus; 2), or NaN for two points
   * @param standardError the reported standard error: modelStandardError times sqrt(max(1,
   *     dispersion)) for more than two points, modelStandardError for two
   * @param points the number of points k
   */
  record Fit(
      double intercept,
      double slope,
      double modelStandardError,
      double dispersion,
      double standardError,
      int points) {}

  /**
   * Fits the line.
   *
   * @param x the abscissas
   * @param y the values
   * @param weights the weights, finite and positive
   * @return the fit
   * @throws IllegalArgumentException if the arrays differ in length, there are fewer than two
   *     points, a weight is not finite and positive, a value is not finite, or all x are equal
   */
  static Fit fit(double[] x, double[] y, double[] weights) {
    int k = x.length;
    if (y.length != k || weights.length != k) {
      throw new IllegalArgumentException(
          "Invalid fit input (x, y and weights must have the same length): "
              + k
              + ", "
              + y.length
              + ", "
              + weights.length);
    }
    if (k < 2) {
      throw new IllegalArgumentException("Invalid number of points (must be >= 2): " + k);
    }
    double sumW = 0;
    double sumWx = 0;
    double sumWy = 0;
    for (int i = 0; i < k; i++) {
      if (!(weights[i] > 0 && Double.isFinite(weights[i]))) {
        throw new IllegalArgumentException(
            "Invalid weight at " + i + " (must be finite and > 0): " + weights[i]);
      }
      if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
        throw new IllegalArgumentException(
            "Invalid point at " + i + " (must be finite): (" + x[i] + ", " + y[i] + ")");
      }
      sumW += weights[i];
      sumWx += weights[i] * x[i];
      sumWy += weights[i] * y[i];
    }
    double meanX = sumWx / sumW;
    double meanY = sumWy / sumW;
    // Centred sums: the textbook uncentred form loses digits when x is far from 0.
    double sxx = 0;
    double sxy = 0;
    for (int i = 0; i < k; i++) {
      double dx = x[i] - meanX;
      sxx += weights[i] * dx * dx;
      sxy += weights[i] * dx * (y[i] - meanY);
    }
    if (!(sxx > 0)) {
      throw new IllegalArgumentException(
          "Invalid fit input (x must take at least two distinct values): " + k + " points");
    }
    double slope = sxy / sxx;
    double intercept = meanY - slope * meanX;
    double modelStandardError = Math.sqrt(1.0 / sxx);
    if (k == 2) {
      return new Fit(intercept, slope, modelStandardError, Double.NaN, modelStandardError, k);
    }
    double weightedSquares = 0;
    for (int i = 0; i < k; i++) {
      double residual = y[i] - meanY - slope * (x[i] - meanX);
      weightedSquares += weights[i] * residual * residual;
    }
    double dispersion = weightedSquares / (k - 2);
    double standardError = modelStandardError * Math.sqrt(Math.max(1.0, dispersion));
    return new Fit(intercept, slope, modelStandardError, dispersion, standardError, k);
  }
}
