package org.nps4j.segments.bench;

import static org.nps4j.segments.bench.BenchmarkDeals.INDUSTRIES;
import static org.nps4j.segments.bench.BenchmarkDeals.MONTHS;
import static org.nps4j.segments.bench.BenchmarkDeals.POINTS;
import static org.nps4j.segments.bench.BenchmarkDeals.REPS;
import static org.nps4j.segments.bench.BenchmarkDeals.ZONE;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collector;
import java.util.stream.Collectors;
import org.nps4j.core.NpsCollectors;
import org.nps4j.core.NpsSummary;
import org.nps4j.core.Scale;
import org.nps4j.core.UnansweredPolicy;
import org.nps4j.segments.ColumnarNpsAccumulator;
import org.nps4j.segments.Dimension;
import org.nps4j.segments.NpsRow;
import org.nps4j.segments.NpsTable;
import org.nps4j.segments.SegmentKey;
import org.nps4j.segments.Segmentation;
import org.nps4j.segments.TimeBucket;
import org.nps4j.segments.TimeBuckets;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * NPS per rep (all time) and per (industry, month) over the same responses (see {@link
 * BenchmarkDeals}), computed five ways: the object API ({@link Segmentation}), {@code
 * Collectors.groupingBy} streams, the columnar API ({@link ColumnarNpsAccumulator}) and
 * hand-written loops over the primitive columns.
 *
 * <p>One operation computes both sets of figures from empty tallies. The object API and the
 * streams do it in one pass over the objects ({@link #objectApi()}, {@link #groupingByTeeing()})
 * or in two, one per set ({@link #objectApiTwoPasses()}, {@link #groupingByToSummary()}, {@link
 * #groupingByScoreCounts()}); the columnar API and the hand loops make two passes over the
 * columns. "The same figures" are, for
 * each of the {@value BenchmarkDeals#REPS} reps and each of the {@value BenchmarkDeals#INDUSTRIES}
 * × {@value BenchmarkDeals#MONTHS} (industry, month) cells, the exact counts n, promoters, passives
 * and detractors and hence the NPS: the object and stream variants end with an {@link NpsSummary}
 * per rep and per cell (the object API's {@link NpsTable#summaries()} and {@link
 * NpsTable#rowsByBucket()}, which adds the interval of each cell); the columnar API and the hand
 * loop end with tables of counts (two {@link NpsTable}s, two {@code long[]}s).
 *
 * <p>The month of an answer is its month in Europe/Paris, which has summer time. The responses come
 * in random order or in time order ({@link #order}); {@link #responses} is 1 million or 10 million,
 * to show that what an operation allocates does not grow with the number of responses. Before
 * measuring, {@link #setUp} checks that the variant about to be measured gives exactly the counts
 * computed with {@code java.time} when the data were generated.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 4)
@Measurement(iterations = 5, time = 4)
@Fork(value = 1, jvmArgsAppend = {"-Xms8g", "-Xmx8g"})
@State(Scope.Benchmark)
public class SegmentTableBenchmark {
  private static final long MILLIS_PER_HOUR = 3_600_000L;

  /** The number of responses per operation. */
  @Param({"1000000", "10000000"})
  public int responses;

  /**
   * The order of the responses: {@code random} (each answer time anywhere in the 36 months, so
   * every month lookup starts afresh) or {@code time} (in time order, as rows exported by date).
   */
  @Param({"random", "time"})
  public String order;

  private BenchmarkDeals data;
  private List<Deal> deals;
  private int[] repIds;
  private int[] industryIds;
  private long[] epochMillis;
  private int[] scores;
  private long[] monthStarts;
  private byte[] monthOfHour;
  private long hourOrigin;

  private TimeBuckets months;
  private Segmentation<Deal> byRep;
  private Segmentation<Deal> byIndustryAndMonth;
  private List<Segmentation<Deal>> bothSegmentations;
  private List<SegmentKey> repKeys;
  private List<SegmentKey> industryKeys;

  /** Per rep and per (industry, month), as the object API and the streams give them. */
  record Figures<K, C>(Map<K, NpsSummary> byRep, C byIndustryMonth) {}

  /** Per rep and per (industry, month), as tables of counts. */
  record Tables<T>(T byRep, T byIndustryMonth) {}

  /** The key of a {@code groupingBy} per (industry, month). */
  record IndustryMonth(String industry, YearMonth month) {}

  /**
   * Builds the responses and the definitions, and checks once that the variant about to be
   * measured computes the expected counts. Only that variant runs here, so the others leave no
   * trace in the profile the JIT compiles from.
   *
   * @param params which benchmark this trial measures
   */
  @Setup(Level.Trial)
  public void setUp(BenchmarkParams params) {
    data = new BenchmarkDeals(responses, BenchmarkDeals.SEED, inTimeOrder());
    deals = data.deals;
    repIds = data.repIds;
    industryIds = data.industryIds;
    epochMillis = data.epochMillis;
    scores = data.scores;
    monthStarts = data.monthStarts;
    buildMonthOfHour();

    months = TimeBuckets.months(ZONE);
    byRep = Segmentation.<Deal>by(Dimension.of("rep", Deal::rep)).score(Deal::score).build();
    byIndustryAndMonth =
        Segmentation.<Deal>by(Dimension.of("industry", Deal::industry))
            .score(Deal::score)
            .time(Deal::answeredAt, months)
            .build();
    bothSegmentations = List.of(byRep, byIndustryAndMonth);
    repKeys = keysOf(data.repNames);
    industryKeys = keysOf(data.industryNames);

    String benchmark = params.getBenchmark();
    String variant = benchmark.substring(benchmark.lastIndexOf('.') + 1);
    switch (variant) {
      case "objectApi" -> checkObjectFigures(objectApi());
      case "objectApiTwoPasses" -> checkObjectFigures(objectApiTwoPasses());
      case "groupingByTeeing" -> checkStreamFigures(groupingByTeeing());
      case "groupingByToSummary" -> checkStreamFigures(groupingByToSummary());
      case "groupingByScoreCounts" -> checkStreamFigures(groupingByScoreCounts());
      case "columnarApi" -> checkColumnarTables(columnarApi());
      case "handLoopBinarySearch" -> checkHandTables(handLoopBinarySearch());
      case "handLoopHourTable" -> checkHandTables(handLoopHourTable());
      default -> throw new IllegalStateException("No check for " + benchmark);
    }
  }

  private boolean inTimeOrder() {
    return switch (order) {
      case "random" -> false;
      case "time" -> true;
      default -> throw new IllegalArgumentException(
          "Invalid order (must be random or time): " + order);
    };
  }

  /**
   * The month of every hour of the 36 months. Month starts are local midnights, and Paris offsets
   * are whole hours, so every month starts on a whole UTC hour; the hour of an instant then gives
   * its month exactly.
   */
  private void buildMonthOfHour() {
    hourOrigin = monthStarts[0];
    int hours = Math.toIntExact((monthStarts[MONTHS] - hourOrigin) / MILLIS_PER_HOUR);
    monthOfHour = new byte[hours];
    int month = 0;
    for (int hour = 0; hour < hours; hour++) {
      long at = hourOrigin + hour * MILLIS_PER_HOUR;
      while (at >= monthStarts[month + 1]) {
        month++;
      }
      monthOfHour[hour] = (byte) month;
    }
    for (long start : monthStarts) {
      if ((start - hourOrigin) % MILLIS_PER_HOUR != 0) {
        throw new IllegalStateException("A month does not start on a whole hour: " + start);
      }
    }
  }

  private static List<SegmentKey> keysOf(String[] names) {
    List<SegmentKey> keys = new ArrayList<>(names.length);
    for (String name : names) {
      keys.add(SegmentKey.of(name));
    }
    return List.copyOf(keys);
  }

  // ---------------------------------------------------------------- benchmarks

  /**
   * The object API: {@link Segmentation#tabulateAll} with the segmentation by rep (no time) and the
   * one by industry with month buckets, one pass over the objects; then each rep's summary and one
   * row per (industry, month).
   *
   * @return the figures
   */
  @Benchmark
  public Figures<SegmentKey, List<NpsRow>> objectApi() {
    List<NpsTable> tables = Segmentation.tabulateAll(deals, bothSegmentations);
    return new Figures<>(tables.get(0).summaries(), tables.get(1).rowsByBucket());
  }

  /**
   * The object API in two passes, {@link Segmentation#tabulate} with each segmentation in turn;
   * otherwise as {@link #objectApi()}.
   *
   * @return the figures
   */
  @Benchmark
  public Figures<SegmentKey, List<NpsRow>> objectApiTwoPasses() {
    NpsTable repTable = byRep.tabulate(deals);
    NpsTable industryMonthTable = byIndustryAndMonth.tabulate(deals);
    return new Figures<>(repTable.summaries(), industryMonthTable.rowsByBucket());
  }

  /**
   * What a developer writes with streams and nps-core's collector: {@code groupingBy} rep, and
   * {@code groupingBy} (industry, {@code YearMonth} of the answer in the zone), each downstream
   * {@link NpsCollectors#toSummary(java.util.function.ToIntFunction)}.
   *
   * @return the figures
   */
  @Benchmark
  public Figures<String, Map<IndustryMonth, NpsSummary>> groupingByToSummary() {
    Map<String, NpsSummary> repSummaries =
        deals.stream()
            .collect(Collectors.groupingBy(Deal::rep, NpsCollectors.toSummary(Deal::score)));
    Map<IndustryMonth, NpsSummary> cellSummaries =
        deals.stream()
            .collect(
                Collectors.groupingBy(
                    SegmentTableBenchmark::industryMonthOf, NpsCollectors.toSummary(Deal::score)));
    return new Figures<>(repSummaries, cellSummaries);
  }

  /**
   * The streams of {@link #groupingByToSummary()} in one pass over the objects: {@code
   * Collectors.teeing} of the two {@code groupingBy} collectors.
   *
   * @return the figures
   */
  @Benchmark
  public Figures<String, Map<IndustryMonth, NpsSummary>> groupingByTeeing() {
    return deals.stream()
        .collect(
            Collectors.teeing(
                Collectors.groupingBy(Deal::rep, NpsCollectors.toSummary(Deal::score)),
                Collectors.groupingBy(
                    SegmentTableBenchmark::industryMonthOf, NpsCollectors.toSummary(Deal::score)),
                Figures::new));
  }

  /**
   * The cheapest downstream for {@code groupingBy}: plain counting into a {@code long[11]} per
   * group, turned into a summary once per group at the end. Same keys as {@link
   * #groupingByToSummary()}.
   *
   * @return the figures
   */
  @Benchmark
  public Figures<String, Map<IndustryMonth, NpsSummary>> groupingByScoreCounts() {
    Map<String, NpsSummary> repSummaries =
        deals.stream().collect(Collectors.groupingBy(Deal::rep, scoreCounts()));
    Map<IndustryMonth, NpsSummary> cellSummaries =
        deals.stream()
            .collect(Collectors.groupingBy(SegmentTableBenchmark::industryMonthOf, scoreCounts()));
    return new Figures<>(repSummaries, cellSummaries);
  }

  /**
   * The columnar API: {@link ColumnarNpsAccumulator} by rep id without time, and by industry id
   * with month buckets, over the primitive columns; then the snapshots.
   *
   * @return the tables
   */
  @Benchmark
  public Tables<NpsTable> columnarApi() {
    ColumnarNpsAccumulator repAccumulator =
        ColumnarNpsAccumulator.create(
            List.of("rep"), repKeys, null, Scale.STANDARD, UnansweredPolicy.EXCLUDE);
    repAccumulator.addAll(repIds, null, scores, 0, repIds.length);
    ColumnarNpsAccumulator cellAccumulator =
        ColumnarNpsAccumulator.create(List.of("industry"), industryKeys, months);
    cellAccumulator.addAll(industryIds, epochMillis, scores);
    return new Tables<>(repAccumulator.snapshot(), cellAccumulator.snapshot());
  }

  /**
   * Baseline: hand-written loops over the same columns into {@code long[]} tables, {@code
   * counts[id * 11 + score]++}, the month found by binary search in the 37 month starts (epoch
   * milliseconds, computed once): correct for any zone.
   *
   * @return the tables, laid out (rep, score) and (industry, month, score)
   */
  @Benchmark
  public Tables<long[]> handLoopBinarySearch() {
    int[] repIds = this.repIds;
    int[] industryIds = this.industryIds;
    long[] epochMillis = this.epochMillis;
    int[] scores = this.scores;
    long[] monthStarts = this.monthStarts;
    long[] repCounts = new long[REPS * POINTS];
    for (int i = 0; i < repIds.length; i++) {
      repCounts[repIds[i] * POINTS + scores[i]]++;
    }
    long[] cellCounts = new long[INDUSTRIES * MONTHS * POINTS];
    for (int i = 0; i < industryIds.length; i++) {
      int found = Arrays.binarySearch(monthStarts, epochMillis[i]);
      int month = found >= 0 ? found : -found - 2;
      cellCounts[(industryIds[i] * MONTHS + month) * POINTS + scores[i]]++;
    }
    return new Tables<>(repCounts, cellCounts);
  }

  /**
   * Baseline: as {@link #handLoopBinarySearch()}, but the month read from a table of the month of
   * every hour ({@code monthOfHour[(t - origin) / 3_600_000]}). Faster, and exact only for zones
   * whose months start on whole UTC hours, as Europe/Paris's do.
   *
   * @return the tables, laid out (rep, score) and (industry, month, score)
   */
  @Benchmark
  public Tables<long[]> handLoopHourTable() {
    int[] repIds = this.repIds;
    int[] industryIds = this.industryIds;
    long[] epochMillis = this.epochMillis;
    int[] scores = this.scores;
    byte[] monthOfHour = this.monthOfHour;
    long hourOrigin = this.hourOrigin;
    long[] repCounts = new long[REPS * POINTS];
    for (int i = 0; i < repIds.length; i++) {
      repCounts[repIds[i] * POINTS + scores[i]]++;
    }
    long[] cellCounts = new long[INDUSTRIES * MONTHS * POINTS];
    for (int i = 0; i < industryIds.length; i++) {
      int month = monthOfHour[(int) ((epochMillis[i] - hourOrigin) / MILLIS_PER_HOUR)];
      cellCounts[(industryIds[i] * MONTHS + month) * POINTS + scores[i]]++;
    }
    return new Tables<>(repCounts, cellCounts);
  }

  private static IndustryMonth industryMonthOf(Deal deal) {
    return new IndustryMonth(deal.industry(), YearMonth.from(deal.answeredAt().atZone(ZONE)));
  }

  private static Collector<Deal, long[], NpsSummary> scoreCounts() {
    return Collector.of(
        () -> new long[POINTS],
        (counts, deal) -> counts[deal.score()]++,
        (left, right) -> {
          for (int i = 0; i < POINTS; i++) {
            left[i] += right[i];
          }
          return left;
        },
        NpsSummary::ofScoreCounts);
  }

  // ---------------------------------------------------------------- checks

  private void checkObjectFigures(Figures<SegmentKey, List<NpsRow>> figures) {
    checkSize("rep summaries", figures.byRep().size(), REPS);
    for (int rep = 0; rep < REPS; rep++) {
      check("rep " + data.repNames[rep], rep, -1, figures.byRep().get(repKeys.get(rep)));
    }
    List<NpsRow> rows = figures.byIndustryMonth();
    checkSize("(industry, month) rows", rows.size(), INDUSTRIES * MONTHS);
    for (NpsRow row : rows) {
      int industry = industryKeys.indexOf(row.segment());
      TimeBucket bucket = row.bucket().orElseThrow();
      int month = BenchmarkDeals.monthOf(bucket.start());
      check(row.segment() + " in " + bucket, industry, month, row.summary());
    }
  }

  private void checkStreamFigures(Figures<String, Map<IndustryMonth, NpsSummary>> figures) {
    checkSize("rep summaries", figures.byRep().size(), REPS);
    for (int rep = 0; rep < REPS; rep++) {
      String name = data.repNames[rep];
      check("rep " + name, rep, -1, figures.byRep().get(name));
    }
    checkSize("(industry, month) summaries", figures.byIndustryMonth().size(), INDUSTRIES * MONTHS);
    for (int industry = 0; industry < INDUSTRIES; industry++) {
      for (int month = 0; month < MONTHS; month++) {
        IndustryMonth key =
            new IndustryMonth(
                data.industryNames[industry], BenchmarkDeals.FIRST_MONTH.plusMonths(month));
        check(key.toString(), industry, month, figures.byIndustryMonth().get(key));
      }
    }
  }

  private void checkColumnarTables(Tables<NpsTable> tables) {
    checkSize("rep segments", tables.byRep().segments().size(), REPS);
    for (int rep = 0; rep < REPS; rep++) {
      check("rep " + data.repNames[rep], rep, -1, tables.byRep().summary(repKeys.get(rep)));
    }
    NpsTable cells = tables.byIndustryMonth();
    checkSize("industry segments", cells.segments().size(), INDUSTRIES);
    checkSize("months", cells.buckets().size(), MONTHS);
    for (int industry = 0; industry < INDUSTRIES; industry++) {
      for (int month = 0; month < MONTHS; month++) {
        TimeBucket bucket = months.bucketOf(Instant.ofEpochMilli(monthStarts[month]));
        SegmentKey key = industryKeys.get(industry);
        check(key + " in " + bucket, industry, month, cells.summary(key, bucket));
      }
    }
  }

  private void checkHandTables(Tables<long[]> tables) {
    if (!Arrays.equals(tables.byRep(), data.repCounts)
        || !Arrays.equals(tables.byIndustryMonth(), data.industryMonthCounts)) {
      throw new IllegalStateException("The hand loop did not count what java.time counts");
    }
  }

  /** Checks a summary against the expected counts of a rep ({@code month < 0}) or a cell. */
  private void check(String what, int id, int month, NpsSummary actual) {
    long[] counts =
        month < 0 ? data.repScoreCounts(id) : data.industryMonthScoreCounts(id, month);
    NpsSummary expected = NpsSummary.ofScoreCounts(counts);
    if (!expected.equals(actual)) {
      throw new IllegalStateException(what + ": got " + actual + ", expected " + expected);
    }
  }

  private static void checkSize(String what, int actual, int expected) {
    if (actual != expected) {
      throw new IllegalStateException(what + ": got " + actual + ", expected " + expected);
    }
  }
}
