package org.nps4j.segments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nps4j.core.Interval;

class ResponseRatesTest {
  /** The 97.5 % normal quantile, qnorm(0.975) in R. */
  private static final double Z95 = 1.959963984540054;

  /** The 95 % normal quantile, qnorm(0.95) in R. */
  private static final double Z90 = 1.6448536269514722;

  private static final SegmentKey COLD = SegmentKey.of("cold");
  private static final SegmentKey WARM = SegmentKey.of("warm");
  private static final SegmentKey REFERRAL = SegmentKey.of("referral");

  record Invitation(String rep, String leadType) {}

  record Answer(String rep, String leadType, int score) {}

  /** Wilson score interval {lower, centre, upper} by its textbook formula (Wilson, 1927). */
  private static double[] wilson(double x, double n, double z) {
    double p = x / n;
    double centre = (p + z * z / (2 * n)) / (1 + z * z / n);
    double half = z / (1 + z * z / n) * Math.sqrt(p * (1 - p) / n + z * z / (4 * n * n));
    return new double[] {centre - half, centre, centre + half};
  }

  private static Map<SegmentKey, Long> counts(Object... keysAndCounts) {
    Map<SegmentKey, Long> counts = new LinkedHashMap<>();
    for (int i = 0; i < keysAndCounts.length; i += 2) {
      counts.put((SegmentKey) keysAndCounts[i], ((Number) keysAndCounts[i + 1]).longValue());
    }
    return counts;
  }

  @Test
  void thirtyOfOneHundredTwentyInvitedHasTheWilsonInterval() {
    ResponseRateReport report = ResponseRates.of(counts(COLD, 120), counts(COLD, 30)).report();

    ResponseRate cold = report.row(COLD).orElseThrow();
    assertThat(cold.invitations()).isEqualTo(120);
    assertThat(cold.responses()).isEqualTo(30);
    assertThat(cold.rate()).hasValue(0.25);
    double[] expected = wilson(30, 120, Z95);
    Interval interval = cold.interval().orElseThrow();
    assertThat(interval.lower()).isCloseTo(expected[0], within(1e-12));
    assertThat(interval.estimate()).isEqualTo(0.25);
    assertThat(interval.upper()).isCloseTo(expected[2], within(1e-12));
    // Hand calculation: z² = 3.8415, centre = (0.25 + 0.016006) / 1.032012 = 0.25775,
    // half-width = 1.899151 * sqrt(0.0015625 + 0.0000667) = 0.07666: [0.1811, 0.3344].
    assertThat(interval.lower()).isCloseTo(0.1811, within(5e-5));
    assertThat(interval.upper()).isCloseTo(0.3344, within(5e-5));
    assertThat(interval.level()).isEqualTo(0.95);
    assertThat(cold.flags()).isEmpty();
    assertThat(cold.isConsistent()).isTrue();
    assertThat(cold.nonResponses()).hasValue(90);
  }

  @Test
  void theLevelSetsTheCriticalValue() {
    ResponseRate cold =
        ResponseRates.of(counts(COLD, 120), counts(COLD, 30)).report(0.90).row(COLD).orElseThrow();
    double[] expected = wilson(30, 120, Z90);
    Interval interval = cold.interval().orElseThrow();
    assertThat(interval.lower()).isCloseTo(expected[0], within(1e-12));
    assertThat(interval.upper()).isCloseTo(expected[2], within(1e-12));
    assertThat(interval.level()).isEqualTo(0.90);
  }

  @Test
  void noResponsesAndAllResponsesHaveExactBoundsAtTheEnds() {
    ResponseRateReport report =
        ResponseRates.of(counts(COLD, 10, WARM, 10), counts(COLD, 0, WARM, 10)).report();

    ResponseRate none = report.row(COLD).orElseThrow();
    ResponseRate all = report.row(WARM).orElseThrow();
    assertThat(none.rate()).hasValue(0.0);
    assertThat(none.interval().orElseThrow().lower()).isEqualTo(0.0);
    // Upper bound for 0 of n is z² / (n + z²) = 3.8415 / 13.8415 = 0.27753.
    assertThat(none.interval().orElseThrow().upper())
        .isCloseTo(Z95 * Z95 / (10 + Z95 * Z95), within(1e-12));
    assertThat(all.rate()).hasValue(1.0);
    assertThat(all.interval().orElseThrow().upper()).isEqualTo(1.0);
    assertThat(all.interval().orElseThrow().lower())
        .isCloseTo(10 / (10 + Z95 * Z95), within(1e-12));
    // 10 invitations is below the default minimum of 30.
    assertThat(none.flags()).containsExactly(SegmentFlag.LOW_N);
    assertThat(all.flags()).containsExactly(SegmentFlag.LOW_N);
  }

  @Test
  void theMinimumInvitationsDecideTheLowNFlag() {
    ResponseRates rates = ResponseRates.of(counts(COLD, 10), counts(COLD, 4));
    assertThat(rates.report(0.95, 10).row(COLD).orElseThrow().flags()).isEmpty();
    assertThat(rates.report(0.95, 11).row(COLD).orElseThrow().flags())
        .containsExactly(SegmentFlag.LOW_N);
    assertThat(rates.report(0.95, 11).minimumInvitations()).isEqualTo(11);
  }

  @Test
  void aSegmentInOnlyOneInputAppears() {
    ResponseRateReport report = ResponseRates.of(counts(COLD, 40), counts(WARM, 3)).report();

    assertThat(report.rows()).extracting(ResponseRate::segment).containsExactly(COLD, WARM);
    ResponseRate invitedOnly = report.row(COLD).orElseThrow();
    assertThat(invitedOnly.responses()).isZero();
    assertThat(invitedOnly.rate()).hasValue(0.0);
    ResponseRate answeredOnly = report.row(WARM).orElseThrow();
    assertThat(answeredOnly.isConsistent()).isFalse();
    assertThat(answeredOnly.inconsistency()).hasValue("responses 3 without invitations");
    assertThat(answeredOnly.rate()).isEmpty();
    assertThat(answeredOnly.interval()).isEmpty();
    assertThat(answeredOnly.nonResponses()).isEmpty();
    assertThat(answeredOnly.flags()).containsExactly(SegmentFlag.EMPTY);
    assertThat(report.inconsistent()).containsExactly(answeredOnly);
  }

  @Test
  void aSegmentWithoutInvitationsOrResponsesHasNoRate() {
    ResponseRate empty =
        ResponseRates.of(counts(COLD, 0), counts()).report().row(COLD).orElseThrow();
    assertThat(empty.isConsistent()).isTrue();
    assertThat(empty.rate()).isEmpty();
    assertThat(empty.interval()).isEmpty();
    assertThat(empty.flags()).containsExactly(SegmentFlag.EMPTY);
    assertThat(empty.toString()).isEqualTo("cold: 0 of 0, no rate");
  }

  @Test
  void moreResponsesThanInvitationsIsReportedNotClampedAndLeftOutOfTheTotal() {
    ResponseRateReport report =
        ResponseRates.of(
                counts(COLD, 120, WARM, 80, REFERRAL, 10), counts(COLD, 30, WARM, 45, REFERRAL, 12))
            .report();

    ResponseRate referral = report.row(REFERRAL).orElseThrow();
    assertThat(referral.responses()).isEqualTo(12);
    assertThat(referral.invitations()).isEqualTo(10);
    assertThat(referral.inconsistency()).hasValue("responses 12 exceed invitations 10");
    assertThat(referral.rate()).isEmpty();
    assertThat(report.rows()).hasSize(3).contains(referral);
    assertThat(report.inconsistent()).containsExactly(referral);

    // Total of the consistent rows: (30 + 45) / (120 + 80) = 75 / 200 = 0.375.
    ResponseRate total = report.total();
    assertThat(total.segment()).isEqualTo(SegmentKey.empty());
    assertThat(total.invitations()).isEqualTo(200);
    assertThat(total.responses()).isEqualTo(75);
    assertThat(total.rate()).hasValue(0.375);
    double[] expected = wilson(75, 200, Z95);
    assertThat(total.interval().orElseThrow().lower()).isCloseTo(expected[0], within(1e-12));
    assertThat(total.interval().orElseThrow().upper()).isCloseTo(expected[2], within(1e-12));

    // Reconciliation: 210 = 200 + 10 invitations, 87 = 75 + 12 responses.
    assertThat(report.invitations()).isEqualTo(210);
    assertThat(report.responses()).isEqualTo(87);
    assertThat(report.excludedInvitations()).isEqualTo(10);
    assertThat(report.excludedResponses()).isEqualTo(12);
    assertThat(report.toString())
        .endsWith(
            "(all): 75 of 200 = 37.5% [31.1%, 44.4%] @95%; excluded 1 inconsistent rows with 12"
                + " responses of 10 invitations");
  }

  @Test
  void hostObjectsOfTwoTypesAreCountedByDimensionsWithTheSameNames() {
    List<Invitation> invitations =
        List.of(
            new Invitation("ana", "cold"),
            new Invitation("ana", "cold"),
            new Invitation("ana", "warm"),
            new Invitation("ben", "cold"),
            new Invitation(null, "cold"));
    List<Answer> answers =
        List.of(
            new Answer("ana", "cold", 9), new Answer("ana", "warm", 3), new Answer(" ", "cold", 7));

    ResponseRateReport report =
        ResponseRates.count(
                invitations,
                List.of(
                    Dimension.<Invitation>of("rep", Invitation::rep),
                    Dimension.<Invitation>of("lead", Invitation::leadType)),
                answers,
                List.of(
                    Dimension.<Answer>of("rep", Answer::rep),
                    Dimension.<Answer>of("lead", Answer::leadType)))
            .report();

    assertThat(report.rows())
        .extracting(ResponseRate::segment)
        .containsExactly(
            SegmentKey.of("ana", "cold"),
            SegmentKey.of("ana", "warm"),
            SegmentKey.of("ben", "cold"),
            SegmentKey.of(SpecialKeyValue.MISSING, "cold"));
    assertThat(report.row(SegmentKey.of("ana", "cold")).orElseThrow().rate()).hasValue(0.5);
    assertThat(report.row(SegmentKey.of("ana", "warm")).orElseThrow().rate()).hasValue(1.0);
    assertThat(report.row(SegmentKey.of("ben", "cold")).orElseThrow().rate()).hasValue(0.0);
    // A null rep and a blank rep both land in the visible (missing) segment.
    ResponseRate missing = report.row(SegmentKey.of(null, "cold")).orElseThrow();
    assertThat(missing.invitations()).isEqualTo(1);
    assertThat(missing.responses()).isEqualTo(1);
    assertThat(missing.flags())
        .containsExactlyInAnyOrder(SegmentFlag.LOW_N, SegmentFlag.MISSING_KEY);
    assertThat(report.total().invitations()).isEqualTo(5);
    assertThat(report.total().responses()).isEqualTo(3);
  }

  @Test
  void dimensionsWithDifferentNamesAreRejected() {
    assertThatThrownBy(
            () ->
                ResponseRates.count(
                    List.<Invitation>of(),
                    List.of(Dimension.<Invitation>of("rep", Invitation::rep)),
                    List.<Answer>of(),
                    List.of(Dimension.<Answer>of("owner", Answer::rep))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[rep] and [owner]");
  }

  @Test
  void keyFunctionsWorkOnAnyTypes() {
    ResponseRateReport report =
        ResponseRates.count(
                List.of("cold", "cold", "warm"),
                SegmentKey::of,
                List.of(1, 1),
                id -> id == 1 ? COLD : WARM)
            .report();
    assertThat(report.row(COLD).orElseThrow().rate()).hasValue(1.0);
    assertThat(report.row(WARM).orElseThrow().rate()).hasValue(0.0);
  }

  @Test
  void columnsCountLikeObjectsInTheOrderSegmentsFirstOccur() {
    List<SegmentKey> dictionary = List.of(COLD, WARM, REFERRAL);
    int[] invitationIds = {1, 0, 0, 1, 0, 0};
    int[] responseIds = {0, 2, 1};

    ResponseRateReport columnar =
        ResponseRates.ofColumns(invitationIds, responseIds, dictionary).report();

    // warm first (first invitation), then cold; referral only from the responses.
    assertThat(columnar.rows())
        .containsExactly(
            new ResponseRate(WARM, 2, 1, 0.95, 30),
            new ResponseRate(COLD, 4, 1, 0.95, 30),
            new ResponseRate(REFERRAL, 0, 1, 0.95, 30));
    ResponseRateReport objects =
        ResponseRates.count(
                List.of(WARM, COLD, COLD, WARM, COLD, COLD),
                key -> key,
                List.of(COLD, REFERRAL, WARM),
                key -> key)
            .report();
    assertThat(columnar).isEqualTo(objects);
  }

  @Test
  void aDictionaryKeyUnderTwoIdsAddsUp() {
    ResponseRateReport report =
        ResponseRates.ofColumns(new int[] {0, 1, 1}, new int[] {1}, List.of(COLD, COLD)).report();
    assertThat(report.rows()).containsExactly(new ResponseRate(COLD, 3, 1, 0.95, 30));
  }

  @Test
  void anInvalidColumnIdIsRejectedAndChangesNothing() {
    ResponseRates rates = ResponseRates.of(counts(COLD, 5), counts(COLD, 1));
    assertThatThrownBy(
            () -> rates.addColumns(new int[] {0, 0}, new int[] {0, 3}, List.of(COLD, WARM)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid segment id of response 1 (valid values 0 - 1): 3");
    assertThat(rates.report().rows()).containsExactly(new ResponseRate(COLD, 5, 1, 0.95, 30));
  }

  @Test
  void addAllMergesCountsAndAppendsNewSegments() {
    ResponseRates first = ResponseRates.of(counts(COLD, 5), counts(COLD, 1));
    ResponseRates second = ResponseRates.of(counts(WARM, 7, COLD, 2), counts(WARM, 7));

    first.addAll(second);

    assertThat(first.report().rows())
        .containsExactly(
            new ResponseRate(COLD, 7, 1, 0.95, 30), new ResponseRate(WARM, 7, 7, 0.95, 30));
    // The added tally is unchanged.
    assertThat(second.report().rows())
        .containsExactly(
            new ResponseRate(WARM, 7, 7, 0.95, 30), new ResponseRate(COLD, 2, 0, 0.95, 30));
  }

  @Test
  void badArgumentsAreRejectedWithTheValueAndTheRule() {
    ResponseRates rates = ResponseRates.create();
    assertThatThrownBy(() -> rates.addInvitations(COLD, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid invitation count for cold (must be >= 0): -1");
    assertThatThrownBy(() -> rates.addResponses(COLD, -2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid response count for cold (must be >= 0): -2");
    assertThatThrownBy(() -> rates.report(1.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1.0");
    assertThatThrownBy(() -> rates.report(0.95, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid minimum invitations (must be >= 1): 0");
    assertThatThrownBy(() -> new ResponseRate(COLD, -1, 0, 0.95, 30))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid invitation count for cold (must be >= 0): -1");
    assertThatThrownBy(() -> rates.addInvitations(COLD, Long.MAX_VALUE).addInvitations(COLD, 1))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void overflowAndMissingSegmentsAreFlagged() {
    ResponseRateReport report =
        ResponseRates.of(
                counts(SegmentKey.of(SpecialKeyValue.OVERFLOW), 40, SegmentKey.of("a", null), 40),
                counts())
            .report();
    assertThat(report.rows().get(0).flags()).isEqualTo(Set.of(SegmentFlag.OVERFLOW));
    assertThat(report.rows().get(1).flags()).isEqualTo(Set.of(SegmentFlag.MISSING_KEY));
  }

  @Test
  void aRowReadsAsCountsRateAndInterval() {
    // 30 / 120 = 25.0 %, Wilson bounds 0.18110 and 0.33441 as above.
    assertThat(new ResponseRate(COLD, 120, 30, 0.95, 30).toString())
        .isEqualTo("cold: 30 of 120 = 25.0% [18.1%, 33.4%] @95%");
    assertThat(new ResponseRate(COLD, 10, 12, 0.9, 30).toString())
        .isEqualTo("cold: 12 of 10, inconsistent: responses 12 exceed invitations 10");
  }
}
