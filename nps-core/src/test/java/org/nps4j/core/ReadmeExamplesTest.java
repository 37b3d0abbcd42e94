package org.nps4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nps4j.core.testing.NpsGenerators;
import org.nps4j.core.testing.NpsInvariants;

/** The README's code, kept compiling and checked here; expected figures are worked by hand. */
class ReadmeExamplesTest {

  @Test
  void quickStart() {
    NpsAccumulator tally = NpsAccumulator.create();
    tally.addAll(10, 9, 9, 8, 7, 6, 3, 10, 9, 5);
    NpsSummary summary = tally.snapshot();

    summary.netPromoterScore(); // 20.0  (5 promoters - 3 detractors) / 10
    summary.roundedNetPromoterScore(0); // 20
    Interval ci = summary.confidenceInterval(); // adjusted Wald, 95 %
    summary.categoryPercentages(0); // detractors 30, passives 20, promoters 50
    assertThat(ci).hasToString("15.4 [-30.3, 61.1] @95%");

    assertThat(summary.netPromoterScore()).isEqualTo(20.0);
    assertThat(summary.roundedNetPromoterScore(0)).isEqualTo(new BigDecimal("20"));
    assertThat(summary.categoryPercentages(0))
        .isEqualTo(
            new CategoryPercentages(new BigDecimal("30"), new BigDecimal("20"), new BigDecimal("50")));
    // Adjusted counts 5.75 / 3.5 / 3.75 of 13: centre 2/13, V = 9.5/13 - (2/13)^2.
    double centre = 2.0 / 13;
    double variance = 9.5 / 13 - centre * centre;
    double margin = 1.959963984540054 * Math.sqrt(variance / 13);
    assertThat(ci.lower()).isCloseTo(100 * (centre - margin), within(1e-9));
    assertThat(ci.upper()).isCloseTo(100 * (centre + margin), within(1e-9));
  }

  record Deal(String rep, int npsScore) {}

  @Test
  void hostTypesThroughExtractors() {
    List<Deal> deals = List.of(new Deal("ana", 9), new Deal("ben", 4), new Deal("ana", 10));
    NpsSummary byExtractor = deals.stream().collect(NpsCollectors.toSummary(Deal::npsScore));
    assertThat(byExtractor.netPromoterScore()).isCloseTo(100.0 / 3, within(1e-12));
  }

  @Test
  void significanceOfAChange() {
    NpsSummary lastQuarter = NpsSummary.ofCounts(60, 90, 150); // NPS 30, n 300
    NpsSummary thisQuarter = NpsSummary.ofCounts(75, 86, 139); // NPS 21.3, n 300
    NpsDifference change = NpsDifference.between(thisQuarter, lastQuarter);
    change.difference(); // -8.67 points
    change.pValue();
    change.isSignificant();
    assertThat(change.difference()).isCloseTo(100.0 * (64 - 90) / 300, within(1e-9));
  }

  @Test
  void emptyHasNoNps() {
    assertThatThrownBy(() -> NpsSummary.empty().netPromoterScore())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void responseRecord() {
    Response response =
        Response.builder("contact-42", Score.parse("9"), Instant.parse("2026-11-02T15:04:05Z"))
            .touchpoint(Touchpoint.POST_DEMO)
            .attribute("leadType", "warm")
            .attribute("rep", "ana")
            .comment("Clear demo, fair price")
            .build();
    assertThat(response.category()).isEqualTo(Category.PROMOTER);
  }

  static LongStream seeds() {
    return LongStream.range(0, 500);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void hostPropertyTest(long seed) {
    NpsSummary summary = NpsGenerators.summaries(1_000).next(new SplittableRandom(seed));
    NpsInvariants.check(summary); // throws AssertionError naming the broken rule
  }
}
