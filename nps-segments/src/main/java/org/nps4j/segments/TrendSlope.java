package org.nps4j.segments;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.nps4j.core.Interval;

/**
 * The straight-line trend of a segment's NPS over its buckets, with a confidence interval, so that
 * "improving" and "declining" are said only when the data supports it. Obtain one from {@link
 * Trend#slope()}.
 *
 * <h2>The fit</h2>
 *
 * Each bucket with answered responses contributes its NPS y<sub>i</sub> (100 scale) at
 * x<sub>i</sub> = its bucket index, weighted by 1/SE<sub>i</sub>&sup2;; empty buckets are skipped.
 * SE<sub>i</sub> is computed from the adjusted counts of Rocks (2016), 0.75 detractors, 1.5
 * passives and 0.75 promoters added, so it is never 0 and a bucket of ten promoters does not get
 * infinite weight. The weighted least-squares slope is then the inverse-variance (fixed-effect
 * meta-regression) estimate of the change per bucket, and 1/S<sub>xx</sub> its variance were the
 * buckets to differ only by sampling error.
 *
 * <p>Real NPS wanders around any straight line, so with k buckets the standard error is multiplied
 * by sqrt(max(1, &phi;)), &phi; = &Sigma;w r&sup2; / (k &minus; 2) the weighted dispersion of the
 * residuals r (a quasi-likelihood correction): the interval is never narrower than sampling error
 * alone allows and widens when the buckets scatter more than that. The interval is slope &plusmn;
 * z&middot;SE with z the two-sided normal quantile of the level, clamped to [&minus;200, 200] (the
 * most a per-bucket change can be); its unclamped bounds are kept in the {@link Interval}.
 *
 * <h2>Direction</h2>
 *
 * {@link TrendDirection#IMPROVING} if the interval's lower bound is above 0, {@link
 * TrendDirection#DECLINING} if its upper bound is below 0, {@link TrendDirection#NO_CLEAR_TREND}
 * otherwise. With fewer than three buckets with answered responses the direction is {@link
 * TrendDirection#INSUFFICIENT_DATA} and the slope, standard error and interval are absent.
 * Instances are immutable.
 *
 * @param pointsPerBucket the change of NPS per bucket, in points; empty with insufficient data
 * @param standardError the slope's standard error after the dispersion correction; empty with
 *     insufficient data
 * @param interval the slope's confidence interval; empty with insufficient data
 * @param direction the direction the interval supports
 * @param bucketsUsed the number of buckets with answered responses the slope was fitted on
 * @param description a readable statement, e.g. {@code "Improving: +5.0 points per bucket, 95%
 *     interval [3.2, 6.8], SE 0.92, over 8 buckets"}
 */
public record TrendSlope(
    OptionalDouble pointsPerBucket,
    OptionalDouble standardError,
    Optional<Interval> interval,
    TrendDirection direction,
    int bucketsUsed,
    String description) {

  /** The fewest buckets with answered responses a slope is reported for. */
  public static final int MINIMUM_BUCKETS = 3;

  private static final double MAX_CHANGE = 200.0;

  /**
   * Checks that the figures agree with the direction.
   *
   * @param pointsPerBucket the slope
   * @param standardError its standard error
   * @param interval its interval
   * @param direction the direction
   * @param bucketsUsed the number of buckets used
   * @param description the description
   * @throws IllegalArgumentException if the figures are absent for a direction other than {@code
   *     INSUFFICIENT_DATA} or present for it, if the direction does not follow from the interval's
   *     unclamped bounds, or if {@code bucketsUsed} is negative
   * @throws NullPointerException if an argument is null
   */
  public TrendSlope {
    Objects.requireNonNull(pointsPerBucket, "pointsPerBucket");
    Objects.requireNonNull(standardError, "standardError");
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(description, "description");
    if (bucketsUsed < 0) {
      throw new IllegalArgumentException(
          "Invalid number of buckets used (must be >= 0): " + bucketsUsed);
    }
    boolean insufficient = direction == TrendDirection.INSUFFICIENT_DATA;
    if (pointsPerBucket.isPresent() == insufficient
        || standardError.isPresent() == insufficient
        || interval.isPresent() == insufficient) {
      throw new IllegalArgumentException(
          "Invalid trend slope (slope, standard error and interval are present exactly when the"
              + " direction is not INSUFFICIENT_DATA): "
              + direction);
    }
    if (!insufficient && directionOf(interval.get()) != direction) {
      throw new IllegalArgumentException(
          "Invalid trend slope (the direction must follow from the interval "
              + interval.get()
              + "): "
              + direction);
    }
  }

  /** The slope of a fit, with its interval at the level. */
  static TrendSlope of(WeightedLeastSquares.Fit fit, double z, double level) {
    double slope = fit.slope();
    double margin = z * fit.standardError();
    Interval interval =
        Interval.clamped(slope, slope - margin, slope + margin, level, -MAX_CHANGE, MAX_CHANGE);
    TrendDirection direction = directionOf(interval);
    String description =
        String.format(
            Locale.ROOT,
            "%s: %+.1f points per bucket, %s%% interval [%.1f, %.1f], SE %.2f, over %d buckets",
            label(direction),
            slope,
            percent(level),
            interval.lower(),
            interval.upper(),
            fit.standardError(),
            fit.points());
    return new TrendSlope(
        OptionalDouble.of(slope),
        OptionalDouble.of(fit.standardError()),
        Optional.of(interval),
        direction,
        fit.points(),
        description);
  }

  /** The slope of a trend with too few non-empty buckets. */
  static TrendSlope insufficient(int bucketsUsed) {
    return new TrendSlope(
        OptionalDouble.empty(),
        OptionalDouble.empty(),
        Optional.empty(),
        TrendDirection.INSUFFICIENT_DATA,
        bucketsUsed,
        "Insufficient data: "
            + bucketsUsed
            + (bucketsUsed == 1 ? " bucket" : " buckets")
            + " with answered responses, at least "
            + MINIMUM_BUCKETS
            + " needed for a trend");
  }

  private static TrendDirection directionOf(Interval interval) {
    if (interval.unclampedLower() > 0) {
      return TrendDirection.IMPROVING;
    }
    if (interval.unclampedUpper() < 0) {
      return TrendDirection.DECLINING;
    }
    return TrendDirection.NO_CLEAR_TREND;
  }

  private static String label(TrendDirection direction) {
    return switch (direction) {
      case IMPROVING -> "Improving";
      case DECLINING -> "Declining";
      case NO_CLEAR_TREND -> "No clear trend";
      case INSUFFICIENT_DATA -> "Insufficient data";
    };
  }

  /** The level as a percentage without trailing zeros: 95, 99.5. */
  static String percent(double level) {
    return BigDecimal.valueOf(level).movePointRight(2).stripTrailingZeros().toPlainString();
  }
}
