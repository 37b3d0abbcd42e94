package org.nps4j.examples.crm;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.nps4j.core.NpsSummary;

/** Reads the CRM through JDBC: the responses with their context, or counts aggregated in SQL. */
public final class CrmRepository {
  /** An invitation's deal and rep: every query goes from an invitation {@code i} to these. */
  private static final String INVITATION_TO_REP =
      " JOIN touchpoint tp ON tp.id = i.touchpoint_id"
          + " JOIN deal d ON d.id = tp.deal_id"
          + " JOIN rep r ON r.id = d.rep_id";
  private static final String RESPONSE_TO_REP =
      " FROM response s JOIN survey_invitation i ON i.id = s.invitation_id" + INVITATION_TO_REP;
  private static final String RESPONSES =
      "SELECT s.id, c.id, r.name, t.name, t.region, a.industry, a.company_size, c.role,"
          + " c.lead_type, d.product, tp.kind, s.score, s.answered_at, d.converted,"
          + " d.days_to_close, d.add_on, d.referral"
          + RESPONSE_TO_REP
          + " JOIN contact c ON c.id = d.contact_id"
          + " JOIN account a ON a.id = c.account_id"
          + " JOIN team t ON t.id = r.team_id"
          + " ORDER BY s.answered_at, s.id";

  private final Connection connection;

  /**
   * Reads through a connection.
   *
   * @param connection the connection
   */
  public CrmRepository(Connection connection) {
    this.connection = connection;
  }

  /**
   * Returns every response with its context, in answer order. Values repeated across rows (rep,
   * team, industry, ...) are shared instances, as a CRM's lookup tables give them, so that the
   * library's tables find them by identity.
   *
   * @return the responses
   * @throws SQLException if the query fails
   */
  public List<CrmResponse> responses() throws SQLException {
    Map<String, String> pool = new HashMap<>();
    List<CrmResponse> responses = new ArrayList<>();
    try (PreparedStatement query = connection.prepareStatement(RESPONSES);
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        int daysToClose = rows.getInt(15);
        if (rows.wasNull()) {
          daysToClose = -1; // the deal did not close
        }
        responses.add(
            new CrmResponse(
                rows.getLong(1),
                rows.getString(2),
                shared(pool, rows.getString(3)),
                shared(pool, rows.getString(4)),
                shared(pool, rows.getString(5)),
                shared(pool, rows.getString(6)),
                shared(pool, rows.getString(7)),
                shared(pool, rows.getString(8)),
                shared(pool, rows.getString(9)),
                shared(pool, rows.getString(10)),
                shared(pool, rows.getString(11)),
                rows.getInt(12),
                rows.getObject(13, OffsetDateTime.class).toInstant(),
                rows.getBoolean(14),
                daysToClose,
                rows.getBoolean(16),
                rows.getBoolean(17)));
      }
    }
    return responses;
  }

  /**
   * Returns every survey invitation with its team, in sending order.
   *
   * @return the invitations
   * @throws SQLException if the query fails
   */
  public List<CrmInvitation> invitations() throws SQLException {
    Map<String, String> pool = new HashMap<>();
    List<CrmInvitation> invitations = new ArrayList<>();
    String sql =
        "SELECT i.id, t.name, tp.kind, i.sent_at, i.outcome FROM survey_invitation i"
            + INVITATION_TO_REP
            + " JOIN team t ON t.id = r.team_id"
            + " ORDER BY i.sent_at, i.id";
    try (PreparedStatement query = connection.prepareStatement(sql);
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        invitations.add(
            new CrmInvitation(
                rows.getLong(1),
                shared(pool, rows.getString(2)),
                shared(pool, rows.getString(3)),
                rows.getObject(4, OffsetDateTime.class).toInstant(),
                shared(pool, rows.getString(5))));
      }
    }
    return invitations;
  }

  /**
   * The push-down variant: counts per (rep, score) aggregated in SQL, made into one summary per
   * rep. Equal to the library's table of the responses by rep.
   *
   * @return each rep's summary, by name
   * @throws SQLException if the query fails
   */
  public Map<String, NpsSummary> summariesByRepInSql() throws SQLException {
    Map<String, long[]> counts = new TreeMap<>();
    String sql =
        "SELECT r.name, s.score, COUNT(*)" + RESPONSE_TO_REP + " GROUP BY r.name, s.score";
    try (PreparedStatement query = connection.prepareStatement(sql);
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        counts.computeIfAbsent(rows.getString(1), k -> new long[11])[rows.getInt(2)] = rows.getLong(3);
      }
    }
    Map<String, NpsSummary> summaries = new TreeMap<>();
    counts.forEach((rep, byScore) -> summaries.put(rep, NpsSummary.ofScoreCounts(byScore)));
    return summaries;
  }

  private static String shared(Map<String, String> pool, String value) {
    return value == null ? null : pool.computeIfAbsent(value, v -> v);
  }
}
