package org.nps4j.core.testing;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.nps4j.core.Touchpoint;
import org.nps4j.core.survey.ContactHistory;
import org.nps4j.core.survey.RuleScope;
import org.nps4j.core.survey.SurveyEvent;
import org.nps4j.core.survey.SurveyEventType;
import org.nps4j.core.survey.SurveyProgram;
import org.nps4j.core.survey.TouchpointEvent;

/**
 * Generators of survey programs and contact histories, for property tests of a host's scheduling
 * code or of the library's rules.
 *
 * <pre>{@code
 * RandomGenerator random = new SplittableRandom(seed);
 * SurveyProgram program = SurveyGenerators.programs("post-demo", List.of(zone)).next(random);
 * ContactHistory history = SurveyGenerators.histories(List.of("post-demo", "check-in"), from, to)
 *     .next(random);
 * }</pre>
 */
public final class SurveyGenerators {
  private SurveyGenerators() {}

  /**
   * Returns random programs with the given id: relationship (interval 1–6 months) or
   * transactional (triggered by one to three standard touchpoints, window 1–14 days), in one of
   * the zones, each rule drawn on or off at random: quiet period 0–180 days in either scope,
   * cool-downs 0–30 days, new-contact delay 0–30 days, yearly cap 1–6 in either scope, sampling
   * rate in [0, 1], daily cap 1–10.
   *
   * @param id the programs' id
   * @param zones the zones to draw from
   * @return the generator
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code zones} is empty
   */
  public static Generator<SurveyProgram> programs(String id, List<ZoneId> zones) {
    Objects.requireNonNull(id, "id");
    List<ZoneId> zoneList = List.copyOf(zones);
    if (zoneList.isEmpty()) {
      throw new IllegalArgumentException("Invalid zones (must name one or more): []");
    }
    return random -> {
      ZoneId zone = zoneList.get(random.nextInt(zoneList.size()));
      SurveyProgram.Builder builder;
      if (random.nextBoolean()) {
        builder = SurveyProgram.relationship(id, zone, Period.ofMonths(1 + random.nextInt(6)));
      } else {
        List<Touchpoint> standard = new ArrayList<>(Touchpoint.standard());
        Touchpoint[] triggers = new Touchpoint[1 + random.nextInt(3)];
        for (int i = 0; i < triggers.length; i++) {
          triggers[i] = standard.remove(random.nextInt(standard.size()));
        }
        builder =
            SurveyProgram.transactional(id, zone, triggers)
                .triggerWindow(Period.ofDays(1 + random.nextInt(14)));
      }
      builder.quietPeriod(
          Period.ofDays(random.nextInt(181)), random.nextBoolean() ? RuleScope.GLOBAL : RuleScope.PROGRAM);
      if (random.nextBoolean()) {
        builder.invitationCoolDown(Period.ofDays(random.nextInt(31)));
      }
      if (random.nextBoolean()) {
        builder.responseCoolDown(Period.ofDays(random.nextInt(31)));
      }
      if (random.nextBoolean()) {
        builder.newContactDelay(Period.ofDays(random.nextInt(31)));
      }
      if (random.nextBoolean()) {
        builder.maxPerRollingYear(
            1 + random.nextInt(6), random.nextBoolean() ? RuleScope.GLOBAL : RuleScope.PROGRAM);
      }
      if (random.nextInt(3) == 0) {
        builder.samplingRate(random.nextDouble());
      }
      if (random.nextBoolean()) {
        builder.dailyCap(1 + random.nextInt(10));
      }
      return builder.build();
    };
  }

  /**
   * Returns random contact histories between two instants: a contact id, a first-seen instant,
   * up to 12 survey events of the given programs (any type) and up to 8 standard touchpoints, all
   * at or after the first-seen instant and before {@code to}.
   *
   * @param programIds the programs of the survey events
   * @param from the earliest first-seen instant
   * @param to the end (exclusive) of every instant
   * @return the generator
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code programIds} is empty, or {@code from} is not before
   *     {@code to}, or they are more than 292 years apart
   */
  public static Generator<ContactHistory> histories(
      List<String> programIds, Instant from, Instant to) {
    List<String> programs = List.copyOf(programIds);
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (programs.isEmpty()) {
      throw new IllegalArgumentException("Invalid programIds (must name one or more): []");
    }
    if (!from.isBefore(to) || Duration.between(from, to).compareTo(Duration.ofNanos(Long.MAX_VALUE)) > 0) {
      throw new IllegalArgumentException(
          "Invalid range (from must be before to, at most 292 years apart): " + from + " to " + to);
    }
    List<Touchpoint> touchpoints = Touchpoint.standard();
    SurveyEventType[] types = SurveyEventType.values();
    return random -> {
      Instant firstSeen = between(random, from, to);
      List<SurveyEvent> events = new ArrayList<>();
      for (int i = random.nextInt(13); i > 0; i--) {
        events.add(
            new SurveyEvent(
                types[random.nextInt(types.length)],
                programs.get(random.nextInt(programs.size())),
                between(random, firstSeen, to)));
      }
      List<TouchpointEvent> moments = new ArrayList<>();
      for (int i = random.nextInt(9); i > 0; i--) {
        moments.add(
            new TouchpointEvent(
                touchpoints.get(random.nextInt(touchpoints.size())), between(random, firstSeen, to)));
      }
      return new ContactHistory(
          "contact-" + Long.toHexString(random.nextLong()), firstSeen, events, moments);
    };
  }

  private static Instant between(RandomGenerator random, Instant from, Instant to) {
    long nanos = Duration.between(from, to).toNanos();
    return from.plusNanos(random.nextLong(nanos));
  }
}
