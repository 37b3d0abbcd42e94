package org.nps4j.segments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class WeightedLeastSquaresTest {

  @Test
  void equalWeightsGiveTheOrdinaryLeastSquaresLine() {
    // x 0, 1, 2; y 1, 3, 2: xbar 1, ybar 2, Sxy = (-1)(-1) + 0 + (1)(0) = 1, Sxx = 2.
    // Slope 1/2, intercept 2 - 1/2 = 3/2.
    WeightedLeastSquares.Fit fit =
        WeightedLeastSquares.fit(
            new double[] {0, 1, 2}, new double[] {1, 3, 2}, new double[] {4, 4, 4});

    assertThat(fit.slope()).isCloseTo(0.5, within(1e-15));
    assertThat(fit.intercept()).isCloseTo(1.5, within(1e-15));
    // Weighted Sxx = 4 * 2 = 8: model SE sqrt(1/8).
    assertThat(fit.modelStandardError()).isCloseTo(Math.sqrt(1.0 / 8), within(1e-15));
    // Residuals -0.5, 1, -0.5: phi = 4 * 1.5 / (3 - 2) = 6, SE = sqrt(1/8) * sqrt(6).
    assertThat(fit.dispersion()).isCloseTo(6.0, within(1e-12));
    assertThat(fit.standardError()).isCloseTo(Math.sqrt(0.75), within(1e-15));
    assertThat(fit.points()).isEqualTo(3);
  }

  @Test
  void unequalWeightsByHand() {
    // x 0, 1, 2; y 0, 10, 14; w 1, 2, 1.
    // xbar_w = (0 + 2 + 2) / 4 = 1; ybar_w = (0 + 20 + 14) / 4 = 8.5.
    // Sxx = 1 + 0 + 1 = 2; Sxy = (-1)(-8.5) + 0 + (1)(5.5) = 14: slope 7, intercept 1.5.
    WeightedLeastSquares.Fit fit =
        WeightedLeastSquares.fit(
            new double[] {0, 1, 2}, new double[] {0, 10, 14}, new double[] {1, 2, 1});

    assertThat(fit.slope()).isCloseTo(7.0, within(1e-12));
    assertThat(fit.intercept()).isCloseTo(1.5, within(1e-12));
    // Residuals -1.5, 1.5, -1.5: sum w r^2 = 2.25 + 4.5 + 2.25 = 9, phi = 9, SE = sqrt(1/2) * 3.
    assertThat(fit.dispersion()).isCloseTo(9.0, within(1e-12));
    assertThat(fit.standardError()).isCloseTo(3 / Math.sqrt(2), within(1e-12));
  }

  @Test
  void aDispersionBelowOneDoesNotNarrowTheStandardError() {
    // Points on the line y = 2 + 3x: residuals 0, phi 0, SE stays sqrt(1 / Sxx).
    // Sxx with w 1, 1, 1, 1 at x 0..3: xbar 1.5, sum (x - 1.5)^2 = 5.
    WeightedLeastSquares.Fit fit =
        WeightedLeastSquares.fit(
            new double[] {0, 1, 2, 3}, new double[] {2, 5, 8, 11}, new double[] {1, 1, 1, 1});

    assertThat(fit.slope()).isCloseTo(3.0, within(1e-12));
    assertThat(fit.dispersion()).isCloseTo(0.0, within(1e-20));
    assertThat(fit.standardError()).isCloseTo(Math.sqrt(1.0 / 5), within(1e-15));
    assertThat(fit.standardError()).isEqualTo(fit.modelStandardError());
  }

  @Test
  void twoPointsHaveNoDispersion() {
    // Slope (9 - 1) / (3 - 1) = 4; Sxx = w1 w2 / (w1 + w2) (x2 - x1)^2 = 2 * 2 / 4 * 4 = 4.
    WeightedLeastSquares.Fit fit =
        WeightedLeastSquares.fit(new double[] {1, 3}, new double[] {1, 9}, new double[] {2, 2});

    assertThat(fit.slope()).isCloseTo(4.0, within(1e-12));
    assertThat(fit.dispersion()).isNaN();
    assertThat(fit.standardError()).isCloseTo(0.5, within(1e-15));
  }

  @Test
  void largeAbscissasLoseNoPrecision() {
    // The same data as equalWeightsGiveTheOrdinaryLeastSquaresLine shifted by 1e9 in x.
    WeightedLeastSquares.Fit fit =
        WeightedLeastSquares.fit(
            new double[] {1e9, 1e9 + 1, 1e9 + 2}, new double[] {1, 3, 2}, new double[] {4, 4, 4});

    assertThat(fit.slope()).isCloseTo(0.5, within(1e-9));
    assertThat(fit.standardError()).isCloseTo(Math.sqrt(0.75), within(1e-9));
  }

  @Test
  void rejectsBadInput() {
    assertThatThrownBy(
            () ->
                WeightedLeastSquares.fit(
                    new double[] {0, 1}, new double[] {0}, new double[] {1, 1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid fit input (x, y and weights must have the same length): 2, 1, 2");
    assertThatThrownBy(
            () -> WeightedLeastSquares.fit(new double[] {0}, new double[] {0}, new double[] {1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid number of points (must be >= 2): 1");
    assertThatThrownBy(
            () ->
                WeightedLeastSquares.fit(
                    new double[] {0, 1}, new double[] {0, 1}, new double[] {1, 0}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid weight at 1 (must be finite and > 0): 0.0");
    assertThatThrownBy(
            () ->
                WeightedLeastSquares.fit(
                    new double[] {0, 1}, new double[] {Double.NaN, 1}, new double[] {1, 1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid point at 0 (must be finite): (0.0, NaN)");
    assertThatThrownBy(
            () ->
                WeightedLeastSquares.fit(
                    new double[] {2, 2, 2}, new double[] {0, 1, 2}, new double[] {1, 1, 1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid fit input (x must take at least two distinct values): 3 points");
  }
}
