package org.nps4j.segments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.time.temporal.WeekFields;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of time buckets over random definitions: a random unit, a zone drawn from {@link
 * ZoneId#getAvailableZoneIds()} (sorted, so a seed picks the same zone on every run of a JDK), a
 * random week definition or fiscal year start, and random instants from 1900 to 2200. Expected
 * indexes, labels and boundaries are recomputed here from java.time and the formulas in the
 * {@link TimeBuckets} documentation.
 */
class TimeBucketsProperties {
  private static final long SEED_BASE = 0x71_3e_b0c7_2026_1123L;
  private static final List<String> ZONE_IDS =
      ZoneId.getAvailableZoneIds().stream().sorted().collect(Collectors.toUnmodifiableList());
  private static final long FROM_MILLI = Instant.parse("1900-01-01T00:00:00Z").toEpochMilli();
  private static final long TO_MILLI = Instant.parse("2200-01-01T00:00:00Z").toEpochMilli();
  private static final long HOUR_MILLIS = 3_600_000L;
  private static final long DAY_MILLIS = 24 * HOUR_MILLIS;

  /**
   * Offset changes, from the zones' historical transition lists, that move the local clock across
   * a midnight: a gap that swallows a midnight (the day starts at the end of the gap), or an
   * overlap that takes the clock back from after midnight to the previous date (America/St_Johns
   * 1987-2010, at 00:01).
   */
  private static final List<Object[]> CLOCK_CHANGES_ACROSS_MIDNIGHT = clockChangesAcrossMidnight();

  private static List<Object[]> clockChangesAcrossMidnight() {
    List<Object[]> changes = new ArrayList<>();
    for (String id : ZONE_IDS) {
      ZoneId zone = ZoneId.of(id);
      for (ZoneOffsetTransition transition : zone.getRules().getTransitions()) {
        LocalDateTime before = transition.getDateTimeBefore();
        LocalDateTime after = transition.getDateTimeAfter();
        LocalDateTime earlier = before.isBefore(after) ? before : after;
        LocalDateTime later = before.isBefore(after) ? after : before;
        LocalDateTime midnight = later.toLocalDate().atStartOfDay();
        if (earlier.isBefore(midnight) && midnight.isBefore(later)
            || transition.isGap() && earlier.equals(midnight)) {
          changes.add(new Object[] {zone, transition});
        }
      }
    }
    return List.copyOf(changes);
  }

  static LongStream seeds() {
    return LongStream.range(0, 300).map(i -> SEED_BASE ^ (i * 0x9E37_79B9_7F4A_7C15L));
  }

  private static TimeBuckets randomBuckets(SplittableRandom random) {
    ZoneId zone = ZoneId.of(ZONE_IDS.get(random.nextInt(ZONE_IDS.size())));
    BucketUnit unit = BucketUnit.values()[random.nextInt(BucketUnit.values().length)];
    Month fiscalStart = Month.of(1 + random.nextInt(12));
    return switch (unit) {
      case DAY -> TimeBuckets.days(zone);
      case WEEK ->
          random.nextBoolean()
              ? TimeBuckets.isoWeeks(zone)
              : TimeBuckets.weeks(
                  zone, WeekFields.of(DayOfWeek.of(1 + random.nextInt(7)), 1 + random.nextInt(7)));
      case MONTH -> TimeBuckets.months(zone);
      case QUARTER -> TimeBuckets.quarters(zone);
      case YEAR -> TimeBuckets.years(zone);
      case FISCAL_QUARTER -> TimeBuckets.fiscalQuarters(zone, fiscalStart);
      case FISCAL_YEAR -> TimeBuckets.fiscalYears(zone, fiscalStart);
    };
  }

  private static long randomMilli(SplittableRandom random) {
    return random.nextLong(FROM_MILLI, TO_MILLI);
  }

  /** The nominal length of a bucket, for drawing timestamps a few buckets apart. */
  private static long nominalMillis(BucketUnit unit) {
    return switch (unit) {
      case DAY -> DAY_MILLIS;
      case WEEK -> 7 * DAY_MILLIS;
      case MONTH -> 30 * DAY_MILLIS;
      case QUARTER, FISCAL_QUARTER -> 91 * DAY_MILLIS;
      case YEAR, FISCAL_YEAR -> 365 * DAY_MILLIS;
    };
  }

  /** Instants where the zone's offset changes, found with java.time, plus and minus a little. */
  private static List<Long> aroundTransitions(
      TimeBuckets buckets, SplittableRandom random, int transitions) {
    List<Long> millis = new ArrayList<>();
    for (int i = 0; i < transitions; i++) {
      ZoneOffsetTransition transition =
          buckets.zone().getRules().nextTransition(Instant.ofEpochMilli(randomMilli(random)));
      if (transition == null || transition.toEpochSecond() * 1000 >= TO_MILLI) {
        continue;
      }
      long at = transition.toEpochSecond() * 1000;
      for (long delta = -3 * HOUR_MILLIS; delta <= 3 * HOUR_MILLIS; delta += 15 * 60_000L) {
        millis.add(at + delta);
      }
      for (long delta : new long[] {-1, 0, 1}) {
        millis.add(at + delta);
      }
    }
    return millis;
  }

  /**
   * Checks a bucket against java.time: it starts at the start of its first local day and ends at
   * the start of the first day of the next one; its index and label follow the documented
   * formulas.
   */
  private static void checkAgainstJavaTime(TimeBuckets buckets, TimeBucket bucket, String input) {
    ZoneId zone = buckets.zone();
    LocalDate first = bucket.start().atZone(zone).toLocalDate();
    int year = first.getYear();
    int month = first.getMonthValue();
    int fiscalStart = buckets.fiscalYearStart().map(Month::getValue).orElse(1);
    int fiscalYear = fiscalStart != 1 && month >= fiscalStart ? year + 1 : year;
    int fiscalQuarter = Math.floorMod(month - fiscalStart, 12) / 3 + 1;
    LocalDate next;
    long expectedIndex;
    String expectedLabel;
    boolean firstDayOfUnit;
    switch (buckets.unit()) {
      case DAY -> {
        next = first.plusDays(1);
        expectedIndex = first.toEpochDay();
        expectedLabel = first.toString();
        firstDayOfUnit = true;
      }
      case WEEK -> {
        WeekFields weekFields = buckets.weekFields().orElseThrow();
        next = first.plusWeeks(1);
        long reference =
            LocalDate.EPOCH
                .with(TemporalAdjusters.previousOrSame(weekFields.getFirstDayOfWeek()))
                .toEpochDay();
        expectedIndex = Math.floorDiv(first.toEpochDay() - reference, 7);
        expectedLabel =
            String.format(
                Locale.ROOT,
                "%04d-W%02d",
                first.get(weekFields.weekBasedYear()),
                first.get(weekFields.weekOfWeekBasedYear()));
        firstDayOfUnit = first.getDayOfWeek() == weekFields.getFirstDayOfWeek();
      }
      case MONTH -> {
        next = first.plusMonths(1);
        expectedIndex = year * 12L + (month - 1);
        expectedLabel = YearMonth.of(year, month).toString();
        firstDayOfUnit = first.getDayOfMonth() == 1;
      }
      case QUARTER -> {
        next = first.plusMonths(3);
        int quarter = (month - 1) / 3 + 1;
        expectedIndex = year * 4L + (quarter - 1);
        expectedLabel = year + "-Q" + quarter;
        firstDayOfUnit = first.getDayOfMonth() == 1 && (month - 1) % 3 == 0;
      }
      case YEAR -> {
        next = first.plusYears(1);
        expectedIndex = year;
        expectedLabel = Integer.toString(year);
        firstDayOfUnit = first.getDayOfYear() == 1;
      }
      case FISCAL_QUARTER -> {
        next = first.plusMonths(3);
        expectedIndex = fiscalYear * 4L + (fiscalQuarter - 1);
        expectedLabel = "FY" + fiscalYear + "-Q" + fiscalQuarter;
        firstDayOfUnit =
            first.getDayOfMonth() == 1 && Math.floorMod(month - fiscalStart, 3) == 0;
      }
      case FISCAL_YEAR -> {
        next = first.plusYears(1);
        expectedIndex = fiscalYear;
        expectedLabel = "FY" + fiscalYear;
        firstDayOfUnit = first.getDayOfMonth() == 1 && month == fiscalStart;
      }
      default -> throw new AssertionError(buckets.unit());
    }
    String description = input + ", bucket " + bucket + " [" + bucket.start() + ", "
        + bucket.end() + ") of " + buckets;
    assertThat(firstDayOfUnit).as("first day %s, %s", first, description).isTrue();
    assertThat(bucket.start()).as(description).isEqualTo(first.atStartOfDay(zone).toInstant());
    assertThat(bucket.end()).as(description).isEqualTo(next.atStartOfDay(zone).toInstant());
    assertThat(bucket.index()).as(description).isEqualTo(expectedIndex);
    assertThat(bucket.label()).as(description).isEqualTo(expectedLabel);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyInstantIsInTheBucketOfItsIndex(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    TimeBuckets buckets = randomBuckets(random);
    for (int i = 0; i < 20; i++) {
      Instant instant =
          Instant.ofEpochMilli(randomMilli(random)).plusNanos(random.nextInt(1_000_000));
      String input = "seed " + seed + ", " + buckets + ", instant " + instant;
      long index = buckets.indexOf(instant);
      TimeBucket bucket = buckets.bucket(index);
      assertThat(bucket.contains(instant)).as(input + ", bucket " + bucket.start() + " - "
          + bucket.end()).isTrue();
      assertThat(bucket.index()).as(input).isEqualTo(index);
      assertThat(buckets.bucketOf(instant)).as(input).isEqualTo(bucket);
      assertThat(buckets.indexOfEpochMilli(instant.toEpochMilli())).as(input).isEqualTo(index);
      checkAgainstJavaTime(buckets, bucket, input);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void consecutiveBucketsMeetWithoutGapOrOverlap(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    TimeBuckets buckets = randomBuckets(random);
    long first = buckets.indexOfEpochMilli(randomMilli(random));
    int count = 1 + random.nextInt(30);
    String input = "seed " + seed + ", " + buckets + ", buckets " + first + " + " + count;
    List<TimeBucket> list = buckets.between(first, first + count - 1);
    assertThat(list).as(input).hasSize(count);
    for (int k = 0; k < count; k++) {
      assertThat(list.get(k)).as(input).isEqualTo(buckets.bucket(first + k));
      assertThat(list.get(k).index()).as(input).isEqualTo(first + k);
      assertThat(buckets.indexOf(list.get(k).start())).as(input).isEqualTo(first + k);
      assertThat(buckets.indexOfEpochMilli(list.get(k).start().toEpochMilli() - 1))
          .as(input)
          .isEqualTo(first + k - 1);
      if (k + 1 < count) {
        assertThat(list.get(k).end()).as(input).isEqualTo(list.get(k + 1).start());
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void labelsParseBackToTheirBucket(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    TimeBuckets buckets = randomBuckets(random);
    for (int i = 0; i < 10; i++) {
      // Mostly recent years, sometimes anywhere in the range of epoch milliseconds, where years
      // have a sign or more than four digits.
      long milli = i < 7 ? randomMilli(random) : random.nextLong();
      TimeBucket bucket = buckets.bucket(buckets.indexOfEpochMilli(milli));
      String input = "seed " + seed + ", " + buckets + ", label " + bucket.label();
      assertThat(buckets.parse(bucket.label())).as(input).isEqualTo(bucket);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void cursorAgreesWithTheExactLookup(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    TimeBuckets buckets = randomBuckets(random);
    long nominal = nominalMillis(buckets.unit());
    List<Long> millis = new ArrayList<>();
    while (millis.size() < 1_000) {
      switch (random.nextInt(5)) {
        case 0 -> {
          // A cluster within a few buckets.
          long centre = randomMilli(random);
          for (int k = 0; k < 50; k++) {
            millis.add(centre + random.nextLong(-3 * nominal, 3 * nominal));
          }
        }
        case 1 -> {
          // Scattered over three centuries.
          for (int k = 0; k < 20; k++) {
            millis.add(randomMilli(random));
          }
        }
        case 2 -> {
          // Exactly at bucket starts, and the millisecond before.
          for (int k = 0; k < 10; k++) {
            long start = buckets.bucket(buckets.indexOfEpochMilli(randomMilli(random)))
                .start().toEpochMilli();
            millis.add(start);
            millis.add(start - 1);
          }
        }
        case 3 -> {
          // In time order, a run over many buckets.
          long milli = randomMilli(random);
          for (int k = 0; k < 100; k++) {
            milli += random.nextLong(nominal / 2);
            millis.add(milli);
          }
        }
        default -> millis.addAll(aroundTransitions(buckets, random, 1));
      }
    }
    TimeBuckets.Cursor cursor = buckets.cursor();
    for (int k = 0; k < millis.size(); k++) {
      long milli = millis.get(k);
      long expected = buckets.indexOfEpochMilli(milli);
      long actual = cursor.indexOfEpochMilli(milli);
      if (actual != expected) {
        assertThat(actual)
            .as("seed %d, %s, timestamp #%d %d (%s)", seed, buckets, k, milli,
                Instant.ofEpochMilli(milli))
            .isEqualTo(expected);
      }
    }
  }

  /**
   * Many lookups within a window of buckets, enough for the cursor to build its grid of cells over
   * the window: timestamps anywhere in it, at every bucket start and the millisecond before, and
   * around the zone's offset changes (where a boundary cuts a cell), in random order or in time
   * order. The zones are all of the JDK's, so offsets of half and quarter hours cut cells too.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void cursorAgreesWithTheExactLookupOnceItHasAGrid(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    TimeBuckets buckets = randomBuckets(random);
    long nominal = nominalMillis(buckets.unit());
    int windowBuckets = 1 + random.nextInt(120);
    long from = randomMilli(random);
    long to = from + windowBuckets * nominal;
    long[] millis = new long[20_000];
    int count = 0;
    long firstIndex = buckets.indexOfEpochMilli(from);
    long lastIndex = buckets.indexOfEpochMilli(to);
    for (long index = firstIndex; index <= lastIndex + 1 && count < 2_000; index++) {
      long start = buckets.bucket(index).start().toEpochMilli();
      millis[count++] = start;
      millis[count++] = start - 1;
    }
    Instant cursorAt = Instant.ofEpochMilli(from);
    for (int k = 0; k < 20 && count < 4_000; k++) {
      ZoneOffsetTransition transition = buckets.zone().getRules().nextTransition(cursorAt);
      if (transition == null || transition.toEpochSecond() * 1000 >= to) {
        break;
      }
      long at = transition.toEpochSecond() * 1000;
      for (long delta = -2 * HOUR_MILLIS; delta <= 2 * HOUR_MILLIS; delta += 7 * 60_000L) {
        millis[count++] = at + delta;
      }
      millis[count++] = at - 1;
      millis[count++] = at;
      cursorAt = transition.getInstant();
    }
    while (count < millis.length) {
      millis[count++] = random.nextLong(from, to);
    }
    // Shuffle (Fisher-Yates), or sort for data in time order.
    boolean inTimeOrder = random.nextBoolean();
    if (inTimeOrder) {
      Arrays.sort(millis);
    } else {
      for (int i = millis.length - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        long swap = millis[i];
        millis[i] = millis[j];
        millis[j] = swap;
      }
    }
    TimeBuckets.Cursor cursor = buckets.cursor();
    for (int round = 0; round < 2; round++) {
      for (int k = 0; k < millis.length; k++) {
        long milli = millis[k];
        long expected = buckets.indexOfEpochMilli(milli);
        long actual = cursor.indexOfEpochMilli(milli);
        if (actual != expected) {
          assertThat(actual)
              .as("seed %d, %s, round %d, timestamp #%d %d (%s)", seed, buckets, round, k, milli,
                  Instant.ofEpochMilli(milli))
              .isEqualTo(expected);
        }
      }
    }
    // The window is covered by the cursor's table after a few misses; the lookups in it are many
    // times what it takes to build the grid, in either order, so the grid answered most of them.
    assertThat(cursor.gridCellCount())
        .as("seed %d, %s, in time order %b: grid cells", seed, buckets, inTimeOrder)
        .isPositive();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void indexesNeverDecreaseAsTimeGoesOn(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    TimeBuckets buckets = randomBuckets(random);
    List<Long> list = new ArrayList<>(aroundTransitions(buckets, random, 4));
    for (int k = 0; k < 200; k++) {
      list.add(randomMilli(random));
    }
    long[] millis = list.stream().mapToLong(Long::longValue).toArray();
    Arrays.sort(millis);
    TimeBuckets.Cursor cursor = buckets.cursor();
    long previousIndex = Long.MIN_VALUE;
    long previousMilli = Long.MIN_VALUE;
    for (long milli : millis) {
      long index = buckets.indexOfEpochMilli(milli);
      long cursorIndex = cursor.indexOfEpochMilli(milli);
      if (index < previousIndex || cursorIndex != index) {
        String input = "seed " + seed + ", " + buckets + ", " + Instant.ofEpochMilli(previousMilli)
            + " then " + Instant.ofEpochMilli(milli);
        assertThat(index).as(input).isGreaterThanOrEqualTo(previousIndex);
        assertThat(cursorIndex).as(input).isEqualTo(index);
      }
      previousIndex = index;
      previousMilli = milli;
    }
    // Near the offset changes, each instant is also in its bucket.
    for (long milli : aroundTransitions(buckets, random, 2)) {
      Instant instant = Instant.ofEpochMilli(milli);
      TimeBucket bucket = buckets.bucketOf(instant);
      if (!bucket.contains(instant)) {
        assertThat(bucket.contains(instant))
            .as("seed %d, %s, instant %s, bucket [%s, %s)", seed, buckets, instant,
                bucket.start(), bucket.end())
            .isTrue();
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void clockChangesAcrossMidnightKeepEveryInstantInItsBucket(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Object[] change =
        CLOCK_CHANGES_ACROSS_MIDNIGHT.get(random.nextInt(CLOCK_CHANGES_ACROSS_MIDNIGHT.size()));
    ZoneId zone = (ZoneId) change[0];
    ZoneOffsetTransition transition = (ZoneOffsetTransition) change[1];
    // A unit with a boundary at that midnight: the day, or a week that starts on that weekday.
    LocalDate date = transition.getDateTimeBefore().isBefore(transition.getDateTimeAfter())
        ? transition.getDateTimeAfter().toLocalDate()
        : transition.getDateTimeBefore().toLocalDate();
    TimeBuckets buckets =
        random.nextBoolean()
            ? TimeBuckets.days(zone)
            : TimeBuckets.weeks(zone, WeekFields.of(date.getDayOfWeek(), 1 + random.nextInt(7)));
    TimeBuckets.Cursor cursor = buckets.cursor();
    long at = transition.toEpochSecond() * 1000;
    long previousIndex = Long.MIN_VALUE;
    TimeBucket bucket = null;
    for (long milli = at - 2 * HOUR_MILLIS; milli <= at + 2 * HOUR_MILLIS; milli += 60_000) {
      for (long near : new long[] {milli - 1, milli}) {
        Instant instant = Instant.ofEpochMilli(near);
        long index = buckets.indexOf(instant);
        if (bucket == null || bucket.index() != index) {
          bucket = buckets.bucket(index);
        }
        if (!bucket.contains(instant)
            || index < previousIndex
            || cursor.indexOfEpochMilli(near) != index) {
          String input = "seed " + seed + ", " + buckets + ", " + transition + ", instant "
              + instant + ", bucket " + bucket + " [" + bucket.start() + ", " + bucket.end() + ")";
          assertThat(bucket.contains(instant)).as(input).isTrue();
          assertThat(index).as(input).isGreaterThanOrEqualTo(previousIndex);
          assertThat(cursor.indexOfEpochMilli(near)).as(input).isEqualTo(index);
        }
        previousIndex = index;
      }
    }
    checkAgainstJavaTime(buckets, buckets.bucketOf(Instant.ofEpochMilli(at)), "seed " + seed);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void monthArithmeticMatchesJavaTime(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < 100; i++) {
      long epochDay =
          random.nextLong(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay() + 1);
      LocalDate date = LocalDate.ofEpochDay(epochDay);
      long monthIndex = date.getYear() * 12L + (date.getMonthValue() - 1);
      long firstDay = date.withDayOfMonth(1).toEpochDay();
      if (TimeBuckets.monthIndexOfEpochDay(epochDay) != monthIndex
          || TimeBuckets.epochDayOfMonthIndex(monthIndex) != firstDay) {
        assertThat(TimeBuckets.monthIndexOfEpochDay(epochDay))
            .as("seed %d, date %s", seed, date)
            .isEqualTo(monthIndex);
        assertThat(TimeBuckets.epochDayOfMonthIndex(monthIndex))
            .as("seed %d, date %s", seed, date)
            .isEqualTo(firstDay);
      }
    }
  }
}
