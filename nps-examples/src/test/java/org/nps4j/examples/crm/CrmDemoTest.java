package org.nps4j.examples.crm;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nps4j.core.Interval;
import org.nps4j.core.NpsSummary;
import org.nps4j.segments.Alert;
import org.nps4j.segments.MixAdjustedNps;
import org.nps4j.segments.MixAdjustmentReport;
import org.nps4j.segments.NpsTable;
import org.nps4j.segments.OutcomeReport;
import org.nps4j.segments.RankingReport;
import org.nps4j.segments.ResponseRateReport;
import org.nps4j.segments.SegmentComparisonReport;
import org.nps4j.segments.SegmentDifference;
import org.nps4j.segments.SegmentKey;

/**
 * The CRM demo on a seeded in-memory H2 database: nothing is lost between the tables and the
 * report, the SQL push-down gives the library's figures, and the seeded reps really differ.
 */
class CrmDemoTest extends SeededCrmDatabase {
  @Test
  void everyResponseInTheDatabaseReachesTheReport() throws SQLException {
    List<CrmResponse> responses = new CrmRepository(connection).responses();
    long inDatabase = count("SELECT COUNT(*) FROM response");
    assertThat(inDatabase).as("thousands of responses").isGreaterThan(2_000);
    assertThat(responses).hasSize((int) inDatabase);
    assertThat(count("SELECT COUNT(*) FROM survey_invitation WHERE outcome = 'RESPONDED'"))
        .isEqualTo(inDatabase);
    NpsTable byRep = new CrmReport(responses, List.of(), ZoneId.of("Europe/Paris")).byRep();
    assertThat(byRep.responseCount()).isEqualTo(inDatabase);
    assertThat(byRep.segments()).hasSize(12);
    NpsTable quarterly = new CrmReport(responses, List.of(), ZoneId.of("Europe/Paris")).quarterly();
    assertThat(quarterly.total().count()).isEqualTo(inDatabase);
    assertThat(quarterly.buckets().get(0).label()).isEqualTo("2023-Q1");
  }

  @Test
  void countsAggregatedInSqlGiveTheLibrarysSummaries() throws SQLException {
    CrmRepository repository = new CrmRepository(connection);
    Map<String, NpsSummary> pushedDown = repository.summariesByRepInSql();
    NpsTable byRep = new CrmReport(repository.responses(), List.of(), ZoneId.of("UTC")).byRep();
    assertThat(pushedDown).hasSize(12);
    pushedDown.forEach((rep, summary) ->
        assertThat(byRep.summary(SegmentKey.of(rep))).as(rep).isEqualTo(summary));
    // And the promoters of one rep, counted in SQL directly: scores 9 and 10 of Ines's deals.
    long promoters = count("SELECT COUNT(*) FROM response s JOIN survey_invitation i ON i.id ="
        + " s.invitation_id JOIN touchpoint tp ON tp.id = i.touchpoint_id JOIN deal d ON d.id ="
        + " tp.deal_id JOIN rep r ON r.id = d.rep_id WHERE r.name = 'Ines' AND s.score >= 9");
    assertThat(byRep.summary(SegmentKey.of("Ines")).promoters()).isEqualTo(promoters);
  }

  /**
   * The seed gives Ines the best rep effect (+1.6 points on the latent score) and Emeka the worst
   * (-1.4): with about 250 answers each, their 95 % intervals are far apart.
   */
  @Test
  void theSeededRepsReallyDiffer() throws SQLException {
    NpsTable byRep = new CrmReport(new CrmRepository(connection).responses(), List.of(), ZoneId.of("UTC")).byRep();
    Interval best = byRep.summary(SegmentKey.of("Ines")).confidenceInterval();
    Interval worst = byRep.summary(SegmentKey.of("Emeka")).confidenceInterval();
    assertThat(best.lower()).isGreaterThan(worst.upper());
  }

  private CrmReport report() throws SQLException {
    CrmRepository repository = new CrmRepository(connection);
    return new CrmReport(repository.responses(), repository.invitations(), ZoneId.of("Europe/Paris"));
  }

  /**
   * The seed makes cold leads score 1.5 points lower than warm ones on the latent score, and
   * engineers 1.1 lower than average: both stand out from the rest after Holm's correction.
   */
  @Test
  void theSeededEffectsStandOutAgainstTheRest() throws SQLException {
    Map<String, SegmentComparisonReport> reports = report().segmentsAgainstTheRest();
    assertThat(reports.keySet())
        .containsExactly("lead type", "industry", "role", "company size", "product", "touchpoint");
    SegmentDifference cold = significant(reports.get("lead type"), "cold");
    assertThat(cold.difference().orElseThrow().difference()).isNegative();
    SegmentDifference engineers = significant(reports.get("role"), "Engineering");
    assertThat(engineers.difference().orElseThrow().interval().upper()).isNegative();
  }

  private static SegmentDifference significant(SegmentComparisonReport report, String value) {
    return report.significant().stream()
        .filter(row -> row.segment().values().get(0).equals(value))
        .findFirst()
        .orElseThrow(() -> new AssertionError(value + " is not significant in " + report));
  }

  /** Ines has the best rep effect and Emeka the worst: first and last of twelve ranked reps. */
  @Test
  void theFairRankingPutsTheBestAndWorstRepsAtTheEnds() throws SQLException {
    RankingReport ranking = report().repRanking();
    assertThat(ranking.ranked()).hasSize(12);
    assertThat(ranking.belowMinimumN()).isEmpty();
    assertThat(ranking.ranked().get(0).segment()).isEqualTo(SegmentKey.of("Ines"));
    assertThat(ranking.ranked().get(11).segment()).isEqualTo(SegmentKey.of("Emeka"));
  }

  /** Every rep sold every product, so every rep is standardized to the full mix. */
  @Test
  void everyRepIsStandardizedToTheOverallProductMix() throws SQLException {
    MixAdjustmentReport mix = report().repNpsAtTheOverallProductMix();
    assertThat(mix.rows()).hasSize(12);
    assertThat(mix.standardMix().keySet()).containsExactlyInAnyOrder("Core", "Analytics", "Enterprise");
    for (MixAdjustedNps row : mix.rows()) {
      assertThat(row.isStandardized()).as(row.focusValue().toString()).isTrue();
      assertThat(row.mixCoverage()).isEqualTo(1.0);
    }
  }

  /**
   * The seed ties conversion, add-ons, referrals and days to close to the same sentiment as the
   * scores: promoters convert more, buy more add-ons, refer more and close sooner.
   */
  @Test
  void promotersConvertMoreAndCloseSooner() throws SQLException {
    OutcomeReport outcomes = report().outcomes();
    assertThat(outcomes.respondents()).isEqualTo(count("SELECT COUNT(*) FROM response"));
    for (String name : List.of("converted", "add-on", "referral")) {
      assertThat(outcomes.binary(name).lift().ratio().orElseThrow().lower()).as(name).isGreaterThan(1.0);
    }
    assertThat(outcomes.duration("days to close").meanDifference().orElseThrow().upper()).isNegative();
  }

  @Test
  void responseRatesCountEveryInvitationAndResponse() throws SQLException {
    ResponseRateReport rates = report().responseRatesByTeam();
    assertThat(rates.invitations()).isEqualTo(count("SELECT COUNT(*) FROM survey_invitation"));
    assertThat(rates.responses()).isEqualTo(count("SELECT COUNT(*) FROM response"));
    assertThat(rates.inconsistent()).isEmpty();
    assertThat(rates.rows()).hasSize(3);
  }

  /**
   * West's reps have the lowest effects (Bilal +0.4, Emeka -1.4, Hana -0.8, Kemal -0.9): its
   * monthly NPS stays below 0 for months at a time, and it is warned about.
   */
  @Test
  void theConsistentlyLowTeamIsWarnedAbout() throws SQLException {
    List<Alert> alerts = report().teamAlerts();
    assertThat(alerts)
        .filteredOn(alert -> alert.segment().equals(SegmentKey.of("west")))
        .filteredOn(alert -> alert.rule().startsWith("NPS below 0 for 3 consecutive"))
        .isNotEmpty();
    for (Alert alert : alerts) {
      assertThat(alert.segment().values().get(0)).isIn("east", "west", "central");
    }
  }

  @Test
  void theReportShowsEverySectionAndTheSameSeedGivesTheSameReport() throws SQLException {
    String report = CrmDemo.run("jdbc:h2:mem:crm-run-" + System.nanoTime(), ZoneId.of("Europe/Paris"));
    assertThat(report)
        .contains("Overall NPS")
        .contains("Team ")
        .contains("Rep ")
        .contains("Quarter")
        .contains("2024-Q3")
        .contains("Counts by rep aggregated in SQL: identical summaries")
        .contains("Segments that differ from the rest")
        .contains("Rep ranking: ordered by the lower bound")
        .contains("Rep NPS at the overall product mix")
        .contains("Alerts on the teams' monthly trends")
        .contains("days to close")
        .contains("invitations");
    assertThat(CrmDemo.run("jdbc:h2:mem:crm-run-" + System.nanoTime(), ZoneId.of("Europe/Paris")))
        .isEqualTo(report);
  }
}
