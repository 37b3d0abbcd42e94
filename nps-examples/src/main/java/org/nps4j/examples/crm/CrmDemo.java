package org.nps4j.examples.crm;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.ZoneId;

/**
 * The main job: creates a CRM in an embedded H2 database, seeds it, reads it through JDBC and
 * prints the NPS report.
 */
public final class CrmDemo {
  /** The seed of the built-in sample data. */
  public static final long SEED = 2026;
  /** The number of contacts of the built-in sample data. */
  public static final int CONTACTS = 1_500;

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
      return new CrmReport(repository.responses(), repository.invitations(), zone)
          .render(repository.summariesByRepInSql());
    }
  }
}
