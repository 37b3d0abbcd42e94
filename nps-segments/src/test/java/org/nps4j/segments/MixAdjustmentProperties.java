package org.nps4j.segments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nps4j.core.Interval;
import org.nps4j.core.IntervalMethod;
import org.nps4j.core.NpsAccumulator;
import org.nps4j.core.NpsSummary;
import org.nps4j.core.Scale;
import org.nps4j.core.UnansweredPolicy;
import org.nps4j.core.testing.Generator;
import org.nps4j.core.testing.NpsGenerators;

class MixAdjustmentProperties {
  private static final double TOLERANCE = 1e-9;

  /** The 97.5 % standard normal quantile (R: qnorm(0.975)). */
  private static final double Z_95 = 1.959963984540054;

  private static final List<IntervalMethod> METHODS =
      List.of(
          IntervalMethod.WALD,
          IntervalMethod.ADJUSTED_WALD,
          IntervalMethod.ADJUSTED_WALD_Z2_OVER_3);

  static LongStream seeds() {
    return LongStream.range(0, 300).map(i -> 0x5eed_2026_0505L ^ (i * 0x9E37_79B9_7F4A_7C15L));
  }

  /**
   * A two-way table of up to 4 focus values by up to 4 mix values; some cells are absent, some
   * empty, some hold unanswered surveys, and at least one has an answered response.
   */
  private static Map<SegmentKey, NpsSummary> cells(
      SplittableRandom random, UnansweredPolicy policy) {
    Generator<NpsSummary> summaries = NpsGenerators.summaries(Scale.STANDARD, policy, 120);
    int focusValues = 1 + random.nextInt(4);
    int mixValues = 1 + random.nextInt(4);
    Map<SegmentKey, NpsSummary> cells = new LinkedHashMap<>();
    boolean answered = false;
    for (int f = 0; f < focusValues; f++) {
      for (int m = 0; m < mixValues; m++) {
        if (random.nextInt(6) > 0) {
          NpsSummary summary = summaries.next(random);
          cells.put(SegmentKey.of("rep" + f, "product" + m), summary);
          answered |= !summary.isEmpty();
        }
      }
    }
    if (!answered) {
      NpsAccumulator oneOfEach = NpsAccumulator.create(Scale.STANDARD, policy);
      oneOfEach.addAll(0, 7, 10);
      cells.put(SegmentKey.of("rep0", "product0"), oneOfEach.snapshot());
    }
    return cells;
  }

  private static UnansweredPolicy policy(SplittableRandom random) {
    return random.nextBoolean() ? UnansweredPolicy.EXCLUDE : UnansweredPolicy.COUNT_AS_PASSIVE;
  }

  /** The cells of one focus value, by mix value. */
  private static Map<Object, NpsSummary> strataOf(
      Map<SegmentKey, NpsSummary> cells, Object focusValue) {
    Map<Object, NpsSummary> strata = new LinkedHashMap<>();
    cells.forEach(
        (key, summary) -> {
          if (key.value(0).equals(focusValue)) {
            strata.put(key.value(1), summary);
          }
        });
    return strata;
  }

  /** Weight 0 for every mix value, then the given weights: a standard toMix accepts. */
  private static Map<Object, Double> completeWeights(
      Map<SegmentKey, NpsSummary> cells, Map<Object, Double> weights) {
    Map<Object, Double> complete = new LinkedHashMap<>();
    cells.keySet().forEach(key -> complete.put(key.value(1), 0.0));
    complete.putAll(weights);
    return complete;
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void standardizingToTheOwnMixGivesTheCrudeNps(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Map<SegmentKey, NpsSummary> cells = cells(random, UnansweredPolicy.EXCLUDE);
    MixAdjustmentReport overall = MixAdjustment.toOverallMix().adjust(cells);

    for (MixAdjustedNps row : overall.rows()) {
      if (row.crude().isEmpty()) {
        continue;
      }
      MixAdjustment ownMix = MixAdjustment.toMix(completeWeights(cells, row.ownMix()));
      MixAdjustedNps standardized = ownMix.adjust(cells).row(row.focusValue()).orElseThrow();
      assertThat(standardized.adjustedNps().getAsDouble())
          .as("seed %d, focus %s, cells %s", seed, row.focusValue(), cells)
          .isCloseTo(row.crude().netPromoterScore(), within(TOLERANCE));
      assertThat(standardized.adjustment().getAsDouble())
          .as("seed %d, focus %s, cells %s", seed, row.focusValue(), cells)
          .isCloseTo(0.0, within(TOLERANCE));
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void adjustedNpsLiesBetweenTheStrataNps(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Map<SegmentKey, NpsSummary> cells = cells(random, policy(random));
    Map<Object, Double> weights = new LinkedHashMap<>();
    cells.keySet().forEach(key -> weights.put(key.value(1), random.nextInt(4) * 1.0));
    MixAdjustment adjustment =
        weights.values().stream().anyMatch(weight -> weight > 0)
            ? MixAdjustment.toMix(weights)
            : MixAdjustment.toOverallMix();

    MixAdjustmentReport report = adjustment.adjust(cells);

    for (MixAdjustedNps row : report.rows()) {
      if (!row.isStandardized()) {
        continue;
      }
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      for (Map.Entry<Object, NpsSummary> stratum : strataOf(cells, row.focusValue()).entrySet()) {
        if (report.standardMix().getOrDefault(stratum.getKey(), 0.0) > 0) {
          min = Math.min(min, stratum.getValue().netPromoterScore());
          max = Math.max(max, stratum.getValue().netPromoterScore());
        }
      }
      assertThat(row.adjustedNps().getAsDouble())
          .as("seed %d, focus %s, standard %s, cells %s", seed, row.focusValue(), weights, cells)
          .isBetween(min - TOLERANCE, max + TOLERANCE);
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void standardizedExactlyWhenEveryWeightedStratumHasAnswers(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Map<SegmentKey, NpsSummary> cells = cells(random, policy(random));

    MixAdjustmentReport report = MixAdjustment.toOverallMix().adjust(cells);

    for (MixAdjustedNps row : report.rows()) {
      Map<Object, NpsSummary> strata = strataOf(cells, row.focusValue());
      double covered = 0;
      boolean complete = true;
      for (Map.Entry<Object, Double> standard : report.standardMix().entrySet()) {
        NpsSummary stratum = strata.get(standard.getKey());
        if (stratum != null && !stratum.isEmpty()) {
          covered += standard.getValue();
        } else if (standard.getValue() > 0) {
          complete = false;
        }
      }
      assertThat(row.isStandardized())
          .as("seed %d, focus %s, cells %s", seed, row.focusValue(), cells)
          .isEqualTo(complete);
      assertThat(row.mixCoverage())
          .as("seed %d, focus %s, cells %s", seed, row.focusValue(), cells)
          .isCloseTo(complete ? 1.0 : covered, within(1e-12));
      assertThat(row.interval().isPresent()).isEqualTo(complete);
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void overallMixIsEachMixValuesShareOfAllAnswers(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Map<SegmentKey, NpsSummary> cells = cells(random, policy(random));
    Map<Object, Long> nByMixValue = new LinkedHashMap<>();
    long total = 0;
    for (Map.Entry<SegmentKey, NpsSummary> cell : cells.entrySet()) {
      if (!cell.getValue().isEmpty()) {
        nByMixValue.merge(cell.getKey().value(1), cell.getValue().count(), Long::sum);
        total += cell.getValue().count();
      }
    }

    Map<Object, Double> standardMix = MixAdjustment.toOverallMix().adjust(cells).standardMix();

    assertThat(standardMix.keySet())
        .as("seed %d, cells %s", seed, cells)
        .containsExactlyElementsOf(nByMixValue.keySet());
    for (Map.Entry<Object, Long> entry : nByMixValue.entrySet()) {
      assertThat(standardMix.get(entry.getKey()))
          .as("seed %d, mix value %s, cells %s", seed, entry.getKey(), cells)
          .isCloseTo((double) entry.getValue() / total, within(1e-15));
    }
    assertThat(standardMix.values().stream().mapToDouble(Double::doubleValue).sum())
        .as("seed %d, cells %s", seed, cells)
        .isCloseTo(1.0, within(1e-12));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void crudeIsTheSumOfTheFocusCells(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    UnansweredPolicy policy = policy(random);
    Map<SegmentKey, NpsSummary> cells = cells(random, policy);

    MixAdjustmentReport report = MixAdjustment.toOverallMix().adjust(cells);

    for (MixAdjustedNps row : report.rows()) {
      NpsSummary expected = NpsSummary.empty(Scale.STANDARD, policy);
      for (NpsSummary summary : strataOf(cells, row.focusValue()).values()) {
        expected = expected.plus(summary);
      }
      assertThat(row.crude()).as("seed %d, cells %s", seed, cells).isEqualTo(expected);
      assertThat(row.crudeNps().isPresent()).isEqualTo(!expected.isEmpty());
      assertThat(row.has(SegmentFlag.LOW_N)).isEqualTo(expected.count() < 30);
      assertThat(row.has(SegmentFlag.EMPTY)).isEqualTo(expected.isEmpty());
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void waldStandardErrorIsTheWeightedSumOfStratumVariances(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Map<SegmentKey, NpsSummary> cells = cells(random, policy(random));

    MixAdjustmentReport report =
        MixAdjustment.toOverallMix().withMethod(IntervalMethod.WALD).adjust(cells);

    for (MixAdjustedNps row : report.rows()) {
      if (!row.isStandardized()) {
        continue;
      }
      // SE^2 = sum of w^2 V / n over the strata, V on the 10^4 scale.
      double variance = 0;
      for (Map.Entry<Object, NpsSummary> stratum : strataOf(cells, row.focusValue()).entrySet()) {
        double weight = report.standardMix().getOrDefault(stratum.getKey(), 0.0);
        NpsSummary summary = stratum.getValue();
        if (weight > 0) {
          variance += weight * weight * summary.variance() / summary.count();
        }
      }
      double standardError = Math.sqrt(variance);
      assertThat(row.standardError().getAsDouble())
          .as("seed %d, focus %s, cells %s", seed, row.focusValue(), cells)
          .isCloseTo(standardError, within(TOLERANCE));
      Interval interval = row.interval().orElseThrow();
      double adjusted = row.adjustedNps().getAsDouble();
      double margin = Z_95 * standardError;
      assertThat(interval.unclampedLower())
          .as("seed %d, focus %s, cells %s", seed, row.focusValue(), cells)
          .isCloseTo(adjusted - margin, within(TOLERANCE));
      assertThat(interval.unclampedUpper()).isCloseTo(adjusted + margin, within(TOLERANCE));
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void intervalsStayWithinTheNpsRangeAroundTheirEstimate(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Map<SegmentKey, NpsSummary> cells = cells(random, policy(random));
    IntervalMethod method = METHODS.get(random.nextInt(METHODS.size()));
    double level = 0.5 + 0.49 * random.nextDouble();

    MixAdjustmentReport report =
        MixAdjustment.toOverallMix().withMethod(method).withLevel(level).adjust(cells);

    for (MixAdjustedNps row : report.rows()) {
      if (!row.isStandardized()) {
        continue;
      }
      Interval interval = row.interval().orElseThrow();
      assertThat(interval.lower())
          .as("seed %d, %s at %s, focus %s, cells %s", seed, method, level, row.focusValue(), cells)
          .isGreaterThanOrEqualTo(-100.0);
      assertThat(interval.upper()).isLessThanOrEqualTo(100.0);
      assertThat(interval.level()).isEqualTo(level);
      assertThat(row.adjustedNps().getAsDouble()).isBetween(-100.0, 100.0);
      assertThat(row.standardError().getAsDouble()).isGreaterThanOrEqualTo(0.0);
      if (method != IntervalMethod.WALD) {
        assertThat(row.standardError().getAsDouble())
            .as("seed %d, %s, focus %s, cells %s", seed, method, row.focusValue(), cells)
            .isPositive();
      }
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void onlyTheRatiosOfTheStandardWeightsMatter(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Map<SegmentKey, NpsSummary> cells = cells(random, policy(random));
    Map<Object, Double> weights = new LinkedHashMap<>();
    Map<Object, Double> scaled = new LinkedHashMap<>();
    double factor = Math.scalb(1.0 + random.nextDouble(), random.nextInt(-40, 40));
    cells
        .keySet()
        .forEach(
            key -> {
              double weight = 0.1 + random.nextDouble();
              weights.put(key.value(1), weight);
              scaled.put(key.value(1), weight * factor);
            });

    List<MixAdjustedNps> rows = MixAdjustment.toMix(weights).adjust(cells).rows();
    List<MixAdjustedNps> scaledRows = MixAdjustment.toMix(scaled).adjust(cells).rows();

    for (int i = 0; i < rows.size(); i++) {
      MixAdjustedNps row = rows.get(i);
      MixAdjustedNps scaledRow = scaledRows.get(i);
      assertThat(scaledRow.isStandardized()).isEqualTo(row.isStandardized());
      if (row.isStandardized()) {
        assertThat(scaledRow.adjustedNps().getAsDouble())
            .as("seed %d, weights %s times %s, cells %s", seed, weights, factor, cells)
            .isCloseTo(row.adjustedNps().getAsDouble(), within(TOLERANCE));
        assertThat(scaledRow.standardError().getAsDouble())
            .isCloseTo(row.standardError().getAsDouble(), within(TOLERANCE));
      }
    }
  }
}
