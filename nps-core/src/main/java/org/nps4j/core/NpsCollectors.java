package org.nps4j.core;

import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import java.util.stream.Collector;

/**
 * {@link Collector}s that tally streams into {@link NpsSummary} and {@link WeightedNpsSummary}.
 *
 * <p>The unweighted collectors are unordered and exact: a parallel stream gives exactly the
 * sequential result, because partial tallies combine by integer addition.
 *
 * <pre>{@code
 * NpsSummary all = responses.stream().map(Response::score).collect(NpsCollectors.toSummary());
 * NpsSummary mine = deals.stream().collect(NpsCollectors.toSummary(Deal::npsScore));
 * }</pre>
 */
public final class NpsCollectors {
  private NpsCollectors() {}

  /**
   * Tallies scores on the standard scale.
   *
   * @return a collector of scores into a summary
   */
  public static Collector<Score, ?, NpsSummary> toSummary() {
    return Collector.of(
        NpsAccumulator::create,
        NpsAccumulator::add,
        NpsAccumulator::combine,
        NpsAccumulator::snapshot,
        Collector.Characteristics.UNORDERED);
  }

  /**
   * Tallies host objects on the standard scale, reading each answer with an extractor.
   *
   * @param <T> the host's type
   * @param score extracts the 0-10 answer
   * @return a collector into a summary; it throws {@link IllegalArgumentException} for an answer
   *     outside 0-10
   * @throws NullPointerException if {@code score} is null
   */
  public static <T> Collector<T, ?, NpsSummary> toSummary(ToIntFunction<? super T> score) {
    return toSummary(Scale.STANDARD, score);
  }

  /**
   * Tallies host objects on a given scale, reading each answer with an extractor.
   *
   * @param <T> the host's type
   * @param scale the scale the answers are on
   * @param score extracts the answer
   * @return a collector into a summary; it throws {@link IllegalArgumentException} for an answer
   *     not on the scale
   * @throws NullPointerException if an argument is null
   */
  public static <T> Collector<T, ?, NpsSummary> toSummary(
      Scale scale, ToIntFunction<? super T> score) {
    Objects.requireNonNull(scale, "scale");
    Objects.requireNonNull(score, "score");
    return Collector.of(
        () -> NpsAccumulator.create(scale),
        (accumulator, item) -> accumulator.add(score.applyAsInt(item)),
        NpsAccumulator::combine,
        NpsAccumulator::snapshot,
        Collector.Characteristics.UNORDERED);
  }

  /**
   * Tallies host objects some of which have no answer, counting those as missing: an empty {@code
   * OptionalInt} is a survey whose question was left blank. The policy decides whether missing
   * answers enter the denominator; either way {@link NpsSummary#missing()} reports them.
   *
   * @param <T> the host's type
   * @param scale the scale the answers are on
   * @param policy what missing answers count as
   * @param answer extracts the answer, or an empty {@code OptionalInt} when there is none
   * @return a collector into a summary; it throws {@link IllegalArgumentException} for an answer
   *     not on the scale
   * @throws NullPointerException if an argument is null
   */
  public static <T> Collector<T, ?, NpsSummary> toSummary(
      Scale scale, UnansweredPolicy policy, Function<? super T, OptionalInt> answer) {
    Objects.requireNonNull(scale, "scale");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(answer, "answer");
    return Collector.of(
        () -> NpsAccumulator.create(scale, policy),
        (accumulator, item) -> {
          OptionalInt value = answer.apply(item);
          if (value.isPresent()) {
            accumulator.add(value.getAsInt());
          } else {
            accumulator.addMissing();
          }
        },
        NpsAccumulator::combine,
        NpsAccumulator::snapshot,
        Collector.Characteristics.UNORDERED);
  }

  /**
   * Tallies weighted host objects on the standard scale.
   *
   * @param <T> the host's type
   * @param score extracts the 0-10 answer
   * @param weight extracts the weight, finite and zero or more
   * @return a collector into a weighted summary; it throws {@link IllegalArgumentException} for an
   *     invalid answer or weight. Weight sums are floating-point, so a parallel stream may differ
   *     from the sequential one in the last bits.
   * @throws NullPointerException if an argument is null
   */
  public static <T> Collector<T, ?, WeightedNpsSummary> toWeightedSummary(
      ToIntFunction<? super T> score, ToDoubleFunction<? super T> weight) {
    return toWeightedSummary(Scale.STANDARD, score, weight);
  }

  /**
   * Tallies weighted host objects on a given scale.
   *
   * @param <T> the host's type
   * @param scale the scale the answers are on
   * @param score extracts the answer
   * @param weight extracts the weight, finite and zero or more
   * @return a collector into a weighted summary; it throws {@link IllegalArgumentException} for an
   *     answer not on the scale or an invalid weight
   * @throws NullPointerException if an argument is null
   */
  public static <T> Collector<T, ?, WeightedNpsSummary> toWeightedSummary(
      Scale scale, ToIntFunction<? super T> score, ToDoubleFunction<? super T> weight) {
    Objects.requireNonNull(scale, "scale");
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(weight, "weight");
    return Collector.of(
        () -> WeightedNpsAccumulator.create(scale),
        (accumulator, item) -> accumulator.add(score.applyAsInt(item), weight.applyAsDouble(item)),
        WeightedNpsAccumulator::combine,
        WeightedNpsAccumulator::snapshot,
        Collector.Characteristics.UNORDERED);
  }
}
