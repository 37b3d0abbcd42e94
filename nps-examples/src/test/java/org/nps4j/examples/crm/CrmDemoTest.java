package org.nps4j.examples.crm;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nps4j.core.Interval;
import org.nps4j.core.NpsSummary;
import org.nps4j.segments.NpsTable;
import org.nps4j.segments.SegmentKey;

/**
 * The CRM demo on a seeded in-memory H2 database: nothing is lost between the tables and the
 * report, the SQL push-down gives the library's figures, and the seeded reps really differ.
 */
class CrmDemoTest {
  private Connection connection;

  @BeforeEach
  void createDatabase() throws SQLException {
    connection = DriverManager.getConnection("jdbc:h2:mem:crm-test-" + System.nanoTime());
    CrmDatabase.createSchema(connection);
    CrmDatabase.seed(connection, CrmDemo.SEED, CrmDemo.CONTACTS);
  }

  @AfterEach
  void closeDatabase() throws SQLException {
    connection.close();
  }

  private long count(String sql) throws SQLException {
    try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  @Test
  void everyResponseInTheDatabaseReachesTheReport() throws SQLException {
    List<CrmResponse> responses = new CrmRepository(connection).responses();
    long inDatabase = count("SELECT COUNT(*) FROM response");
    assertThat(inDatabase).as("thousands of responses").isGreaterThan(2_000);
    assertThat(responses).hasSize((int) inDatabase);
    assertThat(count("SELECT COUNT(*) FROM survey_invitation WHERE outcome = 'RESPONDED'"))
        .isEqualTo(inDatabase);
    NpsTable byRep = new CrmReport(responses, ZoneId.of("Europe/Paris")).byRep();
    assertThat(byRep.responseCount()).isEqualTo(inDatabase);
    assertThat(byRep.segments()).hasSize(12);
    NpsTable quarterly = new CrmReport(responses, ZoneId.of("Europe/Paris")).quarterly();
    assertThat(quarterly.total().count()).isEqualTo(inDatabase);
    assertThat(quarterly.buckets().get(0).label()).isEqualTo("2023-Q1");
  }

  @Test
  void countsAggregatedInSqlGiveTheLibrarysSummaries() throws SQLException {
    CrmRepository repository = new CrmRepository(connection);
    Map<String, NpsSummary> pushedDown = repository.summariesByRepInSql();
    NpsTable byRep = new CrmReport(repository.responses(), ZoneId.of("UTC")).byRep();
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
    NpsTable byRep = new CrmReport(new CrmRepository(connection).responses(), ZoneId.of("UTC")).byRep();
    Interval best = byRep.summary(SegmentKey.of("Ines")).confidenceInterval();
    Interval worst = byRep.summary(SegmentKey.of("Emeka")).confidenceInterval();
    assertThat(best.lower()).isGreaterThan(worst.upper());
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
        .contains("Counts by rep aggregated in SQL: identical summaries");
    assertThat(CrmDemo.run("jdbc:h2:mem:crm-run-" + System.nanoTime(), ZoneId.of("Europe/Paris")))
        .isEqualTo(report);
  }
}
