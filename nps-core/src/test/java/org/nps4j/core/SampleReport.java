package org.nps4j.core;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.nps4j.core.testing.NpsGenerators;
import org.nps4j.core.testing.ResponseGenerator;
import org.nps4j.core.testing.ScoreDistribution;

/**
 * The README's sample run: NPS figures over built-in, seeded sample responses, printed as a plain
 * text report. Cold leads are generated with a lower promoter share than warm leads, as in the
 * field, so the comparison has something to find.
 */
public final class SampleReport {
  static final long SEED = 2026;

  private SampleReport() {}

  /**
   * Prints the report to standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    print(sampleResponses(), System.out);
  }

  static List<Response> sampleResponses() {
    SplittableRandom random = new SplittableRandom(SEED);
    Map<String, List<String>> attributes =
        Map.of(
            "team", List.of("east", "west", "central"),
            "industry", List.of("Software", "Healthcare", "Retail"));
    ResponseGenerator base = NpsGenerators.responses().withAttributes(attributes);
    List<Response> responses = new ArrayList<>();
    responses.addAll(
        withLeadType(
            base.withScores(ScoreDistribution.ofCategoryShares(0.35, 0.30, 0.35)).list(random, 900),
            "cold"));
    responses.addAll(
        withLeadType(
            base.withScores(ScoreDistribution.ofCategoryShares(0.20, 0.30, 0.50)).list(random, 1100),
            "warm"));
    return responses;
  }

  private static List<Response> withLeadType(List<Response> responses, String leadType) {
    return responses.stream()
        .map(
            r ->
                Response.builder(r.respondentId(), r.score(), r.answeredAt())
                    .touchpoint(r.touchpoint().orElseThrow())
                    .attributes(r.attributes())
                    .attribute("leadType", leadType)
                    .build())
        .collect(Collectors.toList());
  }

  static void print(List<Response> responses, PrintStream out) {
    NpsSummary all = responses.stream().map(Response::score).collect(NpsCollectors.toSummary());
    CategoryPercentages shares = all.categoryPercentages(0);
    out.printf(
        Locale.ROOT, "nps4j sample report: %d generated survey responses (seed %d)%n%n",
        responses.size(), SEED);
    out.printf(
        Locale.ROOT,
        "Overall NPS %s  95%% CI [%.1f, %.1f] (adjusted Wald)  n=%d%n",
        all.roundedNetPromoterScore(1).toPlainString(),
        all.confidenceInterval().lower(),
        all.confidenceInterval().upper(),
        all.count());
    out.printf(
        Locale.ROOT,
        "  promoters %s%%  passives %s%%  detractors %s%%  mean score %.2f  median %.1f%n%n",
        shares.promoters(), shares.passives(), shares.detractors(), all.meanScore(),
        all.medianScore());

    printTable(out, "Touchpoint", bySegment(responses, r -> r.touchpoint().orElseThrow().id()));
    printTable(out, "Team", bySegment(responses, r -> r.attribute("team").orElse("(none)")));

    Map<String, NpsSummary> leadTypes =
        bySegment(responses, r -> r.attribute("leadType").orElse("(none)"));
    NpsDifference coldVsWarm =
        NpsDifference.between(leadTypes.get("cold"), leadTypes.get("warm"));
    out.printf(
        Locale.ROOT,
        "Cold minus warm leads: %+.1f points, 95%% CI [%.1f, %.1f], z %.2f, p %.2g -> %s%n",
        coldVsWarm.difference(),
        coldVsWarm.interval().lower(),
        coldVsWarm.interval().upper(),
        coldVsWarm.z(),
        coldVsWarm.pValue(),
        coldVsWarm.isSignificant() ? "significant" : "not significant");

    NpsSummary east = bySegment(responses, r -> r.attribute("team").orElse("")).get("east");
    NpsBenchmarkComparison vsTarget =
        NpsBenchmarkComparison.of(east, 30, IntervalMethod.ADJUSTED_WALD, 0.95);
    out.printf(
        Locale.ROOT,
        "Team east against a company target of 30: NPS %.1f, z %.2f, p(below) %.2g -> %s%n",
        vsTarget.netPromoterScore(),
        vsTarget.z(),
        vsTarget.pValueBelow(),
        vsTarget.isSignificantlyBelow()
            ? "significantly below"
            : vsTarget.isSignificantlyAbove() ? "significantly above" : "not distinguishable");
    out.printf(
        Locale.ROOT,
        "Answers needed for +/-5 points at 95%%: %d (worst case), %d (at these shares)%n",
        NpsSampleSize.forMarginWorstCase(5, 0.95),
        NpsSampleSize.forMargin(5, 0.95, all.detractorShare(), all.promoterShare()));
  }

  private static Map<String, NpsSummary> bySegment(
      List<Response> responses, Function<Response, String> key) {
    return responses.stream()
        .collect(
            Collectors.groupingBy(
                key,
                TreeMap::new,
                Collectors.mapping(Response::score, NpsCollectors.toSummary())));
  }

  private static void printTable(PrintStream out, String title, Map<String, NpsSummary> rows) {
    out.printf(
        Locale.ROOT, "%-20s %6s %7s %16s %6s %6s %6s%n", title, "n", "NPS", "95% CI", "P%",
        "Pa%", "D%");
    rows.forEach(
        (segment, summary) -> {
          Interval ci = summary.confidenceInterval();
          CategoryPercentages pct = summary.categoryPercentages(0);
          out.printf(
              Locale.ROOT,
              "%-20s %6d %7s %16s %6s %6s %6s%n",
              segment,
              summary.count(),
              summary.roundedNetPromoterScore(1).toPlainString(),
              String.format(Locale.ROOT, "[%.1f, %.1f]", ci.lower(), ci.upper()),
              pct.promoters(),
              pct.passives(),
              pct.detractors());
        });
    out.println();
  }
}
