package org.nps4j.core.survey;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.nps4j.core.Category;
import org.nps4j.core.Response;
import org.nps4j.core.Score;

/**
 * Which responses need a human, who owns them and by when: "close the loop" with every detractor
 * (the default), or with every score below a threshold, within an SLA. The owner is the first of
 * the response's owner attributes that it has (by default {@code rep}, then {@code team}).
 *
 * <pre>{@code
 * ClosedLoopPolicy policy = ClosedLoopPolicy.builder().sla(Duration.ofHours(48)).build();
 * List<FollowUpTask> tasks = policy.tasksFor(responses);   // one per detractor, owned by its rep
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ClosedLoopPolicy {
  private final Set<Category> categories;
  private final int below;
  private final List<String> ownerAttributes;
  private final Duration sla;

  private ClosedLoopPolicy(Builder builder) {
    this.categories = EnumSet.copyOf(builder.categories);
    this.below = builder.below;
    this.ownerAttributes = List.copyOf(builder.ownerAttributes);
    this.sla = builder.sla;
  }

  /**
   * Starts a policy with the defaults: detractors need a human, owned by the response's {@code
   * rep} or else {@code team} attribute, within 48 hours.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns whether a response needs a human.
   *
   * @param response the response
   * @return whether the policy's rule matches its score
   * @throws NullPointerException if {@code response} is null
   */
  public boolean needsFollowUp(Response response) {
    Score score = Objects.requireNonNull(response, "response").score();
    return score.value() < below && categories.contains(score.category());
  }

  /**
   * Returns the task for a response, if it needs a human.
   *
   * @param response the response
   * @return the task, or empty if the response needs none
   * @throws NullPointerException if {@code response} is null
   */
  public Optional<FollowUpTask> taskFor(Response response) {
    if (!needsFollowUp(response)) {
      return Optional.empty();
    }
    Optional<String> owner = Optional.empty();
    for (String attribute : ownerAttributes) {
      owner = response.attribute(attribute);
      if (owner.isPresent()) {
        break;
      }
    }
    return Optional.of(
        new FollowUpTask(response, owner, response.answeredAt().plus(sla), ruleName()));
  }

  /**
   * Returns the tasks for the responses that need a human, in the order of the responses.
   *
   * @param responses the responses
   * @return the tasks
   * @throws NullPointerException if {@code responses} or a response is null
   */
  public List<FollowUpTask> tasksFor(Collection<Response> responses) {
    List<FollowUpTask> tasks = new ArrayList<>();
    for (Response response : responses) {
      taskFor(response).ifPresent(tasks::add);
    }
    return tasks;
  }

  private String ruleName() {
    if (below <= Score.MAX_VALUE) {
      return "SCORE_BELOW_" + below;
    }
    return categories.stream().map(Enum::name).reduce((a, b) -> a + "_OR_" + b).orElseThrow();
  }

  @Override
  public String toString() {
    return "ClosedLoopPolicy[" + ruleName() + ", owner " + ownerAttributes + ", SLA " + sla + "]";
  }

  /** Builds a {@link ClosedLoopPolicy}. Not thread-safe. */
  public static final class Builder {
    private Set<Category> categories = EnumSet.of(Category.DETRACTOR);
    private int below = Score.MAX_VALUE + 1;
    private List<String> ownerAttributes = List.of("rep", "team");
    private Duration sla = Duration.ofHours(48);

    private Builder() {}

    /**
     * Makes responses of the given categories need a human (default: detractors).
     *
     * @param categories the categories
     * @return this builder
     * @throws NullPointerException if {@code categories} or a category is null
     * @throws IllegalArgumentException if there is no category
     */
    public Builder categories(Set<Category> categories) {
      if (categories.isEmpty()) {
        throw new IllegalArgumentException(
            "Invalid closed-loop categories (must name one or more): []");
      }
      this.categories = EnumSet.copyOf(categories);
      this.below = Score.MAX_VALUE + 1;
      return this;
    }

    /**
     * Makes responses with a score below a threshold need a human, whatever their category.
     *
     * @param threshold the threshold, in [1, 11]
     * @return this builder
     * @throws IllegalArgumentException if the threshold is not in [1, 11]
     */
    public Builder scoreBelow(int threshold) {
      if (threshold < Score.MIN_VALUE + 1 || threshold > Score.MAX_VALUE + 1) {
        throw new IllegalArgumentException(
            "Invalid closed-loop threshold (valid values 1 - 11): " + threshold);
      }
      this.categories = EnumSet.allOf(Category.class);
      this.below = threshold;
      return this;
    }

    /**
     * Sets the attributes that name the owner, tried in order (default {@code rep}, then {@code
     * team}).
     *
     * @param attributes the attribute names
     * @return this builder
     * @throws NullPointerException if an attribute is null
     * @throws IllegalArgumentException if there is no attribute
     */
    public Builder ownerAttributes(String... attributes) {
      if (attributes.length == 0) {
        throw new IllegalArgumentException("Invalid owner attributes (must name one or more): []");
      }
      this.ownerAttributes = List.of(attributes);
      return this;
    }

    /**
     * Sets the time from the answer to the task's due time (default 48 hours).
     *
     * @param sla the SLA
     * @return this builder
     * @throws NullPointerException if {@code sla} is null
     * @throws IllegalArgumentException if the SLA is not positive
     */
    public Builder sla(Duration sla) {
      Objects.requireNonNull(sla, "sla");
      if (sla.isNegative() || sla.isZero()) {
        throw new IllegalArgumentException("Invalid SLA (must be positive): " + sla);
      }
      this.sla = sla;
      return this;
    }

    /**
     * Builds the policy.
     *
     * @return the policy
     */
    public ClosedLoopPolicy build() {
      return new ClosedLoopPolicy(this);
    }
  }
}
