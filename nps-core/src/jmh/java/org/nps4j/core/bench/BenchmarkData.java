package org.nps4j.core.bench;

import java.util.SplittableRandom;
import org.nps4j.core.Score;

/** Deterministic inputs shared by the benchmarks. */
final class BenchmarkData {
  /** The number of answers tallied by each accumulation benchmark invocation. */
  static final int SIZE = 10_000_000;

  /** The seed of every generated input, so that all runs see the same answers. */
  static final long SEED = 0x5EED_2026_1123L;

  private BenchmarkData() {}

  /**
   * Uniform answers 0 to 10.
   *
   * @param size how many
   * @param seed the generator seed
   * @return the answers
   */
  static int[] uniformScores(int size, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int[] values = new int[size];
    for (int i = 0; i < size; i++) {
      values[i] = random.nextInt(Score.MAX_VALUE + 1);
    }
    return values;
  }

  /**
   * The cached {@link Score} of each answer.
   *
   * @param values answers 0 to 10
   * @return the scores, in the same order
   */
  static Score[] toScores(int[] values) {
    Score[] scores = new Score[values.length];
    for (int i = 0; i < values.length; i++) {
      scores[i] = Score.of(values[i]);
    }
    return scores;
  }

  /**
   * The count of each answer 0 to 10.
   *
   * @param values answers 0 to 10
   * @return eleven counts
   */
  static long[] histogram(int[] values) {
    long[] counts = new long[Score.MAX_VALUE + 1];
    for (int value : values) {
      counts[value]++;
    }
    return counts;
  }
}
