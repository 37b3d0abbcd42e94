package org.nps4j.core.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;

/**
 * A source of random values driven by a caller-supplied {@link RandomGenerator}, so that a test
 * seeded with the same seed sees the same values. Framework-neutral: call it from a JUnit
 * {@code @ParameterizedTest}, a plain loop or any property-testing tool.
 *
 * <pre>{@code
 * RandomGenerator random = new SplittableRandom(seed);
 * NpsSummary summary = NpsGenerators.summaries(500).next(random);
 * }</pre>
 *
 * @param <T> the type of the values
 */
@FunctionalInterface
public interface Generator<T> {

  /**
   * Draws the next value.
   *
   * @param random the source of randomness
   * @return a value
   */
  T next(RandomGenerator random);

  /**
   * Draws {@code size} values into a new list.
   *
   * @param random the source of randomness
   * @param size the number of values, zero or more
   * @return a mutable list of the values
   * @throws IllegalArgumentException if {@code size} is negative
   */
  default List<T> list(RandomGenerator random, int size) {
    if (size < 0) {
      throw new IllegalArgumentException("Invalid size " + size + ": must be >= 0");
    }
    List<T> values = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      values.add(next(random));
    }
    return values;
  }

  /**
   * An infinite sequential stream of values; limit it.
   *
   * @param random the source of randomness
   * @return the stream
   */
  default Stream<T> stream(RandomGenerator random) {
    Objects.requireNonNull(random, "random");
    return Stream.generate(() -> next(random));
  }

  /**
   * A generator of transformed values.
   *
   * @param <R> the type of the transformed values
   * @param mapper the transformation
   * @return the mapped generator
   */
  default <R> Generator<R> map(Function<? super T, ? extends R> mapper) {
    Objects.requireNonNull(mapper, "mapper");
    return random -> mapper.apply(next(random));
  }
}
