package org.nps4j.examples.crm;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.nps4j.core.survey.SurveyDecision;

/**
 * The main job: creates a CRM in an embedded H2 database, seeds it, reads it through JDBC and
 * prints the NPS report, then who is due a survey on {@link #SCHEDULING_DAY} and why the others
 * are not.
 */
public final class CrmDemo {
  /** The seed of the built-in sample data. */
  public static final long SEED = 2026;
  /** The number of contacts of the built-in sample data. */
  public static final int CONTACTS = 1_500;
  /** "Today" for the scheduling part of the demo: a Monday morning within the seeded years. */
  public static final Instant SCHEDULING_DAY = Instant.parse("2025-09-15T07:00:00Z");

  private CrmDemo() {}

  /**
   * Runs the demo on an in-memory database.
   *
   * @param args ignored
   * @throws SQLException if the database fails
   */
  public static void main(String[] args) throws SQLException {
    System.out.print(run("jdbc:h2:mem:nps4j-crm", ZoneId.of("Europe/Paris")));
  }

  /**
   * Creates, seeds and reports on a database.
   *
   * @param url the JDBC URL of an empty database
   * @param zone the zone of the report's quarters
   * @return the report
   * @throws SQLException if the database fails
   */
  public static String run(String url, ZoneId zone) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url)) {
      CrmDatabase.createSchema(connection);
      CrmDatabase.seed(connection, SEED, CONTACTS);
      CrmRepository repository = new CrmRepository(connection);
      String report =
          new CrmReport(repository.responses(), repository.invitations(), zone)
              .render(repository.summariesByRepInSql());
      List<SurveyDecision> decisions =
          new CrmScheduling(connection)
              .decide(CrmScheduling.afterDemoOrTestDrive(zone), Clock.fixed(SCHEDULING_DAY, zone));
      return report + System.lineSeparator() + CrmScheduling.render(decisions, 2);
    }
  }
}
