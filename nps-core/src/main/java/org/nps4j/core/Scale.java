package org.nps4j.core;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A rating scale with explicit cut-points that map every answer to a {@link Category}.
 *
 * <p>The standard NPS scale is {@link #STANDARD} (0-10: detractors 0-6, passives 7-8, promoters
 * 9-10). Survey tools also collect on other scales; presets are provided for the common ones
 * ({@link #ONE_TO_TEN}, {@link #ONE_TO_SEVEN}, {@link #ONE_TO_FIVE}) and any other is built with
 * {@link #builder(String, int, int)}, which checks that the three category ranges are non-empty,
 * contiguous, non-overlapping and cover the scale exactly.
 *
 * <p>A scale is part of every {@link NpsSummary}: summaries on different scales refuse to merge,
 * so answers from different scales are never mixed silently. Instances are immutable and
 * thread-safe; two scales are equal when their cut-points are equal, whatever their names.
 */
public final class Scale {
  /** The most points a scale may have, which bounds the size of every tally. */
  public static final int MAX_POINTS = 101;

  /** The standard NPS scale: 0-10; detractors 0-6, passives 7-8, promoters 9-10. */
  public static final Scale STANDARD =
      builder("0-10", 0, 10).detractors(0, 6).passives(7, 8).promoters(9, 10).build();

  /** A 1-10 scale with the standard cut-points: detractors 1-6, passives 7-8, promoters 9-10. */
  public static final Scale ONE_TO_TEN =
      builder("1-10", 1, 10).detractors(1, 6).passives(7, 8).promoters(9, 10).build();

  /** A 1-7 scale: detractors 1-5, passives 6, promoters 7. */
  public static final Scale ONE_TO_SEVEN =
      builder("1-7", 1, 7).detractors(1, 5).passives(6, 6).promoters(7, 7).build();

  /** A 1-5 (star) scale: detractors 1-3, passives 4, promoters 5. */
  public static final Scale ONE_TO_FIVE =
      builder("1-5", 1, 5).detractors(1, 3).passives(4, 4).promoters(5, 5).build();

  private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.0+)?");

  private final String name;
  private final int min;
  private final int max;
  private final int passivesFrom;
  private final int promotersFrom;
  private final Category[] categoryByOffset;

  private Scale(Builder builder) {
    this.name = builder.name;
    this.min = builder.min;
    this.max = builder.max;
    this.passivesFrom = builder.passivesFrom;
    this.promotersFrom = builder.promotersFrom;
    this.categoryByOffset = new Category[max - min + 1];
    // By offset, not by value: a value loop would wrap at Integer.MAX_VALUE.
    for (int offset = 0; offset < categoryByOffset.length; offset++) {
      int value = min + offset;
      categoryByOffset[offset] =
          value >= promotersFrom
              ? Category.PROMOTER
              : value >= passivesFrom ? Category.PASSIVE : Category.DETRACTOR;
    }
  }

  /**
   * Starts a custom scale from {@code min} to {@code max} inclusive. Set all three category ranges
   * with {@link Builder#detractors}, {@link Builder#passives} and {@link Builder#promoters}, then
   * call {@link Builder#build()}.
   *
   * @param name a short name shown in messages, such as {@code "1-5 stars"}
   * @param min the lowest answer on the scale
   * @param max the highest answer on the scale
   * @return a builder
   * @throws IllegalArgumentException if the name is blank, {@code min > max}, or the scale has more
   *     than {@value #MAX_POINTS} points
   * @throws NullPointerException if {@code name} is null
   */
  public static Builder builder(String name, int min, int max) {
    return new Builder(name, min, max);
  }

  /**
   * The name given to this scale.
   *
   * @return the name, such as {@code "0-10"}
   */
  public String name() {
    return name;
  }

  /**
   * The lowest answer on the scale.
   *
   * @return the minimum value
   */
  public int min() {
    return min;
  }

  /**
   * The highest answer on the scale.
   *
   * @return the maximum value
   */
  public int max() {
    return max;
  }

  /**
   * The number of points on the scale, {@code max - min + 1}.
   *
   * @return the number of distinct answers
   */
  public int points() {
    return categoryByOffset.length;
  }

  /**
   * The lowest answer that counts as passive.
   *
   * @return the first passive value
   */
  public int passivesFrom() {
    return passivesFrom;
  }

  /**
   * The lowest answer that counts as promoter.
   *
   * @return the first promoter value
   */
  public int promotersFrom() {
    return promotersFrom;
  }

  /**
   * Whether this is the standard 0-10 scale.
   *
   * @return true for {@link #STANDARD}
   */
  public boolean isStandard() {
    return equals(STANDARD);
  }

  /**
   * Whether {@code value} is an answer on this scale.
   *
   * @param value the answer
   * @return true if {@code min() <= value <= max()}
   */
  public boolean contains(int value) {
    return value >= min && value <= max;
  }

  /**
   * The category of an answer on this scale.
   *
   * @param value the answer
   * @return its category
   * @throws IllegalArgumentException if the value is not on this scale
   */
  public Category categoryOf(int value) {
    return categoryByOffset[offsetOf(value)];
  }

  /**
   * Checks an answer and returns its offset from {@link #min()}, the index of its slot in a tally.
   *
   * @param value the answer
   * @return {@code value - min()}
   * @throws IllegalArgumentException if the value is not on this scale
   */
  int offsetOf(int value) {
    if (value < min || value > max) {
      throw outOfRange(Integer.toString(value));
    }
    return value - min;
  }

  /**
   * Parses an answer on this scale from text. White space around the number is ignored; a whole
   * number in ASCII digits, optionally written with a zero fraction ({@code "4.0"}), is accepted. A
   * plus sign is rejected; a minus sign makes a negative number, accepted only where the scale has
   * negative points.
   *
   * @param text the text to parse
   * @return the answer
   * @throws IllegalArgumentException if the text is not a whole number on this scale; the message
   *     quotes the text and states the rule
   * @throws NullPointerException if {@code text} is null
   */
  public int parseValue(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String trimmed = text.toString().strip();
    if (!NUMBER.matcher(trimmed).matches()) {
      String rule =
          trimmed.matches("-?[0-9]*\\.[0-9]+")
              ? "not a whole number"
              : "expected a whole number";
      throw new IllegalArgumentException(
          "Cannot parse "
              + valueLabel()
              + " from \""
              + text
              + "\": "
              + rule
              + " (valid values "
              + min
              + " - "
              + max
              + ")");
    }
    int dot = trimmed.indexOf('.');
    String digits = dot < 0 ? trimmed : trimmed.substring(0, dot);
    int value;
    try {
      value = Integer.parseInt(digits);
    } catch (NumberFormatException tooLong) {
      throw outOfRange(digits);
    }
    offsetOf(value);
    return value;
  }

  IllegalArgumentException outOfRange(int value) {
    return outOfRange(Integer.toString(value));
  }

  private IllegalArgumentException outOfRange(String value) {
    return new IllegalArgumentException(
        "Invalid value for " + valueLabel() + " (valid values " + min + " - " + max + "): " + value);
  }

  private String valueLabel() {
    return isStandard() ? "Score" : "score on scale " + name;
  }

  /**
   * Checks that two scales are the same, for operations that combine tallies.
   *
   * @throws IllegalArgumentException naming both scales if they differ
   */
  static void requireSame(Scale left, Scale right) {
    if (!left.equals(right)) {
      throw new IllegalArgumentException(
          "Cannot combine tallies on different scales: " + left + " and " + right);
    }
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Scale other
        && other.min == min
        && other.max == max
        && other.passivesFrom == passivesFrom
        && other.promotersFrom == promotersFrom;
  }

  @Override
  public int hashCode() {
    return Objects.hash(min, max, passivesFrom, promotersFrom);
  }

  /**
   * A description with the cut-points, e.g. {@code Scale[0-10: detractors 0-6, passives 7-8,
   * promoters 9-10]}.
   */
  @Override
  public String toString() {
    return "Scale["
        + name
        + ": detractors "
        + range(min, passivesFrom - 1)
        + ", passives "
        + range(passivesFrom, promotersFrom - 1)
        + ", promoters "
        + range(promotersFrom, max)
        + "]";
  }

  private static String range(int from, int to) {
    return from == to ? Integer.toString(from) : from + "-" + to;
  }

  /**
   * Builds a custom {@link Scale}. Not thread-safe; obtain one with {@link Scale#builder(String,
   * int, int)}.
   */
  public static final class Builder {
    private final String name;
    private final int min;
    private final int max;
    private int[] detractors;
    private int[] passives;
    private int[] promoters;
    private int passivesFrom;
    private int promotersFrom;

    private Builder(String name, int min, int max) {
      Objects.requireNonNull(name, "name");
      if (name.isBlank()) {
        throw new IllegalArgumentException("Scale name must not be blank");
      }
      if (min > max) {
        throw new IllegalArgumentException(
            "Scale " + name + ": min (" + min + ") must not exceed max (" + max + ")");
      }
      if ((long) max - min + 1 > MAX_POINTS) {
        throw new IllegalArgumentException(
            "Scale "
                + name
                + ": "
                + ((long) max - min + 1)
                + " points is more than the maximum of "
                + MAX_POINTS);
      }
      this.name = name;
      this.min = min;
      this.max = max;
    }

    /**
     * Sets the answers that count as detractors.
     *
     * @param from the lowest detractor answer, which must be the scale's minimum
     * @param to the highest detractor answer
     * @return this builder
     */
    public Builder detractors(int from, int to) {
      detractors = new int[] {from, to};
      return this;
    }

    /**
     * Sets the answers that count as passives.
     *
     * @param from the lowest passive answer, one above the highest detractor answer
     * @param to the highest passive answer
     * @return this builder
     */
    public Builder passives(int from, int to) {
      passives = new int[] {from, to};
      return this;
    }

    /**
     * Sets the answers that count as promoters.
     *
     * @param from the lowest promoter answer, one above the highest passive answer
     * @param to the highest promoter answer, which must be the scale's maximum
     * @return this builder
     */
    public Builder promoters(int from, int to) {
      promoters = new int[] {from, to};
      return this;
    }

    /**
     * Validates the cut-points and builds the scale.
     *
     * @return the scale
     * @throws IllegalArgumentException if a category range is missing or empty, the ranges overlap
     *     or leave a gap, or they do not cover the scale from its minimum to its maximum; the
     *     message names the scale and the offending range
     */
    public Scale build() {
      requireRange("detractors", detractors);
      requireRange("passives", passives);
      requireRange("promoters", promoters);
      if (detractors[0] != min) {
        throw invalid("detractors must start at the scale minimum " + min + ", not " + detractors[0]);
      }
      requireAdjacent("detractors", detractors, "passives", passives);
      requireAdjacent("passives", passives, "promoters", promoters);
      if (promoters[1] != max) {
        throw invalid("promoters must end at the scale maximum " + max + ", not " + promoters[1]);
      }
      passivesFrom = passives[0];
      promotersFrom = promoters[0];
      return new Scale(this);
    }

    private void requireRange(String category, int[] range) {
      if (range == null) {
        throw invalid("the " + category + " range is not set");
      }
      if (range[0] > range[1]) {
        throw invalid(
            category + " range " + range[0] + "-" + range[1] + " is empty (from exceeds to)");
      }
    }

    private void requireAdjacent(String lowerName, int[] lower, String upperName, int[] upper) {
      if (upper[0] <= lower[1]) {
        throw invalid(
            upperName
                + " "
                + upper[0]
                + "-"
                + upper[1]
                + " overlap "
                + lowerName
                + " "
                + lower[0]
                + "-"
                + lower[1]);
      }
      if (upper[0] != lower[1] + 1) {
        throw invalid(
            "gap between "
                + lowerName
                + " ending at "
                + lower[1]
                + " and "
                + upperName
                + " starting at "
                + upper[0]
                + "; ranges must be contiguous");
      }
    }

    private IllegalArgumentException invalid(String reason) {
      return new IllegalArgumentException("Scale " + name + " (" + min + "-" + max + "): " + reason);
    }
  }
}
