package org.nps4j.segments;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Response rates per segment, answering "are we hearing from everyone?": one {@link ResponseRate}
 * row per segment that appeared in the invitations or the responses (in the order segments first
 * appeared), and a total row. Obtain one from {@link ResponseRates#report()}.
 *
 * <h2>Inconsistent rows and how the totals reconcile</h2>
 *
 * A row with more responses than invitations is kept in {@link #rows()} and also listed in {@link
 * #inconsistent()} with its reason; it has no rate. The {@link #total()} row sums the consistent
 * rows only, so that one bad segment cannot push the overall rate up (or above 1). Nothing is lost:
 *
 * <pre>{@code
 * invitations() == total().invitations() + excludedInvitations()
 * responses()   == total().responses()   + excludedResponses()
 * }</pre>
 *
 * where {@link #invitations()} and {@link #responses()} are the sums over all rows and the excluded
 * counts are the sums over the inconsistent rows.
 *
 * <p>Reports are immutable and thread-safe.
 */
public final class ResponseRateReport {
  private final List<ResponseRate> rows;
  private final List<ResponseRate> inconsistent;
  private final Map<SegmentKey, ResponseRate> bySegment;
  private final ResponseRate total;
  private final long invitations;
  private final long responses;
  private final double level;
  private final int minimumInvitations;

  private ResponseRateReport(List<ResponseRate> rows, double level, int minimumInvitations) {
    this.rows = List.copyOf(rows);
    this.level = level;
    this.minimumInvitations = minimumInvitations;
    List<ResponseRate> bad = new ArrayList<>();
    Map<SegmentKey, ResponseRate> index = new HashMap<>();
    long allInvitations = 0;
    long allResponses = 0;
    long consistentInvitations = 0;
    long consistentResponses = 0;
    for (ResponseRate row : rows) {
      index.put(row.segment(), row);
      allInvitations = Math.addExact(allInvitations, row.invitations());
      allResponses = Math.addExact(allResponses, row.responses());
      if (row.isConsistent()) {
        consistentInvitations += row.invitations();
        consistentResponses += row.responses();
      } else {
        bad.add(row);
      }
    }
    this.inconsistent = List.copyOf(bad);
    this.bySegment = Map.copyOf(index);
    this.invitations = allInvitations;
    this.responses = allResponses;
    this.total =
        new ResponseRate(
            SegmentKey.empty(),
            consistentInvitations,
            consistentResponses,
            level,
            minimumInvitations);
  }

  /** Builds the report from rows with distinct segments, all at the given settings. */
  static ResponseRateReport of(List<ResponseRate> rows, double level, int minimumInvitations) {
    return new ResponseRateReport(rows, level, minimumInvitations);
  }

  /**
   * Returns one row per segment, inconsistent ones included, in the order segments first appeared.
   *
   * @return an unmodifiable list
   */
  public List<ResponseRate> rows() {
    return rows;
  }

  /**
   * Returns the row of a segment.
   *
   * @param segment the segment's key
   * @return the row, or empty if the segment appeared in neither input
   * @throws NullPointerException if {@code segment} is null
   */
  public Optional<ResponseRate> row(SegmentKey segment) {
    Objects.requireNonNull(segment, "segment");
    return Optional.ofNullable(bySegment.get(segment));
  }

  /**
   * Returns the rows with more responses than invitations, each with its {@link
   * ResponseRate#inconsistency()}, in the order of {@link #rows()}.
   *
   * @return an unmodifiable list, empty if the data are consistent
   */
  public List<ResponseRate> inconsistent() {
    return inconsistent;
  }

  /**
   * Returns the total over the consistent rows, keyed {@link SegmentKey#empty()}: its rate is the
   * overall response rate. Inconsistent rows are left out (see the class documentation).
   *
   * @return the total row
   */
  public ResponseRate total() {
    return total;
  }

  /**
   * Returns the number of invitations over all rows, inconsistent ones included.
   *
   * @return {@code total().invitations() + excludedInvitations()}
   */
  public long invitations() {
    return invitations;
  }

  /**
   * Returns the number of responses over all rows, inconsistent ones included.
   *
   * @return {@code total().responses() + excludedResponses()}
   */
  public long responses() {
    return responses;
  }

  /**
   * Returns the invitations of the inconsistent rows, which the total leaves out.
   *
   * @return the sum of {@code invitations()} over {@link #inconsistent()}
   */
  public long excludedInvitations() {
    return invitations - total.invitations();
  }

  /**
   * Returns the responses of the inconsistent rows, which the total leaves out.
   *
   * @return the sum of {@code responses()} over {@link #inconsistent()}
   */
  public long excludedResponses() {
    return responses - total.responses();
  }

  /**
   * Returns the confidence level of the rows' intervals.
   *
   * @return the level, strictly between 0 and 1
   */
  public double level() {
    return level;
  }

  /**
   * Returns the number of invitations below which a row is flagged {@link SegmentFlag#LOW_N}.
   *
   * @return the minimum, at least 1
   */
  public int minimumInvitations() {
    return minimumInvitations;
  }

  @Override
  public boolean equals(Object obj) {
    return this == obj
        || (obj instanceof ResponseRateReport other
            && rows.equals(other.rows)
            && Double.compare(level, other.level) == 0
            && minimumInvitations == other.minimumInvitations);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rows, level, minimumInvitations);
  }

  /**
   * Returns the rows, one per line, then the total (labelled {@code (all)}) and what it excludes.
   *
   * @return the report as text
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    for (ResponseRate row : rows) {
      text.append(row).append('\n');
    }
    text.append(total);
    if (!inconsistent.isEmpty()) {
      text.append("; excluded ")
          .append(inconsistent.size())
          .append(" inconsistent rows with ")
          .append(excludedResponses())
          .append(" responses of ")
          .append(excludedInvitations())
          .append(" invitations");
    }
    return text.toString();
  }
}
