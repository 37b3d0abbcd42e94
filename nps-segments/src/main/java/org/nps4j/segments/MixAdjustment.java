package org.nps4j.segments;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.nps4j.core.Interval;
import org.nps4j.core.IntervalMethod;
import org.nps4j.core.NpsSummary;
import org.nps4j.core.Scale;
import org.nps4j.core.UnansweredPolicy;

/**
 * Mix-adjusted (directly standardized) NPS: "is it the rep or the product?" Each focus segment's
 * NPS (a rep, say) is re-weighted to one common mix of another dimension (product, lead type), so
 * that a rep who sells the harder product or calls the colder leads is compared fairly with one who
 * does not.
 *
 * <p>Obtain one with {@link #toOverallMix()} (the standard mix is the mix of all the responses
 * given to {@link #adjust}) or {@link #toMix(Map)} (a mix chosen by the user), optionally change
 * the interval method, level and minimum n with the {@code with...} methods, then call {@link
 * #adjust(Map)} with the cells of a two-way table keyed by (focus value, mix value). Instances are
 * immutable and thread-safe.
 *
 * <h2>The estimate</h2>
 *
 * With standard weights w<sub>m</sub> summing to 1 over the mix values m, and N<sub>f,m</sub> the
 * NPS of focus segment f in stratum m (100 scale), the adjusted NPS is
 *
 * <blockquote>
 *
 * adjusted<sub>f</sub> = &Sigma;<sub>m</sub> w<sub>m</sub> N<sub>f,m</sub>,
 *
 * </blockquote>
 *
 * the NPS segment f would have if its responses fell in the strata in the standard proportions. It
 * is clamped to [-100, 100] against rounding. The shares behind every mix are shares of the
 * sample size n ({@link NpsSummary#count()}) of the cells that have an answered response; a cell
 * without one has no NPS and is an absent stratum. Standardized to a segment's own mix ({@link
 * MixAdjustedNps#ownMix()}) the adjusted NPS is the segment's crude NPS, the NPS of all its cells
 * together; the one exception is a cell of unanswered surveys only under {@link
 * org.nps4j.core.UnansweredPolicy#COUNT_AS_PASSIVE}, whose surveys count as passives in the crude
 * NPS but which has no NPS of its own.
 *
 * <h2>Standard error and interval</h2>
 *
 * Strata are independent samples, so SE<sup>2</sup> = &Sigma;<sub>m</sub> w<sub>m</sub><sup>2</sup>
 * V<sub>f,m</sub> / n<sub>f,m</sub>, with V the per-respondent variance (10<sup>4</sup> scale) and
 * the sum over strata of positive weight. With {@link IntervalMethod#WALD} V and n come from the
 * raw counts, so a stratum whose answers all fall in one category adds nothing and the SE can be
 * falsely 0. With the default {@link IntervalMethod#ADJUSTED_WALD} (or {@link
 * IntervalMethod#ADJUSTED_WALD_Z2_OVER_3}) each stratum gets the method's pseudo-counts (0.75
 * detractors, 1.5 passives and 0.75 promoters, n' = n + 3) before V and n are taken, just as
 * nps-core does for one sample, and the interval is centred on the standardized NPS of those
 * adjusted counts, &Sigma;<sub>m</sub> w<sub>m</sub> N'<sub>f,m</sub>, as nps-core's adjusted Wald
 * interval is centred on the adjusted estimate. The interval is centre &plusmn; z&middot;SE,
 * clamped to [-100, 100] ({@link Interval#clamped}); with one stratum of weight 1 it is, up to
 * rounding, nps-core's {@link NpsSummary#confidenceInterval(IntervalMethod, double)}. {@link
 * IntervalMethod#SCORE} is a one-sample method and is refused.
 *
 * <h2>Segments that lack a stratum</h2>
 *
 * A focus segment with no answered response in a mix value of positive standard weight cannot be
 * standardized to that mix: re-weighting the strata it has would silently compare it on another
 * mix. Its adjusted NPS, standard error and interval are empty and its {@link
 * MixAdjustedNps#mixCoverage()} (the total standard weight of the strata it has) is below 1; see
 * {@link MixAdjustedNps#isStandardized()}. To compare such segments, standardize to a mix they all
 * have, for example with {@link #toMix(Map)} and a weight of 0 for the stratum they lack.
 *
 * <h2>Flags</h2>
 *
 * Each row is flagged {@link SegmentFlag#EMPTY} when the focus segment has no answered response,
 * {@link SegmentFlag#LOW_N} when its n (all strata together) is below the minimum n (default 30),
 * {@link SegmentFlag#MISSING_KEY} when the focus value is {@link SpecialKeyValue#MISSING} and
 * {@link SegmentFlag#OVERFLOW} when it is {@link SpecialKeyValue#OVERFLOW}. A flagged row is still
 * adjusted when it can be.
 */
public final class MixAdjustment {
  private static final double NPS_MIN = -100.0;
  private static final double NPS_MAX = 100.0;
  private static final double UNIT_TO_NPS = 100.0;
  private static final IntervalMethod DEFAULT_METHOD = IntervalMethod.ADJUSTED_WALD;
  private static final double DEFAULT_LEVEL = 0.95;
  private static final long DEFAULT_MINIMUM_N = 30;

  /** The normalized standard weights in the user's order, or null for the overall mix. */
  private final Map<Object, Double> standardWeights;

  private final IntervalMethod method;
  private final double level;
  private final double criticalValue;
  private final long minimumN;

  private MixAdjustment(
      Map<Object, Double> standardWeights,
      IntervalMethod method,
      double level,
      double criticalValue,
      long minimumN) {
    this.standardWeights = standardWeights;
    this.method = method;
    this.level = level;
    this.criticalValue = criticalValue;
    this.minimumN = minimumN;
  }

  /**
   * Returns the adjustment to the overall mix: each mix value's weight is its share of the n of all
   * the cells given to {@link #adjust(Map)} that have an answered response. Mix values without an
   * answered response get no weight and are not part of the standard mix.
   *
   * @return the adjustment, with the adjusted Wald method at 95 % and minimum n 30
   */
  public static MixAdjustment toOverallMix() {
    return new MixAdjustment(
        null,
        DEFAULT_METHOD,
        DEFAULT_LEVEL,
        StandardNormal.twoSidedCriticalValue(DEFAULT_LEVEL),
        DEFAULT_MINIMUM_N);
  }

  /**
   * Returns the adjustment to a mix chosen by the user, such as a target mix of products or last
   * year's mix of lead types. The weights are normalized to sum to 1; only their ratios matter.
   *
   * <p>Keys are mix values, normalized by {@link SegmentKey#normalize(Object)} as the values of a
   * {@link SegmentKey} are. A weight of 0 leaves that stratum out on purpose. Every mix value with
   * an answered response in the cells given to {@link #adjust(Map)} must have a weight here, even
   * if 0, so that no stratum is dropped by a typo; a mix value of positive weight that no cell has
   * leaves every focus segment unadjusted.
   *
   * @param standardWeights the weight of each mix value: finite, zero or more, with a positive sum
   * @return the adjustment, with the adjusted Wald method at 95 % and minimum n 30
   * @throws IllegalArgumentException if a weight is negative, NaN or infinite, the weights do not
   *     sum to more than 0 (or the map is empty), or two keys normalize to the same mix value
   * @throws NullPointerException if the map, a key or a weight is null
   */
  public static MixAdjustment toMix(Map<?, ? extends Number> standardWeights) {
    Objects.requireNonNull(standardWeights, "standardWeights");
    Map<Object, Double> raw = new LinkedHashMap<>();
    Map<Object, Object> keysSeen = new LinkedHashMap<>();
    double largest = 0.0;
    for (Map.Entry<?, ? extends Number> entry : standardWeights.entrySet()) {
      Object mixValue = SegmentKey.normalize(Objects.requireNonNull(entry.getKey(), "mix value"));
      double weight =
          Objects.requireNonNull(entry.getValue(), () -> "standard weight of " + mixValue)
              .doubleValue();
      if (!(weight >= 0.0 && weight < Double.POSITIVE_INFINITY)) {
        throw new IllegalArgumentException(
            "Invalid standard weight for " + mixValue + " (must be finite and >= 0): " + weight);
      }
      Object earlierKey = keysSeen.putIfAbsent(mixValue, entry.getKey());
      if (earlierKey != null) {
        throw new IllegalArgumentException(
            "Invalid standard weights (each mix value once): keys '"
                + earlierKey
                + "' and '"
                + entry.getKey()
                + "' are both the mix value "
                + mixValue);
      }
      raw.put(mixValue, weight);
      largest = Math.max(largest, weight);
    }
    if (largest == 0.0) {
      throw new IllegalArgumentException(
          "Invalid standard weights (must sum to more than 0): " + standardWeights);
    }
    // Scaling by the largest weight first keeps the sum finite for weights near Double.MAX_VALUE.
    double sum = 0.0;
    for (double weight : raw.values()) {
      sum += weight / largest;
    }
    Map<Object, Double> normalized = new LinkedHashMap<>();
    for (Map.Entry<Object, Double> entry : raw.entrySet()) {
      normalized.put(entry.getKey(), entry.getValue() / largest / sum);
    }
    return new MixAdjustment(
        Collections.unmodifiableMap(normalized),
        DEFAULT_METHOD,
        DEFAULT_LEVEL,
        StandardNormal.twoSidedCriticalValue(DEFAULT_LEVEL),
        DEFAULT_MINIMUM_N);
  }

  /**
   * Returns a copy with another interval method.
   *
   * @param method {@link IntervalMethod#WALD}, {@link IntervalMethod#ADJUSTED_WALD} (the default)
   *     or {@link IntervalMethod#ADJUSTED_WALD_Z2_OVER_3}
   * @return the adjustment with that method
   * @throws IllegalArgumentException if the method is {@link IntervalMethod#SCORE}
   * @throws NullPointerException if the method is null
   */
  public MixAdjustment withMethod(IntervalMethod method) {
    Objects.requireNonNull(method, "method");
    if (method == IntervalMethod.SCORE) {
      throw new IllegalArgumentException(
          "IntervalMethod SCORE does not apply to a mix-adjusted NPS, a weighted sum of"
              + " independent strata; use WALD, ADJUSTED_WALD or ADJUSTED_WALD_Z2_OVER_3");
    }
    return new MixAdjustment(standardWeights, method, level, criticalValue, minimumN);
  }

  /**
   * Returns a copy with another confidence level.
   *
   * @param level the level, strictly between 0 and 1 (default 0.95)
   * @return the adjustment with that level
   * @throws IllegalArgumentException if the level is not strictly between 0 and 1
   */
  public MixAdjustment withLevel(double level) {
    double z = StandardNormal.twoSidedCriticalValue(level);
    return new MixAdjustment(standardWeights, method, level, z, minimumN);
  }

  /**
   * Returns a copy with another minimum n, below which a focus segment is flagged {@link
   * SegmentFlag#LOW_N}.
   *
   * @param minimumN the minimum n of a focus segment, all strata together (default 30)
   * @return the adjustment with that minimum n
   * @throws IllegalArgumentException if {@code minimumN} is below 1
   */
  public MixAdjustment withMinimumN(long minimumN) {
    if (minimumN < 1) {
      throw new IllegalArgumentException("Invalid minimum n (must be >= 1): " + minimumN);
    }
    return new MixAdjustment(standardWeights, method, level, criticalValue, minimumN);
  }

  /**
   * Returns the interval method.
   *
   * @return the method
   */
  public IntervalMethod method() {
    return method;
  }

  /**
   * Returns the confidence level of the intervals.
   *
   * @return the level
   */
  public double level() {
    return level;
  }

  /**
   * Returns the minimum n below which a focus segment is flagged {@link SegmentFlag#LOW_N}.
   *
   * @return the minimum n
   */
  public long minimumN() {
    return minimumN;
  }

  /**
   * Returns the user's standard mix, normalized to sum to 1, or empty for the overall mix of the
   * input.
   *
   * @return the standard weights by mix value, in the order given to {@link #toMix(Map)}
   */
  public Optional<Map<Object, Double>> standardWeights() {
    return Optional.ofNullable(standardWeights);
  }

  /**
   * Adjusts every focus segment of a two-way table to the standard mix.
   *
   * <p>Each key holds two values, (focus value, mix value), e.g. (rep, product); the summary is
   * that cell's tally. Cells without an answered response are allowed and count as absent strata.
   * The rows come in the order in which their focus values first appear in the map's iteration
   * order, as do the mix values of the overall mix.
   *
   * @param cells the cells, keyed by (focus value, mix value), all on one scale and unanswered
   *     policy
   * @return one row per focus value and the standard mix used
   * @throws IllegalArgumentException if a key does not have exactly two values; if the summaries
   *     are on different scales or under different unanswered policies; for {@link
   *     #toOverallMix()}, if no cell has an answered response; for {@link #toMix(Map)}, if a mix
   *     value with an answered response has no standard weight
   * @throws NullPointerException if the map, a key or a summary is null
   */
  public MixAdjustmentReport adjust(Map<SegmentKey, NpsSummary> cells) {
    Objects.requireNonNull(cells, "cells");
    Map<Object, Map<Object, NpsSummary>> byFocus = new LinkedHashMap<>();
    Map<Object, Long> nByMixValue = new LinkedHashMap<>();
    SegmentKey firstKey = null;
    NpsSummary first = null;
    for (Map.Entry<SegmentKey, NpsSummary> cell : cells.entrySet()) {
      SegmentKey key = Objects.requireNonNull(cell.getKey(), "cell key");
      NpsSummary summary = Objects.requireNonNull(cell.getValue(), () -> "summary of cell " + key);
      if (key.size() != 2) {
        throw new IllegalArgumentException(
            "Invalid cell key (must have exactly 2 values, focus value and mix value): "
                + key
                + " has "
                + key.size());
      }
      if (first == null) {
        firstKey = key;
        first = summary;
      } else {
        requireSameScaleAndPolicy(firstKey, first, key, summary);
      }
      Object mixValue = key.value(1);
      byFocus.computeIfAbsent(key.value(0), focus -> new LinkedHashMap<>()).put(mixValue, summary);
      if (!summary.isEmpty()) {
        nByMixValue.merge(mixValue, summary.count(), Math::addExact);
      }
    }
    Map<Object, Double> standardMix = standardMixFor(nByMixValue);
    Scale scale = first == null ? Scale.STANDARD : first.scale();
    UnansweredPolicy policy = first == null ? UnansweredPolicy.EXCLUDE : first.unansweredPolicy();
    List<MixAdjustedNps> rows = new ArrayList<>(byFocus.size());
    for (Map.Entry<Object, Map<Object, NpsSummary>> focus : byFocus.entrySet()) {
      rows.add(adjustOne(focus.getKey(), focus.getValue(), standardMix, scale, policy));
    }
    return new MixAdjustmentReport(standardMix, rows);
  }

  private static void requireSameScaleAndPolicy(
      SegmentKey firstKey, NpsSummary first, SegmentKey key, NpsSummary summary) {
    if (!first.scale().equals(summary.scale())) {
      throw new IllegalArgumentException(
          "Cannot adjust cells on different scales: "
              + firstKey
              + " is on "
              + first.scale()
              + ", "
              + key
              + " on "
              + summary.scale());
    }
    if (first.unansweredPolicy() != summary.unansweredPolicy()) {
      throw new IllegalArgumentException(
          "Cannot adjust cells under different unanswered policies: "
              + firstKey
              + " is under "
              + first.unansweredPolicy()
              + ", "
              + key
              + " under "
              + summary.unansweredPolicy());
    }
  }

  private Map<Object, Double> standardMixFor(Map<Object, Long> nByMixValue) {
    if (standardWeights != null) {
      for (Object mixValue : nByMixValue.keySet()) {
        if (!standardWeights.containsKey(mixValue)) {
          throw new IllegalArgumentException(
              "Mix value "
                  + mixValue
                  + " has answered responses but no standard weight (give it weight 0 to leave"
                  + " it out); the standard mix values are "
                  + standardWeights.keySet());
        }
      }
      return standardWeights;
    }
    long total = 0;
    for (long n : nByMixValue.values()) {
      total = Math.addExact(total, n);
    }
    if (total == 0) {
      throw new IllegalArgumentException(
          "Cannot standardize to the overall mix: no cell has an answered response");
    }
    Map<Object, Double> overall = new LinkedHashMap<>();
    for (Map.Entry<Object, Long> entry : nByMixValue.entrySet()) {
      overall.put(entry.getKey(), (double) entry.getValue() / total);
    }
    return Collections.unmodifiableMap(overall);
  }

  private MixAdjustedNps adjustOne(
      Object focusValue,
      Map<Object, NpsSummary> strata,
      Map<Object, Double> standardMix,
      Scale scale,
      UnansweredPolicy policy) {
    NpsSummary crude = NpsSummary.empty(scale, policy);
    long focusN = 0;
    for (NpsSummary stratum : strata.values()) {
      crude = crude.plus(stratum);
      if (!stratum.isEmpty()) {
        focusN = Math.addExact(focusN, stratum.count());
      }
    }
    Map<Object, Double> ownMix = new LinkedHashMap<>();
    for (Map.Entry<Object, NpsSummary> stratum : strata.entrySet()) {
      if (!stratum.getValue().isEmpty()) {
        ownMix.put(stratum.getKey(), (double) stratum.getValue().count() / focusN);
      }
    }

    double coveredWeight = 0.0;
    boolean complete = true;
    double estimate = 0.0;
    double centre = 0.0;
    double variance = 0.0;
    double pseudoOuter = pseudoPromotersOrDetractors();
    double pseudoPassives = method == IntervalMethod.ADJUSTED_WALD ? 2 * pseudoOuter : pseudoOuter;
    for (Map.Entry<Object, Double> standard : standardMix.entrySet()) {
      double weight = standard.getValue();
      if (weight == 0.0) {
        continue;
      }
      NpsSummary stratum = strata.get(standard.getKey());
      if (stratum == null || stratum.isEmpty()) {
        complete = false;
        continue;
      }
      coveredWeight += weight;
      estimate += weight * stratum.netPromoterScore();
      double promoters = stratum.promoters() + pseudoOuter;
      double passives = stratum.passives() + pseudoPassives;
      double detractors = stratum.detractors() + pseudoOuter;
      double n = promoters + passives + detractors;
      double promoterShare = promoters / n;
      double detractorShare = detractors / n;
      double nps = promoterShare - detractorShare;
      centre += weight * nps;
      double perRespondent = Math.max(0.0, promoterShare + detractorShare - nps * nps);
      variance += weight * weight * perRespondent / n;
    }

    Set<SegmentFlag> flags = EnumSet.noneOf(SegmentFlag.class);
    if (crude.isEmpty()) {
      flags.add(SegmentFlag.EMPTY);
    }
    if (crude.count() < minimumN) {
      flags.add(SegmentFlag.LOW_N);
    }
    if (focusValue == SpecialKeyValue.MISSING) {
      flags.add(SegmentFlag.MISSING_KEY);
    }
    if (focusValue == SpecialKeyValue.OVERFLOW) {
      flags.add(SegmentFlag.OVERFLOW);
    }
    OptionalDouble crudeNps =
        crude.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(crude.netPromoterScore());
    if (!complete) {
      return new MixAdjustedNps(
          focusValue,
          crude,
          crudeNps,
          OptionalDouble.empty(),
          OptionalDouble.empty(),
          Optional.empty(),
          Math.min(1.0, coveredWeight),
          ownMix,
          flags);
    }
    double standardError = UNIT_TO_NPS * Math.sqrt(variance);
    double margin = criticalValue * standardError;
    double scaledCentre = UNIT_TO_NPS * centre;
    Interval interval =
        Interval.clamped(
            scaledCentre, scaledCentre - margin, scaledCentre + margin, level, NPS_MIN, NPS_MAX);
    return new MixAdjustedNps(
        focusValue,
        crude,
        crudeNps,
        OptionalDouble.of(Math.max(NPS_MIN, Math.min(NPS_MAX, estimate))),
        OptionalDouble.of(standardError),
        Optional.of(interval),
        1.0,
        ownMix,
        flags);
  }

  /**
   * The pseudo-count the method adds to the promoters and to the detractors of each stratum. Rocks'
   * adjustment adds twice as many passives (0.75, 1.5, 0.75); the z&sup2;/3 variant adds the same
   * number to each category.
   */
  private double pseudoPromotersOrDetractors() {
    return switch (method) {
      case WALD, SCORE -> 0.0;
      case ADJUSTED_WALD -> 0.75;
      case ADJUSTED_WALD_Z2_OVER_3 -> criticalValue * criticalValue / 3.0;
    };
  }

  /**
   * Returns a description such as {@code MixAdjustment[to overall mix, ADJUSTED_WALD, level 0.95,
   * minimum n 30]}.
   */
  @Override
  public String toString() {
    return "MixAdjustment[to "
        + (standardWeights == null ? "overall mix" : "mix " + standardWeights)
        + ", "
        + method
        + ", level "
        + level
        + ", minimum n "
        + minimumN
        + "]";
  }
}
