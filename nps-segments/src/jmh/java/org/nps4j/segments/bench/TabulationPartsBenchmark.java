package org.nps4j.segments.bench;

import static org.nps4j.segments.bench.BenchmarkDeals.POINTS;
import static org.nps4j.segments.bench.BenchmarkDeals.REPS;
import static org.nps4j.segments.bench.BenchmarkDeals.ZONE;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.nps4j.core.NpsCollectors;
import org.nps4j.core.NpsSummary;
import org.nps4j.core.Scale;
import org.nps4j.core.UnansweredPolicy;
import org.nps4j.segments.ColumnarNpsAccumulator;
import org.nps4j.segments.Dimension;
import org.nps4j.segments.NpsTable;
import org.nps4j.segments.SegmentKey;
import org.nps4j.segments.Segmentation;
import org.nps4j.segments.TimeBuckets;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Where the time of {@link SegmentTableBenchmark} goes: each pass on its own (per rep, per
 * (industry, month)), and the pieces a pass is made of measured alone over the same 10 million
 * responses: reading the host objects, one {@link HashMap} lookup of the rep per response (what a
 * key dictionary does), and the month lookup of a {@link TimeBuckets.Cursor} over the epoch
 * milliseconds.
 *
 * <p>The pieces are loops written here, not library calls, so they give a floor for each part of
 * a pass, not a figure of the library. Every result is returned to JMH.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 4)
@Measurement(iterations = 5, time = 4)
@Fork(value = 1, jvmArgsAppend = {"-Xms8g", "-Xmx8g"})
@State(Scope.Benchmark)
public class TabulationPartsBenchmark {
  /**
   * The order of the responses, as in {@link SegmentTableBenchmark#order}: {@code random} or
   * {@code time}.
   */
  @Param({"random", "time"})
  public String order;

  private BenchmarkDeals data;
  private TimeBuckets months;
  private Segmentation<Deal> byRep;
  private Segmentation<Deal> byIndustryAndMonth;
  private List<SegmentKey> repKeys;
  private Map<String, Integer> repIdByName;

  /** Builds 10 million responses and the definitions. */
  @Setup
  public void setUp() {
    boolean inTimeOrder =
        switch (order) {
          case "random" -> false;
          case "time" -> true;
          default -> throw new IllegalArgumentException(
              "Invalid order (must be random or time): " + order);
        };
    data = new BenchmarkDeals(10_000_000, BenchmarkDeals.SEED, inTimeOrder);
    months = TimeBuckets.months(ZONE);
    byRep = Segmentation.<Deal>by(Dimension.of("rep", Deal::rep)).score(Deal::score).build();
    byIndustryAndMonth =
        Segmentation.<Deal>by(Dimension.of("industry", Deal::industry))
            .score(Deal::score)
            .time(Deal::answeredAt, months)
            .build();
    repKeys = Arrays.stream(data.repNames).map(SegmentKey::of).toList();
    repIdByName = new HashMap<>();
    for (int rep = 0; rep < REPS; rep++) {
      repIdByName.put(data.repNames[rep], rep);
    }
  }

  /**
   * The object API's pass per rep, without time: {@code tabulate} only.
   *
   * @return the table
   */
  @Benchmark
  public NpsTable objectRepPass() {
    return byRep.tabulate(data.deals);
  }

  /**
   * The object API's pass per (industry, month): {@code tabulate} only.
   *
   * @return the table
   */
  @Benchmark
  public NpsTable objectIndustryMonthPass() {
    return byIndustryAndMonth.tabulate(data.deals);
  }

  /**
   * The stream pass per rep: {@code groupingBy(Deal::rep, toSummary(Deal::score))}.
   *
   * @return the summaries
   */
  @Benchmark
  public Map<String, NpsSummary> groupingByRepPass() {
    return data.deals.stream()
        .collect(Collectors.groupingBy(Deal::rep, NpsCollectors.toSummary(Deal::score)));
  }

  /**
   * The stream pass per (industry, {@code YearMonth} of the answer in the zone).
   *
   * @return the summaries
   */
  @Benchmark
  public Map<SegmentTableBenchmark.IndustryMonth, NpsSummary> groupingByIndustryMonthPass() {
    return data.deals.stream()
        .collect(
            Collectors.groupingBy(
                deal ->
                    new SegmentTableBenchmark.IndustryMonth(
                        deal.industry(), YearMonth.from(deal.answeredAt().atZone(ZONE))),
                NpsCollectors.toSummary(Deal::score)));
  }

  /**
   * The columnar pass per rep id, without time.
   *
   * @return the table
   */
  @Benchmark
  public NpsTable columnarRepPass() {
    ColumnarNpsAccumulator accumulator =
        ColumnarNpsAccumulator.create(
            List.of("rep"), repKeys, null, Scale.STANDARD, UnansweredPolicy.EXCLUDE);
    accumulator.addAll(data.repIds, null, data.scores, 0, data.repIds.length);
    return accumulator.snapshot();
  }

  /**
   * The hand loop per rep id: {@code counts[repId * 11 + score]++}.
   *
   * @return the counts
   */
  @Benchmark
  public long[] handRepPass() {
    int[] repIds = data.repIds;
    int[] scores = data.scores;
    long[] counts = new long[REPS * POINTS];
    for (int i = 0; i < repIds.length; i++) {
      counts[repIds[i] * POINTS + scores[i]]++;
    }
    return counts;
  }

  /**
   * Floor: reading each host object's rep (its cached hash), score and answer time, and nothing
   * else.
   *
   * @return a checksum
   */
  @Benchmark
  public long readDeals() {
    long sum = 0;
    for (Deal deal : data.deals) {
      sum += deal.rep().hashCode() + deal.score() + deal.answeredAt().toEpochMilli();
    }
    return sum;
  }

  /**
   * Piece: one {@code HashMap<String, Integer>.get} of the rep per host object, as a key
   * dictionary of one dimension does.
   *
   * @return a checksum
   */
  @Benchmark
  public long hashMapRepLookup() {
    Map<String, Integer> ids = repIdByName;
    long sum = 0;
    for (Deal deal : data.deals) {
      sum += ids.get(deal.rep()) + deal.score();
    }
    return sum;
  }

  /**
   * Piece: {@link TimeBuckets.Cursor#indexOfEpochMilli(long)} over the epoch-millisecond column.
   *
   * @return a checksum
   */
  @Benchmark
  public long cursorMonthLookup() {
    TimeBuckets.Cursor cursor = months.cursor();
    long sum = 0;
    for (long epochMilli : data.epochMillis) {
      sum += cursor.indexOfEpochMilli(epochMilli);
    }
    return sum;
  }
}
