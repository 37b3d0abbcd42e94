package org.nps4j.examples.crm;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.nps4j.core.Category;
import org.nps4j.core.Interval;
import org.nps4j.core.NpsDifference;
import org.nps4j.core.NpsSummary;
import org.nps4j.segments.Alert;
import org.nps4j.segments.AlertRule;
import org.nps4j.segments.Alerts;
import org.nps4j.segments.BinaryOutcomeByCategory;
import org.nps4j.segments.Dimension;
import org.nps4j.segments.DurationOutcomeByCategory;
import org.nps4j.segments.MixAdjustedNps;
import org.nps4j.segments.MixAdjustment;
import org.nps4j.segments.MixAdjustmentReport;
import org.nps4j.segments.NpsRow;
import org.nps4j.segments.NpsTable;
import org.nps4j.segments.OutcomeAnalysis;
import org.nps4j.segments.OutcomeReport;
import org.nps4j.segments.PeriodChange;
import org.nps4j.segments.RankedSegment;
import org.nps4j.segments.Ranking;
import org.nps4j.segments.RankingReport;
import org.nps4j.segments.ResponseRate;
import org.nps4j.segments.ResponseRateReport;
import org.nps4j.segments.ResponseRates;
import org.nps4j.segments.SegmentComparisonReport;
import org.nps4j.segments.SegmentComparisons;
import org.nps4j.segments.SegmentDifference;
import org.nps4j.segments.SegmentKey;
import org.nps4j.segments.Segmentation;
import org.nps4j.segments.TimeBuckets;
import org.nps4j.segments.TrendPoint;

/**
 * The CRM's NPS report, from the responses and invitations read through JDBC: NPS overall, by team
 * and by rep; the quarterly trend with significance; segments that differ from the rest; a fair
 * rep ranking; mix-adjusted rep NPS; alerts; outcomes by category; response rates.
 */
public final class CrmReport {
  private static final List<Dimension<CrmResponse>> SEGMENT_DIMENSIONS =
      List.of(
          Dimension.of("lead type", CrmResponse::leadType),
          Dimension.of("industry", CrmResponse::industry),
          Dimension.of("role", CrmResponse::role),
          Dimension.of("company size", CrmResponse::companySize),
          Dimension.of("product", CrmResponse::product),
          Dimension.of("touchpoint", CrmResponse::touchpoint));

  private final List<CrmResponse> responses;
  private final List<CrmInvitation> invitations;
  private final ZoneId zone;

  /**
   * A report over responses, with time in a zone.
   *
   * @param responses the responses
   * @param invitations the survey invitations, for the response rates
   * @param zone the zone of the quarters and months
   */
  public CrmReport(List<CrmResponse> responses, List<CrmInvitation> invitations, ZoneId zone) {
    this.responses = List.copyOf(responses);
    this.invitations = List.copyOf(invitations);
    this.zone = zone;
  }

  /**
   * Returns each segment of lead type, industry, role, company size, product and touchpoint
   * against the rest of its dimension, with Holm's correction within each dimension.
   *
   * @return one report per dimension, by dimension name
   */
  public Map<String, SegmentComparisonReport> segmentsAgainstTheRest() {
    Map<String, SegmentComparisonReport> reports = new LinkedHashMap<>();
    for (Dimension<CrmResponse> dimension : SEGMENT_DIMENSIONS) {
      NpsTable table = Segmentation.by(dimension).score(CrmResponse::score).build().tabulate(responses);
      reports.put(dimension.name(), SegmentComparisons.defaults().againstComplement(table.summaries()));
    }
    return reports;
  }

  /**
   * Returns the reps ranked by the lower bound of their 95 % interval, minimum n 30.
   *
   * @return the ranking
   */
  public RankingReport repRanking() {
    return Ranking.defaults().rank(byRep().summaries());
  }

  /**
   * Returns each rep's NPS re-weighted to the overall product mix.
   *
   * @return the mix-adjusted report
   */
  public MixAdjustmentReport repNpsAtTheOverallProductMix() {
    NpsTable byRepAndProduct =
        Segmentation.by(Dimension.of("rep", CrmResponse::rep), Dimension.of("product", CrmResponse::product))
            .score(CrmResponse::score)
            .build()
            .tabulate(responses);
    return MixAdjustment.toOverallMix().adjust(byRepAndProduct.summaries());
  }

  /**
   * Returns the alerts on each team's monthly trend: NPS below 0 for 3 months, a significant drop
   * of the last 3 months against the 6 before, passives rising.
   *
   * @return the alerts
   */
  public List<Alert> teamAlerts() {
    NpsTable monthly =
        Segmentation.by(Dimension.of("team", CrmResponse::team))
            .score(CrmResponse::score)
            .time(CrmResponse::answeredAt, TimeBuckets.months(zone))
            .build()
            .tabulate(responses);
    return Alerts.evaluate(
        monthly.trends(),
        List.of(
            AlertRule.belowThreshold(0, 3),
            AlertRule.significantDrop(6, 3),
            AlertRule.passivesRising(6, 3)));
  }

  /**
   * Returns conversion, add-on and referral rates and days to close by category.
   *
   * @return the outcome report
   */
  public OutcomeReport outcomes() {
    return OutcomeAnalysis.<CrmResponse>builder(CrmResponse::score)
        .binary("converted", CrmResponse::converted)
        .binary("add-on", CrmResponse::addOn)
        .binary("referral", CrmResponse::referral)
        .duration("days to close", r -> r.daysToClose() < 0
            ? OptionalDouble.empty() : OptionalDouble.of(r.daysToClose()))
        .build()
        .analyze(responses);
  }

  /**
   * Returns the response rate of each team: responses over invitations.
   *
   * @return the response-rate report
   */
  public ResponseRateReport responseRatesByTeam() {
    return ResponseRates.count(
            invitations, i -> SegmentKey.of(i.team()), responses, r -> SegmentKey.of(r.team()))
        .report();
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
        .append(System.lineSeparator()).append(System.lineSeparator());

    out.append("Segments that differ from the rest of their dimension (Holm, 95%):")
        .append(System.lineSeparator());
    segmentsAgainstTheRest().forEach((dimension, report) -> {
      for (SegmentDifference row : report.significant()) {
        NpsDifference difference = row.difference().orElseThrow();
        out.append(String.format(Locale.ROOT, "  %-13s %-14s n %5d  NPS %6.1f vs %6.1f  difference %+6.1f %s  adjusted p %.2g%n",
            dimension, row.segment().values().get(0), row.segmentSummary().count(),
            row.segmentSummary().netPromoterScore(), row.complementSummary().netPromoterScore(),
            difference.difference(), bounds(Optional.of(difference.interval())),
            row.adjustedPValue().orElse(Double.NaN)));
      }
    });
    out.append(System.lineSeparator());

    RankingReport ranking = repRanking();
    out.append("Rep ranking: ").append(ranking.methodDescription()).append(System.lineSeparator());
    for (RankedSegment rep : ranking.ranked()) {
      out.append(String.format(Locale.ROOT, "  %2d%s %-8s n %4d  NPS %6.1f  lower bound %6.1f%n",
          rep.rank(), rep.tied() ? "=" : " ", rep.segment().values().get(0), rep.summary().count(),
          rep.summary().netPromoterScore(), rep.rankingScore().orElse(Double.NaN)));
    }
    out.append(System.lineSeparator());

    out.append("Rep NPS at the overall product mix (direct standardization):")
        .append(System.lineSeparator());
    for (MixAdjustedNps row : repNpsAtTheOverallProductMix().rows()) {
      out.append(String.format(Locale.ROOT, "  %-8s crude %6.1f  adjusted %6.1f %s%n", row.focusValue(),
          row.crudeNps().orElse(Double.NaN), row.adjustedNps().orElse(Double.NaN), bounds(row.interval())));
    }
    out.append(System.lineSeparator());

    List<Alert> alerts = teamAlerts();
    out.append("Alerts on the teams' monthly trends: ").append(alerts.size()).append(System.lineSeparator());
    for (Alert alert : alerts) {
      out.append("  ").append(alert).append(System.lineSeparator());
    }
    out.append(System.lineSeparator());

    OutcomeReport outcomes = outcomes();
    out.append(String.format(Locale.ROOT, "%-14s %11s %11s %11s   %s%n", "Outcome", "promoters", "passives",
        "detractors", "promoter / detractor rate"));
    for (BinaryOutcomeByCategory outcome : outcomes.binaryOutcomes()) {
      out.append(String.format(Locale.ROOT, "%-14s %10.1f%% %10.1f%% %10.1f%%   %s%n", outcome.name(),
          100 * outcome.of(Category.PROMOTER).rate(), 100 * outcome.of(Category.PASSIVE).rate(),
          100 * outcome.of(Category.DETRACTOR).rate(),
          outcome.lift().ratio().map(i -> String.format(Locale.ROOT, "%.2f [%.2f, %.2f]",
              i.estimate(), i.lower(), i.upper())).orElse("-")));
    }
    DurationOutcomeByCategory days = outcomes.duration("days to close");
    out.append(String.format(Locale.ROOT, "%-14s %11.1f %11.1f %11.1f   promoters minus detractors: %s days%n",
        days.name(), days.of(Category.PROMOTER).mean(), days.of(Category.PASSIVE).mean(),
        days.of(Category.DETRACTOR).mean(),
        days.meanDifference().map(i -> String.format(Locale.ROOT, "%.1f [%.1f, %.1f]", i.estimate(),
            i.lower(), i.upper())).orElse("-")));
    out.append(System.lineSeparator());

    ResponseRateReport rates = responseRatesByTeam();
    out.append(String.format(Locale.ROOT, "%-10s %11s %9s %7s %16s%n", "Team", "invitations", "responses",
        "rate", "95% CI"));
    for (ResponseRate rate : rates.rows()) {
      out.append(String.format(Locale.ROOT, "%-10s %11d %9d %6.1f%% %16s%n", rate.segment().values().get(0),
          rate.invitations(), rate.responses(), 100 * rate.rate().orElse(Double.NaN),
          rate.interval().map(i -> String.format(Locale.ROOT, "[%.1f%%, %.1f%%]", 100 * i.lower(),
              100 * i.upper())).orElse("-")));
    }
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
