package org.nps4j.core;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The moment in the customer relationship at which a survey was answered: after a demo, after
 * onboarding, at a quarterly check-in, after a test drive or a purchase, at renewal, or a custom
 * moment of the host's own.
 *
 * <p>A touchpoint is identified by a lower-case id such as {@code post-demo}; {@link #of(String)}
 * returns the predefined constant for a known id and a custom touchpoint otherwise. Instances are
 * immutable values; {@link #toString()} returns the id, which {@link #of(String)} reads back.
 *
 * @param id the lower-case identifier: letters, digits and single hyphens, such as {@code
 *     post-demo}
 */
public record Touchpoint(String id) {
  // Declared before the constants, which are validated against it as they are created.
  private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  /** After a product demo, typically owned by an account executive. */
  public static final Touchpoint POST_DEMO = new Touchpoint("post-demo");
  /** After onboarding, typically owned by a customer success manager. */
  public static final Touchpoint POST_ONBOARDING = new Touchpoint("post-onboarding");
  /** A periodic relationship survey, such as a quarterly check-in. */
  public static final Touchpoint QUARTERLY_CHECK_IN = new Touchpoint("quarterly-check-in");
  /** After a test drive or trial. */
  public static final Touchpoint TEST_DRIVE = new Touchpoint("test-drive");
  /** After a purchase. */
  public static final Touchpoint PURCHASE = new Touchpoint("purchase");
  /** At contract renewal. */
  public static final Touchpoint RENEWAL = new Touchpoint("renewal");

  /**
   * Validates the id.
   *
   * @param id the identifier
   * @throws IllegalArgumentException if the id is not lower-case letters and digits in words joined
   *     by single hyphens
   * @throws NullPointerException if {@code id} is null
   */
  public Touchpoint {
    Objects.requireNonNull(id, "id");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "Invalid touchpoint id \""
              + id
              + "\": use lower-case letters and digits in words joined by single hyphens, such as"
              + " post-demo");
    }
  }

  private static final List<Touchpoint> STANDARD =
      List.of(POST_DEMO, TEST_DRIVE, PURCHASE, POST_ONBOARDING, QUARTERLY_CHECK_IN, RENEWAL);

  /**
   * Returns the touchpoint with the given id: one of the constants of this class when the id is
   * theirs, a custom touchpoint otherwise.
   *
   * @param id the id, such as {@code post-demo} or {@code webinar}
   * @return the touchpoint
   * @throws IllegalArgumentException if the id is not lower-case words joined by single hyphens
   * @throws NullPointerException if {@code id} is null
   */
  public static Touchpoint of(String id) {
    for (Touchpoint standard : STANDARD) {
      if (standard.id.equals(id)) {
        return standard;
      }
    }
    return new Touchpoint(id);
  }

  /**
   * The predefined touchpoints, in the order of a typical customer journey.
   *
   * @return post-demo, test-drive, purchase, post-onboarding, quarterly-check-in, renewal
   */
  public static List<Touchpoint> standard() {
    return STANDARD;
  }

  /**
   * Whether this is one of the {@linkplain #standard() predefined} touchpoints.
   *
   * @return false for a custom touchpoint
   */
  public boolean isStandard() {
    return STANDARD.contains(this);
  }

  /**
   * The id, e.g. {@code post-demo}.
   *
   * @return the id
   */
  @Override
  public String toString() {
    return id;
  }
}
