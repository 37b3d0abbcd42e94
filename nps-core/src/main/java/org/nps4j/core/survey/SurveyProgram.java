package org.nps4j.core.survey;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.nps4j.core.Touchpoint;

/**
 * A survey program and the rules that decide who is surveyed, when: a relationship program
 * (periodic, such as a quarterly check-in of every contact) or a transactional one (a survey after
 * each demo, test drive or purchase), with the eligibility rules that keep contacts from being
 * surveyed too often.
 *
 * <pre>{@code
 * SurveyProgram afterDemo = SurveyProgram.transactional("post-demo", zone, Touchpoint.POST_DEMO)
 *     .quietPeriod(Period.ofDays(90)).responseCoolDown(Period.ofDays(30)).maxPerRollingYear(3)
 *     .build();
 * SurveyDecision decision = afterDemo.decide(history, clock);   // ELIGIBLE, or why not and until when
 * }</pre>
 *
 * <p>A decision reads the contact's history as of the clock's instant; events after it are
 * ignored. Every period is calendar arithmetic in the program's zone ({@code
 * ZonedDateTime.plus(Period)}): a quiet period of 90 days that starts at 10:00 ends at 10:00 local
 * time 90 days later, across daylight-saving changes. The rules, each checked on every decision:
 *
 * <ul>
 *   <li>{@link EligibilityReason#NOT_DUE}: a transactional program is due after a triggering
 *       touchpoint later than its last invitation of the contact, for the trigger window (default
 *       7 days); a relationship program is due once its interval has passed since its last
 *       invitation of the contact (at once if it never invited them).
 *   <li>{@link EligibilityReason#SAMPLED_OUT}: with a sampling rate below 1, a contact is in the
 *       sample if {@link #samplingPoint(String, String)} of the program's salt and the contact id
 *       is below the rate: the same contact always gets the same answer.
 *   <li>{@link EligibilityReason#NEW_CONTACT_DELAY}: not before the delay after the contact was
 *       first seen (default none).
 *   <li>{@link EligibilityReason#QUIET_PERIOD}: not within the quiet period after an invitation
 *       in the scope (default 90 days, every program).
 *   <li>{@link EligibilityReason#COOL_DOWN}: not within the cool-down after any invitation, nor
 *       within the cool-down after any response, in any program (default none). Declines and
 *       bounces start no cool-down; the invitation before them did.
 *   <li>{@link EligibilityReason#YEARLY_CAP}: an invitation in the scope counts for one year (the
 *       same local date and time a year later); at most the cap of them at once (default none).
 *   <li>{@link EligibilityReason#DAILY_CAP}: at most the cap of invitations per day of the zone,
 *       counting those the host says it sent today (default none). Checked last, only when
 *       everything else passes.
 * </ul>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class SurveyProgram {
  private final String id;
  private final ProgramKind kind;
  private final ZoneId zone;
  private final Set<Touchpoint> triggers;
  private final Period triggerWindow;
  private final Period interval;
  private final Period quietPeriod;
  private final RuleScope quietScope;
  private final Period invitationCoolDown;
  private final Period responseCoolDown;
  private final Period newContactDelay;
  private final int maxPerRollingYear;
  private final RuleScope yearlyCapScope;
  private final double samplingRate;
  private final String samplingSalt;
  private final int dailyCap;

  private SurveyProgram(Builder builder) {
    this.id = builder.id;
    this.kind = builder.kind;
    this.zone = builder.zone;
    this.triggers = Set.copyOf(builder.triggers);
    this.triggerWindow = builder.triggerWindow;
    this.interval = builder.interval;
    this.quietPeriod = builder.quietPeriod;
    this.quietScope = builder.quietScope;
    this.invitationCoolDown = builder.invitationCoolDown;
    this.responseCoolDown = builder.responseCoolDown;
    this.newContactDelay = builder.newContactDelay;
    this.maxPerRollingYear = builder.maxPerRollingYear;
    this.yearlyCapScope = builder.yearlyCapScope;
    this.samplingRate = builder.samplingRate;
    this.samplingSalt = builder.samplingSalt != null ? builder.samplingSalt : builder.id;
    this.dailyCap = builder.dailyCap;
  }

  /**
   * Starts a transactional program: a survey is due after each of the given touchpoints.
   *
   * @param id the program's id, as in the {@link SurveyEvent}s of its surveys
   * @param zone the zone of its calendar arithmetic and of its days
   * @param triggers the touchpoints that make a survey due
   * @return a builder with the default rules
   * @throws NullPointerException if an argument or trigger is null
   * @throws IllegalArgumentException if the id is blank or there is no trigger
   */
  public static Builder transactional(String id, ZoneId zone, Touchpoint... triggers) {
    Builder builder = new Builder(id, ProgramKind.TRANSACTIONAL, zone);
    if (triggers.length == 0) {
      throw new IllegalArgumentException(
          "Invalid triggers for transactional program " + id + " (must name one touchpoint or more): []");
    }
    for (Touchpoint trigger : triggers) {
      builder.triggers.add(Objects.requireNonNull(trigger, "trigger"));
    }
    return builder;
  }

  /**
   * Starts a relationship program: a survey is due once per interval.
   *
   * @param id the program's id, as in the {@link SurveyEvent}s of its surveys
   * @param zone the zone of its calendar arithmetic and of its days
   * @param interval the time between two surveys of a contact, such as {@code Period.ofMonths(3)}
   * @return a builder with the default rules
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the id is blank or the interval is not positive
   */
  public static Builder relationship(String id, ZoneId zone, Period interval) {
    Builder builder = new Builder(id, ProgramKind.RELATIONSHIP, zone);
    builder.interval = requirePositive("interval", interval);
    return builder;
  }

  /**
   * Returns the program's id.
   *
   * @return the program's id
   */
  public String id() {
    return id;
  }

  /**
   * Returns how the program makes a survey due.
   *
   * @return the program's kind
   */
  public ProgramKind kind() {
    return kind;
  }

  /**
   * Returns the zone of the program's calendar arithmetic and days.
   *
   * @return the zone
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * Decides whether to survey a contact now, with no daily cap used up yet today.
   *
   * @param history the contact's history
   * @param clock the clock whose instant is "now"
   * @return the decision
   * @throws NullPointerException if an argument is null
   */
  public SurveyDecision decide(ContactHistory history, Clock clock) {
    return decide(history, clock, 0);
  }

  /**
   * Decides whether to survey a contact now.
   *
   * @param history the contact's history
   * @param clock the clock whose instant is "now"
   * @param invitedToday how many invitations the program has sent today (the day of the clock's
   *     instant in the program's zone), for the daily cap
   * @return the decision
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code invitedToday} is negative
   */
  public SurveyDecision decide(ContactHistory history, Clock clock, int invitedToday) {
    Objects.requireNonNull(history, "history");
    Objects.requireNonNull(clock, "clock");
    requireNonNegative("invitedToday", invitedToday);
    Evaluation evaluation = evaluate(history, clock.instant());
    return evaluation.decision(invitedToday < dailyCap);
  }

  /**
   * Decides for many contacts at once, sharing the daily cap: of the contacts every other rule
   * lets through, those due longest ago come first (ties by contact id), and once the cap is
   * reached the rest are {@link EligibilityReason#DAILY_CAP} until the next day of the zone.
   *
   * @param histories the contacts' histories
   * @param clock the clock whose instant is "now"
   * @param invitedToday how many invitations the program has already sent today
   * @return one decision per history, in the order of {@code histories}
   * @throws NullPointerException if an argument or a history is null
   * @throws IllegalArgumentException if {@code invitedToday} is negative
   */
  public List<SurveyDecision> decideAll(
      Collection<ContactHistory> histories, Clock clock, int invitedToday) {
    Objects.requireNonNull(histories, "histories");
    Objects.requireNonNull(clock, "clock");
    requireNonNegative("invitedToday", invitedToday);
    Instant now = clock.instant();
    List<Evaluation> evaluations = new ArrayList<>(histories.size());
    for (ContactHistory history : histories) {
      evaluations.add(evaluate(Objects.requireNonNull(history, "history"), now));
    }
    List<Evaluation> passing = new ArrayList<>();
    for (Evaluation evaluation : evaluations) {
      if (evaluation.blockedBy.isEmpty()) {
        passing.add(evaluation);
      }
    }
    passing.sort(
        Comparator.comparing((Evaluation e) -> e.dueSince)
            .thenComparing(e -> e.history.contactId()));
    long room = Math.max(0, (long) dailyCap - invitedToday);
    Set<Evaluation> granted = Collections.newSetFromMap(new IdentityHashMap<>());
    for (int i = 0; i < passing.size() && i < room; i++) {
      granted.add(passing.get(i));
    }
    List<SurveyDecision> decisions = new ArrayList<>(evaluations.size());
    for (Evaluation evaluation : evaluations) {
      decisions.add(evaluation.decision(granted.contains(evaluation)));
    }
    return decisions;
  }

  /**
   * Returns whether a contact is in the program's sample: always with a sampling rate of 1,
   * otherwise if {@link #samplingPoint(String, String)} of the program's salt and the contact id
   * is below the rate.
   *
   * @param contactId the contact's id
   * @return whether the contact is in the sample
   * @throws NullPointerException if {@code contactId} is null
   */
  public boolean inSample(String contactId) {
    Objects.requireNonNull(contactId, "contactId");
    return samplingRate >= 1 || samplingPoint(samplingSalt, contactId) < samplingRate;
  }

  /**
   * Returns a contact's stable point in [0, 1) for sampling: the same salt and id always give the
   * same point, on every machine and JVM, and points of distinct ids are spread uniformly. It is
   * the 64-bit FNV-1a hash of the UTF-8 bytes of {@code salt}, a zero byte and {@code contactId},
   * mixed by the SplitMix64 finalizer, whose top 53 bits are taken as a fraction.
   *
   * @param salt the salt, such as the program id, so that programs sample different contacts
   * @param contactId the contact's id
   * @return the point, in [0, 1)
   * @throws NullPointerException if an argument is null
   */
  public static double samplingPoint(String salt, String contactId) {
    Objects.requireNonNull(salt, "salt");
    Objects.requireNonNull(contactId, "contactId");
    long hash = 0xCBF29CE484222325L; // FNV-1a 64 offset basis
    hash = fnv1a(hash, salt.getBytes(StandardCharsets.UTF_8));
    hash = fnv1a(hash, new byte[] {0});
    hash = fnv1a(hash, contactId.getBytes(StandardCharsets.UTF_8));
    hash = (hash ^ (hash >>> 30)) * 0xBF58476D1CE4E5B9L;
    hash = (hash ^ (hash >>> 27)) * 0x94D049BB133111EBL;
    hash ^= hash >>> 31;
    return (hash >>> 11) * 0x1.0p-53;
  }

  private static long fnv1a(long hash, byte[] bytes) {
    for (byte b : bytes) {
      hash ^= b & 0xFF;
      hash *= 0x100000001B3L; // FNV-1a 64 prime
    }
    return hash;
  }

  private Instant plus(Instant instant, Period period) {
    return ZonedDateTime.ofInstant(instant, zone).plus(period).toInstant();
  }

  /** Everything a decision needs but the daily cap, which depends on the other contacts. */
  private Evaluation evaluate(ContactHistory history, Instant now) {
    Evaluation result = new Evaluation(history, now);
    List<Instant> programInvitations = new ArrayList<>();
    List<Instant> allInvitations = new ArrayList<>();
    Instant lastResponse = null;
    for (SurveyEvent event : history.surveyEvents()) {
      if (event.at().isAfter(now)) {
        break; // sorted by instant: the rest are later still
      }
      if (event.type() == SurveyEventType.INVITED) {
        allInvitations.add(event.at());
        if (event.programId().equals(id)) {
          programInvitations.add(event.at());
        }
      } else if (event.type() == SurveyEventType.RESPONDED) {
        lastResponse = event.at();
      }
    }
    Instant lastProgramInvitation = last(programInvitations);

    // Due?
    Instant expiry = null;
    if (kind == ProgramKind.TRANSACTIONAL) {
      TouchpointEvent trigger = null;
      for (TouchpointEvent event : history.touchpoints()) {
        if (event.at().isAfter(now)) {
          break;
        }
        if (triggers.contains(event.touchpoint())
            && (lastProgramInvitation == null || event.at().isAfter(lastProgramInvitation))
            && now.isBefore(plus(event.at(), triggerWindow))) {
          trigger = event; // the latest one wins
        }
      }
      if (trigger == null) {
        result.block(
            EligibilityReason.NOT_DUE,
            "no " + triggers.stream().map(Touchpoint::id).sorted().toList()
                + " touchpoint since the last invitation within the trigger window " + triggerWindow,
            null);
        result.unknown = true;
      } else {
        result.trigger = trigger;
        result.dueSince = trigger.at();
        expiry = plus(trigger.at(), triggerWindow);
      }
    } else {
      Instant dueAt = lastProgramInvitation == null ? null : plus(lastProgramInvitation, interval);
      if (dueAt != null && now.isBefore(dueAt)) {
        result.block(
            EligibilityReason.NOT_DUE,
            "last invited at " + lastProgramInvitation + "; interval " + interval + " ends at "
                + dueAt,
            dueAt);
      } else {
        result.dueSince = dueAt != null ? dueAt : history.firstSeen();
      }
    }

    if (!inSample(history.contactId())) {
      result.block(
          EligibilityReason.SAMPLED_OUT,
          "sampling point " + samplingPoint(samplingSalt, history.contactId())
              + " is not below the sampling rate " + samplingRate,
          null);
      result.unknown = true;
    }

    Instant newContactEnd = plus(history.firstSeen(), newContactDelay);
    if (now.isBefore(newContactEnd)) {
      result.block(
          EligibilityReason.NEW_CONTACT_DELAY,
          "first seen at " + history.firstSeen() + "; delay " + newContactDelay + " ends at "
              + newContactEnd,
          newContactEnd);
    }

    Instant quietFrom = last(quietScope == RuleScope.GLOBAL ? allInvitations : programInvitations);
    if (quietFrom != null) {
      Instant quietEnd = plus(quietFrom, quietPeriod);
      if (now.isBefore(quietEnd)) {
        result.block(
            EligibilityReason.QUIET_PERIOD,
            "invited at " + quietFrom + " (" + scopeName(quietScope) + "); quiet period "
                + quietPeriod + " ends at " + quietEnd,
            quietEnd);
      }
    }

    Instant lastInvitation = last(allInvitations);
    Instant coolDownEnd = null;
    List<String> coolDowns = new ArrayList<>();
    if (lastInvitation != null) {
      Instant end = plus(lastInvitation, invitationCoolDown);
      if (now.isBefore(end)) {
        coolDownEnd = end;
        coolDowns.add("invited at " + lastInvitation + "; cool-down " + invitationCoolDown
            + " ends at " + end);
      }
    }
    if (lastResponse != null) {
      Instant end = plus(lastResponse, responseCoolDown);
      if (now.isBefore(end)) {
        coolDownEnd = coolDownEnd == null || end.isAfter(coolDownEnd) ? end : coolDownEnd;
        coolDowns.add("answered at " + lastResponse + "; cool-down " + responseCoolDown
            + " ends at " + end);
      }
    }
    if (coolDownEnd != null) {
      result.block(EligibilityReason.COOL_DOWN, String.join("; ", coolDowns), coolDownEnd);
    }

    if (maxPerRollingYear < Integer.MAX_VALUE) {
      List<Instant> scoped = yearlyCapScope == RuleScope.GLOBAL ? allInvitations : programInvitations;
      List<Instant> counting = new ArrayList<>();
      for (Instant invitation : scoped) {
        if (now.isBefore(plus(invitation, Period.ofYears(1)))) {
          counting.add(invitation); // ascending
        }
      }
      if (counting.size() >= maxPerRollingYear) {
        // The cap frees up once the maxPerRollingYear-th most recent invitation stops counting.
        Instant freedAt =
            plus(counting.get(counting.size() - maxPerRollingYear), Period.ofYears(1));
        result.block(
            EligibilityReason.YEARLY_CAP,
            counting.size() + " invitations (" + scopeName(yearlyCapScope)
                + ") in the year before; cap " + maxPerRollingYear + " frees up at " + freedAt,
            freedAt);
      }
    }

    if (expiry != null && result.threshold != null && !result.threshold.isBefore(expiry)) {
      result.unknown = true; // the trigger expires before the rules pass
    }
    return result;
  }

  private String scopeName(RuleScope scope) {
    return scope == RuleScope.GLOBAL ? "any program" : "program " + id;
  }

  private static Instant last(List<Instant> ascending) {
    return ascending.isEmpty() ? null : ascending.get(ascending.size() - 1);
  }

  /** A decision in the making: the rules that block it and the latest instant they pass at. */
  private final class Evaluation {
    final ContactHistory history;
    final Instant now;
    final List<EligibilityReason> blockedBy = new ArrayList<>();
    final List<String> details = new ArrayList<>();
    Instant threshold;
    boolean unknown;
    TouchpointEvent trigger;
    Instant dueSince;

    Evaluation(ContactHistory history, Instant now) {
      this.history = history;
      this.now = now;
    }

    void block(EligibilityReason reason, String detail, Instant passesAt) {
      blockedBy.add(reason);
      details.add(reason + ": " + detail);
      if (passesAt != null && (threshold == null || passesAt.isAfter(threshold))) {
        threshold = passesAt;
      }
    }

    SurveyDecision decision(boolean withinDailyCap) {
      List<EligibilityReason> reasons = new ArrayList<>(blockedBy);
      List<String> sentences = new ArrayList<>(details);
      Optional<Instant> eligibleFrom;
      if (reasons.isEmpty() && !withinDailyCap) {
        Instant tomorrow =
            ZonedDateTime.ofInstant(now, zone).toLocalDate().plusDays(1).atStartOfDay(zone)
                .toInstant();
        reasons.add(EligibilityReason.DAILY_CAP);
        sentences.add(EligibilityReason.DAILY_CAP + ": the daily cap of " + dailyCap
            + " invitations is reached; the next day starts at " + tomorrow);
        eligibleFrom = Optional.of(tomorrow);
      } else if (reasons.isEmpty()) {
        eligibleFrom = Optional.of(now);
      } else {
        eligibleFrom = unknown ? Optional.empty() : Optional.of(threshold);
      }
      return new SurveyDecision(
          history.contactId(), id, now, reasons, sentences, eligibleFrom,
          Optional.ofNullable(trigger));
    }
  }

  @Override
  public String toString() {
    return "SurveyProgram[" + id + ", " + kind + ", " + zone + "]";
  }

  private static Period requirePositive(String name, Period period) {
    Objects.requireNonNull(period, name);
    if (period.isNegative() || period.isZero()) {
      throw new IllegalArgumentException(
          "Invalid " + name + " (must be positive): " + period);
    }
    return period;
  }

  private static Period requireNonNegative(String name, Period period) {
    Objects.requireNonNull(period, name);
    if (period.isNegative()) {
      throw new IllegalArgumentException(
          "Invalid " + name + " (must not be negative): " + period);
    }
    return period;
  }

  private static void requireNonNegative(String name, int value) {
    if (value < 0) {
      throw new IllegalArgumentException("Invalid " + name + " (must not be negative): " + value);
    }
  }

  /** Builds a {@link SurveyProgram}; each setter replaces a default. Not thread-safe. */
  public static final class Builder {
    private final String id;
    private final ProgramKind kind;
    private final ZoneId zone;
    private final Set<Touchpoint> triggers = new LinkedHashSet<>();
    private Period triggerWindow = Period.ofDays(7);
    private Period interval;
    private Period quietPeriod = Period.ofDays(90);
    private RuleScope quietScope = RuleScope.GLOBAL;
    private Period invitationCoolDown = Period.ZERO;
    private Period responseCoolDown = Period.ZERO;
    private Period newContactDelay = Period.ZERO;
    private int maxPerRollingYear = Integer.MAX_VALUE;
    private RuleScope yearlyCapScope = RuleScope.GLOBAL;
    private double samplingRate = 1;
    private String samplingSalt;
    private int dailyCap = Integer.MAX_VALUE;

    private Builder(String id, ProgramKind kind, ZoneId zone) {
      Objects.requireNonNull(id, "id");
      if (id.isBlank()) {
        throw new IllegalArgumentException("Invalid program id (must not be blank): \"" + id + "\"");
      }
      this.id = id;
      this.kind = kind;
      this.zone = Objects.requireNonNull(zone, "zone");
    }

    /**
     * Sets how long after a triggering touchpoint the survey stays due (default 7 days);
     * transactional programs only.
     *
     * @param window the window
     * @return this builder
     * @throws NullPointerException if {@code window} is null
     * @throws IllegalArgumentException if the window is not positive, or the program is not
     *     transactional
     */
    public Builder triggerWindow(Period window) {
      if (kind != ProgramKind.TRANSACTIONAL) {
        throw new IllegalArgumentException(
            "Invalid triggerWindow for relationship program " + id
                + " (only transactional programs have triggers): " + window);
      }
      this.triggerWindow = requirePositive("triggerWindow", window);
      return this;
    }

    /**
     * Sets the quiet period after an invitation (default 90 days) and which invitations start it
     * (default {@link RuleScope#GLOBAL}).
     *
     * @param period the quiet period; zero for none
     * @param scope which invitations count
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the period is negative
     */
    public Builder quietPeriod(Period period, RuleScope scope) {
      this.quietPeriod = requireNonNegative("quietPeriod", period);
      this.quietScope = Objects.requireNonNull(scope, "scope");
      return this;
    }

    /**
     * Sets the quiet period after an invitation of any program (default 90 days).
     *
     * @param period the quiet period; zero for none
     * @return this builder
     * @throws NullPointerException if {@code period} is null
     * @throws IllegalArgumentException if the period is negative
     */
    public Builder quietPeriod(Period period) {
      return quietPeriod(period, RuleScope.GLOBAL);
    }

    /**
     * Sets the cool-down after any invitation, in any program (default none).
     *
     * @param period the cool-down; zero for none
     * @return this builder
     * @throws NullPointerException if {@code period} is null
     * @throws IllegalArgumentException if the period is negative
     */
    public Builder invitationCoolDown(Period period) {
      this.invitationCoolDown = requireNonNegative("invitationCoolDown", period);
      return this;
    }

    /**
     * Sets the cool-down after any response, in any program (default none).
     *
     * @param period the cool-down; zero for none
     * @return this builder
     * @throws NullPointerException if {@code period} is null
     * @throws IllegalArgumentException if the period is negative
     */
    public Builder responseCoolDown(Period period) {
      this.responseCoolDown = requireNonNegative("responseCoolDown", period);
      return this;
    }

    /**
     * Sets how long after a contact is first seen it may be surveyed (default none).
     *
     * @param delay the delay; zero for none
     * @return this builder
     * @throws NullPointerException if {@code delay} is null
     * @throws IllegalArgumentException if the delay is negative
     */
    public Builder newContactDelay(Period delay) {
      this.newContactDelay = requireNonNegative("newContactDelay", delay);
      return this;
    }

    /**
     * Sets the most invitations a contact may have in a rolling year, and which count (default:
     * no cap).
     *
     * @param max the cap
     * @param scope which invitations count
     * @return this builder
     * @throws NullPointerException if {@code scope} is null
     * @throws IllegalArgumentException if the cap is below 1
     */
    public Builder maxPerRollingYear(int max, RuleScope scope) {
      if (max < 1) {
        throw new IllegalArgumentException("Invalid maxPerRollingYear (must be at least 1): " + max);
      }
      this.maxPerRollingYear = max;
      this.yearlyCapScope = Objects.requireNonNull(scope, "scope");
      return this;
    }

    /**
     * Sets the most invitations of any program a contact may have in a rolling year.
     *
     * @param max the cap
     * @return this builder
     * @throws IllegalArgumentException if the cap is below 1
     */
    public Builder maxPerRollingYear(int max) {
      return maxPerRollingYear(max, RuleScope.GLOBAL);
    }

    /**
     * Sets the share of contacts in the program's sample (default 1: everyone), chosen by a stable
     * hash of the contact id salted with the program id.
     *
     * @param rate the share, in [0, 1]
     * @return this builder
     * @throws IllegalArgumentException if the rate is not in [0, 1]
     */
    public Builder samplingRate(double rate) {
      if (!(rate >= 0 && rate <= 1)) {
        throw new IllegalArgumentException(
            "Invalid samplingRate (valid values 0 - 1): " + rate);
      }
      this.samplingRate = rate;
      return this;
    }

    /**
     * Sets the share of contacts in the sample and the salt of its hash: programs with the same
     * salt and rate sample the same contacts.
     *
     * @param rate the share, in [0, 1]
     * @param salt the salt
     * @return this builder
     * @throws NullPointerException if {@code salt} is null
     * @throws IllegalArgumentException if the rate is not in [0, 1]
     */
    public Builder samplingRate(double rate, String salt) {
      samplingRate(rate);
      this.samplingSalt = Objects.requireNonNull(salt, "salt");
      return this;
    }

    /**
     * Sets the most invitations the program sends per day of its zone (default: no cap).
     *
     * @param cap the cap
     * @return this builder
     * @throws IllegalArgumentException if the cap is below 1 (to pause a program, stop asking it)
     */
    public Builder dailyCap(int cap) {
      if (cap < 1) {
        throw new IllegalArgumentException("Invalid dailyCap (must be at least 1): " + cap);
      }
      this.dailyCap = cap;
      return this;
    }

    /**
     * Builds the program.
     *
     * @return the program
     */
    public SurveyProgram build() {
      return new SurveyProgram(this);
    }
  }
}
