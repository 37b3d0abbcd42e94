package org.nps4j.segments;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.nps4j.core.Category;
import org.nps4j.core.Interval;

/**
 * One yes/no outcome ("converted", "bought an add-on", "made a referral") by NPS category: how many
 * respondents of each category have a known value, how many of those said yes, the rate with its
 * Wilson score interval, and the promoter-versus-detractor {@link Lift}.
 *
 * <p>Obtain one from {@link OutcomeReport#binary(String)}. The record holds exact counts only, so
 * {@link #equals(Object)} is exact; every rate and interval is derived from them. The row for all
 * respondents, {@link #all()}, is the sum of the three categories. Instances are immutable.
 *
 * @param name the outcome's name, as declared by the host
 * @param detractors the outcome among detractors
 * @param passives the outcome among passives
 * @param promoters the outcome among promoters
 */
public record BinaryOutcomeByCategory(String name, Rate detractors, Rate passives, Rate promoters) {

  /**
   * Checks the outcome.
   *
   * @param name the outcome's name, not blank
   * @param detractors the outcome among detractors
   * @param passives the outcome among passives
   * @param promoters the outcome among promoters
   * @throws IllegalArgumentException if the name is blank or the three rates have different
   *     confidence levels
   * @throws NullPointerException if an argument is null
   */
  public BinaryOutcomeByCategory {
    OutcomeAccumulator.requireName(name);
    Objects.requireNonNull(detractors, "detractors");
    Objects.requireNonNull(passives, "passives");
    Objects.requireNonNull(promoters, "promoters");
    if (detractors.level() != passives.level() || detractors.level() != promoters.level()) {
      throw new IllegalArgumentException(
          "Invalid rates for outcome '"
              + name
              + "' (all categories must share one confidence level): "
              + detractors.level()
              + ", "
              + passives.level()
              + ", "
              + promoters.level());
    }
  }

  /**
   * The outcome among all respondents: the exact sum of the three categories.
   *
   * @return the rate for all respondents
   */
  public Rate all() {
    return new Rate(
        Math.addExact(
            Math.addExact(detractors.respondents(), passives.respondents()),
            promoters.respondents()),
        detractors.known() + passives.known() + promoters.known(),
        detractors.successes() + passives.successes() + promoters.successes(),
        detractors.level());
  }

  /**
   * The outcome among the respondents of one category.
   *
   * @param category the category
   * @return its rate
   * @throws NullPointerException if {@code category} is null
   */
  public Rate of(Category category) {
    return switch (category) {
      case DETRACTOR -> detractors;
      case PASSIVE -> passives;
      case PROMOTER -> promoters;
    };
  }

  /**
   * The rows to render, in the order detractors, passives, promoters, all.
   *
   * @return an unmodifiable map from group to rate, iterated in that order
   */
  public Map<OutcomeReport.Group, Rate> byGroup() {
    Map<OutcomeReport.Group, Rate> rows = new EnumMap<>(OutcomeReport.Group.class);
    rows.put(OutcomeReport.Group.DETRACTOR, detractors);
    rows.put(OutcomeReport.Group.PASSIVE, passives);
    rows.put(OutcomeReport.Group.PROMOTER, promoters);
    rows.put(OutcomeReport.Group.ALL, all());
    return Collections.unmodifiableMap(rows);
  }

  /**
   * How much more often promoters than detractors have this outcome: the rate ratio and the rate
   * difference, with their intervals.
   *
   * @return the promoter-versus-detractor lift
   */
  public Lift lift() {
    return new Lift(promoters, detractors);
  }

  /**
   * A yes/no outcome among a group of respondents: the counts and the rate with its Wilson score
   * interval.
   *
   * <p>A respondent whose value is unknown (a {@code null} {@code Boolean}, or {@code -1} in a
   * column) counts in {@link #respondents()} and {@link #unknown()} but not in the denominator
   * {@link #known()}. When no value is known the rate is undefined: {@link #rate()} throws and
   * {@link #interval()} is empty, rather than report 0 for "no data".
   *
   * @param respondents the respondents in the group, with a known value or not
   * @param known the respondents whose value is known: the denominator
   * @param successes the respondents whose value is yes
   * @param level the confidence level of {@link #interval()}, strictly between 0 and 1
   */
  public record Rate(long respondents, long known, long successes, double level) {

    /**
     * Checks the counts.
     *
     * @param respondents the respondents in the group, with a known value or not
     * @param known the respondents whose value is known
     * @param successes the respondents whose value is yes
     * @param level the confidence level, strictly between 0 and 1
     * @throws IllegalArgumentException unless {@code 0 <= successes <= known <= respondents}, or if
     *     the level is not strictly between 0 and 1
     */
    public Rate {
      if (successes < 0 || known < successes || respondents < known) {
        throw new IllegalArgumentException(
            "Invalid outcome counts (must satisfy 0 <= successes <= known <= respondents): "
                + successes
                + " successes, "
                + known
                + " known, "
                + respondents
                + " respondents");
      }
      StandardNormal.requireLevel(level);
    }

    /**
     * The respondents whose value is unknown, left out of the denominator.
     *
     * @return {@code respondents - known}
     */
    public long unknown() {
      return respondents - known;
    }

    /**
     * Whether no value is known, so the rate is undefined.
     *
     * @return true if {@code known == 0}
     */
    public boolean isEmpty() {
      return known == 0;
    }

    /**
     * The share of known values that are yes.
     *
     * @return {@code successes / known}, in [0, 1]
     * @throws IllegalStateException if no value is known
     */
    public double rate() {
      if (known == 0) {
        throw new IllegalStateException(
            "The rate is undefined without a known value ("
                + respondents
                + " respondents, none with a known value)");
      }
      return (double) successes / known;
    }

    /**
     * The Wilson score interval for the rate at {@link #level()}, with the observed rate as its
     * estimate (the Wilson interval always contains it). With {@code p} the rate, {@code n} the
     * known count and {@code z} the two-sided normal critical value, the bounds are {@code (p +
     * z²/2n ± z·sqrt(p(1 − p)/n + z²/4n²)) / (1 + z²/n)}; they are exactly 0 when there is no
     * success and exactly 1 when every value is yes.
     *
     * @return the interval, or empty if no value is known
     */
    public Optional<Interval> interval() {
      if (known == 0) {
        return Optional.empty();
      }
      return Optional.of(Interval.wilson(successes, known, level));
    }
  }
}
