package org.nps4j.examples.spark;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.nps4j.core.NpsSummary;
import scala.Tuple2;

/** NPS by segment and month on Spark, with {@link NpsAggregator}. */
public final class SparkNps {
  private SparkNps() {}

  /**
   * Computes one exact summary per (segment, month) key, {@code segment|month}.
   *
   * @param spark the session
   * @param answers the answers
   * @param partitions how many partitions to spread them over
   * @return the summaries, by key in order
   */
  public static Map<String, NpsSummary> bySegmentAndMonth(
      SparkSession spark, List<SurveyAnswer> answers, int partitions) {
    Dataset<SurveyAnswer> data =
        spark.createDataset(answers, Encoders.bean(SurveyAnswer.class)).repartition(partitions);
    Dataset<Tuple2<String, long[]>> counts =
        data.groupByKey(
                (MapFunction<SurveyAnswer, String>) a -> a.getSegment() + "|" + a.getMonth(),
                Encoders.STRING())
            .agg(new NpsAggregator().toColumn());
    Map<String, NpsSummary> summaries = new TreeMap<>();
    for (Tuple2<String, long[]> row : counts.collectAsList()) {
      summaries.put(row._1(), NpsSummary.ofScoreCounts(row._2()));
    }
    return summaries;
  }
}
