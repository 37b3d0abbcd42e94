package org.nps4j.segments;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.nps4j.core.Category;
import org.nps4j.core.NpsSummary;
import org.nps4j.core.Scale;

/**
 * Does NPS predict sales? Outcome rates and mean durations by NPS category, with intervals, and the
 * promoter-versus-detractor lift, beside the NPS of the same respondents.
 *
 * <p>Obtain one from {@link OutcomeAnalysis#analyze(Iterable)}, the collector {@link
 * OutcomeAnalysis#toReport()} or {@link OutcomeAccumulator#snapshot()}. Outcomes keep the order in
 * which the host declared them, and each outcome's rows come in the order detractors, passives,
 * promoters, all ({@link BinaryOutcomeByCategory#byGroup()}, {@link
 * DurationOutcomeByCategory#byGroup()}), so a report renders as a table without sorting:
 *
 * <pre>{@code
 * for (BinaryOutcomeByCategory outcome : report.binaryOutcomes()) {
 *   outcome.byGroup().forEach((group, rate) -> print(outcome.name(), group, rate));
 *   print(outcome.lift().ratio().map(Interval::toString).orElse(outcome.lift().ratioNote()));
 * }
 * }</pre>
 *
 * <p>Instances are immutable. Counts are exact; see {@link OutcomeAccumulator} for what a merge of
 * partial results preserves exactly.
 *
 * @param scale the scale the scores were given on
 * @param level the confidence level of every interval in the report
 * @param nps the NPS tally of all respondents, per score point
 * @param binaryOutcomes the yes/no outcomes, in declaration order
 * @param durationOutcomes the duration outcomes, in declaration order
 */
public record OutcomeReport(
    Scale scale,
    double level,
    NpsSummary nps,
    List<BinaryOutcomeByCategory> binaryOutcomes,
    List<DurationOutcomeByCategory> durationOutcomes) {

  /**
   * Checks the report and copies the lists.
   *
   * @param scale the scale the scores were given on
   * @param level the confidence level of every interval
   * @param nps the NPS tally of all respondents, on {@code scale}
   * @param binaryOutcomes the yes/no outcomes
   * @param durationOutcomes the duration outcomes
   * @throws IllegalArgumentException if the level is not strictly between 0 and 1, an outcome's
   *     level differs from it, the tally is on another scale, two outcomes share a name, or an
   *     outcome's respondents per category differ from the tally's category counts
   * @throws NullPointerException if an argument or a list element is null
   */
  public OutcomeReport {
    Objects.requireNonNull(scale, "scale");
    StandardNormal.requireLevel(level);
    Objects.requireNonNull(nps, "nps");
    binaryOutcomes = List.copyOf(binaryOutcomes);
    durationOutcomes = List.copyOf(durationOutcomes);
    if (!nps.scale().equals(scale)) {
      throw new IllegalArgumentException(
          "Invalid NPS tally (must be on the report's scale " + scale + "): " + nps.scale());
    }
    Set<String> names = new HashSet<>();
    for (BinaryOutcomeByCategory outcome : binaryOutcomes) {
      requireUnique(names, outcome.name());
      requireLevel(level, outcome.name(), outcome.detractors().level());
      for (Category category : Category.values()) {
        requireRespondents(nps, outcome.name(), category, outcome.of(category).respondents());
      }
    }
    for (DurationOutcomeByCategory outcome : durationOutcomes) {
      requireUnique(names, outcome.name());
      requireLevel(level, outcome.name(), outcome.detractors().level());
      for (Category category : Category.values()) {
        requireRespondents(nps, outcome.name(), category, outcome.of(category).respondents());
      }
    }
  }

  /**
   * The yes/no outcome with the given name.
   *
   * @param name the name the host declared
   * @return the outcome by category
   * @throws IllegalArgumentException if the report has no yes/no outcome of that name; the message
   *     lists the names it has
   */
  public BinaryOutcomeByCategory binary(String name) {
    return binaryOutcomes.stream()
        .filter(outcome -> outcome.name().equals(name))
        .findFirst()
        .orElseThrow(() -> unknownName("yes/no", name, binaryOutcomes.stream().map(o -> o.name())));
  }

  /**
   * The duration outcome with the given name.
   *
   * @param name the name the host declared
   * @return the outcome by category
   * @throws IllegalArgumentException if the report has no duration outcome of that name; the
   *     message lists the names it has
   */
  public DurationOutcomeByCategory duration(String name) {
    return durationOutcomes.stream()
        .filter(outcome -> outcome.name().equals(name))
        .findFirst()
        .orElseThrow(
            () -> unknownName("duration", name, durationOutcomes.stream().map(o -> o.name())));
  }

  /**
   * The number of respondents, all categories together.
   *
   * @return the number of scores counted
   */
  public long respondents() {
    return nps.count();
  }

  private static IllegalArgumentException unknownName(
      String kind, String name, Stream<String> names) {
    return new IllegalArgumentException(
        "Unknown "
            + kind
            + " outcome (valid names "
            + names.collect(Collectors.joining(", ", "[", "]"))
            + "): "
            + name);
  }

  private static void requireUnique(Set<String> names, String name) {
    if (!names.add(name)) {
      throw new IllegalArgumentException("Invalid outcome name (must be unique): " + name);
    }
  }

  private static void requireLevel(double level, String name, double outcomeLevel) {
    if (outcomeLevel != level) {
      throw new IllegalArgumentException(
          "Invalid confidence level for outcome '"
              + name
              + "' (must equal the report's "
              + level
              + "): "
              + outcomeLevel);
    }
  }

  private static void requireRespondents(
      NpsSummary nps, String name, Category category, long respondents) {
    long expected = nps.countOf(category);
    if (respondents != expected) {
      throw new IllegalArgumentException(
          "Invalid respondents for outcome '"
              + name
              + "' among "
              + category
              + " (must equal the NPS tally's "
              + expected
              + "): "
              + respondents);
    }
  }

  /**
   * The rows of an outcome table: the three NPS categories in the order of {@link Category}, then
   * all respondents.
   */
  public enum Group {
    /** Respondents who scored as detractors. */
    DETRACTOR,
    /** Respondents who scored as passives. */
    PASSIVE,
    /** Respondents who scored as promoters. */
    PROMOTER,
    /** All respondents. */
    ALL;

    /**
     * The group of a category's respondents.
     *
     * @param category the category
     * @return its group
     * @throws NullPointerException if {@code category} is null
     */
    public static Group of(Category category) {
      return switch (category) {
        case DETRACTOR -> DETRACTOR;
        case PASSIVE -> PASSIVE;
        case PROMOTER -> PROMOTER;
      };
    }

    /**
     * The category of this group's respondents.
     *
     * @return the category, or empty for {@link #ALL}
     */
    public Optional<Category> category() {
      return this == ALL ? Optional.empty() : Optional.of(Category.valueOf(name()));
    }
  }
}
