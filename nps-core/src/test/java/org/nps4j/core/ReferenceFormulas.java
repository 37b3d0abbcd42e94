package org.nps4j.core;

/**
 * The DOMAIN formulas written out independently of the code under test, for the expected values of
 * the statistics tests: per respondent promoter +1, passive 0, detractor -1; V = (pP + pD) - (pP -
 * pD)^2 on the unit scale.
 */
final class ReferenceFormulas {
  private ReferenceFormulas() {}

  /** V = (pP + pD) - (pP - pD)^2 on the unit scale, from (possibly fractional) counts. */
  static double variance(double promoters, double passives, double detractors) {
    double n = promoters + passives + detractors;
    double pP = promoters / n;
    double pD = detractors / n;
    return (pP + pD) - (pP - pD) * (pP - pD);
  }
}
