package org.nps4j.segments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.nps4j.core.NpsSummary;
import org.nps4j.core.Scale;
import org.nps4j.core.UnansweredPolicy;

class NpsTableTest {
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final Instant JAN = Instant.parse("2026-01-15T12:00:00Z");
  private static final Instant APR = Instant.parse("2026-04-15T12:00:00Z");

  private static final Segmentation<Deal> BY_REP =
      Segmentation.by(Deal.REP).score(Deal::score).build();

  @Test
  void tabulatesSeveralTablesInOnePass() {
    Segmentation<Deal> byTeamMonthly =
        Segmentation.by(Deal.TEAM)
            .score(Deal::score)
            .time(Deal::answeredAt, TimeBuckets.months(PARIS))
            .build();
    List<Deal> deals =
        List.of(Deal.of("Ann", 10, JAN), Deal.of("Ann", 2, APR), Deal.of("Bob", 9, APR));

    List<NpsTable> tables = Segmentation.tabulateAll(deals, List.of(BY_REP, byTeamMonthly));

    assertThat(tables).hasSize(2);
    // Ann: one promoter, one detractor of 2 -> 0; Bob: one promoter -> 100.
    assertThat(tables.get(0).summary(SegmentKey.of("Ann")).netPromoterScore()).isEqualTo(0.0);
    assertThat(tables.get(0).summary(SegmentKey.of("Bob")).netPromoterScore()).isEqualTo(100.0);
    // team-Ann: January and April, with the two empty months between them.
    assertThat(tables.get(1).buckets()).extracting(TimeBucket::label)
        .containsExactly("2026-01", "2026-02", "2026-03", "2026-04");
    assertThat(tables.get(1).summary(SegmentKey.of("team-Ann"), tables.get(1).buckets().get(3))
        .netPromoterScore()).isEqualTo(-100.0);
  }

  @Test
  void rejectsNoSegmentationsAndNamesTheInvalidObjectOfAOnePassTabulation() {
    List<Deal> deals = List.of(Deal.of("Ann", 10, JAN), Deal.of("Bob", 12, JAN));
    assertThatThrownBy(() -> Segmentation.tabulateAll(deals, List.<Segmentation<Deal>>of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must name at least one table");
    assertThatThrownBy(() -> Segmentation.<Deal>toTables(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must name at least one table");
    assertThatThrownBy(() -> Segmentation.tabulateAll(deals, List.of(BY_REP, BY_REP)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Invalid object at position 1: ")
        .hasMessageContaining("12");
  }

  @Test
  void groupsByOneDimensionWithTheMissingValueAsItsOwnSegment() {
    List<Deal> deals =
        List.of(
            Deal.of("Ann", 10, JAN),
            Deal.of("Ann", 9, JAN),
            Deal.of("Ann", 3, JAN),
            Deal.of("Bob", 7, JAN),
            Deal.of("Bob", 8, JAN),
            Deal.of(null, 0, JAN),
            Deal.of("  ", 6, JAN));

    NpsTable table = BY_REP.tabulate(deals);

    assertThat(table.segments())
        .containsExactly(
            SegmentKey.of("Ann"), SegmentKey.of("Bob"), SegmentKey.of(SpecialKeyValue.MISSING));
    // Ann: 2 promoters, 1 detractor of 3 -> (2 - 1) / 3 = 33.33...
    assertThat(table.summary(SegmentKey.of("Ann")).netPromoterScore()).isEqualTo(100.0 / 3);
    assertThat(table.summary(SegmentKey.of("Bob")).netPromoterScore()).isEqualTo(0.0);
    // null and blank reps: a 0 and a 6, two detractors -> -100, and visible, not dropped.
    NpsSummary missing = table.summary(SegmentKey.of((Object) null));
    assertThat(missing.detractors()).isEqualTo(2);
    assertThat(missing.netPromoterScore()).isEqualTo(-100.0);
    assertThat(table.responseCount()).isEqualTo(deals.size());
    assertThat(table.total().answered()).isEqualTo(7);

    List<NpsRow> rows = table.rows();
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0).n()).isEqualTo(3);
    assertThat(rows.get(0).flags()).containsExactly(SegmentFlag.LOW_N);
    assertThat(rows.get(2).flags())
        .containsExactlyInAnyOrder(SegmentFlag.LOW_N, SegmentFlag.MISSING_KEY);
    assertThat(rows.get(0).interval()).isPresent();
  }

  @Test
  void groupsBySeveralDimensionsAndRollsUpToExactSums() {
    List<Deal> deals =
        List.of(
            new Deal("Ann", "North", "EMEA", "Retail", "warm", 10, JAN),
            new Deal("Ann", "North", "EMEA", "Banking", "cold", 2, JAN),
            new Deal("Cid", "North", "EMEA", "Retail", "cold", 8, JAN),
            new Deal("Dee", "South", "APAC", "Retail", "warm", 9, JAN));
    NpsTable table =
        Segmentation.by(Deal.REGION, Deal.TEAM, Deal.REP).score(Deal::score).build().tabulate(deals);

    assertThat(table.segments()).hasSize(3);
    NpsTable byTeam = table.rollUp("team");
    assertThat(byTeam.dimensions()).containsExactly("team");
    // North: 10, 2, 8 -> 1 promoter, 1 passive, 1 detractor.
    NpsSummary north = byTeam.summary(SegmentKey.of("North"));
    assertThat(List.of(north.detractors(), north.passives(), north.promoters()))
        .containsExactly(1L, 1L, 1L);
    assertThat(table.rollUp().segments()).containsExactly(SegmentKey.empty());
    assertThat(table.rollUp().summary(SegmentKey.empty())).isEqualTo(table.total());

    HierarchyNode root = table.hierarchy("region", "team", "rep");
    assertThat(root.dimension()).isEmpty();
    assertThat(root.summary().answered()).isEqualTo(4);
    assertThat(root.children()).extracting(HierarchyNode::value)
        .containsExactly(Optional.of("APAC"), Optional.of("EMEA"));
    HierarchyNode emea = root.children().get(1);
    assertThat(emea.dimension()).contains("region");
    assertThat(emea.summary().answered()).isEqualTo(3);
    HierarchyNode northNode = emea.children().get(0);
    assertThat(northNode.path()).isEqualTo(SegmentKey.of("EMEA", "North"));
    assertThat(northNode.children()).extracting(n -> n.summary().answered())
        .containsExactly(2L, 1L);
    assertThat(northNode.children().get(0).isLeaf()).isTrue();
  }

  @Test
  void crossTabHasRowAndColumnTotalsThatAreSumsOfTheCells() {
    List<Deal> deals =
        List.of(
            new Deal("Ann", "T", "R", "Retail", "warm", 10, JAN),
            new Deal("Ann", "T", "R", "Retail", "cold", 0, JAN),
            new Deal("Bob", "T", "R", "Banking", "cold", 9, JAN),
            new Deal("Bob", "T", "R", "Banking", "cold", 5, JAN),
            new Deal("Bob", "T", "R", "Banking", "warm", 7, JAN));
    NpsTable table =
        Segmentation.by(Deal.REP, Deal.INDUSTRY, Deal.LEAD_TYPE)
            .score(Deal::score)
            .build()
            .tabulate(deals);

    CrossTab crossTab = table.crossTab("industry", "lead type");

    assertThat(crossTab.rowValues()).containsExactly("Banking", "Retail");
    assertThat(crossTab.columnValues()).containsExactly("cold", "warm");
    // Banking x cold: 9 and 5 -> 1 promoter, 1 detractor.
    NpsSummary bankingCold = crossTab.cell("Banking", "cold");
    assertThat(bankingCold.promoters()).isEqualTo(1);
    assertThat(bankingCold.detractors()).isEqualTo(1);
    assertThat(crossTab.cell("Retail", "warm").promoters()).isEqualTo(1);
    // cold column: 0, 9, 5 -> 1 promoter, 2 detractors.
    assertThat(crossTab.columnTotal("cold").detractors()).isEqualTo(2);
    assertThat(crossTab.rowTotal("Banking").answered()).isEqualTo(3);
    assertThat(crossTab.grandTotal()).isEqualTo(table.total());
    assertThat(crossTab.cell("Retail", "nowhere").isEmpty()).isTrue();
  }

  @Test
  void segmentCapSendsNewKeysToTheOverflowSegmentAndWarnsOnce() {
    Segmentation<Deal> capped =
        Segmentation.by(Deal.REP).score(Deal::score).maxSegments(2).build();
    List<Deal> deals = new ArrayList<>();
    for (String rep : List.of("a", "b", "c", "d", "a", "c")) {
      deals.add(Deal.of(rep, 10, JAN));
    }
    PrintStream original = System.err;
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    NpsTable table;
    try {
      System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
      table = capped.tabulate(deals);
    } finally {
      System.setErr(original);
    }

    SegmentKey overflow = SegmentKey.of(SpecialKeyValue.OVERFLOW);
    assertThat(table.segments()).containsExactly(SegmentKey.of("a"), SegmentKey.of("b"), overflow);
    // c, d and the second c arrive after the cap: three responses in (other), none lost.
    assertThat(table.summary(overflow).answered()).isEqualTo(3);
    assertThat(table.overflowResponses()).isEqualTo(3);
    assertThat(table.responseCount()).isEqualTo(6);
    assertThat(table.rows().get(2).flags()).contains(SegmentFlag.OVERFLOW);
    String logged = log.toString(StandardCharsets.UTF_8);
    assertThat(logged).contains("WARN").contains("Segment cap of 2").contains("[rep]");
    assertThat(logged.split("Segment cap", -1)).hasSize(2);
  }

  @Test
  void timeBucketsIncludeEmptyBucketsBetweenTheFirstAndTheLast() {
    Segmentation<Deal> byRepAndMonth =
        Segmentation.by(Deal.REP)
            .score(Deal::score)
            .time(Deal::answeredAt, TimeBuckets.months(PARIS))
            .build();
    NpsTable table =
        byRepAndMonth.tabulate(
            List.of(Deal.of("Ann", 10, JAN), Deal.of("Ann", 0, APR), Deal.of("Bob", 9, APR)));

    assertThat(table.buckets()).extracting(TimeBucket::label)
        .containsExactly("2026-01", "2026-02", "2026-03", "2026-04");
    List<NpsRow> rows = table.rowsByBucket();
    assertThat(rows).hasSize(2 * 4);
    NpsRow annFebruary = rows.get(1);
    assertThat(annFebruary.bucket().map(TimeBucket::label)).contains("2026-02");
    assertThat(annFebruary.n()).isZero();
    assertThat(annFebruary.nps()).isEmpty();
    assertThat(annFebruary.interval()).isEmpty();
    assertThat(annFebruary.flags()).contains(SegmentFlag.EMPTY);
    // Bob's January has no response: present and empty.
    assertThat(rows.get(4).flags()).contains(SegmentFlag.EMPTY);
    assertThat(rows.get(7).promoters()).isEqualTo(1);
    TimeBucket april = table.buckets().get(3);
    assertThat(table.total(april).answered()).isEqualTo(2);
    assertThat(table.summary(SegmentKey.of("Ann"), april).detractors()).isEqualTo(1);
  }

  @Test
  void bucketBoundaryIsTheInstantOfMidnightInTheTablesZone() {
    // Paris is on UTC+1 from 2026-10-25, so November starts at 2026-10-31T23:00:00Z.
    Instant novemberStarts = Instant.parse("2026-10-31T23:00:00Z");
    NpsTable table =
        Segmentation.by(Deal.REP)
            .score(Deal::score)
            .time(Deal::answeredAt, TimeBuckets.months(PARIS))
            .build()
            .tabulate(
                List.of(
                    Deal.of("Ann", 10, novemberStarts.minusMillis(1)),
                    Deal.of("Ann", 0, novemberStarts)));
    assertThat(table.buckets()).extracting(TimeBucket::label).containsExactly("2026-10", "2026-11");
    assertThat(table.summary(SegmentKey.of("Ann"), table.buckets().get(0)).promoters()).isEqualTo(1);
    assertThat(table.summary(SegmentKey.of("Ann"), table.buckets().get(1)).detractors()).isEqualTo(1);
  }

  @Test
  void betweenRestrictsOrExtendsTheBucketRange() {
    TimeBuckets months = TimeBuckets.months(PARIS);
    NpsTable table =
        Segmentation.by(Deal.REP)
            .score(Deal::score)
            .time(Deal::answeredAt, months)
            .build()
            .tabulate(List.of(Deal.of("Ann", 10, JAN), Deal.of("Ann", 0, APR)));

    NpsTable firstQuarter = table.between(months.bucketOf(JAN), months.bucketOf(Instant.parse("2026-03-10T00:00:00Z")));
    assertThat(firstQuarter.buckets()).extracting(TimeBucket::label)
        .containsExactly("2026-01", "2026-02", "2026-03");
    assertThat(firstQuarter.total().answered()).isEqualTo(1);
    NpsTable wider =
        table.between(months.bucketOf(Instant.parse("2025-12-10T00:00:00Z")), months.bucketOf(APR));
    assertThat(wider.buckets()).hasSize(5);
    assertThat(wider.total()).isEqualTo(table.total());
    assertThat(wider.trend(SegmentKey.of("Ann")).points()).hasSize(5);
  }

  @Test
  void scoreOrMissingCountsUnansweredResponsesAndThePolicyDecidesTheirWeight() {
    List<OptionalInt> answers = List.of(OptionalInt.of(10), OptionalInt.empty(), OptionalInt.of(0));
    Segmentation<OptionalInt> excluded =
        Segmentation.<OptionalInt>by().scoreOrMissing(answer -> answer).build();
    Segmentation<OptionalInt> asPassive =
        Segmentation.<OptionalInt>by()
            .scoreOrMissing(answer -> answer)
            .unansweredPolicy(UnansweredPolicy.COUNT_AS_PASSIVE)
            .build();

    NpsSummary exclude = excluded.tabulate(answers).total();
    NpsSummary passive = asPassive.tabulate(answers).total();

    assertThat(exclude.missing()).isEqualTo(1);
    assertThat(exclude.answered()).isEqualTo(2);
    assertThat(passive.count()).isEqualTo(3);
    assertThat(passive.passives()).isEqualTo(1);
  }

  @Test
  void columnarInputGivesTheSameTableAsHostObjects() {
    List<SegmentKey> dictionary = List.of(SegmentKey.of("Ann"), SegmentKey.of("Bob"));
    ColumnarNpsAccumulator columns =
        ColumnarNpsAccumulator.create(List.of("rep"), dictionary, TimeBuckets.months(PARIS));
    columns.addAll(
        new int[] {0, 1, 0},
        new long[] {JAN.toEpochMilli(), APR.toEpochMilli(), APR.toEpochMilli()},
        new int[] {10, 9, 0});

    NpsTable fromObjects =
        Segmentation.by(Deal.REP)
            .score(Deal::score)
            .time(Deal::answeredAt, TimeBuckets.months(PARIS))
            .build()
            .tabulate(List.of(Deal.of("Ann", 10, JAN), Deal.of("Bob", 9, APR), Deal.of("Ann", 0, APR)));

    assertThat(columns.snapshot()).isEqualTo(fromObjects);
  }

  @Test
  void invalidColumnsAreRejectedWithTheIndexAndNothingOfTheCallIsAdded() {
    ColumnarNpsAccumulator columns =
        ColumnarNpsAccumulator.create(
            List.of("rep"), List.of(SegmentKey.of("Ann")), TimeBuckets.months(PARIS));
    long at = JAN.toEpochMilli();

    assertThatThrownBy(
            () -> columns.addAll(new int[] {0, 0, 0}, new long[] {at, at, at}, new int[] {10, 9, 11}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("index 2")
        .hasMessageEndingWith(": 11");
    assertThatThrownBy(
            () -> columns.addAll(new int[] {0, 1}, new long[] {at, at}, new int[] {10, 9}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Invalid segment id at index 1")
        .hasMessageContaining("[0, 1)");
    assertThatThrownBy(() -> columns.addAll(new int[] {0}, new long[] {at, at}, new int[] {10}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lengths must be equal");
    assertThat(columns.snapshot().responseCount()).isZero();
  }

  @Test
  void invalidHostObjectsAreRejectedWithTheirPositionAndRule() {
    assertThatThrownBy(() -> BY_REP.tabulate(List.of(Deal.of("Ann", 10, JAN), Deal.of("Ann", 12, JAN))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("position 1")
        .hasMessageContaining("12");
    Segmentation<Deal> withTime =
        Segmentation.by(Deal.REP)
            .score(Deal::score)
            .time(Deal::answeredAt, TimeBuckets.months(PARIS))
            .build();
    assertThatThrownBy(() -> withTime.tabulate(List.of(Deal.of("Ann", 10, null))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("answer time");
    assertThatThrownBy(() -> Segmentation.by(Deal.REP, Dimension.<Deal>of("rep", Deal::team)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'rep' appears twice");
    assertThatThrownBy(() -> Segmentation.by(Deal.REP).build())
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> Segmentation.by(Deal.REP).maxSegments(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith(": 0");
  }

  @Test
  void tablesOfDifferentDefinitionsDoNotCombine() {
    NpsTable byRep = BY_REP.tabulate(List.of(Deal.of("Ann", 10, JAN)));
    NpsTable byTeam =
        Segmentation.by(Deal.TEAM).score(Deal::score).build().tabulate(List.of(Deal.of("Ann", 10, JAN)));
    NpsTable onOneToFive =
        Segmentation.by(Deal.REP)
            .score(d -> 5)
            .scale(Scale.ONE_TO_FIVE)
            .build()
            .tabulate(List.of(Deal.of("Ann", 10, JAN)));

    assertThatThrownBy(() -> byRep.plus(byTeam))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("dimensions must be [rep]");
    assertThatThrownBy(() -> byRep.plus(onOneToFive))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("scale");
    assertThatThrownBy(() -> byRep.rollUp("team"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be one of [rep]");
    assertThatThrownBy(() -> byRep.trend(SegmentKey.of("Ann")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("without time buckets");
  }

  @Test
  void responsesOfNpsCoreTabulateByAttributeAndTouchpoint() {
    List<org.nps4j.core.Response> responses =
        List.of(
            org.nps4j.core.Response.builder("c-1", org.nps4j.core.Score.of(9), JAN).attribute("industry", "Retail").build(),
            org.nps4j.core.Response.builder("c-2", org.nps4j.core.Score.of(3), JAN).build());
    NpsTable table =
        Segmentation.ofResponses(Dimension.attribute("industry")).build().tabulate(responses);
    assertThat(table.segments())
        .containsExactly(SegmentKey.of("Retail"), SegmentKey.of(SpecialKeyValue.MISSING));
    assertThat(table.summary(SegmentKey.of("Retail")).promoters()).isEqualTo(1);
  }
}
