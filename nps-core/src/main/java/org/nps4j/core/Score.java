package org.nps4j.core;

/**
 * One answer to the likelihood-to-recommend question on the standard scale: an integer from 0 to
 * 10.
 *
 * <p>Obtain one with {@link #of(int)} or {@link #parse(CharSequence)}; the eleven instances are
 * cached, so {@code ==} and {@link #equals(Object)} agree. Instances are immutable and thread-safe.
 * {@link #toString()} is the bare number and parses back with {@link #parse(CharSequence)}.
 *
 * <p>Answers collected on another scale (1-10, 1-5 stars, 1-7) are plain {@code int}s validated
 * by their {@link Scale}; a {@code Score} is always on the standard 0-10 scale.
 */
public final class Score implements Comparable<Score> {
  /** The lowest score, 0. */
  public static final int MIN_VALUE = 0;
  /** The highest score, 10. */
  public static final int MAX_VALUE = 10;

  private static final Score[] CACHE = new Score[MAX_VALUE + 1];

  static {
    for (int value = MIN_VALUE; value <= MAX_VALUE; value++) {
      CACHE[value] = new Score(value);
    }
  }

  private final int value;
  private final Category category;

  private Score(int value) {
    this.value = value;
    this.category = Scale.STANDARD.categoryOf(value);
  }

  /**
   * Returns the score with the given value.
   *
   * @param value the answer, 0 to 10
   * @return the cached score
   * @throws IllegalArgumentException if {@code value} is outside 0 to 10, with the message {@code
   *     Invalid value for Score (valid values 0 - 10): 11}
   */
  public static Score of(int value) {
    if (value < MIN_VALUE || value > MAX_VALUE) {
      throw new IllegalArgumentException(
          "Invalid value for Score (valid values " + MIN_VALUE + " - " + MAX_VALUE + "): " + value);
    }
    return CACHE[value];
  }

  /**
   * Parses a score from text as found in files and forms.
   *
   * <p>Leading and trailing white space is ignored. An integer ({@code "9"}) or an integral decimal
   * ({@code "9.0"}, {@code "9.00"}) is accepted; a fractional value ({@code "9.5"}), a plus sign,
   * an empty string, words ({@code "ten"}, {@code "N/A"}) and values outside 0-10 ({@code "-1"},
   * {@code "11"}) are rejected.
   *
   * @param text the text to parse
   * @return the score
   * @throws IllegalArgumentException if the text is not an integral number from 0 to 10; the message
   *     quotes the text and states the rule
   * @throws NullPointerException if {@code text} is null
   */
  public static Score parse(CharSequence text) {
    return of(Scale.STANDARD.parseValue(text));
  }

  /**
   * The answer as a number.
   *
   * @return 0 to 10
   */
  public int value() {
    return value;
  }

  /**
   * The category of this score on the standard scale: 9-10 promoter, 7-8 passive, 0-6 detractor.
   *
   * @return the category
   */
  public Category category() {
    return category;
  }

  /**
   * Whether this score is 9 or 10.
   *
   * @return true for a promoter
   */
  public boolean isPromoter() {
    return category() == Category.PROMOTER;
  }

  /**
   * Whether this score is 7 or 8.
   *
   * @return true for a passive
   */
  public boolean isPassive() {
    return category() == Category.PASSIVE;
  }

  /**
   * Whether this score is 0 to 6.
   *
   * @return true for a detractor
   */
  public boolean isDetractor() {
    return category() == Category.DETRACTOR;
  }

  @Override
  public int compareTo(Score other) {
    return Integer.compare(value, other.value);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Score other && other.value == value;
  }

  @Override
  public int hashCode() {
    return value;
  }

  /**
   * The score as its bare number, e.g. {@code "9"}; {@link #parse(CharSequence)} reads it back.
   *
   * @return the decimal value
   */
  @Override
  public String toString() {
    return Integer.toString(value);
  }
}
