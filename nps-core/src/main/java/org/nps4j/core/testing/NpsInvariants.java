package org.nps4j.core.testing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.nps4j.core.CategoryPercentages;
import org.nps4j.core.Interval;
import org.nps4j.core.IntervalMethod;
import org.nps4j.core.NpsDifference;
import org.nps4j.core.NpsSummary;
import org.nps4j.core.UnansweredPolicy;
import org.nps4j.core.WeightedNpsSummary;

/**
 * The invariants every NPS value must satisfy, for a host's test suite to call on any summary,
 * interval or difference it produces: NPS within [-100, 100], counts that add up, shares that add
 * up to 1, percentages that add up to 100, lower bound not above upper bound, intervals within
 * their range, p-values within [0, 1], and so on.
 *
 * <p>Each {@code violations} method returns the broken rules as readable sentences (empty when all
 * hold); each {@code check} method throws an {@link AssertionError} listing them, which every test
 * framework reports as a failure.
 */
public final class NpsInvariants {
  private static final double TOLERANCE = 1e-9;

  private NpsInvariants() {}

  /**
   * Checks a summary and throws if any invariant is broken.
   *
   * @param summary the summary
   * @throws AssertionError listing the broken invariants and the summary
   */
  public static void check(NpsSummary summary) {
    fail(violations(summary), summary);
  }

  /**
   * Checks an interval and throws if any invariant is broken.
   *
   * @param interval the interval
   * @param min the smallest value the statistic can take, e.g. -100 for an NPS
   * @param max the largest value the statistic can take, e.g. 100
   * @throws AssertionError listing the broken invariants and the interval
   */
  public static void check(Interval interval, double min, double max) {
    fail(violations(interval, min, max), interval);
  }

  /**
   * Checks a difference and throws if any invariant is broken.
   *
   * @param difference the difference
   * @throws AssertionError listing the broken invariants and the difference
   */
  public static void check(NpsDifference difference) {
    fail(violations(difference), difference);
  }

  /**
   * Checks a weighted summary and throws if any invariant is broken.
   *
   * @param summary the weighted summary
   * @throws AssertionError listing the broken invariants and the summary
   */
  public static void check(WeightedNpsSummary summary) {
    fail(violations(summary), summary);
  }

  /**
   * Checks that {@code a.plus(b)} is the exact combination of {@code a} and {@code b}: counts add,
   * order does not matter, and the empty summary is the identity.
   *
   * @param a a summary
   * @param b a summary on the same scale with the same policy
   * @throws AssertionError listing the broken invariants
   */
  public static void checkPlus(NpsSummary a, NpsSummary b) {
    List<String> broken = new ArrayList<>();
    NpsSummary sum = a.plus(b);
    expect(broken, sum.equals(b.plus(a)), "a.plus(b) must equal b.plus(a)");
    expect(broken, sum.count() == a.count() + b.count(), "count of a.plus(b) must be the sum");
    expect(broken, sum.promoters() == a.promoters() + b.promoters(), "promoters must add");
    expect(broken, sum.passives() == a.passives() + b.passives(), "passives must add");
    expect(broken, sum.detractors() == a.detractors() + b.detractors(), "detractors must add");
    expect(broken, sum.missing() == a.missing() + b.missing(), "missing must add");
    expect(broken, sum.declined() == a.declined() + b.declined(), "declined must add");
    NpsSummary empty = NpsSummary.empty(a.scale(), a.unansweredPolicy());
    expect(broken, a.plus(empty).equals(a), "the empty summary must be the identity of plus");
    broken.addAll(violations(sum));
    fail(broken, "a = " + a + ", b = " + b);
  }

  /**
   * The invariants a summary breaks.
   *
   * @param summary the summary
   * @return the broken invariants, empty if none
   */
  public static List<String> violations(NpsSummary summary) {
    Objects.requireNonNull(summary, "summary");
    List<String> broken = new ArrayList<>();
    long unanswered =
        summary.unansweredPolicy() == UnansweredPolicy.COUNT_AS_PASSIVE
            ? summary.missing() + summary.declined()
            : 0;
    expect(broken, summary.promoters() >= 0, "promoters must be >= 0");
    expect(broken, summary.passives() >= 0, "passives must be >= 0");
    expect(broken, summary.detractors() >= 0, "detractors must be >= 0");
    expect(broken, summary.missing() >= 0 && summary.declined() >= 0, "unanswered counts must be >= 0");
    expect(
        broken,
        summary.count() == summary.promoters() + summary.passives() + summary.detractors(),
        "count must equal promoters + passives + detractors");
    expect(broken, summary.count() == summary.answered() + unanswered, "count must equal answered"
        + " + unanswered counted under the policy");
    expect(broken, summary.isEmpty() == (summary.answered() == 0), "isEmpty must mean no answers");
    if (summary.hasScoreCounts()) {
      long total = 0;
      for (long count : summary.scoreCounts()) {
        expect(broken, count >= 0, "every score count must be >= 0");
        total += count;
      }
      expect(broken, total == summary.answered(), "score counts must add up to answered");
    }
    if (summary.isEmpty()) {
      expect(broken, throwsIllegalState(summary::netPromoterScore), "an empty summary must have no NPS");
      return broken;
    }
    double nps = summary.netPromoterScore();
    expect(broken, nps >= -100 && nps <= 100, "NPS " + nps + " must be within [-100, 100]");
    double shares = summary.promoterShare() + summary.passiveShare() + summary.detractorShare();
    expect(broken, Math.abs(shares - 1) <= TOLERANCE, "shares must add up to 1, not " + shares);
    double fromShares = 100 * (summary.promoterShare() - summary.detractorShare());
    expect(broken, Math.abs(nps - fromShares) <= TOLERANCE * 100, "NPS must be 100 (pP - pD)");
    expect(
        broken,
        Math.abs(summary.netPromoterScoreExact().doubleValue() - nps) <= TOLERANCE,
        "the exact NPS must match the double NPS");
    for (int places = 0; places <= 2; places++) {
      CategoryPercentages percentages = summary.categoryPercentages(places);
      expect(
          broken,
          percentages.total().compareTo(BigDecimal.valueOf(100)) == 0,
          "category percentages must add up to 100 at " + places + " places, not "
              + percentages.total());
      BigDecimal rounded = summary.roundedNetPromoterScore(places);
      expect(
          broken,
          rounded.subtract(BigDecimal.valueOf(nps)).abs().doubleValue()
              <= 0.5 * Math.pow(10, -places) + TOLERANCE,
          "rounded NPS " + rounded + " must be within half a unit of " + nps);
    }
    double se = summary.standardError();
    expect(
        broken,
        se >= 0 && se <= 100 / Math.sqrt(summary.count()) + TOLERANCE,
        "standard error " + se + " must be within [0, 100 / sqrt(n)]");
    for (IntervalMethod method : IntervalMethod.values()) {
      Interval interval = summary.confidenceInterval(method, 0.95);
      for (String violation : violations(interval, -100, 100)) {
        broken.add(method + " interval: " + violation);
      }
      if (method == IntervalMethod.WALD || method == IntervalMethod.SCORE) {
        expect(
            broken,
            interval.lower() <= nps + TOLERANCE && nps - TOLERANCE <= interval.upper(),
            method + " interval " + interval + " must contain the NPS " + nps);
      }
    }
    if (summary.hasScoreCounts() && summary.answered() > 0) {
      int min = summary.scale().min();
      int max = summary.scale().max();
      double mean = summary.meanScore();
      double median = summary.medianScore();
      expect(broken, mean >= min && mean <= max, "mean score " + mean + " must be on the scale");
      expect(broken, median >= min && median <= max, "median " + median + " must be on the scale");
    }
    return broken;
  }

  /**
   * The invariants an interval breaks: bounds in order, clamped bounds within the computed ones and
   * within {@code [min, max]}, a level in (0, 1).
   *
   * @param interval the interval
   * @param min the smallest value the statistic can take
   * @param max the largest value the statistic can take
   * @return the broken invariants, empty if none
   */
  public static List<String> violations(Interval interval, double min, double max) {
    Objects.requireNonNull(interval, "interval");
    List<String> broken = new ArrayList<>();
    expect(broken, interval.lower() <= interval.upper(), "lower must not exceed upper");
    expect(
        broken,
        interval.unclampedLower() <= interval.lower() && interval.upper() <= interval.unclampedUpper(),
        "clamped bounds must lie within the computed bounds");
    expect(
        broken,
        interval.lower() >= min && interval.upper() <= max,
        "bounds [" + interval.lower() + ", " + interval.upper() + "] must lie within [" + min + ", "
            + max + "]");
    expect(
        broken,
        interval.estimate() >= min - TOLERANCE && interval.estimate() <= max + TOLERANCE,
        "estimate " + interval.estimate() + " must lie within [" + min + ", " + max + "]");
    expect(broken, interval.level() > 0 && interval.level() < 1, "level must be in (0, 1)");
    return broken;
  }

  /**
   * The invariants a difference breaks: difference within [-200, 200], non-negative standard error,
   * p-value within [0, 1], z of the interval centre's sign, the interval within [-200, 200], and
   * significance consistent with the p-value.
   *
   * @param difference the difference
   * @return the broken invariants, empty if none
   */
  public static List<String> violations(NpsDifference difference) {
    Objects.requireNonNull(difference, "difference");
    List<String> broken = new ArrayList<>();
    double diff = difference.difference();
    expect(broken, diff >= -200 && diff <= 200, "difference " + diff + " must be within [-200, 200]");
    expect(broken, difference.standardError() >= 0, "standard error must be >= 0");
    double p = difference.pValue();
    expect(broken, p >= 0 && p <= 1, "p-value " + p + " must be within [0, 1]");
    double centre = difference.interval().estimate();
    expect(
        broken,
        Math.signum(difference.z()) == Math.signum(centre),
        "z " + difference.z() + " must have the sign of the interval centre " + centre);
    expect(
        broken,
        difference.isSignificant() == (p < 1 - difference.level()),
        "isSignificant must mean p < 1 - level");
    broken.addAll(violations(difference.interval(), -200, 200));
    return broken;
  }

  /**
   * The invariants a weighted summary breaks: NPS within [-100, 100], shares adding up to 1, an
   * effective sample size between 1 and the number of answers.
   *
   * @param summary the weighted summary
   * @return the broken invariants, empty if none
   */
  public static List<String> violations(WeightedNpsSummary summary) {
    Objects.requireNonNull(summary, "summary");
    List<String> broken = new ArrayList<>();
    expect(broken, summary.count() >= 0, "count must be >= 0");
    expect(
        broken,
        summary.promoterWeight() >= 0 && summary.passiveWeight() >= 0 && summary.detractorWeight() >= 0,
        "category weights must be >= 0");
    if (summary.isEmpty()) {
      expect(broken, throwsIllegalState(summary::netPromoterScore), "an empty summary must have no NPS");
      return broken;
    }
    double nps = summary.netPromoterScore();
    expect(broken, nps >= -100 - TOLERANCE && nps <= 100 + TOLERANCE, "NPS " + nps + " must be within [-100, 100]");
    double shares = summary.promoterShare() + summary.passiveShare() + summary.detractorShare();
    expect(broken, Math.abs(shares - 1) <= TOLERANCE, "shares must add up to 1, not " + shares);
    double nEff = summary.effectiveSampleSize();
    expect(
        broken,
        nEff >= 1 - TOLERANCE && nEff <= summary.count() * (1 + TOLERANCE),
        "effective sample size " + nEff + " must be within [1, " + summary.count() + "]");
    expect(broken, summary.standardError() >= 0, "standard error must be >= 0");
    return broken;
  }

  private static boolean throwsIllegalState(Runnable action) {
    try {
      action.run();
      return false;
    } catch (IllegalStateException expected) {
      return true;
    }
  }

  private static void expect(List<String> broken, boolean holds, String rule) {
    if (!holds) {
      broken.add(rule);
    }
  }

  private static void fail(List<String> broken, Object subject) {
    if (!broken.isEmpty()) {
      throw new AssertionError("NPS invariants broken for " + subject + ": " + broken);
    }
  }
}
