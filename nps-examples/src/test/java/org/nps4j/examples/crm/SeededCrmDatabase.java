package org.nps4j.examples.crm;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Tests on the demo's seeded CRM, in a fresh in-memory database for each test. */
abstract class SeededCrmDatabase {
  /** The open database, with the schema and the demo's seeded data. */
  Connection connection;

  @BeforeEach
  void openSeededDatabase() throws SQLException {
    connection = DriverManager.getConnection(
        "jdbc:h2:mem:" + getClass().getSimpleName() + "-" + System.nanoTime());
    CrmDatabase.createSchema(connection);
    CrmDatabase.seed(connection, CrmDemo.SEED, CrmDemo.CONTACTS);
  }

  @AfterEach
  void closeDatabase() throws SQLException {
    connection.close();
  }

  /** The single number a counting query returns. */
  long count(String sql) throws SQLException {
    try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
