package org.nps4j.segments;

import java.util.Objects;
import java.util.Optional;
import org.nps4j.core.Interval;

/**
 * How much more often promoters than detractors have a yes/no outcome: the <b>rate ratio</b>
 * (promoter rate / detractor rate, "promoters convert 3 times as often") and the <b>rate
 * difference</b> (promoter rate − detractor rate, "40 points more"), each with a confidence
 * interval at the rates' level.
 *
 * <p>Obtain one from {@link BinaryOutcomeByCategory#lift()}. Instances are immutable and compare by
 * their exact counts.
 *
 * <h2>Methods</h2>
 *
 * With {@code a} promoter successes out of {@code n1} known values and {@code c} detractor
 * successes out of {@code n2}, and {@code z} the two-sided normal critical value:
 *
 * <ul>
 *   <li>{@link #ratio()}: the Katz log interval, {@code exp(log RR ± z·sqrt(1/a − 1/n1 + 1/c −
 *       1/n2))} around {@code RR = (a/n1) / (c/n2)} (Katz et al., 1978, Biometrics 34(3)).
 *   <li>{@link #difference()}: Newcombe's hybrid score interval (Newcombe, 1998, Statistics in
 *       Medicine 17, method 10), built from the Wilson intervals {@code [l1, u1]} and {@code [l2,
 *       u2]} of the two rates: {@code d − sqrt((p1 − l1)² + (u2 − p2)²)} to {@code d + sqrt((u1 −
 *       p1)² + (p2 − l2)²)} around {@code d = p1 − p2}. Unlike the Wald interval it stays inside
 *       [−1, 1] and does not collapse when a rate is 0 or 1.
 * </ul>
 *
 * <h2>When a figure is undefined</h2>
 *
 * Both are empty when either category has no known value. The ratio is also empty when no detractor
 * has the outcome (it would divide by a zero rate) or no promoter has it (the logarithm of 0 has no
 * interval). {@link #ratioNote()} and {@link #differenceNote()} say why, or name the method when
 * the figure is present, so a report can show the reason in place of the number.
 *
 * @param promoters the outcome among promoters
 * @param detractors the outcome among detractors
 */
public record Lift(
    BinaryOutcomeByCategory.Rate promoters, BinaryOutcomeByCategory.Rate detractors) {
  private static final String KATZ = "Katz log interval of the rate ratio";
  private static final String NEWCOMBE =
      "Newcombe hybrid score interval of the rate difference (from the two Wilson intervals)";

  /**
   * Checks the rates.
   *
   * @param promoters the outcome among promoters
   * @param detractors the outcome among detractors
   * @throws IllegalArgumentException if the two rates have different confidence levels
   * @throws NullPointerException if an argument is null
   */
  public Lift {
    Objects.requireNonNull(promoters, "promoters");
    Objects.requireNonNull(detractors, "detractors");
    if (promoters.level() != detractors.level()) {
      throw new IllegalArgumentException(
          "Invalid lift (both rates must share one confidence level): promoters at "
              + promoters.level()
              + ", detractors at "
              + detractors.level());
    }
  }

  /**
   * The confidence level of both intervals.
   *
   * @return the level, strictly between 0 and 1
   */
  public double level() {
    return promoters.level();
  }

  /**
   * The rate ratio promoter rate / detractor rate with its Katz log interval, clamped below at 0.
   *
   * @return the interval, whose estimate is the ratio; empty when {@link #ratioNote()} explains why
   */
  public Optional<Interval> ratio() {
    if (ratioUnavailableReason() != null) {
      return Optional.empty();
    }
    double a = promoters.successes();
    double n1 = promoters.known();
    double c = detractors.successes();
    double n2 = detractors.known();
    double ratio = (a / n1) / (c / n2);
    double standardError = Math.sqrt(1 / a - 1 / n1 + 1 / c - 1 / n2);
    double z = StandardNormal.twoSidedCriticalValue(level());
    double logRatio = Math.log(ratio);
    // exp(log(x)) may differ from x in the last bit; the interval must still contain its estimate.
    double lower = Math.min(ratio, Math.exp(logRatio - z * standardError));
    double upper = Math.max(ratio, Math.exp(logRatio + z * standardError));
    return Optional.of(
        Interval.clamped(ratio, lower, upper, level(), 0.0, Double.POSITIVE_INFINITY));
  }

  /**
   * Names the method of {@link #ratio()}, or says why it is empty.
   *
   * @return a short sentence for a report
   */
  public String ratioNote() {
    String reason = ratioUnavailableReason();
    return reason == null ? KATZ : reason;
  }

  /**
   * The rate difference promoter rate − detractor rate with Newcombe's hybrid score interval.
   *
   * @return the interval on [−1, 1], whose estimate is the difference; empty when {@link
   *     #differenceNote()} explains why
   */
  public Optional<Interval> difference() {
    if (differenceUnavailableReason() != null) {
      return Optional.empty();
    }
    Interval promoterInterval = promoters.interval().orElseThrow();
    Interval detractorInterval = detractors.interval().orElseThrow();
    double p1 = promoters.rate();
    double p2 = detractors.rate();
    double difference = p1 - p2;
    double below = Math.hypot(p1 - promoterInterval.lower(), detractorInterval.upper() - p2);
    double above = Math.hypot(promoterInterval.upper() - p1, p2 - detractorInterval.lower());
    return Optional.of(
        Interval.clamped(difference, difference - below, difference + above, level(), -1.0, 1.0));
  }

  /**
   * Names the method of {@link #difference()}, or says why it is empty.
   *
   * @return a short sentence for a report
   */
  public String differenceNote() {
    String reason = differenceUnavailableReason();
    return reason == null ? NEWCOMBE : reason;
  }

  private String differenceUnavailableReason() {
    if (promoters.isEmpty() && detractors.isEmpty()) {
      return "Undefined: neither promoters nor detractors have a known value";
    }
    if (promoters.isEmpty()) {
      return "Undefined: no promoter has a known value";
    }
    if (detractors.isEmpty()) {
      return "Undefined: no detractor has a known value";
    }
    return null;
  }

  private String ratioUnavailableReason() {
    String reason = differenceUnavailableReason();
    if (reason != null) {
      return reason;
    }
    if (detractors.successes() == 0) {
      return "Undefined: no detractor has the outcome, so the ratio would divide by a zero rate";
    }
    if (promoters.successes() == 0) {
      return "Undefined: no promoter has the outcome; the ratio is 0 and the Katz log interval"
          + " needs a success in both groups";
    }
    return null;
  }
}
