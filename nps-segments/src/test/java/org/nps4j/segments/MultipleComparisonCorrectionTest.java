package org.nps4j.segments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Adjusted p-values as R's {@code p.adjust} defines them, checked against hand calculations that
 * follow its code: Bonferroni {@code pmin(1, n * p)}; Holm {@code pmin(1, cummax((n - i + 1) *
 * p[o]))} over the ascending order o; Benjamini-Hochberg {@code pmin(1, cummin(n / i * p[o]))} over
 * the descending order, i = n..1.
 */
class MultipleComparisonCorrectionTest {
  private static final Offset<Double> EXACT_ENOUGH = within(1e-15);

  /** The brief's example; ascending order: 0.005 (4th), 0.01 (1st), 0.03 (3rd), 0.04 (2nd). */
  private static final double[] P = {0.01, 0.04, 0.03, 0.005};

  @Test
  void holmOnTheBriefsExample() {
    // Ascending, multiplied by n - i + 1 = 4, 3, 2, 1:
    //   0.005 * 4 = 0.02, 0.01 * 3 = 0.03, 0.03 * 2 = 0.06, 0.04 * 1 = 0.04.
    // Running maximum: 0.02, 0.03, 0.06, 0.06. Back in input order: 0.03, 0.06, 0.06, 0.02.
    assertThat(MultipleComparisonCorrection.HOLM.adjust(P))
        .containsExactly(new double[] {0.03, 0.06, 0.06, 0.02}, EXACT_ENOUGH);
  }

  @Test
  void benjaminiHochbergOnTheBriefsExample() {
    // Ascending, multiplied by n / i = 4, 2, 4/3, 1:
    //   0.005 * 4 = 0.02, 0.01 * 2 = 0.02, 0.03 * 4/3 = 0.04, 0.04 * 1 = 0.04.
    // Running minimum from the largest: 0.04, 0.04, 0.02, 0.02 (i = 4, 3, 2, 1).
    // Back in input order: 0.02, 0.04, 0.04, 0.02.
    assertThat(MultipleComparisonCorrection.BENJAMINI_HOCHBERG.adjust(P))
        .containsExactly(new double[] {0.02, 0.04, 0.04, 0.02}, EXACT_ENOUGH);
  }

  @Test
  void bonferroniAndNoneOnTheBriefsExample() {
    // n * p = 0.04, 0.16, 0.12, 0.02.
    assertThat(MultipleComparisonCorrection.BONFERRONI.adjust(P))
        .containsExactly(new double[] {0.04, 0.16, 0.12, 0.02}, EXACT_ENOUGH);
    assertThat(MultipleComparisonCorrection.NONE.adjust(P)).containsExactly(P);
  }

  @Test
  void fiveEvenlySpacedPValues() {
    double[] p = {0.01, 0.02, 0.03, 0.04, 0.05};
    // Holm: 0.05, 0.08, 0.09, 0.08, 0.05 -> running max 0.05, 0.08, 0.09, 0.09, 0.09.
    assertThat(MultipleComparisonCorrection.HOLM.adjust(p))
        .containsExactly(new double[] {0.05, 0.08, 0.09, 0.09, 0.09}, EXACT_ENOUGH);
    // BH: n / i * p = 5 * 0.01 / 1 = 0.05 for every i, so all 0.05.
    assertThat(MultipleComparisonCorrection.BENJAMINI_HOCHBERG.adjust(p))
        .containsExactly(new double[] {0.05, 0.05, 0.05, 0.05, 0.05}, EXACT_ENOUGH);
  }

  @Test
  void adjustedValuesAreCappedAtOne() {
    double[] p = {0.6, 0.5};
    // Bonferroni: 1.2 and 1.0, capped: 1, 1.
    assertThat(MultipleComparisonCorrection.BONFERRONI.adjust(p)).containsExactly(1.0, 1.0);
    // Holm: ascending 0.5 * 2 = 1.0, 0.6 * 1 = 0.6; running max 1.0, 1.0.
    assertThat(MultipleComparisonCorrection.HOLM.adjust(p)).containsExactly(1.0, 1.0);
    // BH: from the largest 0.6 * 2/2 = 0.6; then min(0.5 * 2/1 = 1.0, 0.6) = 0.6.
    assertThat(MultipleComparisonCorrection.BENJAMINI_HOCHBERG.adjust(p))
        .containsExactly(new double[] {0.6, 0.6}, EXACT_ENOUGH);
  }

  @Test
  void tiedPValuesGetEqualAdjustedValues() {
    double[] p = {0.02, 0.02, 0.02};
    // Holm: 0.06, 0.04, 0.02 -> running max 0.06 for all three.
    assertThat(MultipleComparisonCorrection.HOLM.adjust(p))
        .containsExactly(new double[] {0.06, 0.06, 0.06}, EXACT_ENOUGH);
    // BH: from the largest 0.02 * 3/3 = 0.02, then min with 0.03 and 0.06: 0.02 for all three.
    assertThat(MultipleComparisonCorrection.BENJAMINI_HOCHBERG.adjust(p))
        .containsExactly(new double[] {0.02, 0.02, 0.02}, EXACT_ENOUGH);
  }

  @ParameterizedTest
  @EnumSource(MultipleComparisonCorrection.class)
  void aSingleTestIsNotAdjustedAndNoTestGivesNoValues(MultipleComparisonCorrection correction) {
    assertThat(correction.adjust(new double[] {0.037})).containsExactly(0.037);
    assertThat(correction.adjust(new double[0])).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(MultipleComparisonCorrection.class)
  void theInputIsNotModifiedAndTheResultIsANewArray(MultipleComparisonCorrection correction) {
    double[] p = P.clone();
    double[] adjusted = correction.adjust(p);
    assertThat(p).containsExactly(P);
    assertThat(adjusted).isNotSameAs(p);
  }

  @ParameterizedTest
  @ValueSource(doubles = {Double.NaN, -0.001, 1.0001, Double.POSITIVE_INFINITY})
  void invalidPValuesAreRejectedNamingPositionAndValue(double invalid) {
    for (MultipleComparisonCorrection correction : MultipleComparisonCorrection.values()) {
      assertThatThrownBy(() -> correction.adjust(new double[] {0.2, invalid}))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Invalid p-value at position 1 (must be in [0, 1]): " + invalid);
    }
  }

  @Test
  void nullIsRejected() {
    assertThatThrownBy(() -> MultipleComparisonCorrection.HOLM.adjust(null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void boundaryPValuesAreAccepted() {
    // 0 stays 0 under every correction; 1 stays 1.
    assertThat(MultipleComparisonCorrection.HOLM.adjust(new double[] {0.0, 1.0}))
        .containsExactly(0.0, 1.0);
    assertThat(MultipleComparisonCorrection.BENJAMINI_HOCHBERG.adjust(new double[] {0.0, 1.0}))
        .containsExactly(0.0, 1.0);
  }
}
