package org.nps4j.core.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nps4j.core.Touchpoint;
import org.nps4j.core.testing.SurveyGenerators;

/**
 * Properties of survey programs over random programs and event histories (from {@link
 * SurveyGenerators}): a simulated year of daily scheduling never invites a contact against a rule;
 * decisions depend only on the history and the clock; the instant a blocked decision names is the
 * first at which the contact is eligible; sampling keeps the configured share. The rules are
 * checked here by formulas written out again, not by the code under test.
 */
class SurveyProgramProperties {
  private static final List<ZoneId> ZONES =
      List.of(
          ZoneId.of("Europe/Paris"),
          ZoneId.of("America/New_York"),
          ZoneId.of("Australia/Sydney"),
          ZoneId.of("Asia/Kolkata"),
          ZoneOffset.UTC);
  private static final String PROGRAM = "program";
  private static final String OTHER = "other";

  static LongStream seeds() {
    return LongStream.range(0, 300).map(i -> 0x5EED_2026_1207L ^ (i * 0x9E37_79B9_7F4A_7C15L));
  }

  private static Instant plus(Instant instant, Period period, ZoneId zone) {
    return instant.atZone(zone).plus(period).toInstant();
  }

  /**
   * A year of daily scheduling for 25 contacts: touchpoints and another program's invitations
   * arrive at random; each day the program decides for everyone at once and invites whoever is
   * eligible; some answer hours later. No invitation of the program breaks a rule: due, sample,
   * new-contact delay, quiet period, cool-downs, yearly cap, daily cap.
   */
  @ParameterizedTest
  @MethodSource("seeds")
  void aSimulatedYearNeverInvitesAgainstARule(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Rules rules = Rules.draw(random);
    SurveyProgram program = rules.program();
    ZoneId zone = rules.zone;
    LocalDate firstDay = LocalDate.of(2025, 1, 1);
    List<ContactHistory> histories = new ArrayList<>();
    for (int c = 0; c < 25; c++) {
      Instant firstSeen = firstDay.atStartOfDay(zone).toInstant().plusSeconds(random.nextLong(120L * 86_400));
      histories.add(ContactHistory.of("contact-" + c, firstSeen));
    }
    List<Touchpoint> touchpoints = Touchpoint.standard();
    for (int day = 0; day < 365; day++) {
      LocalDate date = firstDay.plusDays(day);
      Instant morning = date.atTime(LocalTime.of(8, 0)).atZone(zone).toInstant();
      Instant decisionTime = date.atTime(LocalTime.of(14, 0)).atZone(zone).toInstant();
      for (int c = 0; c < histories.size(); c++) {
        ContactHistory history = histories.get(c);
        if (random.nextInt(6) == 0) {
          history = history.with(new TouchpointEvent(
              touchpoints.get(random.nextInt(touchpoints.size())), morning.plusSeconds(random.nextInt(3_600))));
        }
        if (random.nextInt(60) == 0) {
          history = history.with(SurveyEvent.invited(OTHER, morning.plusSeconds(random.nextInt(3_600))));
        }
        histories.set(c, history);
      }
      List<SurveyDecision> decisions =
          program.decideAll(histories, Clock.fixed(decisionTime, zone), 0);
      for (int c = 0; c < histories.size(); c++) {
        if (decisions.get(c).isEligible()) {
          ContactHistory history = histories.get(c).with(SurveyEvent.invited(PROGRAM, decisionTime));
          if (random.nextBoolean()) {
            history = history.with(SurveyEvent.responded(PROGRAM, decisionTime.plusSeconds(3_600 + random.nextInt(200_000))));
          }
          histories.set(c, history);
        }
      }
    }

    String input = "seed " + seed + ", " + rules;
    Map<LocalDate, Integer> perDay = new HashMap<>();
    int invitations = 0;
    for (ContactHistory history : histories) {
      for (SurveyEvent event : history.surveyEvents()) {
        if (event.type() == SurveyEventType.INVITED && event.programId().equals(PROGRAM)) {
          invitations++;
          String where = input + ", " + history.contactId() + " invited at " + event.at();
          rules.check(history, event.at(), where);
          perDay.merge(event.at().atZone(zone).toLocalDate(), 1, Integer::sum);
        }
      }
    }
    perDay.forEach((date, count) ->
        assertThat(count).as(input + ", invitations on " + date).isLessThanOrEqualTo(rules.dailyCap));
    assertThat(perDay.values().stream().mapToInt(Integer::intValue).sum())
        .as(input + ": invitations per day add up").isEqualTo(invitations);
  }

  /**
   * The same history and clock give the same decision, and decideAll gives each contact the same
   * decision whatever the order of the histories.
   */
  @ParameterizedTest
  @MethodSource("seeds")
  void decisionsDependOnlyOnTheHistoriesAndTheClock(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    SurveyProgram program = SurveyGenerators.programs(PROGRAM, ZONES).next(random);
    Instant from = Instant.parse("2024-01-01T00:00:00Z");
    Instant to = Instant.parse("2026-06-01T00:00:00Z");
    List<ContactHistory> histories =
        SurveyGenerators.histories(List.of(PROGRAM, OTHER), from, to).list(random, 40);
    Clock clock = Clock.fixed(to.minusSeconds(random.nextLong(400L * 86_400)), ZoneOffset.UTC);
    int invitedToday = random.nextInt(5);
    String input = "seed " + seed + ", " + program;

    for (ContactHistory history : histories) {
      assertThat(program.decide(history, clock, invitedToday))
          .as(input + ", " + history.contactId())
          .isEqualTo(program.decide(history, clock, invitedToday));
    }
    List<SurveyDecision> decisions = program.decideAll(histories, clock, invitedToday);
    List<ContactHistory> shuffled = new ArrayList<>(histories);
    Collections.shuffle(shuffled, new java.util.Random(seed));
    Map<String, SurveyDecision> byContact = new HashMap<>();
    for (SurveyDecision decision : program.decideAll(shuffled, clock, invitedToday)) {
      byContact.put(decision.contactId(), decision);
    }
    for (SurveyDecision decision : decisions) {
      assertThat(byContact.get(decision.contactId())).as(input + ", shuffled").isEqualTo(decision);
    }
  }

  /**
   * A blocked decision that names an instant (not for the daily cap) is right about it: with no
   * further events, the contact is eligible at that instant and not a nanosecond before.
   */
  @ParameterizedTest
  @MethodSource("seeds")
  void theEligibleFromInstantIsTheFirstEligibleInstant(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    SurveyProgram program = SurveyGenerators.programs(PROGRAM, ZONES).next(random);
    Instant from = Instant.parse("2024-01-01T00:00:00Z");
    Instant now = Instant.parse("2026-06-01T00:00:00Z").plusSeconds(random.nextLong(86_400 * 30L));
    for (ContactHistory history : SurveyGenerators.histories(List.of(PROGRAM, OTHER), from, now).list(random, 30)) {
      SurveyDecision decision = program.decide(history, Clock.fixed(now, ZoneOffset.UTC));
      String input = "seed " + seed + ", " + program + ", " + history + ", " + decision;
      if (decision.isEligible()) {
        assertThat(decision.eligibleFrom()).as(input).contains(now);
      } else if (decision.blockedBy().contains(EligibilityReason.DAILY_CAP)) {
        assertThat(decision.eligibleFrom()).as(input + ": the next day")
            .contains(now.atZone(program.zone()).toLocalDate().plusDays(1)
                .atStartOfDay(program.zone()).toInstant());
      } else if (decision.eligibleFrom().isPresent()) {
        Instant at = decision.eligibleFrom().orElseThrow();
        assertThat(at).as(input).isAfter(now);
        assertThat(program.decide(history, Clock.fixed(at, ZoneOffset.UTC)).isEligible()).as(input).isTrue();
        assertThat(program.decide(history, Clock.fixed(at.minusNanos(1), ZoneOffset.UTC)).isEligible())
            .as(input + ", a nanosecond before").isFalse();
      } else {
        // Unknown only when sampled out, or when a transactional program waits for a touchpoint
        // or its trigger expires first.
        assertThat(decision.blockedBy().contains(EligibilityReason.SAMPLED_OUT)
                || program.kind() == ProgramKind.TRANSACTIONAL)
            .as(input + ": no instant only when sampled out or transactional").isTrue();
      }
    }
  }

  /**
   * Of 20,000 contact ids, the share in the sample is the rate within 4.5 standard deviations of a
   * binomial proportion, sqrt(r(1 - r) / n).
   */
  @ParameterizedTest
  @MethodSource("seeds")
  void samplingKeepsTheConfiguredShare(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double rate = random.nextDouble();
    SurveyProgram program =
        SurveyProgram.relationship("p-" + seed, ZoneOffset.UTC, Period.ofMonths(3)).samplingRate(rate).build();
    int n = 20_000;
    int in = 0;
    for (int i = 0; i < n; i++) {
      if (program.inSample("contact-" + random.nextLong())) {
        in++;
      }
    }
    double tolerance = 4.5 * Math.sqrt(rate * (1 - rate) / n) + 1.0 / n;
    assertThat((double) in / n).as("seed " + seed + ", rate " + rate).isCloseTo(rate, org.assertj.core.data.Offset.offset(tolerance));
  }

  /** A program's rules, drawn at random, and the check of one invitation against each. */
  private record Rules(
      ZoneId zone,
      boolean transactional,
      Period interval,
      List<Touchpoint> triggers,
      Period window,
      Period quiet,
      RuleScope quietScope,
      Period invitationCoolDown,
      Period responseCoolDown,
      Period newContactDelay,
      int yearlyCap,
      RuleScope capScope,
      double samplingRate,
      int dailyCap) {

    static Rules draw(SplittableRandom random) {
      List<Touchpoint> standard = new ArrayList<>(Touchpoint.standard());
      Collections.shuffle(standard, new java.util.Random(random.nextLong()));
      return new Rules(
          ZONES.get(random.nextInt(ZONES.size())),
          random.nextBoolean(),
          Period.ofMonths(1 + random.nextInt(4)),
          List.copyOf(standard.subList(0, 1 + random.nextInt(3))),
          Period.ofDays(1 + random.nextInt(10)),
          Period.ofDays(random.nextInt(120)),
          random.nextBoolean() ? RuleScope.GLOBAL : RuleScope.PROGRAM,
          Period.ofDays(random.nextInt(20)),
          Period.ofDays(random.nextInt(40)),
          Period.ofDays(random.nextInt(30)),
          1 + random.nextInt(5),
          random.nextBoolean() ? RuleScope.GLOBAL : RuleScope.PROGRAM,
          random.nextInt(3) == 0 ? 0.3 + 0.7 * random.nextDouble() : 1,
          1 + random.nextInt(6));
    }

    SurveyProgram program() {
      SurveyProgram.Builder builder =
          transactional
              ? SurveyProgram.transactional(PROGRAM, zone, triggers.toArray(new Touchpoint[0]))
                  .triggerWindow(window)
              : SurveyProgram.relationship(PROGRAM, zone, interval);
      return builder
          .quietPeriod(quiet, quietScope)
          .invitationCoolDown(invitationCoolDown)
          .responseCoolDown(responseCoolDown)
          .newContactDelay(newContactDelay)
          .maxPerRollingYear(yearlyCap, capScope)
          .samplingRate(samplingRate)
          .dailyCap(dailyCap)
          .build();
    }

    /** Checks an invitation of the program at {@code t} against every rule, from the history. */
    void check(ContactHistory history, Instant t, String where) {
      assertThat(SurveyProgram.samplingPoint(PROGRAM, history.contactId()) < samplingRate || samplingRate >= 1)
          .as(where + ": in the sample").isTrue();
      assertThat(t).as(where + ": after the new-contact delay")
          .isAfterOrEqualTo(plus(history.firstSeen(), newContactDelay, zone));
      Instant lastOwn = null;
      int counting = 0;
      for (SurveyEvent event : history.surveyEvents()) {
        if (!event.at().isBefore(t)) {
          continue;
        }
        boolean own = event.programId().equals(PROGRAM);
        if (event.type() == SurveyEventType.INVITED) {
          if (quietScope == RuleScope.GLOBAL || own) {
            assertThat(t).as(where + ": quiet period after " + event)
                .isAfterOrEqualTo(plus(event.at(), quiet, zone));
          }
          assertThat(t).as(where + ": cool-down after " + event)
              .isAfterOrEqualTo(plus(event.at(), invitationCoolDown, zone));
          if ((capScope == RuleScope.GLOBAL || own)
              && t.isBefore(plus(event.at(), Period.ofYears(1), zone))) {
            counting++;
          }
          if (own) {
            lastOwn = event.at();
          }
        } else if (event.type() == SurveyEventType.RESPONDED) {
          assertThat(t).as(where + ": cool-down after " + event)
              .isAfterOrEqualTo(plus(event.at(), responseCoolDown, zone));
        }
      }
      assertThat(counting).as(where + ": invitations in the year before").isLessThan(yearlyCap);
      if (transactional) {
        boolean triggered = false;
        for (TouchpointEvent event : history.touchpoints()) {
          triggered |= triggers.contains(event.touchpoint())
              && !event.at().isAfter(t)
              && (lastOwn == null || event.at().isAfter(lastOwn))
              && t.isBefore(plus(event.at(), window, zone));
        }
        assertThat(triggered).as(where + ": a trigger within the window since the last invitation").isTrue();
      } else if (lastOwn != null) {
        assertThat(t).as(where + ": the interval after the last invitation")
            .isAfterOrEqualTo(plus(lastOwn, interval, zone));
      }
    }
  }
}
