package org.nps4j.core.survey;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.nps4j.core.Category;
import org.nps4j.core.Response;

/**
 * A response that needs a human, as a task for the host's task system: who should act, by when,
 * and the answer to act on. Immutable.
 *
 * @param response the response
 * @param owner who should act: the rep or team on the response; empty if the response names
 *     neither, for the host to route (the task is never dropped)
 * @param dueAt when the task is due: the answer time plus the policy's SLA
 * @param rule the rule that made the response need a human, such as {@code DETRACTOR}
 */
public record FollowUpTask(Response response, Optional<String> owner, Instant dueAt, String rule) {
  /**
   * Validates the components.
   *
   * @param response the response
   * @param owner who should act, if known
   * @param dueAt when the task is due
   * @param rule the rule
   * @throws NullPointerException if a component is null
   */
  public FollowUpTask {
    Objects.requireNonNull(response, "response");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(dueAt, "dueAt");
    Objects.requireNonNull(rule, "rule");
  }

  /**
   * Returns the category of the response's score.
   *
   * @return the category
   */
  public Category category() {
    return response.category();
  }
}
