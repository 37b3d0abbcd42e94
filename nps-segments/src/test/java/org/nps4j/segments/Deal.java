package org.nps4j.segments;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** A host type for the tests: a survey answer on a deal, with the CRM's fields. */
record Deal(
    String rep,
    String team,
    String region,
    String industry,
    String leadType,
    int score,
    Instant answeredAt) {

  static final Dimension<Deal> REP = Dimension.of("rep", Deal::rep);
  static final Dimension<Deal> TEAM = Dimension.of("team", Deal::team);
  static final Dimension<Deal> REGION = Dimension.of("region", Deal::region);
  static final Dimension<Deal> INDUSTRY = Dimension.of("industry", Deal::industry);
  static final Dimension<Deal> LEAD_TYPE = Dimension.of("lead type", Deal::leadType);

  static Deal of(String rep, int score, Instant answeredAt) {
    return new Deal(rep, "team-" + rep, "EMEA", "Retail", "warm", score, answeredAt);
  }

  /**
   * Random deals: reps belong to a team and a region (rep i → team i % 3 → region by team), a rep
   * or an industry is missing (null or blank) now and then, answers spread over three years.
   */
  static List<Deal> random(SplittableRandom random, int count) {
    int reps = 1 + random.nextInt(12);
    long start = Instant.parse("2024-01-01T00:00:00Z").getEpochSecond();
    long span = 3L * 365 * 24 * 3600;
    List<Deal> deals = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int repNumber = random.nextInt(reps);
      String rep = random.nextInt(40) == 0 ? (random.nextBoolean() ? null : " ") : "rep-" + repNumber;
      String team = "team-" + (repNumber % 3);
      String region = (repNumber % 3) == 2 ? "APAC" : "EMEA";
      String industry =
          random.nextInt(30) == 0 ? null : List.of("Retail", "Banking", "Health").get(random.nextInt(3));
      String leadType = random.nextBoolean() ? "warm" : "cold";
      int score = random.nextInt(11);
      Instant at = Instant.ofEpochSecond(start + random.nextLong(span));
      deals.add(new Deal(rep, team, region, industry, leadType, score, at));
    }
    return deals;
  }
}
