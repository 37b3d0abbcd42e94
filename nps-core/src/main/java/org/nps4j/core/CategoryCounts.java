package org.nps4j.core;

/**
 * Promoter, passive and detractor counts as real numbers, the common input of every NPS statistic:
 * raw counts, counts with pseudo-counts added, or effective counts of weighted data.
 */
record CategoryCounts(double promoters, double passives, double detractors) {
  static final double SCALE = 100.0;

  double n() {
    return promoters + passives + detractors;
  }

  /** N = pP - pD on the unit scale. */
  double nps() {
    return (promoters - detractors) / n();
  }

  /** Per-respondent variance V = (pP + pD) - (pP - pD)^2 on the unit scale, never negative. */
  double variance() {
    double n = n();
    double promoterShare = promoters / n;
    double detractorShare = detractors / n;
    double nps = promoterShare - detractorShare;
    return Math.max(0.0, promoterShare + detractorShare - nps * nps);
  }

  /** sqrt(V / n) on the unit scale. */
  double standardError() {
    return Math.sqrt(variance() / n());
  }

  /**
   * The counts a method computes its Wald-type interval on: the raw counts for WALD, with the
   * method's pseudo-counts for the adjusted ones.
   */
  CategoryCounts adjustedFor(IntervalMethod method, double z) {
    return switch (method) {
      case WALD, SCORE -> this;
      case ADJUSTED_WALD -> new CategoryCounts(promoters + 0.75, passives + 1.5, detractors + 0.75);
      case ADJUSTED_WALD_Z2_OVER_3 -> {
        double third = z * z / 3.0;
        yield new CategoryCounts(promoters + third, passives + third, detractors + third);
      }
    };
  }

  /** A one-sample interval on the 100 scale, clamped to [-100, 100]. */
  Interval interval(IntervalMethod method, double level) {
    double z = ConfidenceLevels.twoSidedCriticalValue(level);
    if (method == IntervalMethod.SCORE) {
      return TangoScoreInterval.of(this, z, level);
    }
    CategoryCounts counts = adjustedFor(method, z);
    double centre = counts.nps();
    double margin = z * counts.standardError();
    return Interval.clamped(
        SCALE * centre, SCALE * (centre - margin), SCALE * (centre + margin), level, -SCALE, SCALE);
  }
}
