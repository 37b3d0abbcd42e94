package org.nps4j.segments;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * The key of one segment: one value per dimension of its table, in the table's dimension order. A
 * value is the host's own object (a rep name, an enum constant, a {@code Long} id, ...) or a {@link
 * SpecialKeyValue} for a missing value or the overflow segment.
 *
 * <p>Keys are immutable and compare by value. {@link #toString()} is the label shown in reports: the
 * values joined by {@code " / "}.
 */
public final class SegmentKey {
  private static final SegmentKey EMPTY = new SegmentKey(new Object[0]);

  private final Object[] values;
  private final int hash;

  private SegmentKey(Object[] values) {
    this.values = values;
    this.hash = Arrays.hashCode(values);
  }

  /**
   * Returns the key with the given values, each normalized by {@link #normalize(Object)}: {@code
   * null}, empty optionals and blank strings become {@link SpecialKeyValue#MISSING}, and present
   * optionals are unwrapped.
   *
   * @param values the values, one per dimension
   * @return the key
   * @throws NullPointerException if {@code values} is null
   */
  public static SegmentKey of(Object... values) {
    Object[] copy = new Object[values.length];
    for (int i = 0; i < values.length; i++) {
      copy[i] = normalize(values[i]);
    }
    return copy.length == 0 ? EMPTY : new SegmentKey(copy);
  }

  /**
   * Returns the key with the given values, normalized as by {@link #of(Object...)}.
   *
   * @param values the values, one per dimension
   * @return the key
   * @throws NullPointerException if {@code values} is null
   */
  public static SegmentKey of(List<?> values) {
    return of(values.toArray());
  }

  /**
   * Returns the key of no dimension: the single segment of a table that is not segmented.
   *
   * @return the key of no dimension: the single segment of a table that is not segmented
   */
  public static SegmentKey empty() {
    return EMPTY;
  }

  /**
   * Returns the key with one overflow value per dimension.
   *
   * @return the key with one overflow value per dimension
   */
  static SegmentKey overflow(int dimensions) {
    Object[] values = new Object[dimensions];
    Arrays.fill(values, SpecialKeyValue.OVERFLOW);
    return new SegmentKey(values);
  }

  /**
   * Returns the value a key holds for a raw extractor result: {@link SpecialKeyValue#MISSING} for
   * {@code null}, an empty {@code Optional}/{@code OptionalInt}/{@code OptionalLong}/{@code
   * OptionalDouble} or a blank {@code CharSequence}; the content of a present optional; otherwise
   * the value itself.
   *
   * @param raw the extractor's result, may be null
   * @return the key value, never null
   */
  public static Object normalize(Object raw) {
    if (raw == null) {
      return SpecialKeyValue.MISSING;
    }
    if (raw instanceof String s) {
      return s.isBlank() ? SpecialKeyValue.MISSING : s;
    }
    if (raw instanceof Optional<?> o) {
      return o.isPresent() ? normalize(o.get()) : SpecialKeyValue.MISSING;
    }
    if (raw instanceof OptionalInt o) {
      return o.isPresent() ? (Object) o.getAsInt() : SpecialKeyValue.MISSING;
    }
    if (raw instanceof OptionalLong o) {
      return o.isPresent() ? (Object) o.getAsLong() : SpecialKeyValue.MISSING;
    }
    if (raw instanceof OptionalDouble o) {
      return o.isPresent() ? (Object) o.getAsDouble() : SpecialKeyValue.MISSING;
    }
    if (raw instanceof CharSequence cs) {
      return cs.toString().isBlank() ? SpecialKeyValue.MISSING : cs.toString();
    }
    return raw;
  }

  /**
   * Returns the number of values (the number of dimensions of the key's table).
   *
   * @return the number of values (the number of dimensions of the key's table)
   */
  public int size() {
    return values.length;
  }

  /**
   * Returns the value for one dimension.
   *
   * @param dimension the dimension's position, from 0
   * @return the value, never null
   * @throws IndexOutOfBoundsException if {@code dimension} is not in {@code [0, size())}
   */
  public Object value(int dimension) {
    Objects.checkIndex(dimension, values.length);
    return values[dimension];
  }

  /**
   * Returns the values as an unmodifiable list.
   *
   * @return the values as an unmodifiable list
   */
  public List<Object> values() {
    return Collections.unmodifiableList(Arrays.asList(values));
  }

  /**
   * Returns true if any value is {@link SpecialKeyValue#MISSING}.
   *
   * @return true if any value is {@link SpecialKeyValue#MISSING}
   */
  public boolean hasMissingValue() {
    for (Object value : values) {
      if (value == SpecialKeyValue.MISSING) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns true if this is the overflow segment of a capped table.
   *
   * @return true if this is the overflow segment of a capped table
   */
  public boolean isOverflow() {
    return values.length > 0 && values[0] == SpecialKeyValue.OVERFLOW;
  }

  /**
   * Returns the key made of some of this key's values, in the order given: the key of this
   * segment's parent when dimensions are rolled up.
   *
   * @param dimensions positions of the values to keep
   * @return the projected key
   * @throws IndexOutOfBoundsException if a position is out of range
   */
  public SegmentKey project(int... dimensions) {
    if (dimensions.length == 0) {
      return EMPTY;
    }
    Object[] projected = new Object[dimensions.length];
    for (int i = 0; i < dimensions.length; i++) {
      projected[i] = value(dimensions[i]);
    }
    return new SegmentKey(projected);
  }

  /** Returns a key with one more value at the end. */
  SegmentKey append(Object value) {
    Object[] longer = Arrays.copyOf(values, values.length + 1);
    longer[values.length] = normalize(value);
    return new SegmentKey(longer);
  }

  /** Returns the values for use as the key of a hash map, without copying. */
  List<Object> asList() {
    return Arrays.asList(values);
  }

  @Override
  public boolean equals(Object obj) {
    return this == obj || (obj instanceof SegmentKey other && Arrays.equals(values, other.values));
  }

  @Override
  public int hashCode() {
    return hash;
  }

  /**
   * Returns the label: the values joined by {@code " / "}, or {@code "(all)"} for the key of no
   * dimension.
   *
   * @return the label: the values joined by {@code " / "}, or {@code "(all)"} for the key of no
   * dimension
   */
  @Override
  public String toString() {
    if (values.length == 0) {
      return "(all)";
    }
    List<String> labels = new ArrayList<>(values.length);
    for (Object value : values) {
      labels.add(String.valueOf(value));
    }
    return labels.stream().collect(Collectors.joining(" / "));
  }
}
