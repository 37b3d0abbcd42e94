package org.nps4j.segments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nps4j.core.Category;
import org.nps4j.core.NpsSummary;

/**
 * Properties of tables over random deals: merging partitions equals the sequential table, roll-ups
 * and margins are sums, columns equal objects, every bucket of the range is present, nothing is
 * lost. Expected values are counted directly from the deals with plain loops.
 */
class NpsTableProperties {
  private static final List<ZoneId> ZONES =
      List.of(
          ZoneId.of("UTC"),
          ZoneId.of("Europe/Paris"),
          ZoneId.of("America/New_York"),
          ZoneId.of("Pacific/Auckland"),
          ZoneId.of("Asia/Kolkata"));

  static LongStream seeds() {
    return LongStream.range(0, 300).map(i -> 0x5EED_0000L + i);
  }

  private static Segmentation<Deal> byRepAndIndustryMonthly(ZoneId zone) {
    return Segmentation.by(Deal.REP, Deal.INDUSTRY)
        .score(Deal::score)
        .time(Deal::answeredAt, TimeBuckets.months(zone))
        .build();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void mergingPartitionsEqualsTheSequentialTable(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Deal> deals = Deal.random(random, random.nextInt(400));
    Segmentation<Deal> segmentation = byRepAndIndustryMonthly(ZONES.get(random.nextInt(ZONES.size())));
    NpsTable sequential = segmentation.tabulate(deals);

    List<List<Deal>> parts = split(deals, 1 + random.nextInt(5), random);
    NpsTableAccumulator<Deal> combined = segmentation.newAccumulator();
    NpsTable summed = null;
    for (List<Deal> part : parts) {
      NpsTableAccumulator<Deal> accumulator = segmentation.newAccumulator();
      accumulator.addAll(part);
      combined.combine(accumulator);
      NpsTable partTable = accumulator.snapshot();
      summed = summed == null ? partTable : summed.plus(partTable);
    }
    NpsTable parallel = deals.parallelStream().collect(segmentation.toTable());
    NpsTable shuffled = segmentation.tabulate(shuffle(deals, random));

    assertThat(combined.snapshot()).as("seed %d, combine of %d parts", seed, parts.size())
        .isEqualTo(sequential);
    assertThat(summed).as("seed %d, plus of %d parts", seed, parts.size()).isEqualTo(sequential);
    assertThat(parallel).as("seed %d, parallel stream", seed).isEqualTo(sequential);
    assertThat(shuffled).as("seed %d, shuffled input", seed).isEqualTo(sequential);
    assertThat(sequential.responseCount()).as("seed %d", seed).isEqualTo(deals.size());
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void rollUpsAndMarginsAreExactSumsOfTheDeals(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Deal> deals = Deal.random(random, 1 + random.nextInt(300));
    NpsTable table =
        Segmentation.by(Deal.REGION, Deal.TEAM, Deal.REP, Deal.LEAD_TYPE)
            .score(Deal::score)
            .build()
            .tabulate(deals);

    Map<Object, long[]> byTeam = countsBy(deals, d -> d.team());
    NpsTable teams = table.rollUp("team");
    assertThat(teams.segments()).as("seed %d", seed).hasSize(byTeam.size());
    byTeam.forEach(
        (team, expected) ->
            assertThat(categoryCounts(teams.summary(SegmentKey.of(team))))
                .as("seed %d, team %s", seed, team)
                .containsExactly(expected));

    HierarchyNode root = table.hierarchy("region", "team", "rep");
    assertThat(root.summary()).as("seed %d", seed).isEqualTo(table.total());
    assertChildrenSum(root, seed);

    CrossTab crossTab = table.crossTab("team", "lead type");
    NpsSummary columnSum = NpsSummary.empty();
    for (Object column : crossTab.columnValues()) {
      NpsSummary rowSum = NpsSummary.empty();
      for (Object row : crossTab.rowValues()) {
        rowSum = rowSum.plus(crossTab.cell(row, column));
      }
      assertThat(rowSum).as("seed %d, column %s", seed, column).isEqualTo(crossTab.columnTotal(column));
      columnSum = columnSum.plus(crossTab.columnTotal(column));
    }
    assertThat(columnSum).as("seed %d", seed).isEqualTo(crossTab.grandTotal());
    for (Object row : crossTab.rowValues()) {
      assertThat(crossTab.rowTotal(row)).as("seed %d, row %s", seed, row)
          .isEqualTo(teams.summary(SegmentKey.of(row)));
    }
    long[] all = new long[3];
    for (Deal deal : deals) {
      all[categoryIndex(deal.score())]++;
    }
    assertThat(categoryCounts(table.total())).as("seed %d", seed).containsExactly(all);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void columnarInputEqualsHostObjects(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Deal> deals = Deal.random(random, random.nextInt(300));
    ZoneId zone = ZONES.get(random.nextInt(ZONES.size()));
    Segmentation<Deal> byRep =
        Segmentation.by(Deal.REP)
            .score(Deal::score)
            .time(Deal::answeredAt, TimeBuckets.months(zone))
            .build();

    Map<SegmentKey, Integer> ids = new LinkedHashMap<>();
    int[] segmentIds = new int[deals.size()];
    long[] millis = new long[deals.size()];
    int[] scores = new int[deals.size()];
    for (int i = 0; i < deals.size(); i++) {
      SegmentKey key = SegmentKey.of(deals.get(i).rep());
      segmentIds[i] = ids.computeIfAbsent(key, k -> ids.size());
      millis[i] = deals.get(i).answeredAt().toEpochMilli();
      scores[i] = deals.get(i).score();
    }
    ColumnarNpsAccumulator columns =
        ColumnarNpsAccumulator.create(
            List.of("rep"), new ArrayList<>(ids.keySet()), TimeBuckets.months(zone));
    int middle = deals.isEmpty() ? 0 : random.nextInt(deals.size());
    columns.addAll(segmentIds, millis, scores, 0, middle);
    columns.addAll(segmentIds, millis, scores, middle, deals.size());

    assertThat(columns.snapshot()).as("seed %d, %d deals", seed, deals.size())
        .isEqualTo(byRep.tabulate(deals));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void everyBucketFromFirstToLastIsPresentAndHoldsItsDeals(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Deal> deals = Deal.random(random, 1 + random.nextInt(60));
    ZoneId zone = ZONES.get(random.nextInt(ZONES.size()));
    TimeBuckets months = TimeBuckets.months(zone);
    NpsTable table =
        Segmentation.by(Deal.REP).score(Deal::score).time(Deal::answeredAt, months).build()
            .tabulate(deals);

    Map<Long, Long> perBucket = new HashMap<>();
    for (Deal deal : deals) {
      // The month in the zone, computed with java.time directly.
      var local = deal.answeredAt().atZone(zone);
      long index = local.getYear() * 12L + local.getMonthValue() - 1;
      perBucket.merge(index, 1L, Long::sum);
    }
    long first = Collections.min(perBucket.keySet());
    long last = Collections.max(perBucket.keySet());
    List<TimeBucket> buckets = table.buckets();
    assertThat(buckets).as("seed %d, zone %s", seed, zone).hasSize((int) (last - first + 1));
    for (int i = 0; i < buckets.size(); i++) {
      TimeBucket bucket = buckets.get(i);
      assertThat(bucket.index()).as("seed %d", seed).isEqualTo(first + i);
      assertThat(table.total(bucket).count())
          .as("seed %d, bucket %s", seed, bucket)
          .isEqualTo(perBucket.getOrDefault(bucket.index(), 0L));
    }
    for (Trend trend : table.trends()) {
      assertThat(trend.points()).as("seed %d, %s", seed, trend.segment()).hasSize(buckets.size());
    }
  }

  /**
   * Several tables in one pass over the objects are the tables of one pass each, whether read
   * from a list or collected from a parallel stream; the same segmentation may come twice.
   */
  @ParameterizedTest
  @MethodSource("seeds")
  void tablesInOnePassEqualOneTabulationEach(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Deal> deals = Deal.random(random, random.nextInt(500));
    ZoneId zone = ZONES.get(random.nextInt(ZONES.size()));
    List<Segmentation<Deal>> pool =
        List.of(
            Segmentation.by(Deal.REP).score(Deal::score).build(),
            byRepAndIndustryMonthly(zone),
            Segmentation.by(Deal.TEAM)
                .score(Deal::score)
                .time(Deal::answeredAt, TimeBuckets.isoWeeks(zone))
                .build(),
            Segmentation.<Deal>by().score(Deal::score).time(Deal::answeredAt, TimeBuckets.quarters(zone)).build(),
            Segmentation.by(Deal.REGION, Deal.TEAM, Deal.LEAD_TYPE).score(Deal::score).build());
    List<Segmentation<Deal>> chosen = new ArrayList<>();
    int tables = 1 + random.nextInt(4);
    for (int i = 0; i < tables; i++) {
      chosen.add(pool.get(random.nextInt(pool.size())));
    }

    List<NpsTable> expected = new ArrayList<>();
    for (Segmentation<Deal> segmentation : chosen) {
      expected.add(segmentation.tabulate(deals));
    }
    String input = "seed " + seed + ", " + deals.size() + " deals, tables by " + chosen.stream()
        .map(Segmentation::dimensionNames).toList();
    assertThat(Segmentation.tabulateAll(deals, chosen)).as(input).isEqualTo(expected);
    assertThat(deals.parallelStream().collect(Segmentation.toTables(chosen)))
        .as(input + ", parallel stream").isEqualTo(expected);
  }

  /**
   * Columns of thousands of responses, added in a few calls cut at random points, give the table of
   * the objects, with and without time; a call with one invalid response adds nothing.
   */
  @ParameterizedTest
  @MethodSource("seeds")
  void manyColumnsInSeveralCallsEqualHostObjects(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Deal> deals = Deal.random(random, random.nextInt(5_000));
    ZoneId zone = ZONES.get(random.nextInt(ZONES.size()));
    boolean withTime = random.nextBoolean();
    TimeBuckets buckets = random.nextBoolean() ? TimeBuckets.months(zone) : TimeBuckets.days(zone);
    Segmentation.Builder<Deal> builder = Segmentation.by(Deal.INDUSTRY).score(Deal::score);
    Segmentation<Deal> segmentation =
        withTime ? builder.time(Deal::answeredAt, buckets).build() : builder.build();

    Map<SegmentKey, Integer> ids = new LinkedHashMap<>();
    int n = deals.size();
    int[] segmentIds = new int[n];
    long[] millis = new long[n];
    int[] scores = new int[n];
    for (int i = 0; i < n; i++) {
      SegmentKey key = SegmentKey.of(deals.get(i).industry());
      segmentIds[i] = ids.computeIfAbsent(key, k -> ids.size());
      millis[i] = deals.get(i).answeredAt().toEpochMilli();
      scores[i] = deals.get(i).score();
    }
    ColumnarNpsAccumulator columns =
        ColumnarNpsAccumulator.create(
            List.of("industry"),
            new ArrayList<>(ids.keySet()),
            withTime ? buckets : null,
            org.nps4j.core.Scale.STANDARD,
            org.nps4j.core.UnansweredPolicy.EXCLUDE);
    int[] cuts = random.ints(random.nextInt(4), 0, n + 1).sorted().toArray();
    int from = 0;
    for (int cut : cuts) {
      columns.addAll(segmentIds, withTime ? millis : null, scores, from, cut);
      from = cut;
    }
    columns.addAll(segmentIds, withTime ? millis : null, scores, from, n);
    String input = "seed " + seed + ", " + n + " deals, " + (withTime ? buckets : "no time")
        + ", cuts " + java.util.Arrays.toString(cuts);
    NpsTable expected = segmentation.tabulate(deals);
    assertThat(columns.snapshot()).as(input).isEqualTo(expected);

    if (n > 0) {
      int bad = random.nextInt(n);
      int[] badScores = scores.clone();
      badScores[bad] = random.nextBoolean() ? 11 : -1;
      int badFrom = random.nextInt(bad + 1);
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> columns.addAll(segmentIds, withTime ? millis : null, badScores, badFrom, n))
          .as(input + ", invalid score at " + bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("index " + bad);
      assertThat(columns.snapshot()).as(input + ", after the invalid call").isEqualTo(expected);
    }
  }

  /**
   * Keys whose values all share one hash code ("Aa" and "BB" hash alike, so do all strings of
   * such blocks) still get a segment each, with their own counts, in one- and two-dimension
   * tables; plain keys mixed in too. Expected counts come from a {@code HashMap} of the key
   * values.
   */
  @ParameterizedTest
  @MethodSource("seeds")
  void keysWithCollidingHashCodesKeepTheirOwnCounts(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int colliding = 1 + random.nextInt(256);
    List<String> values = new ArrayList<>();
    for (int i = 0; i < colliding; i++) {
      StringBuilder value = new StringBuilder();
      for (int block = 0; block < 8; block++) {
        value.append((i >> block & 1) == 0 ? "Aa" : "BB");
      }
      values.add(value.toString());
    }
    for (int i = random.nextInt(50); i > 0; i--) {
      values.add("plain-" + i);
    }
    Instant at = Instant.parse("2026-03-01T10:00:00Z");
    List<Deal> deals = new ArrayList<>();
    Map<List<String>, long[]> byPair = new HashMap<>();
    Map<String, long[]> byRep = new HashMap<>();
    for (int i = random.nextInt(3_000); i > 0; i--) {
      String rep = values.get(random.nextInt(values.size()));
      String industry = values.get(random.nextInt(Math.min(values.size(), 12)));
      int score = random.nextInt(11);
      deals.add(new Deal(rep, "team", "EMEA", industry, "warm", score, at));
      byPair.computeIfAbsent(List.of(rep, industry), k -> new long[3])[categoryIndex(score)]++;
      byRep.computeIfAbsent(rep, k -> new long[3])[categoryIndex(score)]++;
    }
    NpsTable pairs = Segmentation.by(Deal.REP, Deal.INDUSTRY).score(Deal::score).build().tabulate(deals);
    NpsTable reps = Segmentation.by(Deal.REP).score(Deal::score).build().tabulate(deals);

    String input = "seed " + seed + ", " + colliding + " colliding values, " + deals.size() + " deals";
    assertThat(pairs.segments()).as(input).hasSize(byPair.size());
    byPair.forEach((key, expected) ->
        assertThat(categoryCounts(pairs.summary(SegmentKey.of(key)))).as(input + ", " + key)
            .containsExactly(expected));
    assertThat(reps.segments()).as(input).hasSize(byRep.size());
    byRep.forEach((key, expected) ->
        assertThat(categoryCounts(reps.summary(SegmentKey.of(key)))).as(input + ", " + key)
            .containsExactly(expected));
  }

  /**
   * A list is tabulated by runs of objects on a common path (key values that are the very
   * instances the dictionary holds, valid scores, buckets the table has) with every other object
   * through the general path. Over lists that mix shared instances with equal copies, missing and
   * blank keys, new keys and buckets late in the list and, now and then, an invalid object, the
   * tables, counts and errors are those of adding the objects one at a time.
   */
  @ParameterizedTest
  @MethodSource("seeds")
  void listsGiveWhatAddingOneAtATimeGives(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    ZoneId zone = ZONES.get(random.nextInt(ZONES.size()));
    TimeBuckets buckets = random.nextBoolean() ? TimeBuckets.months(zone) : TimeBuckets.days(zone);
    boolean withInvalid = random.nextInt(4) == 0;
    List<Deal> deals = mixedDeals(random, random.nextInt(10_000), withInvalid, buckets);
    int size = deals.size();
    Segmentation.Builder<Deal> builder = Segmentation.by(Deal.REP).score(Deal::score);
    if (random.nextInt(4) == 0) {
      builder.maxSegments(1 + random.nextInt(40)); // keys past the cap go to (other)
    }
    Segmentation<Deal> segmentation =
        random.nextBoolean() ? builder.time(Deal::answeredAt, buckets).build() : builder.build();
    String input = "seed " + seed + ", " + size + " deals, " + segmentation.timeBuckets()
        + ", cap " + segmentation.maxSegments();

    NpsTableAccumulator<Deal> oneAtATime = segmentation.newAccumulator();
    String expectedError = null;
    for (int i = 0; i < size; i++) {
      try {
        oneAtATime.add(deals.get(i));
      } catch (IllegalArgumentException e) {
        expectedError = "Invalid object at position " + i + ": " + e.getMessage();
        break;
      }
    }
    NpsTableAccumulator<Deal> fromList = segmentation.newAccumulator();
    String actualError = null;
    try {
      fromList.addAll(deals);
    } catch (IllegalArgumentException e) {
      actualError = e.getMessage();
    }
    assertThat(actualError).as(input).isEqualTo(expectedError);
    assertThat(fromList.count()).as(input).isEqualTo(oneAtATime.count());
    assertThat(fromList.snapshot()).as(input).isEqualTo(oneAtATime.snapshot());
    if (!withInvalid) {
      List<NpsTable> both =
          Segmentation.tabulateAll(deals, List.of(segmentation, byRepAndIndustryMonthly(zone)));
      assertThat(both.get(0)).as(input + ", in one pass with another table")
          .isEqualTo(oneAtATime.snapshot());
      assertThat(both.get(1)).as(input + ", the other table")
          .isEqualTo(byRepAndIndustryMonthly(zone).tabulate(new java.util.LinkedList<>(deals)));
    }
  }

  /**
   * {@code tabulateAll} runs two tables' common paths in one loop, and each object either declines
   * through its table's general path. Over lists like those above (shared instances, equal copies,
   * missing and blank keys, late keys, capped tables, now and then an invalid object), two tables
   * in one pass give the tables, and the first error, of adding each object to the first table and
   * then to the second, one object at a time; a third table gives its own table too.
   */
  @ParameterizedTest
  @MethodSource("seeds")
  void tablesInPairsGiveWhatAddingOneAtATimeGives(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    ZoneId zone = ZONES.get(random.nextInt(ZONES.size()));
    boolean withInvalid = random.nextInt(4) == 0;
    List<Deal> deals = mixedDeals(random, random.nextInt(10_000), withInvalid,
        random.nextBoolean() ? TimeBuckets.months(zone) : TimeBuckets.days(zone));
    List<Segmentation<Deal>> pool = new ArrayList<>();
    for (Dimension<Deal> dimension : List.of(Deal.REP, Deal.INDUSTRY, Deal.TEAM)) {
      Segmentation.Builder<Deal> builder = Segmentation.by(dimension).score(Deal::score);
      if (random.nextInt(4) == 0) {
        builder.maxSegments(1 + random.nextInt(40));
      }
      pool.add(builder.build());
      pool.add(builder.time(Deal::answeredAt, random.nextBoolean()
          ? TimeBuckets.months(zone) : TimeBuckets.days(zone)).build());
    }
    pool.add(byRepAndIndustryMonthly(zone));
    List<Segmentation<Deal>> chosen = new ArrayList<>();
    int tables = withInvalid ? 2 : 2 + random.nextInt(2);
    for (int i = 0; i < tables; i++) {
      chosen.add(pool.get(random.nextInt(pool.size())));
    }
    String input = "seed " + seed + ", " + deals.size() + " deals, tables by " + chosen.stream()
        .map(s -> s.dimensionNames() + " " + s.timeBuckets() + " cap " + s.maxSegments()).toList();

    List<NpsTableAccumulator<Deal>> oneAtATime = new ArrayList<>();
    for (Segmentation<Deal> segmentation : chosen) {
      oneAtATime.add(segmentation.newAccumulator());
    }
    String expectedError = null;
    objects:
    for (int i = 0; i < deals.size(); i++) {
      for (NpsTableAccumulator<Deal> accumulator : oneAtATime) {
        try {
          accumulator.add(deals.get(i));
        } catch (IllegalArgumentException e) {
          expectedError = "Invalid object at position " + i + ": " + e.getMessage();
          break objects;
        }
      }
    }
    String actualError = null;
    List<NpsTable> actual = null;
    try {
      actual = Segmentation.tabulateAll(deals, chosen);
    } catch (IllegalArgumentException e) {
      actualError = e.getMessage();
    }
    assertThat(actualError).as(input).isEqualTo(expectedError);
    if (expectedError == null) {
      assertThat(actual).as(input)
          .isEqualTo(oneAtATime.stream().map(NpsTableAccumulator::snapshot).toList());
    }
  }

  /**
   * Deals of a pool of reps in which some keys are equal copies, missing, blank or new late in the
   * list, answered before or after 1970 to the nanosecond, some at the first nanosecond of a bucket
   * of {@code edges} or the last before it; if asked, now and then one with an invalid score or no
   * time.
   */
  private static List<Deal> mixedDeals(
      SplittableRandom random, int size, boolean withInvalid, TimeBuckets edges) {
    List<String> pool = new ArrayList<>();
    for (int i = 1 + random.nextInt(40); i > 0; i--) {
      pool.add("rep-" + i);
    }
    List<String> industries = List.of("Retail", "Banking", "Energy", "Health");
    List<String> teams = List.of("team-1", "team-2", "team-3");
    // Before or after 1970, to the nanosecond: a bucket is found from the instant's second.
    String start = random.nextBoolean() ? "2025-01-01T00:00:00Z" : "1968-06-01T00:00:00Z";
    long startSecond = Instant.parse(start).getEpochSecond();
    long yearsSeconds = (1 + random.nextInt(3)) * 365L * 86_400L;
    List<Deal> deals = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      String rep = pool.get(random.nextInt(pool.size()));
      int kind = random.nextInt(100);
      if (kind < 5) {
        rep = new String(rep); // equal, not the same instance
      } else if (kind < 7) {
        rep = random.nextBoolean() ? null : " ";
      } else if (kind < 8) {
        rep = "late-" + random.nextInt(1_000);
      }
      int score = random.nextInt(11);
      Instant at = Instant.ofEpochSecond(
          startSecond + random.nextLong(yearsSeconds), random.nextInt(1_000_000_000));
      if (random.nextInt(200) == 0) { // the first nanosecond of a bucket, or the last before it
        Instant bucketStart = edges.bucketOf(at).start();
        at = random.nextBoolean() ? bucketStart : bucketStart.minusNanos(1);
      }
      if (withInvalid && random.nextInt(2_000) == 0) {
        if (random.nextBoolean()) {
          score = random.nextBoolean() ? -1 : 11;
        } else {
          at = null;
        }
      }
      String industry = industries.get(random.nextInt(industries.size()));
      String team = teams.get(random.nextInt(teams.size()));
      deals.add(new Deal(rep, team, "EMEA", industry, "warm", score, at));
    }
    return deals;
  }

  private static void assertChildrenSum(HierarchyNode node, long seed) {
    if (node.isLeaf()) {
      return;
    }
    NpsSummary sum = NpsSummary.empty();
    for (HierarchyNode child : node.children()) {
      sum = sum.plus(child.summary());
      assertChildrenSum(child, seed);
    }
    assertThat(sum).as("seed %d, node %s", seed, node.path()).isEqualTo(node.summary());
  }

  private static Map<Object, long[]> countsBy(
      List<Deal> deals, java.util.function.Function<Deal, Object> key) {
    Map<Object, long[]> counts = new HashMap<>();
    for (Deal deal : deals) {
      counts.computeIfAbsent(key.apply(deal), k -> new long[3])[categoryIndex(deal.score())]++;
    }
    return counts;
  }

  /** 0 detractor (0-6), 1 passive (7-8), 2 promoter (9-10): the standard cut-points by hand. */
  private static int categoryIndex(int score) {
    return score <= 6 ? 0 : score <= 8 ? 1 : 2;
  }

  private static long[] categoryCounts(NpsSummary summary) {
    return new long[] {
      summary.countOf(Category.DETRACTOR), summary.countOf(Category.PASSIVE), summary.countOf(Category.PROMOTER)
    };
  }

  private static List<List<Deal>> split(List<Deal> deals, int parts, SplittableRandom random) {
    List<List<Deal>> result = new ArrayList<>();
    for (int i = 0; i < parts; i++) {
      result.add(new ArrayList<>());
    }
    for (Deal deal : deals) {
      result.get(random.nextInt(parts)).add(deal);
    }
    return result;
  }

  private static List<Deal> shuffle(List<Deal> deals, SplittableRandom random) {
    List<Deal> copy = new ArrayList<>(deals);
    for (int i = copy.size() - 1; i > 0; i--) {
      Collections.swap(copy, i, random.nextInt(i + 1));
    }
    return copy;
  }
}
