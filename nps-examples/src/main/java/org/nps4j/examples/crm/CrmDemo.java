package org.nps4j.examples.crm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
   * Runs the demo on an in-memory database, prints the report and, given a path, writes the HTML
   * report there.
   *
   * @param args the path of the HTML report, optional
   * @throws SQLException if the database fails
   * @throws IOException if the HTML report cannot be written
   */
  public static void main(String[] args) throws SQLException, IOException {
    ZoneId zone = ZoneId.of("Europe/Paris");
    String url = "jdbc:h2:mem:nps4j-crm";
    if (args.length == 0) {
      System.out.print(run(url, zone));
      return;
    }
    Path html = Path.of(args[0]);
    System.out.print(run(url, zone, html));
    System.out.println(System.lineSeparator() + "HTML report written to " + html.toAbsolutePath());
  }

  /**
   * Creates, seeds and reports on a database, and writes the HTML report.
   *
   * @param url the JDBC URL of an empty database
   * @param zone the zone of the report's quarters
   * @param html where to write the HTML report
   * @return the text report
   * @throws SQLException if the database fails
   * @throws IOException if the HTML report cannot be written
   */
  public static String run(String url, ZoneId zone, Path html) throws SQLException, IOException {
    try (Connection connection = DriverManager.getConnection(url)) {
      CrmDatabase.createSchema(connection);
      CrmDatabase.seed(connection, SEED, CONTACTS);
      CrmRepository repository = new CrmRepository(connection);
      CrmReport report = new CrmReport(repository.responses(), repository.invitations(), zone);
      String document =
          HtmlReport.render(
              "nps4j CRM report",
              "Company NPS per quarter (" + zone + ") with its 95% interval",
              report.quarterly().totalTrend().points(),
              List.of(
                  new HtmlReport.Section("NPS by team", report.byTeam().rows()),
                  new HtmlReport.Section("NPS by rep", report.byRep().rows())));
      Path parent = html.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(html, document, StandardCharsets.UTF_8);
      return textReport(connection, repository, report, zone);
    }
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
      CrmReport report = new CrmReport(repository.responses(), repository.invitations(), zone);
      return textReport(connection, repository, report, zone);
    }
  }

  private static String textReport(
      Connection connection, CrmRepository repository, CrmReport report, ZoneId zone)
      throws SQLException {
    List<SurveyDecision> decisions =
        new CrmScheduling(connection)
            .decide(CrmScheduling.afterDemoOrTestDrive(zone), Clock.fixed(SCHEDULING_DAY, zone));
    return report.render(repository.summariesByRepInSql())
        + System.lineSeparator()
        + CrmScheduling.render(decisions, 2);
  }
}
