package org.nps4j.core.survey;

import java.time.Instant;
import java.util.Objects;
import org.nps4j.core.Touchpoint;

/**
 * A moment of the relationship that may make a transactional survey due: a demo, an onboarding, a
 * test drive, a purchase, a renewal, or a custom touchpoint, at an instant. Immutable.
 *
 * @param touchpoint the touchpoint
 * @param at when it happened
 */
public record TouchpointEvent(Touchpoint touchpoint, Instant at) {
  /**
   * Validates the components.
   *
   * @param touchpoint the touchpoint
   * @param at when
   * @throws NullPointerException if a component is null
   */
  public TouchpointEvent {
    Objects.requireNonNull(touchpoint, "touchpoint");
    Objects.requireNonNull(at, "at");
  }
}
