package org.nps4j.core.bench;

import java.util.concurrent.TimeUnit;
import org.nps4j.core.Interval;
import org.nps4j.core.IntervalMethod;
import org.nps4j.core.NpsAccumulator;
import org.nps4j.core.NpsSummary;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Building {@link NpsSummary} values and reading figures from them. The inputs are tallies of
 * 10 million seeded answers (as in {@link AccumulateBenchmark}) and of a second, different sample;
 * they sit in non-final fields so that nothing is constant-folded, and every result is returned to
 * JMH.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
public class SummaryBenchmark {
  private long[] scoreCounts;
  private NpsAccumulator accumulator;
  private NpsSummary summary;
  private NpsSummary other;

  /** Tallies the two samples. */
  @Setup
  public void setUp() {
    int[] values = BenchmarkData.uniformScores(BenchmarkData.SIZE, BenchmarkData.SEED);
    scoreCounts = BenchmarkData.histogram(values);
    accumulator = NpsAccumulator.create();
    accumulator.addAll(values);
    summary = accumulator.snapshot();
    other =
        NpsSummary.ofScoreCounts(
            BenchmarkData.histogram(BenchmarkData.uniformScores(1_000, BenchmarkData.SEED + 1)));
  }

  /**
   * {@link NpsSummary#ofScoreCounts(long[])} from eleven counts.
   *
   * @return the summary
   */
  @Benchmark
  public NpsSummary ofScoreCounts() {
    return NpsSummary.ofScoreCounts(scoreCounts);
  }

  /**
   * {@link NpsAccumulator#snapshot()} of an accumulator holding 10 million answers.
   *
   * @return the summary
   */
  @Benchmark
  public NpsSummary snapshot() {
    return accumulator.snapshot();
  }

  /**
   * {@link NpsSummary#plus(NpsSummary)} of two summaries.
   *
   * @return the sum
   */
  @Benchmark
  public NpsSummary plus() {
    return summary.plus(other);
  }

  /**
   * {@link NpsSummary#netPromoterScore()}.
   *
   * @return the NPS
   */
  @Benchmark
  public double netPromoterScore() {
    return summary.netPromoterScore();
  }

  /**
   * {@link NpsSummary#confidenceInterval()}: the 95 % adjusted Wald interval.
   *
   * @return the interval
   */
  @Benchmark
  public Interval confidenceIntervalAdjustedWald() {
    return summary.confidenceInterval();
  }

  /**
   * {@link NpsSummary#confidenceInterval(IntervalMethod, double)} with {@link
   * IntervalMethod#SCORE} at 0.95.
   *
   * @return the interval
   */
  @Benchmark
  public Interval confidenceIntervalScore() {
    return summary.confidenceInterval(IntervalMethod.SCORE, 0.95);
  }
}
