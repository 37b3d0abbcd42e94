package org.nps4j.segments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nps4j.core.IntervalMethod;
import org.nps4j.core.NpsAccumulator;
import org.nps4j.core.NpsSummary;
import org.nps4j.core.Scale;
import org.nps4j.core.UnansweredPolicy;
import org.nps4j.core.testing.NpsGenerators;

/**
 * Properties of the multiple-comparison corrections and of segment-versus-complement comparisons,
 * over random p-value vectors and random segment maps from nps-core's public generators.
 */
class SegmentComparisonsProperties {
  private static final long BASE = 0x5eed_5e67_2026L;

  static LongStream seeds() {
    return LongStream.range(0, 300).map(i -> BASE ^ (i * 0x9E37_79B9_7F4A_7C15L));
  }

  // --- corrections ---

  /** P-values with the awkward cases mixed in: exact 0 and 1, ties, tiny and near-1 values. */
  static double[] pValues(SplittableRandom random) {
    double[] p = new double[random.nextInt(25)];
    for (int i = 0; i < p.length; i++) {
      p[i] =
          switch (random.nextInt(8)) {
            case 0 -> 0.0;
            case 1 -> 1.0;
            case 2 -> i > 0 ? p[random.nextInt(i)] : 0.5;
            case 3 -> Math.pow(10, -random.nextInt(300));
            case 4 -> 1 - random.nextDouble() * 1e-3;
            default -> random.nextDouble();
          };
    }
    return p;
  }

  /**
   * For every correction: each adjusted p-value lies in [raw p, 1]; Bonferroni &gt;= Holm &gt;=
   * Benjamini-Hochberg elementwise; a smaller raw p-value never gets a larger adjusted one; and
   * permuting the input permutes the output.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void adjustedPValuesAreBoundedOrderedAndIndependentOfPositions(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] p = pValues(random);
    int[] permutation = permutation(random, p.length);
    double[] permuted = new double[p.length];
    for (int i = 0; i < p.length; i++) {
      permuted[i] = p[permutation[i]];
    }
    // Violations are collected and asserted once, so that 25 x 25 checks stay cheap.
    List<String> violations = new ArrayList<>();
    for (MultipleComparisonCorrection correction : MultipleComparisonCorrection.values()) {
      double[] adjusted = correction.adjust(p);
      double[] adjustedPermuted = correction.adjust(permuted);
      if (adjusted.length != p.length) {
        violations.add(correction + " returned " + adjusted.length + " values");
        continue;
      }
      for (int i = 0; i < p.length; i++) {
        if (!(adjusted[i] >= p[i] && adjusted[i] <= 1.0)) {
          violations.add(correction + " at position " + i + ": " + adjusted[i]);
        }
        if (adjustedPermuted[i] != adjusted[permutation[i]]) {
          violations.add(correction + ": permuted position " + i + " " + adjustedPermuted[i]);
        }
        for (int j = 0; j < p.length; j++) {
          if (p[i] <= p[j] && adjusted[i] > adjusted[j]) {
            violations.add(correction + ": order of positions " + i + " and " + j);
          }
        }
      }
    }
    double[] bonferroni = MultipleComparisonCorrection.BONFERRONI.adjust(p);
    double[] holm = MultipleComparisonCorrection.HOLM.adjust(p);
    double[] bh = MultipleComparisonCorrection.BENJAMINI_HOCHBERG.adjust(p);
    for (int i = 0; i < p.length; i++) {
      if (!(bonferroni[i] >= holm[i] && holm[i] >= bh[i])) {
        violations.add(
            "position "
                + i
                + ": Bonferroni "
                + bonferroni[i]
                + ", Holm "
                + holm[i]
                + ", BH "
                + bh[i]);
      }
    }
    assertThat(violations)
        .as("seed %d, p %s, permutation %s", seed, Arrays.toString(p), Arrays.toString(permutation))
        .isEmpty();
  }

  private static int[] permutation(SplittableRandom random, int size) {
    int[] permutation = new int[size];
    for (int i = 0; i < size; i++) {
      permutation[i] = i;
    }
    for (int i = size - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = permutation[i];
      permutation[i] = permutation[j];
      permutation[j] = swap;
    }
    return permutation;
  }

  // --- comparisons ---

  /** A random map of up to 12 segments on one random scale and policy. */
  static Map<SegmentKey, NpsSummary> segments(SplittableRandom random) {
    Scale scale = random.nextInt(4) == 0 ? Scale.ONE_TO_FIVE : Scale.STANDARD;
    UnansweredPolicy policy =
        random.nextInt(3) == 0 ? UnansweredPolicy.COUNT_AS_PASSIVE : UnansweredPolicy.EXCLUDE;
    int maxCount = new int[] {10, 60, 300}[random.nextInt(3)];
    Map<SegmentKey, NpsSummary> segments = new LinkedHashMap<>();
    int size = random.nextInt(13);
    for (int i = 0; i < size; i++) {
      NpsSummary summary;
      if (policy == UnansweredPolicy.EXCLUDE && random.nextInt(5) == 0) {
        // Counts known only by category, as from NpsSummary.ofCounts.
        summary =
            NpsSummary.ofCounts(
                scale,
                random.nextInt(maxCount + 1),
                random.nextInt(maxCount + 1),
                random.nextInt(maxCount + 1));
      } else {
        summary = NpsGenerators.summaries(scale, policy, maxCount).next(random);
      }
      segments.put(SegmentKey.of("segment " + i), summary);
    }
    return segments;
  }

  static SegmentComparisons options(SplittableRandom random) {
    IntervalMethod[] methods = {
      IntervalMethod.WALD, IntervalMethod.ADJUSTED_WALD, IntervalMethod.ADJUSTED_WALD_Z2_OVER_3
    };
    MultipleComparisonCorrection[] corrections = MultipleComparisonCorrection.values();
    return SegmentComparisons.defaults()
        .withMinimumN(new long[] {1, 5, 30}[random.nextInt(3)])
        .withCorrection(corrections[random.nextInt(corrections.length)])
        .withMethod(methods[random.nextInt(methods.length)])
        .withLevel(new double[] {0.9, 0.95, 0.99}[random.nextInt(3)]);
  }

  private static NpsSummary total(Map<SegmentKey, NpsSummary> segments) {
    NpsSummary any = segments.values().stream().findFirst().orElse(NpsSummary.empty());
    NpsAccumulator total = NpsAccumulator.create(any.scale(), any.unansweredPolicy());
    segments.values().forEach(total::addAll);
    return total.snapshot();
  }

  /**
   * One row per segment, in map order, nothing dropped; each row's segment plus its complement is
   * exactly the total of the map.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everySegmentHasOneRowAndSegmentPlusComplementIsTheTotal(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Map<SegmentKey, NpsSummary> segments = segments(random);
    SegmentComparisonReport report = options(random).againstComplement(segments);
    assertThat(report.rows())
        .as("seed %d, input %s", seed, segments)
        .extracting(SegmentDifference::segment)
        .containsExactlyElementsOf(segments.keySet());
    assertThat(report.rows())
        .as("seed %d, input %s", seed, segments)
        .extracting(SegmentDifference::segmentSummary)
        .containsExactlyElementsOf(segments.values());
    assertThat(report.compared().size() + report.flagged().size())
        .as("seed %d, input %s", seed, segments)
        .isEqualTo(segments.size());
    NpsSummary total = total(segments);
    for (SegmentDifference row : report.rows()) {
      assertThat(row.segmentSummary().plus(row.complementSummary()))
          .as("seed %d, segment %s, input %s", seed, row.segment(), segments)
          .isEqualTo(total);
      assertThat(row.complementSummary().answered())
          .as("seed %d, segment %s, input %s", seed, row.segment(), segments)
          .isEqualTo(total.answered() - row.segmentSummary().answered());
    }
  }

  /**
   * Exactly the segments with the minimum n on both sides are compared, the others are flagged; the
   * adjusted p-values are the correction of the compared rows' raw p-values (the family), at least
   * the raw ones, and decide significance against 1 - level.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void theComparedRowsFormTheFamilyOfTheCorrection(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Map<SegmentKey, NpsSummary> segments = segments(random);
    SegmentComparisons options = options(random);
    SegmentComparisonReport report = options.againstComplement(segments);
    long minimumN = options.minimumN();
    List<SegmentDifference> compared = new ArrayList<>();
    for (SegmentDifference row : report.rows()) {
      boolean large =
          row.segmentSummary().answered() >= minimumN
              && row.complementSummary().answered() >= minimumN;
      String message = "seed %d, %s, row %s, input %s";
      Object[] args = {seed, options, row.segment(), segments};
      assertThat(row.isCompared()).as(message, args).isEqualTo(large);
      assertThat(row.flags().contains(SegmentFlag.LOW_N)).as(message, args).isEqualTo(!large);
      assertThat(row.flags().contains(SegmentFlag.EMPTY))
          .as(message, args)
          .isEqualTo(row.segmentSummary().answered() == 0);
      assertThat(row.adjustedPValue().isPresent()).as(message, args).isEqualTo(large);
      if (large) {
        compared.add(row);
      } else {
        assertThat(row.significant()).as(message, args).isFalse();
      }
    }
    assertThat(report.familySize())
        .as("seed %d, input %s", seed, segments)
        .isEqualTo(compared.size());
    assertThat(report.compared())
        .as("seed %d, input %s", seed, segments)
        .containsExactlyElementsOf(compared);

    double[] raw = compared.stream().mapToDouble(row -> row.pValue().getAsDouble()).toArray();
    double[] expected = options.correction().adjust(raw);
    for (int i = 0; i < compared.size(); i++) {
      SegmentDifference row = compared.get(i);
      double adjusted = row.adjustedPValue().getAsDouble();
      String message = "seed %d, %s, row %s, input %s";
      Object[] args = {seed, options, row.segment(), segments};
      assertThat(adjusted).as(message, args).isEqualTo(expected[i]);
      assertThat(adjusted).as(message, args).isGreaterThanOrEqualTo(raw[i]).isLessThanOrEqualTo(1);
      assertThat(row.significant()).as(message, args).isEqualTo(adjusted < 1 - options.level());
      if (options.correction() == MultipleComparisonCorrection.NONE) {
        assertThat(adjusted).as(message, args).isEqualTo(raw[i]);
      }
      assertThat(row.difference().orElseThrow().method())
          .as(message, args)
          .isEqualTo(options.method());
      assertThat(row.difference().orElseThrow().level())
          .as(message, args)
          .isEqualTo(options.level());
    }
  }
}
