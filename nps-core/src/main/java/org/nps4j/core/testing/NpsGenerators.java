package org.nps4j.core.testing;

import java.util.Objects;
import org.nps4j.core.NpsAccumulator;
import org.nps4j.core.NpsSummary;
import org.nps4j.core.Scale;
import org.nps4j.core.Score;
import org.nps4j.core.UnansweredPolicy;

/**
 * Public generators of NPS domain values for property tests, in the library's own tests and in
 * host applications' tests alike. Each returns a {@link Generator} driven by a caller-supplied
 * {@link java.util.random.RandomGenerator}, so a failing case is reproduced from its seed.
 *
 * <pre>{@code
 * @ParameterizedTest
 * @MethodSource("seeds")
 * void npsIsWithinBounds(long seed) {
 *   NpsSummary summary = NpsGenerators.summaries(1_000).next(new SplittableRandom(seed));
 *   NpsInvariants.check(summary);
 * }
 * }</pre>
 */
public final class NpsGenerators {
  private NpsGenerators() {}

  /**
   * Scores drawn uniformly from 0-10.
   *
   * @return the generator
   */
  public static Generator<Score> scores() {
    return scores(ScoreDistribution.uniform());
  }

  /**
   * Scores drawn from a distribution over the standard scale.
   *
   * @param distribution a distribution on {@link Scale#STANDARD}
   * @return the generator
   * @throws IllegalArgumentException if the distribution is on another scale
   */
  public static Generator<Score> scores(ScoreDistribution distribution) {
    requireStandard(distribution);
    return random -> Score.of(distribution.sample(random));
  }

  static ScoreDistribution requireStandard(ScoreDistribution distribution) {
    Objects.requireNonNull(distribution, "distribution");
    if (!distribution.scale().isStandard()) {
      throw new IllegalArgumentException(
          "Score generators need the standard 0-10 scale, not " + distribution.scale()
              + "; draw ints with ScoreDistribution.sample instead");
    }
    return distribution;
  }

  /**
   * Summaries on the standard scale of samples of 0 to {@code maxCount} answers drawn from a
   * {@linkplain ScoreDistribution#random random distribution}. Empty summaries and single-category
   * summaries (the edge cases of every NPS statistic) come up often.
   *
   * @param maxCount the largest sample size, at most 1,000,000
   * @return the generator
   * @throws IllegalArgumentException if {@code maxCount} is negative or above 1,000,000
   */
  public static Generator<NpsSummary> summaries(int maxCount) {
    return summaries(Scale.STANDARD, UnansweredPolicy.EXCLUDE, maxCount);
  }

  /**
   * Summaries on a scale with a policy for unanswered surveys; some include missing and declined
   * answers.
   *
   * @param scale the scale
   * @param policy the unanswered policy
   * @param maxCount the largest number of answers, at most 1,000,000
   * @return the generator
   * @throws IllegalArgumentException if {@code maxCount} is negative or above 1,000,000
   */
  public static Generator<NpsSummary> summaries(
      Scale scale, UnansweredPolicy policy, int maxCount) {
    Objects.requireNonNull(scale, "scale");
    Objects.requireNonNull(policy, "policy");
    if (maxCount < 0 || maxCount > 1_000_000) {
      throw new IllegalArgumentException(
          "Invalid maxCount " + maxCount + ": must be in [0, 1000000]");
    }
    return random -> {
      NpsAccumulator accumulator = NpsAccumulator.create(scale, policy);
      int size = random.nextInt(10) == 0 ? 0 : random.nextInt(maxCount + 1);
      ScoreDistribution distribution = ScoreDistribution.random(scale, random);
      for (int i = 0; i < size; i++) {
        accumulator.add(distribution.sample(random));
      }
      if (random.nextInt(5) == 0) {
        int unanswered = random.nextInt(Math.max(1, size / 10 + 1));
        for (int i = 0; i < unanswered; i++) {
          if (random.nextBoolean()) {
            accumulator.addMissing();
          } else {
            accumulator.addDeclined();
          }
        }
      }
      return accumulator.snapshot();
    };
  }

  /**
   * Summaries on the standard scale whose eleven counts are each drawn uniformly from 0 to {@code
   * maxPerScorePoint}, for exercising arithmetic at large counts without drawing each answer.
   *
   * @param maxPerScorePoint the largest count of one score
   * @return the generator
   * @throws IllegalArgumentException if {@code maxPerScorePoint} is negative or so large that the
   *     total of eleven counts could overflow a long
   */
  public static Generator<NpsSummary> summariesOfCounts(long maxPerScorePoint) {
    if (maxPerScorePoint < 0 || maxPerScorePoint > Long.MAX_VALUE / Scale.STANDARD.points()) {
      throw new IllegalArgumentException(
          "Invalid maxPerScorePoint "
              + maxPerScorePoint
              + ": must be in [0, Long.MAX_VALUE / 11]");
    }
    return random -> {
      long[] counts = new long[Scale.STANDARD.points()];
      for (int i = 0; i < counts.length; i++) {
        counts[i] = random.nextInt(4) == 0 ? 0 : random.nextLong(maxPerScorePoint + 1);
      }
      return NpsSummary.ofScoreCounts(counts);
    };
  }

  /**
   * Responses with the default realistic shape: see {@link ResponseGenerator}.
   *
   * @return a configurable response generator
   */
  public static ResponseGenerator responses() {
    return ResponseGenerator.defaults();
  }
}
