package org.nps4j.core;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * One answered NPS survey, ready-made for hosts that have no type of their own.
 *
 * <p>Everything in the library also works on the host's own types through extractor functions
 * ({@code ToIntFunction<T>}, {@code Function<T, K>}), so a host need not copy its objects into this
 * record. Build one with the canonical constructor or, more readably, with {@link
 * #builder(String, Score, Instant)}. Instances are immutable; the attribute map is an unmodifiable
 * copy sorted by key.
 *
 * @param respondentId who answered: a contact id, an e-mail address, any non-blank key
 * @param score the likelihood-to-recommend answer
 * @param answeredAt when the answer was given
 * @param touchpoint the moment of the relationship at which the survey was sent, if known
 * @param attributes segment values such as lead type, industry, role, company size, rep, team and
 *     product, keyed by dimension name
 * @param comment the answer to the open follow-up question, if any
 * @param weight a non-negative finite weight such as account revenue, if the response is weighted
 */
public record Response(
    String respondentId,
    Score score,
    Instant answeredAt,
    Optional<Touchpoint> touchpoint,
    Map<String, String> attributes,
    Optional<String> comment,
    OptionalDouble weight) {

  /**
   * Validates and copies the components.
   *
   * @param respondentId who answered
   * @param score the answer
   * @param answeredAt when
   * @param touchpoint the touchpoint, if known
   * @param attributes segment values by dimension
   * @param comment the follow-up answer, if any
   * @param weight the weight, if any
   * @throws NullPointerException if any component, attribute key or attribute value is null
   * @throws IllegalArgumentException if the respondent id or an attribute key is blank, or the
   *     weight is negative, infinite or NaN
   */
  public Response {
    Objects.requireNonNull(respondentId, "respondentId");
    if (respondentId.isBlank()) {
      throw new IllegalArgumentException("Response respondentId must not be blank");
    }
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(answeredAt, "answeredAt");
    Objects.requireNonNull(touchpoint, "touchpoint");
    Objects.requireNonNull(comment, "comment");
    Objects.requireNonNull(weight, "weight");
    TreeMap<String, String> copy = new TreeMap<>();
    Objects.requireNonNull(attributes, "attributes")
        .forEach(
            (key, value) -> {
              Objects.requireNonNull(key, "attribute key");
              Objects.requireNonNull(value, () -> "value of attribute " + key);
              if (key.isBlank()) {
                throw new IllegalArgumentException("Response attribute keys must not be blank");
              }
              copy.put(key, value);
            });
    attributes = java.util.Collections.unmodifiableMap(copy);
    if (weight.isPresent()) {
      Weights.requireValid(weight.getAsDouble());
    }
  }

  /**
   * Starts a response with its three required parts.
   *
   * @param respondentId who answered
   * @param score the answer
   * @param answeredAt when
   * @return a builder for the optional parts
   * @throws NullPointerException if an argument is null
   */
  public static Builder builder(String respondentId, Score score, Instant answeredAt) {
    return new Builder(respondentId, score, answeredAt);
  }

  /**
   * The value of one attribute.
   *
   * @param dimension the attribute name, such as {@code industry}
   * @return the value, or empty if the response has no such attribute
   */
  public Optional<String> attribute(String dimension) {
    return Optional.ofNullable(attributes.get(dimension));
  }

  /**
   * The category of the score.
   *
   * @return promoter, passive or detractor
   */
  public Category category() {
    return score.category();
  }

  /**
   * The weight, or 1 for an unweighted response.
   *
   * @return the weight
   */
  public double weightOrOne() {
    return weight.orElse(1.0);
  }

  /** Builds a {@link Response}; not thread-safe. */
  public static final class Builder {
    private final String respondentId;
    private final Score score;
    private final Instant answeredAt;
    private Touchpoint touchpoint;
    private final Map<String, String> attributes = new TreeMap<>();
    private String comment;
    private Double weight;

    private Builder(String respondentId, Score score, Instant answeredAt) {
      this.respondentId = Objects.requireNonNull(respondentId, "respondentId");
      this.score = Objects.requireNonNull(score, "score");
      this.answeredAt = Objects.requireNonNull(answeredAt, "answeredAt");
    }

    /**
     * Sets the touchpoint.
     *
     * @param touchpoint the touchpoint
     * @return this builder
     */
    public Builder touchpoint(Touchpoint touchpoint) {
      this.touchpoint = Objects.requireNonNull(touchpoint, "touchpoint");
      return this;
    }

    /**
     * Sets one attribute, replacing an earlier value for the same dimension.
     *
     * @param dimension the attribute name, such as {@code industry}
     * @param value the segment value, such as {@code Healthcare}
     * @return this builder
     */
    public Builder attribute(String dimension, String value) {
      attributes.put(
          Objects.requireNonNull(dimension, "dimension"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Sets several attributes.
     *
     * @param values attribute values by dimension
     * @return this builder
     */
    public Builder attributes(Map<String, String> values) {
      values.forEach(this::attribute);
      return this;
    }

    /**
     * Sets the open follow-up answer.
     *
     * @param comment the comment
     * @return this builder
     */
    public Builder comment(String comment) {
      this.comment = Objects.requireNonNull(comment, "comment");
      return this;
    }

    /**
     * Sets the weight.
     *
     * @param weight a finite weight, zero or more
     * @return this builder
     */
    public Builder weight(double weight) {
      this.weight = weight;
      return this;
    }

    /**
     * Builds the response.
     *
     * @return the response
     * @throws IllegalArgumentException as described at {@link Response#Response}
     */
    public Response build() {
      return new Response(
          respondentId,
          score,
          answeredAt,
          Optional.ofNullable(touchpoint),
          attributes,
          Optional.ofNullable(comment),
          weight == null ? OptionalDouble.empty() : OptionalDouble.of(weight));
    }
  }
}
