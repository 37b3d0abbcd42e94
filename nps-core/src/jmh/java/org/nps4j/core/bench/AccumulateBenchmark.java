package org.nps4j.core.bench;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.nps4j.core.NpsAccumulator;
import org.nps4j.core.NpsCollectors;
import org.nps4j.core.NpsSummary;
import org.nps4j.core.Score;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Tallying 10 million answers (uniform 0-10, seeded) into an {@link NpsSummary}, against plain
 * {@code int[11]} and {@code long[11]} histogram loops over the same array as baselines.
 *
 * <p>Each invocation starts from an empty tally and ends with the result returned, so JMH consumes
 * it and no work is dead code. The input arrays are built once per trial, outside the measurement.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class AccumulateBenchmark {
  private int[] values;
  private Score[] scores;

  /**
   * Builds the answers, and checks once that the variant about to be measured tallies them right.
   * Only that variant runs here, so the others leave no trace in the profile the JIT compiles from.
   *
   * @param params which benchmark this trial measures
   */
  @Setup(Level.Trial)
  public void setUp(BenchmarkParams params) {
    values = BenchmarkData.uniformScores(BenchmarkData.SIZE, BenchmarkData.SEED);
    scores = BenchmarkData.toScores(values);
    NpsSummary expected = NpsSummary.ofScoreCounts(BenchmarkData.histogram(values));
    String benchmark = params.getBenchmark();
    String variant = benchmark.substring(benchmark.lastIndexOf('.') + 1);
    NpsSummary actual =
        switch (variant) {
          case "baselineIntHistogram" ->
              NpsSummary.ofScoreCounts(
                  Arrays.stream(baselineIntHistogram()).asLongStream().toArray());
          case "baselineLongHistogram" -> NpsSummary.ofScoreCounts(baselineLongHistogram());
          case "accumulatorAddInt" -> accumulatorAddInt();
          case "accumulatorAddAll" -> accumulatorAddAll();
          case "accumulatorAddScore" -> accumulatorAddScore();
          case "collectToSummary" -> collectToSummary();
          default -> throw new IllegalStateException("No check for " + benchmark);
        };
    check(expected, actual, variant);
  }

  private static void check(NpsSummary expected, NpsSummary actual, String variant) {
    if (!expected.equals(actual)) {
      throw new IllegalStateException(variant + " tallied " + actual + ", expected " + expected);
    }
  }

  /**
   * Baseline: {@code hist[v]++} into an {@code int[11]}.
   *
   * @return the histogram
   */
  @Benchmark
  public int[] baselineIntHistogram() {
    int[] values = this.values;
    int[] hist = new int[11];
    for (int v : values) {
      hist[v]++;
    }
    return hist;
  }

  /**
   * Baseline: {@code hist[v]++} into a {@code long[11]}, the width the accumulator counts in.
   *
   * @return the histogram
   */
  @Benchmark
  public long[] baselineLongHistogram() {
    int[] values = this.values;
    long[] hist = new long[11];
    for (int v : values) {
      hist[v]++;
    }
    return hist;
  }

  /**
   * {@link NpsAccumulator#add(int)} in a loop, then {@link NpsAccumulator#snapshot()}.
   *
   * @return the summary
   */
  @Benchmark
  public NpsSummary accumulatorAddInt() {
    int[] values = this.values;
    NpsAccumulator accumulator = NpsAccumulator.create();
    for (int v : values) {
      accumulator.add(v);
    }
    return accumulator.snapshot();
  }

  /**
   * {@link NpsAccumulator#addAll(int...)} on the whole array, then a snapshot.
   *
   * @return the summary
   */
  @Benchmark
  public NpsSummary accumulatorAddAll() {
    NpsAccumulator accumulator = NpsAccumulator.create();
    accumulator.addAll(values);
    return accumulator.snapshot();
  }

  /**
   * {@link NpsAccumulator#add(Score)} over pre-built {@link Score} objects, then a snapshot.
   *
   * @return the summary
   */
  @Benchmark
  public NpsSummary accumulatorAddScore() {
    Score[] scores = this.scores;
    NpsAccumulator accumulator = NpsAccumulator.create();
    for (Score score : scores) {
      accumulator.add(score);
    }
    return accumulator.snapshot();
  }

  /**
   * A sequential stream of the {@link Score} objects collected with {@link
   * NpsCollectors#toSummary()}.
   *
   * @return the summary
   */
  @Benchmark
  public NpsSummary collectToSummary() {
    return Arrays.stream(scores).collect(NpsCollectors.toSummary());
  }
}
