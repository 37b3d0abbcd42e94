package org.nps4j.segments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nps4j.core.NpsSummary;

/**
 * The README's nps-segments code, kept compiling and checked here. The data is built so that every
 * figure can be worked by hand: each rep answers 40 times a month in a fixed cycle of five scores,
 * so each of the five scores appears exactly 8 times per rep and month.
 */
class ReadmeSegmentsExamplesTest {
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  record Answer(String rep, String team, String region, String leadType, int score, Instant answeredAt) {}

  static final Dimension<Answer> REP = Dimension.of("rep", Answer::rep);
  static final Dimension<Answer> TEAM = Dimension.of("team", Answer::team);
  static final Dimension<Answer> REGION = Dimension.of("region", Answer::region);
  static final Dimension<Answer> LEAD_TYPE = Dimension.of("lead type", Answer::leadType);

  /**
   * January to June 2026. Cycles: ann 10,9,9,8,7 (NPS 60), bob 10,8,6,9,3 (0), cai 6,5,7,9,2
   * (-40), dee 3,8,8,10,1 (-20). Dee has no answer in March. Ann's and Bob's leads are warm,
   * Cai's and Dee's cold.
   */
  static List<Answer> answers() {
    Map<String, int[]> cycles = new LinkedHashMap<>();
    cycles.put("ann", new int[] {10, 9, 9, 8, 7});
    cycles.put("bob", new int[] {10, 8, 6, 9, 3});
    cycles.put("cai", new int[] {6, 5, 7, 9, 2});
    cycles.put("dee", new int[] {3, 8, 8, 10, 1});
    List<Answer> answers = new ArrayList<>();
    for (int month = 1; month <= 6; month++) {
      for (Map.Entry<String, int[]> rep : cycles.entrySet()) {
        String name = rep.getKey();
        if (name.equals("dee") && month == 3) {
          continue;
        }
        boolean west = name.equals("ann") || name.equals("bob");
        for (int i = 0; i < 40; i++) {
          Instant at = LocalDate.of(2026, month, 1 + i % 28).atTime(10, 0).atZone(PARIS).toInstant();
          answers.add(
              new Answer(
                  name,
                  west ? "west" : "east",
                  west ? "EMEA" : "APAC",
                  west ? "warm" : "cold",
                  rep.getValue()[i % 5],
                  at));
        }
      }
    }
    return answers;
  }

  @Test
  void npsByRepTeamAndLeadType() {
    List<Answer> answers = answers();
    Segmentation<Answer> byRep = Segmentation.by(REP).score(Answer::score).build();
    NpsTable table = byRep.tabulate(answers); // or answers.parallelStream().collect(byRep.toTable())

    List<NpsRow> rows = table.rows();
    // ann: 6 months x 40 = 240 answers, 3 promoters in every 5 -> NPS 60.
    assertThat(rows.get(0).segment()).isEqualTo(SegmentKey.of("ann"));
    assertThat(rows.get(0).n()).isEqualTo(240);
    assertThat(rows.get(0).nps().getAsDouble()).isCloseTo(60.0, within(1e-9));
    assertThat(rows.get(3).n()).isEqualTo(200); // dee: five months
    assertThat(rows.get(0).interval()).isPresent();

    NpsTable byEverything =
        Segmentation.by(REGION, TEAM, REP, LEAD_TYPE).score(Answer::score).build().tabulate(answers);
    NpsTable byTeam = byEverything.rollUp("team");
    // east = cai (240 answers, NPS -40) + dee (200, -20): (-96 - 40) / 440.
    assertThat(byTeam.summary(SegmentKey.of("east")).netPromoterScore())
        .isCloseTo(100.0 * (-96 - 40) / 440, within(1e-9));
    CrossTab crossTab = byEverything.crossTab("team", "lead type");
    assertThat(crossTab.cell("west", "warm").count()).isEqualTo(480);
    assertThat(crossTab.columnTotal("cold")).isEqualTo(crossTab.rowTotal("east"));
    HierarchyNode root = byEverything.hierarchy("region", "team", "rep");
    assertThat(root.summary()).isEqualTo(table.total());
    assertThat(root.children().get(0).children().get(0).children())
        .extracting(node -> node.value().orElseThrow())
        .containsExactly("cai", "dee");

    Segmentation<Answer> byTeamAndMonth =
        Segmentation.by(TEAM).score(Answer::score).time(Answer::answeredAt, TimeBuckets.months(PARIS)).build();
    List<NpsTable> tables = Segmentation.tabulateAll(answers, List.of(byRep, byTeamAndMonth));
    assertThat(tables.get(0)).isEqualTo(table);
    // west in March: ann (40 answers: 24 promoters, 0 detractors) and bob (16 and 16): 24 / 80.
    TimeBucket march = tables.get(1).buckets().get(2);
    assertThat(march.label()).isEqualTo("2026-03");
    assertThat(tables.get(1).summary(SegmentKey.of("west"), march).netPromoterScore())
        .isCloseTo(100.0 * (24 - 0 + 16 - 16) / 80, within(1e-9));
  }

  @Test
  void trendsEmptyBucketsAndFiscalLabels() {
    NpsTable monthly =
        Segmentation.by(REP)
            .score(Answer::score)
            .time(Answer::answeredAt, TimeBuckets.months(PARIS))
            .build()
            .tabulate(answers());

    Trend dee = monthly.trend(SegmentKey.of("dee"));
    assertThat(dee.points()).extracting(point -> point.bucket().label())
        .containsExactly("2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06");
    TrendPoint march = dee.points().get(2);
    assertThat(march.n()).isZero();
    assertThat(march.nps()).isEmpty();
    assertThat(march.flags()).contains(SegmentFlag.EMPTY);
    // Pooled over the last three months: 120 answers, 24 promoters, 48 detractors -> -20.
    TrendPoint lastQuarter = dee.rolling(3).points().get(dee.rolling(3).points().size() - 1);
    assertThat(lastQuarter.n()).isEqualTo(120);
    // Every month the same NPS: no change is significant, and the slope is flat.
    assertThat(dee.periodOverPeriod()).noneMatch(PeriodChange::significant);
    assertThat(monthly.trend(SegmentKey.of("ann")).slope().direction())
        .isEqualTo(TrendDirection.NO_CLEAR_TREND);

    TimeBuckets fiscal = TimeBuckets.fiscalQuarters(PARIS, Month.OCTOBER);
    assertThat(fiscal.bucketOf(Instant.parse("2026-11-23T12:00:00Z")).label()).isEqualTo("FY2027-Q1");
    assertThat(TimeBuckets.isoWeeks(PARIS).bucketOf(Instant.parse("2026-02-10T12:00:00Z")).label())
        .isEqualTo("2026-W07");
  }

  @Test
  void segmentsThatDifferFromTheRestAndAFairRanking() {
    NpsTable byRep = Segmentation.by(REP).score(Answer::score).build().tabulate(answers());

    SegmentComparisonReport differ =
        SegmentComparisons.defaults()
            .withCorrection(MultipleComparisonCorrection.BENJAMINI_HOCHBERG)
            .againstComplement(byRep.summaries());
    // ann's 60 against the others' pooled (0 - 96 - 40) / 680 = -20 is far beyond noise.
    assertThat(differ.significant()).extracting(SegmentDifference::segment)
        .contains(SegmentKey.of("ann"));

    RankingReport ranking =
        Ranking.defaults().withMethod(RankingMethod.EMPIRICAL_BAYES).rank(byRep.summaries());
    assertThat(ranking.ranked()).extracting(RankedSegment::segment)
        .containsExactly(
            SegmentKey.of("ann"), SegmentKey.of("bob"), SegmentKey.of("dee"), SegmentKey.of("cai"));
    assertThat(ranking.methodDescription()).containsIgnoringCase("empirical");
  }

  @Test
  void mixAdjustedNpsAndTheDecompositionOfAChange() {
    // Rep A sells mostly the harder product X, rep B mostly Y.
    Map<SegmentKey, NpsSummary> cells = new LinkedHashMap<>();
    cells.put(SegmentKey.of("A", "X"), NpsSummary.ofCounts(36, 0, 44)); // 80 answers, NPS 10
    cells.put(SegmentKey.of("A", "Y"), NpsSummary.ofCounts(4, 0, 16)); // 20 answers, NPS 60
    cells.put(SegmentKey.of("B", "X"), NpsSummary.ofCounts(8, 0, 12)); // 20 answers, NPS 20
    cells.put(SegmentKey.of("B", "Y"), NpsSummary.ofCounts(12, 0, 68)); // 80 answers, NPS 70

    MixAdjustmentReport fair = MixAdjustment.toOverallMix().adjust(cells);
    // Crude: A (0.8*10 + 0.2*60) = 20, B (0.2*20 + 0.8*70) = 60.
    // Overall mix X 100/200, Y 100/200: A (10 + 60)/2 = 35, B (20 + 70)/2 = 45.
    assertThat(fair.row("A").orElseThrow().adjustedNps().getAsDouble()).isCloseTo(35.0, within(1e-9));
    assertThat(fair.row("B").orElseThrow().adjustedNps().getAsDouble()).isCloseTo(45.0, within(1e-9));

    // Before: warm NPS 40 (100 answers), cold -20 (100). After: warm 40 (50), cold -20 (150).
    Map<String, NpsSummary> before =
        Map.of("warm", NpsSummary.ofCounts(10, 40, 50), "cold", NpsSummary.ofCounts(40, 40, 20));
    Map<String, NpsSummary> after =
        Map.of("warm", NpsSummary.ofCounts(5, 20, 25), "cold", NpsSummary.ofCounts(60, 60, 30));
    ChangeDecomposition change = ChangeDecomposition.between(before, after);
    // Total: (0.25*40 + 0.75*-20) - (0.5*40 + 0.5*-20) = -5 - 10 = -15, all of it mix shift.
    assertThat(change.totalChange()).isCloseTo(-15.0, within(1e-12));
    assertThat(change.mixEffect()).isCloseTo(-15.0, within(1e-12));
    assertThat(change.withinEffect()).isCloseTo(0.0, within(1e-12));
    assertThat(change.mixEffectExact().add(change.withinEffectExact()))
        .isEqualTo(change.totalChangeExact());
  }

  @Test
  void alertsOnAConsistentlyLowTeam() {
    NpsTable monthlyByTeam =
        Segmentation.by(TEAM)
            .score(Answer::score)
            .time(Answer::answeredAt, TimeBuckets.months(PARIS))
            .build()
            .tabulate(answers());

    List<Alert> alerts =
        Alerts.evaluate(
            monthlyByTeam.trends(),
            List.of(
                AlertRule.belowThreshold(0, 3),
                AlertRule.significantDrop(3, 3),
                AlertRule.passivesRising(3, 3)));

    // east is -30 (or -40 in March) every month: one run of six months; west (30) never; no
    // month differs from another in mix, so nothing dropped or rose.
    assertThat(alerts).hasSize(1);
    Alert alert = alerts.get(0);
    assertThat(alert.segment()).isEqualTo(SegmentKey.of("east"));
    assertThat(alert.buckets()).hasSize(6);
    assertThat(alert.rule()).isEqualTo("NPS below 0 for 3 consecutive buckets (minimum n 30)");
    // (8 - 24) / 40 + (8 - 16) / 40 pooled: (16 - 40) / 80 = -30; March is cai alone: -40.
    assertThat(alert.figures())
        .startsWith("2026-01 -30.0 (n 80), 2026-02 -30.0 (n 80), 2026-03 -40.0 (n 40)");
  }

  record Invitation(String team) {}

  @Test
  void responseRatesAndDeduplication() {
    List<Invitation> invitations = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      invitations.add(new Invitation(i < 100 ? "west" : "east"));
    }
    List<Answer> answered = new ArrayList<>();
    Instant jan = Instant.parse("2026-01-10T09:00:00Z");
    for (int i = 0; i < 30; i++) {
      answered.add(new Answer("r" + i, "west", "EMEA", "warm", 9, jan));
    }
    answered.add(new Answer("r0", "west", "EMEA", "warm", 3, jan.plusSeconds(3600)));

    ResponseRateReport rates =
        ResponseRates.count(
                invitations, List.of(Dimension.of("team", Invitation::team)), answered, List.of(TEAM))
            .report();
    // west: 31 answers of 100 invitations; east: 0 of 20.
    assertThat(rates.row(SegmentKey.of("west")).orElseThrow().rate().getAsDouble())
        .isCloseTo(0.31, within(1e-12));
    assertThat(rates.row(SegmentKey.of("east")).orElseThrow().rate().getAsDouble()).isZero();
    assertThat(rates.total().invitations()).isEqualTo(120);

    // r0 answered twice: LATEST keeps the later answer (the 3) and removes the earlier one.
    DeduplicationResult<Answer> once =
        Deduplication.apply(answered, Answer::rep, Answer::answeredAt, DeduplicationPolicy.LATEST);
    assertThat(once.read()).isEqualTo(31);
    assertThat(once.removed()).isEqualTo(1);
    assertThat(once.kept()).hasSize(30).contains(answered.get(30)).doesNotContain(answered.get(0));
  }

  @Test
  void columnarInputForLargeData() {
    List<SegmentKey> reps = List.of(SegmentKey.of("ann"), SegmentKey.of("bob"));
    ColumnarNpsAccumulator columns =
        ColumnarNpsAccumulator.create(List.of("rep"), reps, TimeBuckets.months(PARIS));
    long jan = Instant.parse("2026-01-10T09:00:00Z").toEpochMilli();
    columns.addAll(new int[] {0, 0, 1}, new long[] {jan, jan, jan}, new int[] {10, 6, 9});
    NpsTable table = columns.snapshot();
    // ann: one promoter, one detractor -> 0; bob: one promoter -> 100.
    assertThat(table.summary(SegmentKey.of("ann")).netPromoterScore()).isEqualTo(0.0);
    assertThat(table.summary(SegmentKey.of("bob")).netPromoterScore()).isEqualTo(100.0);
  }
}
