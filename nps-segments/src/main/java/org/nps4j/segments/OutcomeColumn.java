package org.nps4j.segments;

import java.util.Objects;

/**
 * One outcome's values for a batch of respondents, as a primitive array aligned with an array of
 * scores: value {@code i} belongs to the respondent whose score is {@code scores[i]}. Pass columns
 * to {@link OutcomeAccumulator#addColumns(int[], OutcomeColumn...)}.
 *
 * <ul>
 *   <li>{@link #binary(String, byte[])}: {@link #YES} ({@code 1}), {@link #NO} ({@code 0}) or
 *       {@link #UNKNOWN} ({@code -1}) per respondent.
 *   <li>{@link #binary(String, boolean[])}: a yes/no value known for every respondent.
 *   <li>{@link #duration(String, double[])}: a finite value {@code >= 0}, or {@code NaN} when the
 *       respondent has none (a deal that did not close has no days to close).
 * </ul>
 *
 * <p>A column wraps the caller's array without copying it, so that large batches cost no copy; the
 * values are read, and checked, when the column is added. Do not change the array while an addition
 * is running.
 */
public final class OutcomeColumn {
  /** The byte for a yes value in a {@link #binary(String, byte[])} column. */
  public static final byte YES = 1;

  /** The byte for a no value in a {@link #binary(String, byte[])} column. */
  public static final byte NO = 0;

  /** The byte for an unknown value in a {@link #binary(String, byte[])} column. */
  public static final byte UNKNOWN = -1;

  private final String name;
  private final byte[] bytes;
  private final boolean[] booleans;
  private final double[] doubles;

  private OutcomeColumn(String name, byte[] bytes, boolean[] booleans, double[] doubles) {
    this.name = OutcomeAccumulator.requireName(name);
    this.bytes = bytes;
    this.booleans = booleans;
    this.doubles = doubles;
  }

  /**
   * A yes/no outcome with unknown values: per respondent {@link #YES}, {@link #NO} or {@link
   * #UNKNOWN}. Unknown values are left out of the outcome's denominator.
   *
   * @param name the outcome's name, as declared to the accumulator
   * @param values one byte per score; any other byte is rejected when the column is added
   * @return the column, wrapping {@code values}
   * @throws IllegalArgumentException if the name is blank
   * @throws NullPointerException if an argument is null
   */
  public static OutcomeColumn binary(String name, byte[] values) {
    return new OutcomeColumn(name, Objects.requireNonNull(values, "values"), null, null);
  }

  /**
   * A yes/no outcome known for every respondent.
   *
   * @param name the outcome's name, as declared to the accumulator
   * @param values one value per score
   * @return the column, wrapping {@code values}
   * @throws IllegalArgumentException if the name is blank
   * @throws NullPointerException if an argument is null
   */
  public static OutcomeColumn binary(String name, boolean[] values) {
    return new OutcomeColumn(name, null, Objects.requireNonNull(values, "values"), null);
  }

  /**
   * A duration or other non-negative numeric outcome, {@code NaN} where a respondent has none.
   *
   * @param name the outcome's name, as declared to the accumulator
   * @param values one value per score: finite and {@code >= 0}, or {@code NaN} for absent; a
   *     negative or infinite value is rejected when the column is added
   * @return the column, wrapping {@code values}
   * @throws IllegalArgumentException if the name is blank
   * @throws NullPointerException if an argument is null
   */
  public static OutcomeColumn duration(String name, double[] values) {
    return new OutcomeColumn(name, null, null, Objects.requireNonNull(values, "values"));
  }

  /**
   * The outcome's name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Whether this is a yes/no outcome rather than a duration.
   *
   * @return true for a column from a {@code binary} factory
   */
  public boolean isBinary() {
    return doubles == null;
  }

  /**
   * The number of values, which must equal the number of scores it is added with.
   *
   * @return the array's length
   */
  public int length() {
    return bytes != null ? bytes.length : booleans != null ? booleans.length : doubles.length;
  }

  /**
   * The yes/no value at an index as {@link #YES}, {@link #NO} or {@link #UNKNOWN}; for a byte
   * column, the raw byte, which the accumulator checks.
   */
  byte binaryAt(int index) {
    if (bytes != null) {
      return bytes[index];
    }
    return booleans[index] ? YES : NO;
  }

  /** The duration at an index, {@code NaN} when absent; the accumulator checks it. */
  double durationAt(int index) {
    return doubles[index];
  }

  /**
   * A description such as {@code OutcomeColumn[binary 'converted', 120 values]}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "OutcomeColumn["
        + (isBinary() ? "binary" : "duration")
        + " '"
        + name
        + "', "
        + length()
        + " values]";
  }
}
