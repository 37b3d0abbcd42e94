package org.nps4j.core.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nps4j.core.Interval;
import org.nps4j.core.testing.SurveyGenerators;

/** Response-rate accounting: cohorts, outcomes, unmatched events, period labels and the rate. */
class SurveyAccountingTest {
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  static LongStream seeds() {
    return LongStream.range(0, 300).map(i -> 0xACC0_0000L + i);
  }

  private static Instant at(String instant) {
    return Instant.parse(instant);
  }

  @Test
  void eachInvitationCountsInItsOwnPeriodWithItsFirstOutcome() {
    SurveyAccounting accounting = SurveyAccounting.by(AccountingPeriod.QUARTER, PARIS);
    ContactHistory ana =
        new ContactHistory("ana", at("2025-01-01T00:00:00Z"), List.of(
            SurveyEvent.invited("nps", at("2026-03-31T21:30:00Z")), // 23:30 Paris: still Q1
            SurveyEvent.responded("nps", at("2026-04-02T08:00:00Z")), // answered in Q2: counts in Q1
            new SurveyEvent(SurveyEventType.DECLINED, "nps", at("2026-04-03T08:00:00Z")), // unmatched
            SurveyEvent.invited("nps", at("2026-05-01T08:00:00Z")), // Q2, pending
            new SurveyEvent(SurveyEventType.BOUNCED, "other", at("2026-05-02T08:00:00Z"))), // unmatched
            List.of());
    ContactHistory bo =
        new ContactHistory("bo", at("2025-01-01T00:00:00Z"), List.of(
            SurveyEvent.invited("nps", at("2026-02-01T08:00:00Z")),
            new SurveyEvent(SurveyEventType.BOUNCED, "nps", at("2026-02-01T08:01:00Z")),
            SurveyEvent.invited("nps", at("2026-05-10T08:00:00Z")),
            new SurveyEvent(SurveyEventType.DECLINED, "nps", at("2026-05-11T08:00:00Z"))),
            List.of());
    accounting.add(ana, "east");
    accounting.add(bo, "east");

    assertThat(accounting.rows()).containsExactly(
        new ResponseRateRow("nps", "east", "2026-Q1", new InvitationOutcomes(2, 1, 0, 1)),
        new ResponseRateRow("nps", "east", "2026-Q2", new InvitationOutcomes(2, 0, 1, 0)));
    assertThat(accounting.unmatched()).isEqualTo(Map.of(
        "nps", Map.of(SurveyEventType.DECLINED, 1L),
        "other", Map.of(SurveyEventType.BOUNCED, 1L)));

    InvitationOutcomes q1 = accounting.rows().get(0).outcomes();
    assertThat(q1.delivered()).isEqualTo(1);
    assertThat(q1.pending()).isZero();
    assertThat(q1.responseRate()).hasValue(1.0);
    assertThat(accounting.rows().get(1).outcomes().pending()).isEqualTo(1);
  }

  /**
   * The rate's interval is Wilson's: 30 of 120 at 95 %, z = 1.959963984540054, gives
   * (0.25 + z²/240 ± z·sqrt(0.25·0.75/120 + z²/57600)) / (1 + z²/120).
   */
  @Test
  void theResponseRateIntervalIsWilsons() {
    InvitationOutcomes outcomes = new InvitationOutcomes(130, 30, 20, 10);
    double z = 1.959963984540054;
    double n = 120;
    double p = 0.25;
    double centre = p + z * z / (2 * n);
    double half = z * Math.sqrt(p * (1 - p) / n + z * z / (4 * n * n));
    double denominator = 1 + z * z / n;
    Interval interval = outcomes.responseRateInterval(0.95).orElseThrow();
    assertThat(interval.estimate()).isEqualTo(0.25);
    assertThat(interval.lower()).isCloseTo((centre - half) / denominator, org.assertj.core.data.Offset.offset(1e-15));
    assertThat(interval.upper()).isCloseTo((centre + half) / denominator, org.assertj.core.data.Offset.offset(1e-15));
    assertThat(new InvitationOutcomes(3, 0, 0, 3).responseRate()).isEmpty();
    assertThat(Interval.wilson(0, 5, 0.95).lower()).isZero();
    assertThat(Interval.wilson(5, 5, 0.95).upper()).isEqualTo(1.0);
    assertThatThrownBy(() -> Interval.wilson(3, 2, 0.95))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid proportion 3 of 2 (trials must be at least 1, successes in [0, trials])");
    assertThatThrownBy(() -> new InvitationOutcomes(2, 2, 1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not exceed invited 2");
  }

  @Test
  void periodLabelsFollowTheZonesDate() {
    Instant newYearsEveInNewYork = at("2027-01-01T03:00:00Z"); // 2026-12-31 22:00 New York
    ZoneId newYork = ZoneId.of("America/New_York");
    assertThat(AccountingPeriod.DAY.labelOf(newYearsEveInNewYork, newYork)).isEqualTo("2026-12-31");
    assertThat(AccountingPeriod.DAY.labelOf(newYearsEveInNewYork, ZoneOffset.UTC)).isEqualTo("2027-01-01");
    assertThat(AccountingPeriod.ISO_WEEK.labelOf(newYearsEveInNewYork, newYork)).isEqualTo("2026-W53");
    assertThat(AccountingPeriod.MONTH.labelOf(newYearsEveInNewYork, newYork)).isEqualTo("2026-12");
    assertThat(AccountingPeriod.QUARTER.labelOf(newYearsEveInNewYork, newYork)).isEqualTo("2026-Q4");
    assertThat(AccountingPeriod.YEAR.labelOf(newYearsEveInNewYork, ZoneOffset.UTC)).isEqualTo("2027");
  }

  /**
   * Nothing is lost: over random histories, the invitations in the rows are the invitation
   * events, and the outcomes in the rows plus the unmatched ones are the outcome events.
   */
  @ParameterizedTest
  @MethodSource("seeds")
  void everyEventIsCountedOnce(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<ContactHistory> histories =
        SurveyGenerators.histories(List.of("a", "b"), at("2025-01-01T00:00:00Z"), at("2026-12-31T00:00:00Z"))
            .list(random, random.nextInt(50));
    AccountingPeriod period = AccountingPeriod.values()[random.nextInt(AccountingPeriod.values().length)];
    SurveyAccounting accounting = SurveyAccounting.by(period, PARIS);
    long[] events = new long[SurveyEventType.values().length];
    for (ContactHistory history : histories) {
      accounting.add(history, random.nextBoolean() ? "east" : "west");
      history.surveyEvents().forEach(e -> events[e.type().ordinal()]++);
    }
    InvitationOutcomes total = InvitationOutcomes.EMPTY;
    for (ResponseRateRow row : accounting.rows()) {
      total = total.plus(row.outcomes());
    }
    long[] counted = {total.invited(), total.responded(), total.declined(), total.bounced()};
    accounting.unmatched().values().forEach(byType ->
        byType.forEach((type, count) -> counted[type.ordinal()] += count));
    assertThat(counted).as("seed " + seed + ", " + histories.size() + " histories, " + period)
        .containsExactly(events);
  }
}
