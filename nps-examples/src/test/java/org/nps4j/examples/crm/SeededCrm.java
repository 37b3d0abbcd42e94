package org.nps4j.examples.crm;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The demo's seeded CRM in a fresh in-memory database, for tests. */
final class SeededCrm {
  private SeededCrm() {}

  /** Opens a new in-memory database with the schema and the demo's seeded data. */
  static Connection open(String name) throws SQLException {
    Connection connection = DriverManager.getConnection("jdbc:h2:mem:" + name + "-" + System.nanoTime());
    CrmDatabase.createSchema(connection);
    CrmDatabase.seed(connection, CrmDemo.SEED, CrmDemo.CONTACTS);
    return connection;
  }

  /** The single number a counting query returns. */
  static long count(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
