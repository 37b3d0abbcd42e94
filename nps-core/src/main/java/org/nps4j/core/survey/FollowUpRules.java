package org.nps4j.core.survey;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.nps4j.core.Category;
import org.nps4j.core.Score;

/**
 * Which open question follows a score: rules in order, the first that matches the score picks the
 * question, and a score that no rule matches gets none. For example, "What's one thing we could do
 * better?" below 7, then "What is the primary reason for your score?" for everyone else:
 *
 * <pre>{@code
 * FollowUpRules rules = FollowUpRules.builder()
 *     .askBelow(7, improve)
 *     .askAll(reason)
 *     .build();
 * rules.questionFor(Score.of(4));   // improve
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class FollowUpRules {
  private final List<Rule> rules;

  private FollowUpRules(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  /**
   * Starts an empty list of rules.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the question for a score: that of the first rule that matches it, if any.
   *
   * @param score the score
   * @return the question, or empty if no rule matches
   * @throws NullPointerException if {@code score} is null
   */
  public Optional<FollowUpQuestion> questionFor(Score score) {
    Objects.requireNonNull(score, "score");
    for (Rule rule : rules) {
      if (rule.matches(score)) {
        return Optional.of(rule.question);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return "FollowUpRules" + rules;
  }

  /** One rule: scores below a threshold, scores of some categories, or every score. */
  private record Rule(int below, Set<Category> categories, FollowUpQuestion question) {
    boolean matches(Score score) {
      return score.value() < below && categories.contains(score.category());
    }

    @Override
    public String toString() {
      String when =
          below <= Score.MAX_VALUE
              ? "below " + below
              : categories.size() == Category.values().length ? "all" : categories.toString();
      return when + " -> " + question.id();
    }
  }

  /** Builds {@link FollowUpRules}; rules are tried in the order added. Not thread-safe. */
  public static final class Builder {
    private final List<Rule> rules = new ArrayList<>();

    private Builder() {}

    /**
     * Adds a rule: scores below a threshold get a question, such as below 7 or below 5.
     *
     * @param threshold the threshold, in [1, 11]: the scores strictly below it match
     * @param question the question
     * @return this builder
     * @throws NullPointerException if {@code question} is null
     * @throws IllegalArgumentException if the threshold is not in [1, 11]
     */
    public Builder askBelow(int threshold, FollowUpQuestion question) {
      if (threshold < Score.MIN_VALUE + 1 || threshold > Score.MAX_VALUE + 1) {
        throw new IllegalArgumentException(
            "Invalid follow-up threshold (valid values 1 - 11): " + threshold);
      }
      rules.add(new Rule(threshold, EnumSet.allOf(Category.class), require(question)));
      return this;
    }

    /**
     * Adds a rule: scores of the given categories get a question, such as detractors.
     *
     * @param categories the categories
     * @param question the question
     * @return this builder
     * @throws NullPointerException if an argument or category is null
     * @throws IllegalArgumentException if there is no category
     */
    public Builder askFor(Set<Category> categories, FollowUpQuestion question) {
      if (categories.isEmpty()) {
        throw new IllegalArgumentException(
            "Invalid follow-up categories (must name one or more): []");
      }
      rules.add(new Rule(Score.MAX_VALUE + 1, EnumSet.copyOf(categories), require(question)));
      return this;
    }

    /**
     * Adds a rule that matches every score: a question for all, or the fallback after the rules
     * before it.
     *
     * @param question the question
     * @return this builder
     * @throws NullPointerException if {@code question} is null
     */
    public Builder askAll(FollowUpQuestion question) {
      rules.add(new Rule(Score.MAX_VALUE + 1, EnumSet.allOf(Category.class), require(question)));
      return this;
    }

    /**
     * Builds the rules.
     *
     * @return the rules
     */
    public FollowUpRules build() {
      return new FollowUpRules(rules);
    }

    private static FollowUpQuestion require(FollowUpQuestion question) {
      return Objects.requireNonNull(question, "question");
    }
  }
}
