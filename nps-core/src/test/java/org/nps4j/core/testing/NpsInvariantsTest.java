package org.nps4j.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.nps4j.core.Interval;
import org.nps4j.core.NpsDifference;
import org.nps4j.core.NpsSummary;

class NpsInvariantsTest {

  @Test
  void validValuesPass() {
    NpsSummary summary = NpsSummary.ofScoreCounts(new long[] {1, 0, 2, 0, 0, 3, 4, 5, 6, 7, 8});
    assertThat(NpsInvariants.violations(summary)).isEmpty();
    assertThatCode(() -> NpsInvariants.check(NpsSummary.empty())).doesNotThrowAnyException();
    assertThatCode(() -> NpsInvariants.check(NpsDifference.between(summary, NpsSummary.ofCounts(3, 2, 1))))
        .doesNotThrowAnyException();
    assertThatCode(() -> NpsInvariants.checkPlus(summary, NpsSummary.ofCounts(3, 2, 1)))
        .doesNotThrowAnyException();
  }

  @Test
  void anIntervalOutsideTheStatisticsRangeIsReported() {
    // What a host's own hand-rolled Wald interval produces when it forgets to clamp.
    Interval unclamped = new Interval(90, 75, 105, 75, 105, 0.95);
    assertThat(NpsInvariants.violations(unclamped, -100, 100))
        .containsExactly("bounds [75.0, 105.0] must lie within [-100.0, 100.0]");
    assertThatThrownBy(() -> NpsInvariants.check(unclamped, -100, 100))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("NPS invariants broken for 90.0 [75.0, 105.0] @95%");
    assertThat(NpsInvariants.violations(Interval.clamped(90, 75, 105, 0.95, -100, 100), -100, 100))
        .isEmpty();
  }

  @Test
  void anIntervalMustContainItsEstimate() {
    assertThatThrownBy(() -> new Interval(130, 90, 100, 90, 100, 0.95))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Interval estimate 130.0 must lie within its computed bounds [90.0, 100.0]");
  }

  @Test
  void levelIsShownAsAnExactPercentage() {
    assertThat(new Interval(0, -1, 1, -1, 1, 0.57)).hasToString("0.0 [-1.0, 1.0] @57%");
    assertThat(new Interval(0, -1, 1, -1, 1, 0.995)).hasToString("0.0 [-1.0, 1.0] @99.5%");
  }
}
