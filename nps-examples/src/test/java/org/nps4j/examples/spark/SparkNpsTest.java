package org.nps4j.examples.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nps4j.core.NpsSummary;
import org.nps4j.segments.Dimension;
import org.nps4j.segments.NpsTable;
import org.nps4j.segments.SegmentKey;
import org.nps4j.segments.Segmentation;

/**
 * NPS by segment and month on Spark (local mode, two threads) equals the single-machine table of
 * the same answers, exactly, for any number of partitions.
 */
class SparkNpsTest {
  private static SparkSession spark;

  @BeforeAll
  static void startSpark() {
    spark = SparkSession.builder()
        .master("local[2]")
        .appName("nps4j-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .getOrCreate();
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  @Test
  void sparkGivesTheSingleMachineSummariesExactly() {
    SplittableRandom random = new SplittableRandom(0x5BA2C);
    List<String> teams = List.of("east", "west", "central");
    List<SurveyAnswer> answers = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      String team = teams.get(random.nextInt(teams.size()));
      int month = 1 + random.nextInt(12);
      // Teams score differently, so that the summaries differ from key to key.
      int score = Math.min(10, random.nextInt(11) + (team.equals("east") ? random.nextInt(3) : 0));
      answers.add(new SurveyAnswer(team, String.format("2026-%02d", month), score));
    }
    NpsTable single =
        Segmentation.by(Dimension.of("segment", SurveyAnswer::getSegment),
                Dimension.of("month", SurveyAnswer::getMonth))
            .score(SurveyAnswer::getScore)
            .build()
            .tabulate(answers);

    for (int partitions : new int[] {1, 3, 8}) {
      Map<String, NpsSummary> distributed = SparkNps.bySegmentAndMonth(spark, answers, partitions);
      assertThat(distributed).as(partitions + " partitions").hasSize(single.segments().size());
      distributed.forEach((key, summary) -> {
        String[] parts = key.split("\\|");
        assertThat(summary).as(partitions + " partitions, " + key)
            .isEqualTo(single.summary(SegmentKey.of(parts[0], parts[1])));
      });
    }
    long total = 0;
    for (NpsSummary summary : SparkNps.bySegmentAndMonth(spark, answers, 2).values()) {
      total += summary.count();
    }
    assertThat(total).isEqualTo(answers.size());
  }
}
