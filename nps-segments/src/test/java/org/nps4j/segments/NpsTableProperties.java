package org.nps4j.segments;

import static org.assertj.core.api.Assertions.assertThat;

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
