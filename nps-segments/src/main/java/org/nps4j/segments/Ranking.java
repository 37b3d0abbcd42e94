package org.nps4j.segments;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.nps4j.core.Interval;
import org.nps4j.core.IntervalMethod;
import org.nps4j.core.NpsSummary;

/**
 * Answers "who are our best reps?" (or teams, products, ...): ranks segments in a way that does not
 * crown a small lucky sample, states the method in words, and reports ties and small segments
 * rather than hiding them.
 *
 * <p>Obtain the options with {@link #defaults()} ({@link RankingMethod#LOWER_BOUND}, minimum n 30,
 * {@link IntervalMethod#ADJUSTED_WALD}, level 0.95), change them with the {@code with} methods and
 * call {@link #rank(Map)}:
 *
 * <pre>{@code
 * RankingReport report =
 *     Ranking.defaults().withMethod(RankingMethod.EMPIRICAL_BAYES).rank(table.summaries());
 * System.out.println(report.methodDescription());
 * report.ranked().forEach(entry -> System.out.println(entry.rank() + ". " + entry.segment()));
 * }</pre>
 *
 * <h2>Minimum n</h2>
 *
 * Only segments with at least the minimum number of answered responses are ranked; the others are
 * listed in {@link RankingReport#belowMinimumN()} with rank 0 and {@link SegmentFlag#LOW_N} (and
 * {@link SegmentFlag#EMPTY} when they have no answered response). The overflow segment of a capped
 * table, which pools many keys, is listed there too, flagged {@link SegmentFlag#OVERFLOW}, and is
 * never ranked. Ranked segments are the ones the empirical-Bayes model is fitted to.
 *
 * <h2>Lower bound</h2>
 *
 * {@link RankingMethod#LOWER_BOUND} ranks by the lower bound of each segment's confidence interval
 * ({@link NpsSummary#confidenceInterval(IntervalMethod, double)} with the interval method and
 * level), highest first.
 *
 * <h2>Empirical Bayes</h2>
 *
 * {@link RankingMethod#EMPIRICAL_BAYES} fits a normal&ndash;normal model to the ranked segments and
 * ranks by each segment's shrunk estimate, the posterior mean of its NPS.
 *
 * <ul>
 *   <li>Each segment's estimate y<sub>i</sub> and sampling variance s<sub>i</sub><sup>2</sup> come
 *       from its adjusted Wald counts (0.75 detractors, 1.5 passives and 0.75 promoters added, n' =
 *       n + 3): y<sub>i</sub> = 100 (P &minus; D) / n', the centre of its adjusted Wald interval,
 *       and s<sub>i</sub><sup>2</sup> = 10<sup>4</sup> V' / n', never 0. The raw NPS of a tiny
 *       segment sits at the edge of the range with a variance near 0, which a normal model cannot
 *       use; the adjusted pair is the one the library's default interval rests on (Rocks, 2016).
 *   <li>The between-segment variance &tau;<sup>2</sup> is the DerSimonian&ndash;Laird estimate
 *       max(0, (Q &minus; (k &minus; 1)) / (&Sigma;w &minus; &Sigma;w<sup>2</sup> / &Sigma;w)),
 *       with w<sub>i</sub> = 1 / s<sub>i</sub><sup>2</sup> and Q = &Sigma;w<sub>i</sub>
 *       (y<sub>i</sub> &minus; m)<sup>2</sup> around m = &Sigma;w<sub>i</sub>y<sub>i</sub> /
 *       &Sigma;w<sub>i</sub> ({@link RankingReport#betweenSegmentVariance()}).
 *   <li>The prior mean &mu; is the random-effects mean &Sigma;v<sub>i</sub>y<sub>i</sub> /
 *       &Sigma;v<sub>i</sub> with v<sub>i</sub> = 1 / (s<sub>i</sub><sup>2</sup> +
 *       &tau;<sup>2</sup>) ({@link RankingReport#priorMean()}), which lies among the y<sub>i</sub>.
 *   <li>Each estimate is shrunk to &mu; + B<sub>i</sub>(y<sub>i</sub> &minus; &mu;) with
 *       B<sub>i</sub> = &tau;<sup>2</sup> / (&tau;<sup>2</sup> + s<sub>i</sub><sup>2</sup>): the
 *       noisier the segment relative to the spread between segments, the closer to &mu;.
 *   <li>Its interval is the estimate &plusmn; z sqrt(B<sub>i</sub>s<sub>i</sub><sup>2</sup> + (1
 *       &minus; B<sub>i</sub>)<sup>2</sup> / &Sigma;v<sub>j</sub>), clamped to [-100, 100]: the
 *       posterior variance given &mu; plus the share of the uncertainty of &mu; that the shrinkage
 *       carries over (Morris, 1983, JASA 78(381)). The uncertainty of &tau;<sup>2</sup> is not
 *       included, so the intervals are somewhat narrow.
 * </ul>
 *
 * <p>The interval method option does not apply to this method. When &tau;<sup>2</sup> is estimated
 * at 0 (the segments differ no more than their noise), every estimate equals &mu; and all segments
 * tie at rank 1: the data do not tell them apart. With a single ranked segment there is no spread
 * to estimate and nothing to shrink toward: its score and interval are its adjusted Wald estimate
 * and interval, and the prior mean and between-segment variance are empty. A segment shrunk toward
 * &mu; can rank above a well-measured segment that lies below &mu;: with little data, "about
 * average" is the best estimate. The minimum n still applies.
 *
 * <h2>Ties</h2>
 *
 * Segments with exactly equal ranking scores share a competition rank (1, 2, 2, 4), are marked
 * {@link RankedSegment#tied()}, and keep the order of the input map among themselves.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Ranking {
  private static final Ranking DEFAULTS =
      new Ranking(RankingMethod.LOWER_BOUND, 30, IntervalMethod.ADJUSTED_WALD, 0.95);
  private static final double NPS_RANGE = 100.0;

  private final RankingMethod method;
  private final long minimumN;
  private final IntervalMethod intervalMethod;
  private final double level;

  private Ranking(
      RankingMethod method, long minimumN, IntervalMethod intervalMethod, double level) {
    this.method = method;
    this.minimumN = minimumN;
    this.intervalMethod = intervalMethod;
    this.level = level;
  }

  /**
   * The default options: by the lower bound, minimum n 30, the adjusted Wald interval, level 0.95.
   *
   * @return the default options
   */
  public static Ranking defaults() {
    return DEFAULTS;
  }

  /**
   * Returns these options with another ranking method.
   *
   * @param method the method
   * @return the changed options
   * @throws NullPointerException if {@code method} is null
   */
  public Ranking withMethod(RankingMethod method) {
    return new Ranking(Objects.requireNonNull(method, "method"), minimumN, intervalMethod, level);
  }

  /**
   * Returns these options with another minimum number of answered responses a segment needs to be
   * ranked.
   *
   * @param minimumN the minimum n, at least 1
   * @return the changed options
   * @throws IllegalArgumentException if {@code minimumN} is below 1
   */
  public Ranking withMinimumN(long minimumN) {
    return new Ranking(method, SegmentInputs.requireMinimumN(minimumN), intervalMethod, level);
  }

  /**
   * Returns these options with another interval method for {@link RankingMethod#LOWER_BOUND}; the
   * empirical-Bayes method always uses the adjusted Wald sampling variance.
   *
   * @param intervalMethod the interval method, any of {@link IntervalMethod}
   * @return the changed options
   * @throws NullPointerException if {@code intervalMethod} is null
   */
  public Ranking withIntervalMethod(IntervalMethod intervalMethod) {
    return new Ranking(
        method, minimumN, Objects.requireNonNull(intervalMethod, "intervalMethod"), level);
  }

  /**
   * Returns these options with another confidence level for the intervals.
   *
   * @param level the level, strictly between 0 and 1
   * @return the changed options
   * @throws IllegalArgumentException if the level is outside (0, 1)
   */
  public Ranking withLevel(double level) {
    return new Ranking(method, minimumN, intervalMethod, StandardNormal.requireLevel(level));
  }

  /**
   * The ranking method.
   *
   * @return the method
   */
  public RankingMethod method() {
    return method;
  }

  /**
   * The minimum number of answered responses a segment needs to be ranked.
   *
   * @return the minimum n
   */
  public long minimumN() {
    return minimumN;
  }

  /**
   * The interval method of {@link RankingMethod#LOWER_BOUND}.
   *
   * @return the interval method
   */
  public IntervalMethod intervalMethod() {
    return intervalMethod;
  }

  /**
   * The confidence level of the intervals.
   *
   * @return the level
   */
  public double level() {
    return level;
  }

  /**
   * Ranks the segments.
   *
   * @param segments the segments' tallies; iteration order decides the order within ties and of the
   *     segments below the minimum n. Every summary that counted anything must be on the same scale
   *     under the same unanswered policy.
   * @return the ranking, with every segment either ranked or below the minimum n
   * @throws IllegalArgumentException if two summaries are on different scales or under different
   *     unanswered policies, naming both segments
   * @throws NullPointerException if the map, a key or a summary is null
   * @throws ArithmeticException if the total of the ranked segments overflows a long
   */
  public RankingReport rank(Map<SegmentKey, NpsSummary> segments) {
    List<Map.Entry<SegmentKey, NpsSummary>> entries = SegmentInputs.requireConsistent(segments);
    List<Map.Entry<SegmentKey, NpsSummary>> eligible = new ArrayList<>();
    List<RankedSegment> belowMinimumN = new ArrayList<>();
    for (Map.Entry<SegmentKey, NpsSummary> entry : entries) {
      NpsSummary summary = entry.getValue();
      // The overflow segment pools many keys past the segment cap: it is no one rep or team.
      if (summary.answered() >= minimumN && !entry.getKey().isOverflow()) {
        eligible.add(entry);
      } else {
        EnumSet<SegmentFlag> flags = SegmentInputs.keyFlags(entry.getKey());
        if (summary.answered() < minimumN) {
          flags.add(SegmentFlag.LOW_N);
        }
        if (summary.answered() == 0) {
          flags.add(SegmentFlag.EMPTY);
        }
        belowMinimumN.add(
            new RankedSegment(
                0,
                entry.getKey(),
                summary,
                OptionalDouble.empty(),
                Optional.empty(),
                false,
                flags));
      }
    }

    OptionalDouble overallNps = OptionalDouble.empty();
    if (!eligible.isEmpty()) {
      NpsSummary pooled = SegmentInputs.emptyLike(entries);
      for (Map.Entry<SegmentKey, NpsSummary> entry : eligible) {
        pooled = pooled.plus(entry.getValue());
      }
      overallNps = OptionalDouble.of(pooled.netPromoterScore());
    }

    Interval[] intervals = new Interval[eligible.size()];
    OptionalDouble priorMean = OptionalDouble.empty();
    OptionalDouble betweenSegmentVariance = OptionalDouble.empty();
    String description;
    if (method == RankingMethod.LOWER_BOUND) {
      for (int i = 0; i < intervals.length; i++) {
        intervals[i] = eligible.get(i).getValue().confidenceInterval(intervalMethod, level);
      }
      description =
          "ordered by the lower bound of the "
              + SegmentInputs.percent(level)
              + " "
              + SegmentInputs.describe(intervalMethod)
              + " interval; minimum n "
              + minimumN;
    } else {
      Optional<Fit> fit = empiricalBayes(eligible, intervals);
      if (fit.isPresent()) {
        priorMean = OptionalDouble.of(fit.get().priorMean());
        betweenSegmentVariance = OptionalDouble.of(fit.get().betweenSegmentVariance());
      }
      description = describeEmpiricalBayes(eligible.size(), priorMean, betweenSegmentVariance);
    }

    double[] scores = new double[intervals.length];
    for (int i = 0; i < scores.length; i++) {
      double score =
          method == RankingMethod.LOWER_BOUND ? intervals[i].lower() : intervals[i].estimate();
      // Adding 0.0 turns -0.0 into 0.0, so that the order and the == of ties agree.
      scores[i] = score + 0.0;
    }
    List<Integer> order = new ArrayList<>(scores.length);
    for (int i = 0; i < scores.length; i++) {
      order.add(i);
    }
    // List.sort is stable: equal scores keep the map's order.
    order.sort(Comparator.comparingDouble((Integer i) -> scores[i]).reversed());

    List<RankedSegment> ranked = new ArrayList<>(order.size());
    int rank = 0;
    for (int position = 0; position < order.size(); position++) {
      int i = order.get(position);
      boolean sameAsPrevious = position > 0 && scores[order.get(position - 1)] == scores[i];
      boolean sameAsNext =
          position + 1 < order.size() && scores[order.get(position + 1)] == scores[i];
      if (!sameAsPrevious) {
        rank = position + 1;
      }
      Map.Entry<SegmentKey, NpsSummary> entry = eligible.get(i);
      ranked.add(
          new RankedSegment(
              rank,
              entry.getKey(),
              entry.getValue(),
              OptionalDouble.of(scores[i]),
              Optional.of(intervals[i]),
              sameAsPrevious || sameAsNext,
              SegmentInputs.keyFlags(entry.getKey())));
    }
    return new RankingReport(
        method,
        description,
        ranked,
        belowMinimumN,
        minimumN,
        overallNps,
        priorMean,
        betweenSegmentVariance);
  }

  /** The fitted empirical-Bayes model: the prior mean and the between-segment variance. */
  private record Fit(double priorMean, double betweenSegmentVariance) {}

  /**
   * Fills in the empirical-Bayes interval of each eligible segment, centred on its shrunk estimate,
   * and returns the fitted model, or nothing with fewer than two segments.
   */
  private Optional<Fit> empiricalBayes(
      List<Map.Entry<SegmentKey, NpsSummary>> eligible, Interval[] intervals) {
    int k = eligible.size();
    if (k == 1) {
      // Nothing to shrink toward: the adjusted Wald interval is the model's answer for one segment.
      intervals[0] =
          eligible.get(0).getValue().confidenceInterval(IntervalMethod.ADJUSTED_WALD, level);
    }
    if (k < 2) {
      return Optional.empty();
    }
    double z = StandardNormal.twoSidedCriticalValue(level);
    double[] estimates = new double[k];
    double[] variances = new double[k];
    for (int i = 0; i < k; i++) {
      NpsSummary summary = eligible.get(i).getValue();
      // The adjusted Wald counts, added up in the order nps-core adds them.
      double promoters = summary.promoters() + 0.75;
      double passives = summary.passives() + 1.5;
      double detractors = summary.detractors() + 0.75;
      double n = promoters + passives + detractors;
      double promoterShare = promoters / n;
      double detractorShare = detractors / n;
      double nps = (promoters - detractors) / n;
      // Positive: both extreme categories have a pseudo-count and the passives keep their sum
      // below 1.
      double perRespondent = promoterShare + detractorShare - nps * nps;
      estimates[i] = NPS_RANGE * nps;
      variances[i] = NPS_RANGE * NPS_RANGE * perRespondent / n;
    }
    double tauSquared = derSimonianLaird(estimates, variances);
    double precisionSum = 0.0;
    double weightedSum = 0.0;
    for (int i = 0; i < k; i++) {
      double precision = 1.0 / (variances[i] + tauSquared);
      precisionSum += precision;
      weightedSum += precision * estimates[i];
    }
    double mean = weightedSum / precisionSum;
    double meanVariance = 1.0 / precisionSum;
    for (int i = 0; i < k; i++) {
      double weight = tauSquared / (tauSquared + variances[i]);
      double shrunk = mean + weight * (estimates[i] - mean);
      // Rounding must not carry the estimate past either end it is a weighted average of.
      shrunk =
          Math.max(Math.min(estimates[i], mean), Math.min(Math.max(estimates[i], mean), shrunk));
      double posteriorVariance = weight * variances[i] + (1 - weight) * (1 - weight) * meanVariance;
      double halfWidth = z * Math.sqrt(posteriorVariance);
      intervals[i] =
          Interval.clamped(
              shrunk, shrunk - halfWidth, shrunk + halfWidth, level, -NPS_RANGE, NPS_RANGE);
    }
    return Optional.of(new Fit(mean, tauSquared));
  }

  /**
   * The DerSimonian&ndash;Laird between-segment variance, max(0, (Q - (k - 1)) / c), for at least
   * two segments with positive sampling variances.
   */
  private static double derSimonianLaird(double[] estimates, double[] variances) {
    int k = estimates.length;
    double[] weights = new double[k];
    double weightSum = 0.0;
    double weightedSum = 0.0;
    for (int i = 0; i < k; i++) {
      weights[i] = 1.0 / variances[i];
      weightSum += weights[i];
      weightedSum += weights[i] * estimates[i];
    }
    double weightedMean = weightedSum / weightSum;
    double q = 0.0;
    for (int i = 0; i < k; i++) {
      double deviation = estimates[i] - weightedMean;
      q += weights[i] * deviation * deviation;
    }
    // c = sum(w) - sum(w^2) / sum(w) = sum_i w_i (sum of the other weights) / sum(w). The sums of
    // the other weights come from prefix and suffix sums rather than sum(w) - w_i, which would
    // cancel catastrophically when one segment is far larger than the rest.
    double[] suffix = new double[k + 1];
    for (int i = k - 1; i >= 0; i--) {
      suffix[i] = suffix[i + 1] + weights[i];
    }
    double c = 0.0;
    double prefix = 0.0;
    for (int i = 0; i < k; i++) {
      c += weights[i] * (prefix + suffix[i + 1]);
      prefix += weights[i];
    }
    c /= weightSum;
    return Math.max(0.0, (q - (k - 1)) / c);
  }

  private String describeEmpiricalBayes(
      int k, OptionalDouble priorMean, OptionalDouble betweenSegmentVariance) {
    String base =
        "ordered by the empirical-Bayes estimate (normal-normal model): each segment's adjusted"
            + " Wald estimate shrunk toward the mean of all, the more the noisier it is against the"
            + " DerSimonian-Laird between-segment variance; "
            + SegmentInputs.percent(level)
            + " intervals; minimum n "
            + minimumN;
    if (k == 0) {
      return base + "; no segment has the minimum n";
    }
    if (k == 1) {
      return base
          + "; with one ranked segment there is nothing to shrink toward, so its adjusted Wald"
          + " estimate and interval are shown";
    }
    double tauSquared = betweenSegmentVariance.getAsDouble();
    String fitted =
        String.format(
            Locale.ROOT,
            "; prior mean %.1f, between-segment variance %.1f over %d segments",
            priorMean.getAsDouble(),
            tauSquared,
            k);
    if (tauSquared == 0.0) {
      return base
          + fitted
          + "; the segments differ no more than their noise, so every estimate equals the prior"
          + " mean and all tie";
    }
    return base + fitted;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Ranking other
        && other.method == method
        && other.minimumN == minimumN
        && other.intervalMethod == intervalMethod
        && Double.compare(other.level, level) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(method, minimumN, intervalMethod, level);
  }

  /**
   * The options, e.g. {@code Ranking[LOWER_BOUND, minimum n 30, ADJUSTED_WALD, level 0.95]}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "Ranking[%s, minimum n %d, %s, level %s]",
        method,
        minimumN,
        intervalMethod,
        level);
  }
}
