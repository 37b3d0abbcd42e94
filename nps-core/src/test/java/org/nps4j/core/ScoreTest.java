package org.nps4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScoreTest {

  @Test
  void ofReturnsTheCachedInstanceForEveryValue() {
    for (int value = 0; value <= 10; value++) {
      assertThat(Score.of(value)).isSameAs(Score.of(value));
      assertThat(Score.of(value).value()).isEqualTo(value);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 11, Integer.MIN_VALUE, Integer.MAX_VALUE})
  void ofRejectsValuesOutsideZeroToTenNamingValueAndRange(int value) {
    assertThatThrownBy(() -> Score.of(value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value for Score (valid values 0 - 10): " + value);
  }

  @ParameterizedTest
  @CsvSource({
    "0, DETRACTOR", "6, DETRACTOR", "7, PASSIVE", "8, PASSIVE", "9, PROMOTER", "10, PROMOTER"
  })
  void categoriesFollowTheStandardCutPoints(int value, Category expected) {
    Score score = Score.of(value);
    assertThat(score.category()).isEqualTo(expected);
    assertThat(score.isPromoter()).isEqualTo(expected == Category.PROMOTER);
    assertThat(score.isPassive()).isEqualTo(expected == Category.PASSIVE);
    assertThat(score.isDetractor()).isEqualTo(expected == Category.DETRACTOR);
  }

  @Test
  void everyValueFromZeroToSixIsADetractor() {
    for (int value = 0; value <= 6; value++) {
      assertThat(Score.of(value).category()).isEqualTo(Category.DETRACTOR);
    }
  }

  @Test
  void categoryCodingIsPlusOneZeroMinusOne() {
    assertThat(Category.PROMOTER.coding()).isEqualTo(1);
    assertThat(Category.PASSIVE.coding()).isZero();
    assertThat(Category.DETRACTOR.coding()).isEqualTo(-1);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"9|9", "' 9 '|9", "9.0|9", "10.00|10", "0|0", "'\t7\n'|7", "07|7"})
  void parseAcceptsWholeNumbersWithSurroundingSpaceAndZeroFractions(String text, int expected) {
    assertThat(Score.parse(text)).isSameAs(Score.of(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "ten", "N/A", "9,0", "9 0", "0x9", "9.", "nine", "+8", "٩"})
  void parseRejectsTextThatIsNotANumber(String text) {
    assertThatThrownBy(() -> Score.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Cannot parse Score from \"" + text + "\"")
        .hasMessageContaining("valid values 0 - 10");
  }

  @Test
  void parseRejectsFractionsAsNotAWholeNumber() {
    assertThatThrownBy(() -> Score.parse("9.5"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cannot parse Score from \"9.5\": not a whole number (valid values 0 - 10)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1", "11", "100", "99999999999"})
  void parseRejectsOutOfRangeNumbersWithTheRangeMessage(String text) {
    assertThatThrownBy(() -> Score.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value for Score (valid values 0 - 10): " + text);
  }

  @Test
  void minusZeroIsZero() {
    assertThat(Score.parse("-0.0")).isSameAs(Score.of(0));
  }

  @Test
  void parseRejectsNull() {
    assertThatThrownBy(() -> Score.parse(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void toStringIsTheBareNumberAndParsesBack() {
    for (int value = 0; value <= 10; value++) {
      Score score = Score.of(value);
      assertThat(score.toString()).isEqualTo(Integer.toString(value));
      assertThat(Score.parse(score.toString())).isSameAs(score);
    }
  }

  @Test
  void scoresCompareByValue() {
    assertThat(Score.of(3)).isLessThan(Score.of(4));
    assertThat(Score.of(10).compareTo(Score.of(10))).isZero();
    assertThat(Score.of(5)).isEqualTo(Score.of(5)).hasSameHashCodeAs(Score.of(5));
    assertThat(Score.of(5)).isNotEqualTo(Score.of(6));
  }
}
