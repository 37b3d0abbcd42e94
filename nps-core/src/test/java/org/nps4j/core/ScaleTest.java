package org.nps4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ScaleTest {

  @Test
  void standardScaleHasElevenPointsAndTheUsualCutPoints() {
    Scale scale = Scale.STANDARD;
    assertThat(scale.min()).isZero();
    assertThat(scale.max()).isEqualTo(10);
    assertThat(scale.points()).isEqualTo(11);
    assertThat(scale.passivesFrom()).isEqualTo(7);
    assertThat(scale.promotersFrom()).isEqualTo(9);
    assertThat(scale.isStandard()).isTrue();
    assertThat(scale).hasToString("Scale[0-10: detractors 0-6, passives 7-8, promoters 9-10]");
  }

  @Test
  void presetsMapEveryPointToTheDocumentedCategory() {
    assertCategories(Scale.ONE_TO_TEN, "DDDDDDPPRR");
    assertCategories(Scale.ONE_TO_SEVEN, "DDDDDPR");
    assertCategories(Scale.ONE_TO_FIVE, "DDDPR");
    assertThat(Scale.ONE_TO_FIVE.isStandard()).isFalse();
  }

  /** {@code codes} has one letter per point from the minimum: D, P(assive) or R (promoter). */
  private static void assertCategories(Scale scale, String codes) {
    assertThat(scale.points()).isEqualTo(codes.length());
    for (int i = 0; i < codes.length(); i++) {
      Category expected =
          switch (codes.charAt(i)) {
            case 'D' -> Category.DETRACTOR;
            case 'P' -> Category.PASSIVE;
            default -> Category.PROMOTER;
          };
      assertThat(scale.categoryOf(scale.min() + i)).as("%s at %d", scale, scale.min() + i)
          .isEqualTo(expected);
    }
  }

  @Test
  void valuesOffTheScaleAreRejectedWithTheScaleNamed() {
    assertThatThrownBy(() -> Scale.ONE_TO_FIVE.categoryOf(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value for score on scale 1-5 (valid values 1 - 5): 0");
    assertThatThrownBy(() -> Scale.ONE_TO_FIVE.parseValue("6"))
        .hasMessage("Invalid value for score on scale 1-5 (valid values 1 - 5): 6");
    assertThat(Scale.ONE_TO_FIVE.parseValue(" 4.0 ")).isEqualTo(4);
  }

  @Test
  void customScaleIsBuiltFromContiguousRanges() {
    Scale likert = Scale.builder("-3..3", -3, 3).detractors(-3, 0).passives(1, 2).promoters(3, 3)
        .build();
    assertThat(likert.categoryOf(-3)).isEqualTo(Category.DETRACTOR);
    assertThat(likert.categoryOf(0)).isEqualTo(Category.DETRACTOR);
    assertThat(likert.categoryOf(2)).isEqualTo(Category.PASSIVE);
    assertThat(likert.categoryOf(3)).isEqualTo(Category.PROMOTER);
    assertThat(likert.parseValue("-2")).isEqualTo(-2);
    assertThat(likert)
        .isEqualTo(
            Scale.builder("-3..3", -3, 3).detractors(-3, 0).passives(1, 2).promoters(3, 3).build())
        .isNotEqualTo(
            Scale.builder("-3..3", -3, 3).detractors(-3, 1).passives(2, 2).promoters(3, 3).build());
  }

  @Test
  void customScaleRejectsOverlappingRanges() {
    assertThatThrownBy(
            () -> Scale.builder("bad", 1, 5).detractors(1, 3).passives(3, 4).promoters(5, 5).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Scale bad (1-5): passives 3-4 overlap detractors 1-3");
  }

  @Test
  void customScaleRejectsGaps() {
    assertThatThrownBy(
            () -> Scale.builder("bad", 1, 5).detractors(1, 2).passives(4, 4).promoters(5, 5).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("gap between detractors ending at 2 and passives starting at 4");
  }

  @Test
  void customScaleMustCoverTheWholeScale() {
    assertThatThrownBy(
            () -> Scale.builder("bad", 1, 5).detractors(2, 3).passives(4, 4).promoters(5, 5).build())
        .hasMessageContaining("detractors must start at the scale minimum 1, not 2");
    assertThatThrownBy(
            () -> Scale.builder("bad", 1, 6).detractors(1, 3).passives(4, 4).promoters(5, 5).build())
        .hasMessageContaining("promoters must end at the scale maximum 6, not 5");
  }

  @Test
  void customScaleNeedsEveryCategoryNonEmptyAndSet() {
    assertThatThrownBy(
            () -> Scale.builder("bad", 1, 5).detractors(1, 4).passives(5, 4).promoters(5, 5).build())
        .hasMessageContaining("passives range 5-4 is empty");
    assertThatThrownBy(() -> Scale.builder("bad", 1, 5).detractors(1, 4).promoters(5, 5).build())
        .hasMessageContaining("the passives range is not set");
  }

  @Test
  void equalityIsByCutPointsNotByName() {
    Scale renamed = Scale.builder("NPS", 0, 10).detractors(0, 6).passives(7, 8).promoters(9, 10)
        .build();
    assertThat(renamed).isEqualTo(Scale.STANDARD).hasSameHashCodeAs(Scale.STANDARD);
    assertThat(renamed.isStandard()).isTrue();
  }

  @Test
  void aScaleAtTheTopOfTheIntRangeWorks() {
    int max = Integer.MAX_VALUE;
    Scale top = Scale.builder("top", max - 2, max).detractors(max - 2, max - 2)
        .passives(max - 1, max - 1).promoters(max, max).build();
    assertThat(top.categoryOf(max)).isEqualTo(Category.PROMOTER);
    assertThat(top.categoryOf(max - 2)).isEqualTo(Category.DETRACTOR);
    assertThat(top.points()).isEqualTo(3);
  }

  @Test
  void builderRejectsBadBoundsAndNames() {
    assertThatThrownBy(() -> Scale.builder("x", 5, 1))
        .hasMessage("Scale x: min (5) must not exceed max (1)");
    assertThatThrownBy(() -> Scale.builder(" ", 0, 10)).hasMessageContaining("blank");
    assertThatThrownBy(() -> Scale.builder("huge", 0, 1000)).hasMessageContaining("1001 points");
    assertThatThrownBy(() -> Scale.builder("wide", Integer.MIN_VALUE, Integer.MAX_VALUE))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
