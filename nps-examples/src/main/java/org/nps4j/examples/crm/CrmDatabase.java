package org.nps4j.examples.crm;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The schema of a small CRM (teams, reps, accounts, contacts, deals with outcomes, touchpoints,
 * survey invitations and responses) and seeded, realistic data for it: three years of deals by 12
 * reps in 3 teams, cold and warm leads across industries, roles, company sizes and products, and
 * scores that really depend on the rep, the lead type, the role and the product.
 */
public final class CrmDatabase {
  /** The seeded data start at this instant and run for three years. */
  public static final Instant START = Instant.parse("2023-01-01T00:00:00Z");

  static final List<String> SCHEMA =
      List.of(
          "CREATE TABLE team (id INT PRIMARY KEY, name VARCHAR(40) NOT NULL UNIQUE,"
              + " region VARCHAR(20) NOT NULL)",
          "CREATE TABLE rep (id INT PRIMARY KEY, name VARCHAR(60) NOT NULL UNIQUE,"
              + " team_id INT NOT NULL REFERENCES team(id))",
          "CREATE TABLE account (id INT PRIMARY KEY, name VARCHAR(80) NOT NULL,"
              + " industry VARCHAR(40) NOT NULL, company_size VARCHAR(20) NOT NULL)",
          "CREATE TABLE contact (id VARCHAR(20) PRIMARY KEY, account_id INT NOT NULL"
              + " REFERENCES account(id), role VARCHAR(40) NOT NULL, lead_type VARCHAR(10) NOT NULL"
              + " CHECK (lead_type IN ('cold', 'warm')), created_at TIMESTAMP WITH TIME ZONE NOT NULL)",
          "CREATE TABLE deal (id INT PRIMARY KEY, contact_id VARCHAR(20) NOT NULL REFERENCES"
              + " contact(id), rep_id INT NOT NULL REFERENCES rep(id), product VARCHAR(40) NOT NULL,"
              + " opened_at TIMESTAMP WITH TIME ZONE NOT NULL, converted BOOLEAN NOT NULL,"
              + " days_to_close INT, add_on BOOLEAN NOT NULL, referral BOOLEAN NOT NULL)",
          "CREATE TABLE touchpoint (id BIGINT PRIMARY KEY, deal_id INT NOT NULL REFERENCES deal(id),"
              + " kind VARCHAR(30) NOT NULL, occurred_at TIMESTAMP WITH TIME ZONE NOT NULL)",
          "CREATE TABLE survey_invitation (id BIGINT PRIMARY KEY, touchpoint_id BIGINT NOT NULL"
              + " REFERENCES touchpoint(id), program VARCHAR(30) NOT NULL,"
              + " sent_at TIMESTAMP WITH TIME ZONE NOT NULL, outcome VARCHAR(10) NOT NULL"
              + " CHECK (outcome IN ('RESPONDED', 'DECLINED', 'BOUNCED', 'PENDING')))",
          "CREATE TABLE response (id BIGINT PRIMARY KEY, invitation_id BIGINT NOT NULL UNIQUE"
              + " REFERENCES survey_invitation(id), score INT NOT NULL CHECK (score BETWEEN 0 AND 10),"
              + " comment VARCHAR(500), answered_at TIMESTAMP WITH TIME ZONE NOT NULL)");

  private static final String[][] TEAMS = {{"east", "EMEA"}, {"west", "Americas"}, {"central", "APAC"}};
  private static final String[] REPS = {
    "Ada", "Bilal", "Chen", "Dora", "Emeka", "Fatima", "Goran", "Hana", "Ines", "Jonas", "Kemal", "Lena"
  };
  /** Each rep's effect on the latent score, in score points: some reps really do better. */
  private static final double[] REP_EFFECT = {
    1.2, 0.4, -0.3, 0.8, -1.4, 0.0, 0.6, -0.8, 1.6, -0.2, -0.9, 0.3
  };
  private static final String[] INDUSTRIES = {
    "Retail", "Banking", "Energy", "Health", "Software", "Manufacturing"
  };
  private static final String[] SIZES = {"1-50", "51-500", "501+"};
  private static final String[] ROLES = {"Marketing", "Engineering", "Finance", "Operations", "Executive"};
  private static final double[] ROLE_EFFECT = {0.8, -1.1, 0.0, 0.2, 0.4};
  private static final String[] PRODUCTS = {"Core", "Analytics", "Enterprise"};
  private static final double[] PRODUCT_EFFECT = {0.3, 0.0, -0.7};

  private CrmDatabase() {}

  /**
   * Creates the schema on an empty database.
   *
   * @param connection the connection
   * @throws SQLException if a statement fails
   */
  public static void createSchema(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      for (String ddl : SCHEMA) {
        statement.execute(ddl);
      }
    }
  }

  /**
   * Fills the schema with seeded data: the same seed always gives the same rows.
   *
   * @param connection the connection, on a database with the schema and no rows
   * @param seed the seed
   * @param contacts the number of contacts (each with one to three deals)
   * @throws SQLException if an insert fails
   */
  public static void seed(Connection connection, long seed, int contacts) throws SQLException {
    SplittableRandom random = new SplittableRandom(seed);
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try (PreparedStatement team = connection.prepareStatement("INSERT INTO team VALUES (?, ?, ?)");
        PreparedStatement rep = connection.prepareStatement("INSERT INTO rep VALUES (?, ?, ?)");
        PreparedStatement account =
            connection.prepareStatement("INSERT INTO account VALUES (?, ?, ?, ?)");
        PreparedStatement contact =
            connection.prepareStatement("INSERT INTO contact VALUES (?, ?, ?, ?, ?)");
        PreparedStatement deal =
            connection.prepareStatement("INSERT INTO deal VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement touchpoint =
            connection.prepareStatement("INSERT INTO touchpoint VALUES (?, ?, ?, ?)");
        PreparedStatement invitation =
            connection.prepareStatement("INSERT INTO survey_invitation VALUES (?, ?, ?, ?, ?)");
        PreparedStatement response =
            connection.prepareStatement("INSERT INTO response VALUES (?, ?, ?, ?, ?)")) {
      for (int t = 0; t < TEAMS.length; t++) {
        team.setInt(1, t);
        team.setString(2, TEAMS[t][0]);
        team.setString(3, TEAMS[t][1]);
        team.addBatch();
      }
      team.executeBatch();
      for (int r = 0; r < REPS.length; r++) {
        rep.setInt(1, r);
        rep.setString(2, REPS[r]);
        rep.setInt(3, r % TEAMS.length);
        rep.addBatch();
      }
      rep.executeBatch();
      int accounts = Math.max(1, contacts / 5);
      int[] accountIndustry = new int[accounts];
      for (int a = 0; a < accounts; a++) {
        accountIndustry[a] = random.nextInt(INDUSTRIES.length);
        account.setInt(1, a);
        account.setString(2, "Account " + a);
        account.setString(3, INDUSTRIES[accountIndustry[a]]);
        account.setString(4, SIZES[random.nextInt(SIZES.length)]);
        account.addBatch();
      }
      account.executeBatch();

      long threeYears = 3L * 365 * 86_400;
      int dealId = 0;
      long touchpointId = 0;
      long invitationId = 0;
      for (int c = 0; c < contacts; c++) {
        String contactId = String.format("C%05d", c);
        int role = random.nextInt(ROLES.length);
        boolean cold = random.nextInt(10) < 4;
        Instant createdAt = START.plusSeconds(random.nextLong(threeYears / 2));
        long lastOpening = threeYears - 120L * 86_400; // touchpoints and answers follow within months
        contact.setString(1, contactId);
        contact.setInt(2, random.nextInt(accounts));
        contact.setString(3, ROLES[role]);
        contact.setString(4, cold ? "cold" : "warm");
        contact.setObject(5, utc(createdAt));
        contact.addBatch();
        for (int d = 1 + random.nextInt(3); d > 0; d--) {
          int repIndex = random.nextInt(REPS.length);
          int product = random.nextInt(PRODUCTS.length);
          Instant opening = START.plusSeconds(random.nextLong(lastOpening));
          Instant openedAt = opening.isAfter(createdAt) ? opening : createdAt;
          // The contact's sentiment drives both the scores and the outcomes.
          double latent =
              7.9 + REP_EFFECT[repIndex] + (cold ? -0.9 : 0.6) + ROLE_EFFECT[role]
                  + PRODUCT_EFFECT[product];
          boolean converted = random.nextDouble() < 0.15 + 0.06 * Math.max(0, latent - 4);
          boolean addOn = converted && random.nextDouble() < 0.05 * Math.max(0, latent - 5);
          boolean referral = random.nextDouble() < 0.03 * Math.max(0, latent - 6);
          deal.setInt(1, dealId);
          deal.setString(2, contactId);
          deal.setInt(3, repIndex);
          deal.setString(4, PRODUCTS[product]);
          deal.setObject(5, utc(openedAt));
          deal.setBoolean(6, converted);
          if (converted) {
            deal.setInt(7, 10 + random.nextInt(20) + (int) Math.round(4 * Math.max(0, 9 - latent)));
          } else {
            deal.setNull(7, java.sql.Types.INTEGER);
          }
          deal.setBoolean(8, addOn);
          deal.setBoolean(9, referral);
          deal.addBatch();

          List<String> kinds =
              converted
                  ? List.of("post-demo", "test-drive", "purchase", "post-onboarding")
                  : List.of("post-demo", "test-drive");
          Instant at = openedAt;
          for (String kind : kinds) {
            at = at.plusSeconds(86_400L * (2 + random.nextInt(20)) + random.nextInt(86_400));
            touchpoint.setLong(1, touchpointId);
            touchpoint.setInt(2, dealId);
            touchpoint.setString(3, kind);
            touchpoint.setObject(4, utc(at));
            touchpoint.addBatch();
            if (random.nextInt(10) < 7) {
              Instant sentAt = at.plusSeconds(3_600 + random.nextInt(86_400));
              int roll = random.nextInt(100);
              String outcome =
                  roll < 55 ? "RESPONDED" : roll < 65 ? "DECLINED" : roll < 70 ? "BOUNCED" : "PENDING";
              invitation.setLong(1, invitationId);
              invitation.setLong(2, touchpointId);
              invitation.setString(3, kind);
              invitation.setObject(4, utc(sentAt));
              invitation.setString(5, outcome);
              invitation.addBatch();
              if (outcome.equals("RESPONDED")) {
                double touch = kind.equals("post-onboarding") ? 0.4 : kind.equals("test-drive") ? -0.3 : 0;
                int score =
                    (int) Math.round(Math.max(0, Math.min(10, latent + touch + 2.1 * random.nextGaussian())));
                response.setLong(1, invitationId);
                response.setLong(2, invitationId);
                response.setInt(3, score);
                response.setString(4, score <= 6 ? "Too slow to answer our questions" : null);
                response.setObject(5, utc(sentAt.plusSeconds(600 + random.nextInt(3 * 86_400))));
                response.addBatch();
              }
              invitationId++;
            }
            touchpointId++;
          }
          dealId++;
        }
      }
      contact.executeBatch();
      deal.executeBatch();
      touchpoint.executeBatch();
      invitation.executeBatch();
      response.executeBatch();
      connection.commit();
    } catch (SQLException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
