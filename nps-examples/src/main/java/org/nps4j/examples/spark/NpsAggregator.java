package org.nps4j.examples.spark;

import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.expressions.Aggregator;
import org.nps4j.core.Score;
import org.nps4j.core.NpsSummary;

/**
 * The library's mergeable tally inside a Spark typed {@link Aggregator}: the buffer is the exact
 * count per score point (an {@link NpsSummary}'s state), each partition counts its answers and the
 * partitions merge with {@link NpsSummary#plus}, so the result is exactly the single-machine tally
 * of the same answers, whatever the partitioning.
 */
public final class NpsAggregator extends Aggregator<SurveyAnswer, long[], long[]> {
  private static final long serialVersionUID = 1L;

  @Override
  public long[] zero() {
    return new long[11];
  }

  @Override
  public long[] reduce(long[] buffer, SurveyAnswer answer) {
    // Score.of rejects a score off the 0-10 scale with the library's message.
    buffer[Score.of(answer.getScore()).value()]++;
    return buffer;
  }

  @Override
  public long[] merge(long[] left, long[] right) {
    return NpsSummary.ofScoreCounts(left).plus(NpsSummary.ofScoreCounts(right)).scoreCounts();
  }

  @Override
  public long[] finish(long[] reduction) {
    return reduction;
  }

  @Override
  public Encoder<long[]> bufferEncoder() {
    return Encoders.javaSerialization(long[].class);
  }

  @Override
  public Encoder<long[]> outputEncoder() {
    return Encoders.javaSerialization(long[].class);
  }
}
