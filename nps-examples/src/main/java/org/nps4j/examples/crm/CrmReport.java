package org.nps4j.examples.crm;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.nps4j.core.Interval;
import org.nps4j.core.NpsDifference;
import org.nps4j.core.NpsSummary;
import org.nps4j.segments.Dimension;
import org.nps4j.segments.NpsRow;
import org.nps4j.segments.NpsTable;
import org.nps4j.segments.PeriodChange;
import org.nps4j.segments.SegmentKey;
import org.nps4j.segments.Segmentation;
import org.nps4j.segments.TimeBuckets;
import org.nps4j.segments.TrendPoint;

/** The CRM's NPS report, from the responses read through JDBC. */
public final class CrmReport {
  private final List<CrmResponse> responses;
  private final ZoneId zone;

  /**
   * A report over responses, with time in a zone.
   *
   * @param responses the responses
   * @param zone the zone of the quarters
   */
  public CrmReport(List<CrmResponse> responses, ZoneId zone) {
    this.responses = List.copyOf(responses);
    this.zone = zone;
  }

  /**
   * Returns the table of NPS by rep.
   *
   * @return the table
   */
  public NpsTable byRep() {
    return Segmentation.by(Dimension.of("rep", CrmResponse::rep))
        .score(CrmResponse::score)
        .build()
        .tabulate(responses);
  }

  /**
   * Returns the table of NPS by team.
   *
   * @return the table
   */
  public NpsTable byTeam() {
    return Segmentation.by(Dimension.of("team", CrmResponse::team))
        .score(CrmResponse::score)
        .build()
        .tabulate(responses);
  }

  /**
   * Returns the company's NPS per quarter of the zone.
   *
   * @return the table, with no dimension
   */
  public NpsTable quarterly() {
    return Segmentation.<CrmResponse>by()
        .score(CrmResponse::score)
        .time(CrmResponse::answeredAt, TimeBuckets.quarters(zone))
        .build()
        .tabulate(responses);
  }

  /**
   * Renders the report as text.
   *
   * @param pushedDown the summaries by rep aggregated in SQL, compared with the library's
   * @return the report
   */
  public String render(Map<String, NpsSummary> pushedDown) {
    StringBuilder out = new StringBuilder();
    NpsTable reps = byRep();
    NpsSummary total = reps.total();
    out.append(String.format(Locale.ROOT, "nps4j CRM demo: %d responses from the embedded database%n%n",
        responses.size()));
    out.append(String.format(Locale.ROOT, "Overall NPS %.1f  95%% CI %s  n=%d%n%n",
        total.netPromoterScore(), bounds(Optional.of(total.confidenceInterval())), total.count()));
    section(out, "Team", byTeam().rows());
    section(out, "Rep", reps.rows());

    out.append(String.format(Locale.ROOT, "%-10s %6s %7s %16s   %s%n", "Quarter", "n", "NPS", "95% CI",
        "change on the quarter before"));
    List<TrendPoint> points = quarterly().totalTrend().points();
    List<PeriodChange> changes = quarterly().totalTrend().periodOverPeriod();
    for (int i = 0; i < points.size(); i++) {
      TrendPoint point = points.get(i);
      String change = "";
      if (i > 0) {
        PeriodChange periodChange = changes.get(i - 1);
        Optional<NpsDifference> difference = periodChange.difference();
        change =
            difference.isEmpty()
                ? "-"
                : String.format(Locale.ROOT, "%+6.1f  p %.3f%s", difference.get().difference(),
                    difference.get().pValue(), periodChange.significant() ? "  significant" : "");
      }
      out.append(String.format(Locale.ROOT, "%-10s %6d %7s %16s   %s%n", point.bucket().label(), point.n(),
          point.nps().isPresent() ? String.format(Locale.ROOT, "%.1f", point.nps().getAsDouble()) : "-",
          bounds(point.interval()), change));
    }
    out.append(System.lineSeparator());
    boolean identical = true;
    for (Map.Entry<String, NpsSummary> entry : pushedDown.entrySet()) {
      identical &= entry.getValue().equals(reps.summary(SegmentKey.of(entry.getKey())));
    }
    identical &= pushedDown.size() == reps.segments().size();
    out.append("Counts by rep aggregated in SQL: ")
        .append(identical ? "identical summaries" : "DIFFERENT summaries")
        .append(System.lineSeparator());
    return out.toString();
  }

  private static void section(StringBuilder out, String title, List<NpsRow> rows) {
    out.append(String.format(Locale.ROOT, "%-10s %6s %7s %16s %5s %5s %5s  %s%n", title, "n", "NPS", "95% CI",
        "P%", "Pa%", "D%", "flags"));
    for (NpsRow row : rows) {
      NpsSummary summary = row.summary();
      out.append(String.format(Locale.ROOT, "%-10s %6d %7.1f %16s %5.0f %5.0f %5.0f  %s%n",
          row.segment().values().get(0), row.n(), row.nps().orElse(Double.NaN), bounds(row.interval()),
          100.0 * row.promoters() / row.n(), 100.0 * row.passives() / row.n(),
          100.0 * row.detractors() / row.n(), row.flags().isEmpty() ? "" : row.flags()));
    }
    out.append(System.lineSeparator());
  }

  private static String bounds(Optional<Interval> interval) {
    return interval
        .map(i -> String.format(Locale.ROOT, "[%.1f, %.1f]", i.lower(), i.upper()))
        .orElse("-");
  }
}
