package org.nps4j.segments;

import java.util.Objects;
import java.util.function.Function;
import org.nps4j.core.Response;
import org.nps4j.core.Touchpoint;

/**
 * A named way to segment host objects: a name for reports ({@code "rep"}, {@code "industry"}) and a
 * key extractor. The extractor's result is normalized by {@link SegmentKey#normalize(Object)}, so a
 * {@code null}, an empty optional or a blank string becomes the visible {@link
 * SpecialKeyValue#MISSING} segment rather than being dropped.
 *
 * <p>Instances are immutable; the extractor must be a pure function of the object.
 *
 * @param <T> the host type
 */
public final class Dimension<T> {
  private final String name;
  private final Function<? super T, ?> extractor;

  private Dimension(String name, Function<? super T, ?> extractor) {
    this.name = name;
    this.extractor = extractor;
  }

  /**
   * Returns a dimension.
   *
   * @param <T> the host type
   * @param name the name shown in reports; not blank
   * @param extractor returns the segment value of an object (may return null or an optional)
   * @return the dimension
   * @throws IllegalArgumentException if {@code name} is blank
   * @throws NullPointerException if an argument is null
   */
  public static <T> Dimension<T> of(String name, Function<? super T, ?> extractor) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(extractor, "extractor");
    if (name.isBlank()) {
      throw new IllegalArgumentException("Invalid dimension name (must not be blank): '" + name + "'");
    }
    return new Dimension<>(name, extractor);
  }

  /**
   * Returns the dimension of a {@link Response} attribute, named like the attribute: for example
   * {@code attribute("industry")}. Responses without the attribute fall in the {@code (missing)}
   * segment.
   *
   * @param attribute the attribute name
   * @return the dimension
   * @throws IllegalArgumentException if {@code attribute} is blank
   * @throws NullPointerException if {@code attribute} is null
   */
  public static Dimension<Response> attribute(String attribute) {
    return of(attribute, response -> response.attribute(attribute));
  }

  /**
   * Returns the dimension {@code "touchpoint"} of a {@link Response}, keyed by the touchpoint's id.
   *
   * @return the dimension
   */
  public static Dimension<Response> touchpoint() {
    return of("touchpoint", response -> response.touchpoint().map(Touchpoint::id));
  }

  /**
   * Returns the name shown in reports.
   *
   * @return the name shown in reports
   */
  public String name() {
    return name;
  }

  /**
   * Returns the normalized key value of an object.
   *
   * @param object the host object
   * @return the value, never null
   */
  public Object keyOf(T object) {
    Object raw = extractor.apply(object);
    // A string that starts with a non-whitespace character is not blank: the common case, checked
    // here so that it stays small enough to inline into a tabulation loop.
    if (raw instanceof String s && !s.isEmpty() && !Character.isWhitespace(s.charAt(0))) {
      return s;
    }
    return SegmentKey.normalize(raw);
  }

  /** The extractor's result, not normalized: for lookups that normalize only on a miss. */
  Object rawValueOf(T object) {
    return extractor.apply(object);
  }

  Function<? super T, ?> extractor() {
    return extractor;
  }

  @Override
  public String toString() {
    return "Dimension[" + name + "]";
  }
}
