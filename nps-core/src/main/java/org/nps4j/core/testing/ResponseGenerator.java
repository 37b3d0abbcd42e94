package org.nps4j.core.testing;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.nps4j.core.Response;
import org.nps4j.core.Score;
import org.nps4j.core.Touchpoint;

/**
 * A configurable generator of {@link Response}s. Immutable: each {@code with} method returns a new
 * generator.
 *
 * <p>The {@linkplain #defaults() defaults} give a realistic sales survey: respondents {@code
 * r-0000} to {@code r-0999}, scores with 45 % promoters, 30 % passives and 25 % detractors, answers
 * between 2024-01-01 and 2027-01-01 (UTC), the {@linkplain Touchpoint#standard() standard
 * touchpoints}, the attributes {@code leadType} (cold, warm), {@code industry}, {@code role}, {@code
 * companySize}, {@code rep}, {@code team} and {@code product}, a comment on one response in three
 * and no weight.
 */
public final class ResponseGenerator implements Generator<Response> {
  private static final Map<String, List<String>> DEFAULT_ATTRIBUTES = defaultAttributes();

  private final ScoreDistribution scores;
  private final Instant from;
  private final Instant to;
  private final List<Touchpoint> touchpoints;
  private final Map<String, List<String>> attributes;
  private final int respondents;
  private final double commentShare;
  private final double minWeight;
  private final double maxWeight;

  private ResponseGenerator(
      ScoreDistribution scores,
      Instant from,
      Instant to,
      List<Touchpoint> touchpoints,
      Map<String, List<String>> attributes,
      int respondents,
      double commentShare,
      double minWeight,
      double maxWeight) {
    this.scores = scores;
    this.from = from;
    this.to = to;
    this.touchpoints = touchpoints;
    this.attributes = attributes;
    this.respondents = respondents;
    this.commentShare = commentShare;
    this.minWeight = minWeight;
    this.maxWeight = maxWeight;
  }

  /**
   * The default generator described in the class documentation.
   *
   * @return the generator
   */
  public static ResponseGenerator defaults() {
    return new ResponseGenerator(
        ScoreDistribution.ofCategoryShares(0.25, 0.30, 0.45),
        Instant.parse("2024-01-01T00:00:00Z"),
        Instant.parse("2027-01-01T00:00:00Z"),
        Touchpoint.standard(),
        DEFAULT_ATTRIBUTES,
        1000,
        1.0 / 3,
        Double.NaN,
        Double.NaN);
  }

  private static Map<String, List<String>> defaultAttributes() {
    Map<String, List<String>> attributes = new LinkedHashMap<>();
    attributes.put("leadType", List.of("cold", "warm"));
    attributes.put(
        "industry", List.of("Software", "Healthcare", "Finance", "Retail", "Manufacturing"));
    attributes.put("role", List.of("Engineer", "Marketer", "Executive", "Operations", "Finance"));
    attributes.put("companySize", List.of("1-49", "50-249", "250-999", "1000+"));
    attributes.put("rep", List.of("ana", "ben", "chen", "dara", "eli", "fay", "gus", "hana"));
    attributes.put("team", List.of("east", "west", "central"));
    attributes.put("product", List.of("Core", "Analytics", "Mobile"));
    return Map.copyOf(attributes);
  }

  /**
   * Draws scores from a distribution.
   *
   * @param distribution a distribution over the standard scale
   * @return a new generator
   * @throws IllegalArgumentException if the distribution is not on the standard scale
   */
  public ResponseGenerator withScores(ScoreDistribution distribution) {
    NpsGenerators.requireStandard(distribution);
    return new ResponseGenerator(
        distribution, from, to, touchpoints, attributes, respondents, commentShare, minWeight,
        maxWeight);
  }

  /**
   * Draws answer instants uniformly from {@code [from, to)}.
   *
   * @param from the earliest instant
   * @param to the instant after the latest
   * @return a new generator
   * @throws IllegalArgumentException if {@code from} is not before {@code to} or the range is
   *     longer than 200 years
   */
  public ResponseGenerator withAnsweredBetween(Instant from, Instant to) {
    if (!from.isBefore(to)) {
      throw new IllegalArgumentException(
          "Invalid time range [" + from + ", " + to + "): from must be before to");
    }
    if (java.time.Duration.between(from, to).compareTo(java.time.Duration.ofDays(200 * 366)) > 0) {
      throw new IllegalArgumentException(
          "Invalid time range [" + from + ", " + to + "): at most 200 years");
    }
    return new ResponseGenerator(
        scores, from, to, touchpoints, attributes, respondents, commentShare, minWeight, maxWeight);
  }

  /**
   * Draws touchpoints uniformly from a list.
   *
   * @param choices the touchpoints, at least one
   * @return a new generator
   * @throws IllegalArgumentException if the list is empty
   */
  public ResponseGenerator withTouchpoints(List<Touchpoint> choices) {
    requireNonEmpty(choices, "touchpoints");
    return new ResponseGenerator(
        scores, from, to, List.copyOf(choices), attributes, respondents, commentShare, minWeight,
        maxWeight);
  }

  /**
   * Replaces all attributes: each response gets one value per dimension, drawn uniformly.
   *
   * @param valuesByDimension the values of each dimension, each list non-empty
   * @return a new generator
   * @throws IllegalArgumentException if a list of values is empty
   */
  public ResponseGenerator withAttributes(Map<String, List<String>> valuesByDimension) {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    valuesByDimension.forEach(
        (dimension, values) -> {
          requireNonEmpty(values, "values of " + dimension);
          copy.put(dimension, List.copyOf(values));
        });
    return new ResponseGenerator(
        scores, from, to, touchpoints, Map.copyOf(copy), respondents, commentShare, minWeight,
        maxWeight);
  }

  /**
   * Draws respondent ids from a pool, so that some respondents answer more than once.
   *
   * @param poolSize the number of distinct respondents, at least 1
   * @return a new generator
   * @throws IllegalArgumentException if {@code poolSize} is less than 1
   */
  public ResponseGenerator withRespondents(int poolSize) {
    if (poolSize < 1) {
      throw new IllegalArgumentException("Invalid respondent pool size " + poolSize + ": must be >= 1");
    }
    return new ResponseGenerator(
        scores, from, to, touchpoints, attributes, poolSize, commentShare, minWeight, maxWeight);
  }

  /**
   * Sets the share of responses that carry a comment.
   *
   * @param share a share in [0, 1]
   * @return a new generator
   * @throws IllegalArgumentException if the share is outside [0, 1]
   */
  public ResponseGenerator withCommentShare(double share) {
    if (!(share >= 0 && share <= 1)) {
      throw new IllegalArgumentException("Invalid comment share " + share + ": must be in [0, 1]");
    }
    return new ResponseGenerator(
        scores, from, to, touchpoints, attributes, respondents, share, minWeight, maxWeight);
  }

  /**
   * Gives every response a weight drawn uniformly from {@code [min, max]}.
   *
   * @param min the smallest weight, finite and zero or more
   * @param max the largest weight, finite and at least {@code min}
   * @return a new generator
   * @throws IllegalArgumentException if the bounds are not finite, negative, or out of order
   */
  public ResponseGenerator withWeights(double min, double max) {
    if (!(min >= 0 && max >= min && max < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException(
          "Invalid weight range [" + min + ", " + max + "]: need 0 <= min <= max < infinity");
    }
    return new ResponseGenerator(
        scores, from, to, touchpoints, attributes, respondents, commentShare, min, max);
  }

  @Override
  public Response next(RandomGenerator random) {
    Instant answeredAt =
        from.plusNanos(random.nextLong(java.time.Duration.between(from, to).toNanos()));
    Response.Builder builder =
        Response.builder(
                String.format("r-%04d", random.nextInt(respondents)),
                Score.of(scores.sample(random)),
                answeredAt)
            .touchpoint(touchpoints.get(random.nextInt(touchpoints.size())));
    attributes.keySet().stream()
        .sorted()
        .forEach(
            dimension -> {
              List<String> values = attributes.get(dimension);
              builder.attribute(dimension, values.get(random.nextInt(values.size())));
            });
    if (random.nextDouble() < commentShare) {
      builder.comment("Comment " + random.nextInt(10_000));
    }
    if (!Double.isNaN(minWeight)) {
      builder.weight(minWeight == maxWeight ? minWeight : random.nextDouble(minWeight, maxWeight));
    }
    return builder.build();
  }

  private static void requireNonEmpty(List<?> values, String name) {
    Objects.requireNonNull(values, name);
    if (values.isEmpty()) {
      throw new IllegalArgumentException("The " + name + " must not be empty");
    }
  }
}
