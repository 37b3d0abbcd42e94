package org.nps4j.segments;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.ZoneId;
import java.time.temporal.WeekFields;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A way to cut time into consecutive buckets (days, weeks, months, quarters, years, fiscal quarters
 * or fiscal years) in an explicit time zone, each bucket with a dense {@code long} index, a label
 * and a half-open range of instants. Obtain one from a factory such as {@link #months(ZoneId)},
 * {@link #isoWeeks(ZoneId)} or {@link #fiscalQuarters(ZoneId, Month)}; then {@link
 * #indexOf(Instant)} puts an instant in its bucket, {@link #bucket(long)} describes a bucket,
 * {@link #parse(CharSequence)} reads a label back, and {@link #cursor()} gives a fast lookup for
 * streams of timestamps.
 *
 * <p>Instances are immutable and thread-safe, and compare by unit, zone, week definition and
 * fiscal year start. Nothing here uses the system default time zone or locale.
 *
 * <h2>Boundaries</h2>
 *
 * A bucket starts at the start of its first local day in the zone, as {@link
 * LocalDate#atStartOfDay(ZoneId)} gives it (so when a daylight-saving gap swallows midnight, the
 * day starts at the end of the gap, for example 01:00), and ends where the next bucket starts. A
 * day bucket across a daylight-saving change is therefore 23 or 25 hours long. An instant belongs
 * to the last bucket that starts at or before it; that is the bucket of its local date except in
 * the rare zones whose clocks went back across midnight (America/St_Johns until 2010 turned 00:01
 * back to 23:01), where the repeated hour before midnight belongs to the day that had already
 * begun, so that indexes never decrease as time goes on.
 *
 * <p>A handful of zones skipped a whole calendar day when they moved across the date line
 * (Pacific/Apia and Pacific/Fakaofo skipped 2011-12-30, Pacific/Kanton 1994-12-31). No instant
 * falls on such a day, so its day bucket would be empty: its index is never returned by {@link
 * #indexOf(Instant)}, and {@link #bucket(long)} and {@link #between(long, long)} reject it rather
 * than return an empty bucket or silently leave it out of a list.
 *
 * <h2>Indexes</h2>
 *
 * Consecutive buckets have consecutive indexes, with years in the proleptic ISO calendar:
 *
 * <ul>
 *   <li>{@link BucketUnit#DAY}: the epoch day of the local date ({@code 1970-01-01} is 0);
 *   <li>{@link BucketUnit#WEEK}: {@code floorDiv(epochDay - referenceDay, 7)}, where {@code
 *       referenceDay} is the epoch day of the first day of the week (of the week definition) that
 *       contains {@code 1970-01-01}; that week has index 0;
 *   <li>{@link BucketUnit#MONTH}: {@code year * 12 + (month - 1)};
 *   <li>{@link BucketUnit#QUARTER}: {@code year * 4 + (quarter - 1)};
 *   <li>{@link BucketUnit#YEAR}: {@code year};
 *   <li>{@link BucketUnit#FISCAL_QUARTER}: {@code fiscalYear * 4 + (fiscalQuarter - 1)};
 *   <li>{@link BucketUnit#FISCAL_YEAR}: {@code fiscalYear}.
 * </ul>
 *
 * <h2>Fiscal years</h2>
 *
 * A fiscal year starts on the first day of its start month and is named by the calendar year in
 * which it <em>ends</em>. With an October start, 2026-10-01 begins FY2027 and October to December
 * 2026 is FY2027-Q1; with a July start, 2026-07-01 begins FY2027; with a January start the fiscal
 * year is the calendar year.
 *
 * <h2>Labels</h2>
 *
 * {@code 2026-11-23} (day), {@code 2026-W07} (week-based year and two-digit week number of the week
 * definition), {@code 2026-11} (month), {@code 2026-Q3} (quarter), {@code 2026} (year), {@code
 * FY2027-Q1} (fiscal quarter), {@code FY2027} (fiscal year). Years from 0 to 9999 have four digits;
 * other years are written as {@link LocalDate#toString()} writes them: {@code -0001}, {@code
 * +10000}. {@link #parse(CharSequence)} accepts exactly the labels that {@link #bucket(long)}
 * produces.
 *
 * <h2>Range</h2>
 *
 * Buckets whose days all lie in {@link LocalDate}'s range ({@code -999999999} to {@code 999999999})
 * are supported; every instant representable in epoch milliseconds is inside that range.
 */
public final class TimeBuckets {
  private static final long SECONDS_PER_DAY = 86_400L;
  private static final long MILLIS_PER_SECOND = 1_000L;
  private static final String YEAR = "([+-]?[0-9]{4,10})";
  private static final Pattern DAY_LABEL = Pattern.compile(YEAR + "-([0-9]{2})-([0-9]{2})");
  private static final Pattern WEEK_LABEL = Pattern.compile(YEAR + "-W([0-9]{2})");
  private static final Pattern MONTH_LABEL = Pattern.compile(YEAR + "-([0-9]{2})");
  private static final Pattern QUARTER_LABEL = Pattern.compile(YEAR + "-Q([0-9])");
  private static final Pattern YEAR_LABEL = Pattern.compile(YEAR);
  private static final Pattern FISCAL_QUARTER_LABEL = Pattern.compile("FY" + YEAR + "-Q([0-9])");
  private static final Pattern FISCAL_YEAR_LABEL = Pattern.compile("FY" + YEAR);

  private final BucketUnit unit;
  private final ZoneId zone;
  private final WeekFields weekFields;
  private final Month fiscalYearStart;

  private final ZoneRules rules;
  private final boolean fixedOffset;
  private final int fixedOffsetSeconds;
  /** For month-based units: months per bucket (1, 3 or 12); 0 otherwise. */
  private final int monthsPerBucket;
  /** For fiscal units: months to add to a calendar month index to get the fiscal one. */
  private final int fiscalMonthShift;
  /** For weeks: the epoch day of the first day of the week that contains 1970-01-01. */
  private final long weekReferenceDay;
  private final long minIndex;
  private final long maxIndex;
  private final OffsetSpread offsetSpread;

  private TimeBuckets(BucketUnit unit, ZoneId zone, WeekFields weekFields, Month fiscalYearStart) {
    this.unit = unit;
    this.zone = zone;
    this.weekFields = weekFields;
    this.fiscalYearStart = fiscalYearStart;
    this.rules = zone.getRules();
    this.fixedOffset = rules.isFixedOffset();
    this.fixedOffsetSeconds = rules.getOffset(Instant.EPOCH).getTotalSeconds();
    this.monthsPerBucket = monthsPerBucket(unit);
    this.fiscalMonthShift =
        fiscalYearStart == null ? 0 : (13 - fiscalYearStart.getValue()) % 12;
    // 1970-01-01 is a Thursday.
    this.weekReferenceDay =
        weekFields == null
            ? 0
            : -Math.floorMod(
                DayOfWeek.THURSDAY.getValue() - weekFields.getFirstDayOfWeek().getValue(), 7);
    this.offsetSpread = fixedOffset ? OffsetSpread.NONE : OffsetSpread.of(rules);

    long lowest = indexOfEpochDay(LocalDate.MIN.toEpochDay());
    if (firstEpochDay(lowest) < LocalDate.MIN.toEpochDay()) {
      lowest++;
    }
    long highest = indexOfEpochDay(LocalDate.MAX.toEpochDay()) - 1;
    // At the very ends of LocalDate's range a week-based year or a zone rule may not be
    // computable; such buckets (a week or so) are left out of the supported range.
    for (int step = 0; step < 8 && !computable(lowest); step++) {
      lowest++;
    }
    for (int step = 0; step < 8 && !computable(highest); step++) {
      highest--;
    }
    this.minIndex = lowest;
    this.maxIndex = highest;
  }

  private static int monthsPerBucket(BucketUnit unit) {
    return switch (unit) {
      case MONTH -> 1;
      case QUARTER, FISCAL_QUARTER -> 3;
      case YEAR, FISCAL_YEAR -> 12;
      case DAY, WEEK -> 0;
    };
  }

  private boolean computable(long index) {
    try {
      label(index);
      startEpochSecond(index);
      startEpochSecond(index + 1);
      return true;
    } catch (DateTimeException | ArithmeticException e) {
      return false;
    }
  }

  /**
   * Returns local days in the zone.
   *
   * @param zone the time zone
   * @return the definition
   * @throws NullPointerException if {@code zone} is null
   */
  public static TimeBuckets days(ZoneId zone) {
    return new TimeBuckets(BucketUnit.DAY, Objects.requireNonNull(zone, "zone"), null, null);
  }

  /**
   * Returns ISO weeks in the zone ({@link WeekFields#ISO}: weeks start on Monday and week 1 is the
   * first week with at least 4 days in the year).
   *
   * @param zone the time zone
   * @return the definition
   * @throws NullPointerException if {@code zone} is null
   */
  public static TimeBuckets isoWeeks(ZoneId zone) {
    return weeks(zone, WeekFields.ISO);
  }

  /**
   * Returns weeks that start on the given day, with week 1 the first week with at least 4 days in
   * the year ({@code WeekFields.of(firstDayOfWeek, 4)}).
   *
   * @param zone the time zone
   * @param firstDayOfWeek the first day of each week
   * @return the definition
   * @throws NullPointerException if an argument is null
   */
  public static TimeBuckets weeks(ZoneId zone, DayOfWeek firstDayOfWeek) {
    Objects.requireNonNull(firstDayOfWeek, "firstDayOfWeek");
    return weeks(zone, WeekFields.of(firstDayOfWeek, 4));
  }

  /**
   * Returns weeks of any week definition: its first day of the week and its minimal number of days
   * in the first week of a week-based year, which decide the labels.
   *
   * @param zone the time zone
   * @param weekFields the week definition
   * @return the definition
   * @throws NullPointerException if an argument is null
   */
  public static TimeBuckets weeks(ZoneId zone, WeekFields weekFields) {
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(weekFields, "weekFields");
    return new TimeBuckets(BucketUnit.WEEK, zone, weekFields, null);
  }

  /**
   * Returns calendar months in the zone.
   *
   * @param zone the time zone
   * @return the definition
   * @throws NullPointerException if {@code zone} is null
   */
  public static TimeBuckets months(ZoneId zone) {
    return new TimeBuckets(BucketUnit.MONTH, Objects.requireNonNull(zone, "zone"), null, null);
  }

  /**
   * Returns calendar quarters (January to March is Q1) in the zone.
   *
   * @param zone the time zone
   * @return the definition
   * @throws NullPointerException if {@code zone} is null
   */
  public static TimeBuckets quarters(ZoneId zone) {
    return new TimeBuckets(BucketUnit.QUARTER, Objects.requireNonNull(zone, "zone"), null, null);
  }

  /**
   * Returns calendar years in the zone.
   *
   * @param zone the time zone
   * @return the definition
   * @throws NullPointerException if {@code zone} is null
   */
  public static TimeBuckets years(ZoneId zone) {
    return new TimeBuckets(BucketUnit.YEAR, Objects.requireNonNull(zone, "zone"), null, null);
  }

  /**
   * Returns fiscal quarters of fiscal years that start on the first day of {@code fiscalYearStart}.
   * A fiscal year is named by the calendar year in which it ends: with an October start, October
   * to December 2026 is {@code FY2027-Q1}.
   *
   * @param zone the time zone
   * @param fiscalYearStart the first month of each fiscal year
   * @return the definition
   * @throws NullPointerException if an argument is null
   */
  public static TimeBuckets fiscalQuarters(ZoneId zone, Month fiscalYearStart) {
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(fiscalYearStart, "fiscalYearStart");
    return new TimeBuckets(BucketUnit.FISCAL_QUARTER, zone, null, fiscalYearStart);
  }

  /**
   * Returns fiscal years that start on the first day of {@code fiscalYearStart}. A fiscal year is
   * named by the calendar year in which it ends: with an October start, 2026-10-01 begins {@code
   * FY2027}; with a January start the fiscal year is the calendar year.
   *
   * @param zone the time zone
   * @param fiscalYearStart the first month of each fiscal year
   * @return the definition
   * @throws NullPointerException if an argument is null
   */
  public static TimeBuckets fiscalYears(ZoneId zone, Month fiscalYearStart) {
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(fiscalYearStart, "fiscalYearStart");
    return new TimeBuckets(BucketUnit.FISCAL_YEAR, zone, null, fiscalYearStart);
  }

  /**
   * Returns the length of the buckets.
   *
   * @return the unit
   */
  public BucketUnit unit() {
    return unit;
  }

  /**
   * Returns the time zone in which buckets start and end.
   *
   * @return the zone
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * Returns the week definition of week buckets.
   *
   * @return the week definition, or empty if the unit is not {@link BucketUnit#WEEK}
   */
  public Optional<WeekFields> weekFields() {
    return Optional.ofNullable(weekFields);
  }

  /**
   * Returns the first month of the fiscal year of fiscal buckets.
   *
   * @return the month, or empty if the unit is neither {@link BucketUnit#FISCAL_QUARTER} nor
   *     {@link BucketUnit#FISCAL_YEAR}
   */
  public Optional<Month> fiscalYearStart() {
    return Optional.ofNullable(fiscalYearStart);
  }

  /**
   * Returns the index of the bucket that contains the instant: the last bucket that starts at or
   * before it.
   *
   * @param instant the instant
   * @return the bucket index
   * @throws IllegalArgumentException if the instant lies outside the supported range (beyond the
   *     years -999999999 to 999999999)
   * @throws NullPointerException if {@code instant} is null
   */
  public long indexOf(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    // Buckets start on whole seconds, so the nanoseconds cannot change the bucket.
    return indexOfEpochSecond(instant.getEpochSecond(), instant);
  }

  /**
   * Returns the index of the bucket that contains the instant given in milliseconds since the
   * epoch; the same as {@code indexOf(Instant.ofEpochMilli(epochMilli))}. For many lookups in a
   * row, a {@link #cursor()} is faster.
   *
   * @param epochMilli the instant, in milliseconds since 1970-01-01T00:00:00Z
   * @return the bucket index
   */
  public long indexOfEpochMilli(long epochMilli) {
    return indexOfEpochSecond(Math.floorDiv(epochMilli, MILLIS_PER_SECOND), null);
  }

  /** The instant is only for the message of an error, null when the caller gave milliseconds. */
  private long indexOfEpochSecond(long epochSecond, Instant instant) {
    int offset =
        fixedOffset
            ? fixedOffsetSeconds
            : rules.getOffset(Instant.ofEpochSecond(epochSecond)).getTotalSeconds();
    long localSecond = epochSecond + offset;
    long index = indexOfEpochDay(Math.floorDiv(localSecond, SECONDS_PER_DAY));
    if (index < minIndex || index > maxIndex) {
      throw new IllegalArgumentException(
          "Invalid instant for " + this + " (outside the supported range): "
              + (instant == null ? Instant.ofEpochSecond(epochSecond) : instant));
    }
    // The bucket of the local date is right unless the offset changes near the bucket's start or
    // end; see OffsetSpread for why a distance of more than the spread is enough.
    int spread = offsetSpread.at(epochSecond);
    if (spread != 0) {
      long localStart = firstEpochDay(index) * SECONDS_PER_DAY;
      long localEnd = firstEpochDay(index + 1) * SECONDS_PER_DAY;
      if (localSecond - localStart < spread || localEnd - localSecond <= spread) {
        while (index > minIndex && startEpochSecond(index) > epochSecond) {
          index--;
        }
        while (index < maxIndex && startEpochSecond(index + 1) <= epochSecond) {
          index++;
        }
      }
    }
    return index;
  }

  /**
   * Returns the bucket with the given index.
   *
   * @param index the bucket index
   * @return the bucket: its index, label, first instant and first instant after it
   * @throws IllegalArgumentException if the index lies outside the supported range, or if it is a
   *     day the zone skipped entirely (see the class documentation)
   */
  public TimeBucket bucket(long index) {
    checkIndex(index);
    return bucket(index, startInstant(index), startInstant(index + 1));
  }

  private TimeBucket bucket(long index, Instant start, Instant end) {
    String label = label(index);
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException(
          "Invalid bucket index for " + this + " (" + label
              + " has no instant: the zone skipped it): " + index);
    }
    return new TimeBucket(index, label, start, end);
  }

  /**
   * Returns the bucket that contains the instant; the same as {@code bucket(indexOf(instant))}.
   *
   * @param instant the instant
   * @return the bucket
   * @throws IllegalArgumentException if the instant lies outside the supported range
   * @throws NullPointerException if {@code instant} is null
   */
  public TimeBucket bucketOf(Instant instant) {
    return bucket(indexOf(instant));
  }

  /**
   * Returns the bucket with the given label, the inverse of {@link TimeBucket#label()}. Only the
   * exact form that {@link #bucket(long)} produces is accepted: {@code 2026-11} for months, not
   * {@code 2026-1} or {@code +2026-11}.
   *
   * @param label the label
   * @return the bucket
   * @throws IllegalArgumentException if {@code label} is not a label of this definition; the
   *     message names the label and the expected form. Also if it names a day the zone skipped
   *     entirely (see the class documentation)
   * @throws NullPointerException if {@code label} is null
   */
  public TimeBucket parse(CharSequence label) {
    Objects.requireNonNull(label, "label");
    String text = label.toString();
    Matcher matcher = labelPattern().matcher(text);
    if (!matcher.matches()) {
      throw invalidLabel(text);
    }
    long year = Long.parseLong(matcher.group(1));
    if (year < Year.MIN_VALUE || year > Year.MAX_VALUE) {
      throw invalidLabel(text);
    }
    long index =
        switch (unit) {
          case DAY -> dayIndex((int) year, matcher.group(2), matcher.group(3), text);
          // Week 1 is the week that contains day number minimalDays of January.
          case WEEK ->
              indexOfEpochDay(
                      LocalDate.of((int) year, 1, weekFields.getMinimalDaysInFirstWeek())
                          .toEpochDay())
                  + Integer.parseInt(matcher.group(2))
                  - 1;
          case MONTH -> year * 12 + Integer.parseInt(matcher.group(2)) - 1;
          case QUARTER, FISCAL_QUARTER -> year * 4 + Integer.parseInt(matcher.group(2)) - 1;
          case YEAR, FISCAL_YEAR -> year;
        };
    // Out-of-range fields (month 13, week 54, quarter 5) land in another bucket and are caught
    // here, as are non-canonical forms such as +2026.
    if (index < minIndex || index > maxIndex || !label(index).equals(text)) {
      throw invalidLabel(text);
    }
    return bucket(index);
  }

  private long dayIndex(int year, String month, String day, String text) {
    try {
      return LocalDate.of(year, Integer.parseInt(month), Integer.parseInt(day)).toEpochDay();
    } catch (DateTimeException e) {
      throw invalidLabel(text);
    }
  }

  /**
   * Returns the buckets from {@code firstIndex} to {@code lastIndex}, both included, in order and
   * without gaps.
   *
   * @param firstIndex the index of the first bucket
   * @param lastIndex the index of the last bucket
   * @return the buckets, an unmodifiable list
   * @throws IllegalArgumentException if {@code lastIndex < firstIndex}, if an index lies outside
   *     the supported range, if there are more than {@link Integer#MAX_VALUE} buckets, or if one of
   *     them is a day the zone skipped entirely (see the class documentation)
   */
  public List<TimeBucket> between(long firstIndex, long lastIndex) {
    if (lastIndex < firstIndex) {
      throw new IllegalArgumentException(
          "Invalid bucket range (last index must be >= first index): ["
              + firstIndex + ", " + lastIndex + "]");
    }
    checkIndex(firstIndex);
    checkIndex(lastIndex);
    long count = lastIndex - firstIndex + 1;
    if (count > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          "Invalid bucket range (must hold at most " + Integer.MAX_VALUE + " buckets): ["
              + firstIndex + ", " + lastIndex + "]");
    }
    List<TimeBucket> buckets = new ArrayList<>((int) count);
    Instant start = startInstant(firstIndex);
    for (long index = firstIndex; index <= lastIndex; index++) {
      Instant end = startInstant(index + 1);
      buckets.add(bucket(index, start, end));
      start = end;
    }
    return List.copyOf(buckets);
  }

  /**
   * Returns a new cursor: a fast lookup of bucket indexes for many timestamps in a row, which
   * remembers the bucket boundaries around the timestamps it has seen. A cursor is mutable and not
   * thread-safe; use one per thread.
   *
   * @return a new cursor over these buckets
   */
  public Cursor cursor() {
    return new Cursor(this);
  }

  /**
   * Returns true if the other object is a {@code TimeBuckets} with the same unit, zone, week
   * definition and fiscal year start.
   *
   * @param other the object to compare with
   * @return whether both define the same buckets
   */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof TimeBuckets that
        && unit == that.unit
        && zone.equals(that.zone)
        && Objects.equals(weekFields, that.weekFields)
        && fiscalYearStart == that.fiscalYearStart;
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(unit, zone, weekFields, fiscalYearStart);
  }

  /**
   * Returns a description such as {@code TimeBuckets[MONTH, Europe/Paris]}, {@code
   * TimeBuckets[WEEK, UTC, WeekFields[MONDAY,4]]} or {@code TimeBuckets[FISCAL_QUARTER, UTC, fiscal
   * year from OCTOBER]}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    StringBuilder description = new StringBuilder("TimeBuckets[").append(unit).append(", ");
    description.append(zone);
    if (weekFields != null) {
      description.append(", ").append(weekFields);
    }
    if (fiscalYearStart != null) {
      description.append(", fiscal year from ").append(fiscalYearStart);
    }
    return description.append(']').toString();
  }

  // ---------------------------------------------------------------------------------------------
  // Index arithmetic

  private long indexOfEpochDay(long epochDay) {
    return switch (unit) {
      case DAY -> epochDay;
      case WEEK -> Math.floorDiv(epochDay - weekReferenceDay, 7);
      default -> Math.floorDiv(monthIndexOfEpochDay(epochDay) + fiscalMonthShift, monthsPerBucket);
    };
  }

  private long firstEpochDay(long index) {
    return switch (unit) {
      case DAY -> index;
      case WEEK -> weekReferenceDay + 7 * index;
      default -> epochDayOfMonthIndex(index * monthsPerBucket - fiscalMonthShift);
    };
  }

  /** Returns the first local day of the bucket, computed with java.time. */
  private LocalDate firstDate(long index) {
    if (unit == BucketUnit.DAY || unit == BucketUnit.WEEK) {
      return LocalDate.ofEpochDay(firstEpochDay(index));
    }
    long monthIndex = index * monthsPerBucket - fiscalMonthShift;
    return LocalDate.of(
        Math.toIntExact(Math.floorDiv(monthIndex, 12)), Math.floorMod(monthIndex, 12) + 1, 1);
  }

  /**
   * Returns {@code year * 12 + (month - 1)} of the proleptic ISO date with the given epoch day,
   * without allocating.
   */
  static long monthIndexOfEpochDay(long epochDay) {
    // Howard Hinnant's days-to-civil algorithm, on years that start in March so that the leap day
    // is the last day of a year; eras are the 400-year cycles of the Gregorian calendar.
    long shifted = epochDay + 719_468; // days since 0000-03-01
    long era = Math.floorDiv(shifted, 146_097);
    long dayOfEra = shifted - era * 146_097;
    long yearOfEra =
        (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
    long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    long monthFromMarch = (5 * dayOfYear + 2) / 153;
    // March of year y has month index y * 12 + 2; January and February follow in year y + 1.
    return (era * 400 + yearOfEra) * 12 + 2 + monthFromMarch;
  }

  /** Returns the epoch day of the first day of the month {@code year * 12 + (month - 1)}. */
  static long epochDayOfMonthIndex(long monthIndex) {
    long monthsFromMarch = monthIndex - 2;
    long year = Math.floorDiv(monthsFromMarch, 12);
    long monthFromMarch = Math.floorMod(monthsFromMarch, 12);
    long era = Math.floorDiv(year, 400);
    long yearOfEra = year - era * 400;
    long dayOfYear = (153 * monthFromMarch + 2) / 5;
    long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146_097 + dayOfEra - 719_468;
  }

  /** Returns the first instant of the bucket, in epoch seconds; whole seconds always. */
  long startEpochSecond(long index) {
    return firstDate(index).atStartOfDay(zone).toEpochSecond();
  }

  private Instant startInstant(long index) {
    return firstDate(index).atStartOfDay(zone).toInstant();
  }

  private void checkIndex(long index) {
    if (index < minIndex || index > maxIndex) {
      throw new IllegalArgumentException(
          "Invalid bucket index for " + this + " (valid values " + minIndex + " - " + maxIndex
              + "): " + index);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Labels

  private String label(long index) {
    return switch (unit) {
      case DAY -> {
        LocalDate day = LocalDate.ofEpochDay(index);
        yield formatYear(day.getYear())
            + '-' + twoDigits(day.getMonthValue())
            + '-' + twoDigits(day.getDayOfMonth());
      }
      case WEEK -> {
        LocalDate first = firstDate(index);
        yield formatYear(first.get(weekFields.weekBasedYear()))
            + "-W" + twoDigits(first.get(weekFields.weekOfWeekBasedYear()));
      }
      case MONTH ->
          formatYear(Math.floorDiv(index, 12)) + '-' + twoDigits(Math.floorMod(index, 12) + 1);
      case QUARTER -> formatYear(Math.floorDiv(index, 4)) + "-Q" + (Math.floorMod(index, 4) + 1);
      case YEAR -> formatYear(index);
      case FISCAL_QUARTER ->
          "FY" + formatYear(Math.floorDiv(index, 4)) + "-Q" + (Math.floorMod(index, 4) + 1);
      case FISCAL_YEAR -> "FY" + formatYear(index);
    };
  }

  /** Writes a year as {@link LocalDate#toString()} does: 2026, 0042, -0001, +10000. */
  private static String formatYear(long year) {
    if (year > 9999) {
      return "+" + year;
    }
    long absolute = Math.abs(year);
    String digits = Long.toString(absolute);
    String padded = absolute < 1000 ? "0".repeat(4 - digits.length()) + digits : digits;
    return year < 0 ? "-" + padded : padded;
  }

  private static String twoDigits(int value) {
    return value < 10 ? "0" + value : Integer.toString(value);
  }

  private Pattern labelPattern() {
    return switch (unit) {
      case DAY -> DAY_LABEL;
      case WEEK -> WEEK_LABEL;
      case MONTH -> MONTH_LABEL;
      case QUARTER -> QUARTER_LABEL;
      case YEAR -> YEAR_LABEL;
      case FISCAL_QUARTER -> FISCAL_QUARTER_LABEL;
      case FISCAL_YEAR -> FISCAL_YEAR_LABEL;
    };
  }

  private String expectedLabelForm() {
    return switch (unit) {
      case DAY -> "yyyy-MM-dd, e.g. 2026-11-23";
      case WEEK -> "week-based year and week of " + weekFields + " as YYYY-Www, e.g. 2026-W07";
      case MONTH -> "yyyy-MM, e.g. 2026-11";
      case QUARTER -> "yyyy-Qq, e.g. 2026-Q3";
      case YEAR -> "yyyy, e.g. 2026";
      case FISCAL_QUARTER -> "FYyyyy-Qq, e.g. FY2027-Q1";
      case FISCAL_YEAR -> "FYyyyy, e.g. FY2027";
    };
  }

  private IllegalArgumentException invalidLabel(String text) {
    return new IllegalArgumentException(
        "Invalid " + unit + " label for " + this + " (expected " + expectedLabelForm()
            + ", with years outside 0000-9999 written as -0001 or +10000): '" + text + "'");
  }

  // ---------------------------------------------------------------------------------------------

  /**
   * How far apart the zone's UTC offsets can be, which bounds how far an instant's local time can
   * be from a bucket boundary and still fall on the other side of it.
   *
   * <p>Let {@code t} be an instant with offset {@code o}, local time {@code L = t + o}, and let
   * {@code M} be the local start of the bucket of L's date and {@code M'} that of the next bucket.
   * The bucket's real start is {@code M} minus the offset in force then (or the end of a gap that
   * swallows M), so it lies after {@code t} only if {@code L - M} is less than the difference of
   * two offsets in force between t and that start; likewise the next bucket starts at or before
   * t only if {@code M' - L} is at most such a difference. Both starts lie within {@code all}
   * seconds of t. So when {@code L - M >= spread} and {@code M' - L > spread}, with {@code spread}
   * the largest difference of offsets in force near t, the local date gives the right bucket and
   * no boundary needs computing.
   *
   * <p>{@code all} covers the whole history; {@code recent} covers the offsets in force from
   * {@code recentFrom} on (typically standard and summer time only, where {@code all} also has
   * local mean time and wartime offsets), and applies from {@code recentFrom + all}.
   */
  private record OffsetSpread(int all, int recent, long recentFromSecond) {
    static final OffsetSpread NONE = new OffsetSpread(0, 0, Long.MIN_VALUE);

    int at(long epochSecond) {
      return epochSecond >= recentFromSecond ? recent : all;
    }

    static OffsetSpread of(ZoneRules rules) {
      List<ZoneOffsetTransition> transitions = rules.getTransitions();
      int recentMin = Integer.MAX_VALUE;
      int recentMax = Integer.MIN_VALUE;
      for (ZoneOffsetTransitionRule rule : rules.getTransitionRules()) {
        int before = rule.getOffsetBefore().getTotalSeconds();
        int after = rule.getOffsetAfter().getTotalSeconds();
        recentMin = Math.min(recentMin, Math.min(before, after));
        recentMax = Math.max(recentMax, Math.max(before, after));
      }
      if (!transitions.isEmpty()) {
        int last = transitions.get(transitions.size() - 1).getOffsetAfter().getTotalSeconds();
        recentMin = Math.min(recentMin, last);
        recentMax = Math.max(recentMax, last);
      }
      if (recentMin > recentMax) {
        int offset = rules.getOffset(Instant.EPOCH).getTotalSeconds();
        recentMin = offset;
        recentMax = offset;
      }
      int recent = recentMax - recentMin;
      long recentFrom = Long.MIN_VALUE;
      for (int i = transitions.size() - 1; i >= 0; i--) {
        int after = transitions.get(i).getOffsetAfter().getTotalSeconds();
        if (Math.max(recentMax, after) - Math.min(recentMin, after) != recent) {
          break;
        }
        recentFrom = transitions.get(i).toEpochSecond();
      }
      int allMin = Math.min(recentMin, rules.getOffset(Instant.EPOCH).getTotalSeconds());
      int allMax = Math.max(recentMax, rules.getOffset(Instant.EPOCH).getTotalSeconds());
      for (ZoneOffsetTransition transition : transitions) {
        int before = transition.getOffsetBefore().getTotalSeconds();
        int after = transition.getOffsetAfter().getTotalSeconds();
        allMin = Math.min(allMin, Math.min(before, after));
        allMax = Math.max(allMax, Math.max(before, after));
      }
      int all = allMax - allMin;
      long recentFromSecond = recentFrom == Long.MIN_VALUE ? Long.MIN_VALUE : recentFrom + all;
      return new OffsetSpread(all, recent, recentFromSecond);
    }
  }

  /**
   * A fast lookup of bucket indexes for many timestamps in a row, obtained from {@link
   * TimeBuckets#cursor()}. It returns exactly what {@link TimeBuckets#indexOfEpochMilli(long)}
   * returns, for every input.
   *
   * <p>It keeps a sorted table of the boundaries (in epoch milliseconds) of a range of consecutive
   * buckets around the timestamps it has seen, and the last bucket it found. Once the table has
   * served enough lookups, in any order, it adds a grid over the same range: cells of a
   * power-of-two number of milliseconds (about 1/256 of a bucket, 2.3 hours for months), each
   * holding the bucket that contains the whole cell, or a mark where a bucket boundary falls
   * inside the cell. A timestamp in a marked cell, or before the grid exists, is found in the last
   * bucket found or in the table by interpolation (dividing by the average bucket length, then
   * stepping to the exact bucket, a step or two at most); otherwise it is one shift and one array
   * read, in any order of the timestamps. Nothing is allocated per lookup. On a miss the index is
   * computed exactly and the table grows to cover it, up to 4096 buckets; beyond that, lookups fall
   * back to the exact computation, and after a run of such fallbacks the table moves to where the
   * timestamps now are.
   *
   * <p>A cursor is mutable and not thread-safe: use one per thread.
   */
  public static final class Cursor {
    private static final int INITIAL_SPAN = 64;
    private static final int MAX_SPAN = 4096;
    private static final int FALLBACKS_BEFORE_MOVING = 64;
    private static final long[] NO_BOUNDARIES = new long[0];
    /** Cells per bucket of average length the grid aims at. */
    private static final int CELLS_PER_BUCKET = 256;
    /** At most 64 KiB of grid: small enough to stay in a core's cache with the counts. */
    private static final int MAX_GRID_CELLS = 1 << 15;
    /**
     * The grid is built once the table has served this fraction of its cells in lookups, so its
     * cost is at most that many cell writes per lookup even when the table keeps moving.
     */
    private static final int LOOKUPS_PER_GRID_CELL_DIVISOR = 8;
    private static final char[] NO_GRID = new char[0];
    /** Marks a cell that a bucket boundary cuts: look the timestamp up in the table. */
    static final char CUT_CELL = Character.MAX_VALUE;

    private final TimeBuckets buckets;
    private final double inverseAverageMillis;
    private final int preferredCellShift;
    /** The range of indexes whose start and end fit in epoch milliseconds. */
    private final long lowestIndex;
    private final long highestIndex;
    /** The index of the bucket that starts at boundaries[0]. */
    private long firstIndex;
    /**
     * boundaries[k] is the first epoch millisecond of bucket firstIndex + k; rising, and strictly
     * except around a day the zone skipped, which starts where the next day starts.
     */
    private long[] boundaries = NO_BOUNDARIES;
    private int lastPosition;
    private int fallbacks;
    /**
     * grid[c] is the position in boundaries of the bucket holding all of [gridStart + c * 2^shift,
     * gridStart + (c + 1) * 2^shift), or CUT_CELL; positions are below MAX_SPAN + 1, so a char
     * holds them.
     */
    private char[] grid = NO_GRID;
    private long gridStart;
    private long gridEnd;
    private int gridShift;
    private long lookupsBeforeGrid;

    private Cursor(TimeBuckets buckets) {
      this.buckets = buckets;
      double averageMillis = averageMillis(buckets.unit);
      this.inverseAverageMillis = 1.0 / averageMillis;
      this.preferredCellShift =
          63 - Long.numberOfLeadingZeros((long) (averageMillis / CELLS_PER_BUCKET));
      this.lowestIndex = buckets.indexOfEpochMilli(Long.MIN_VALUE) + 1;
      this.highestIndex = buckets.indexOfEpochMilli(Long.MAX_VALUE) - 1;
    }

    /**
     * Returns the index of the bucket that contains the instant; the same as {@link
     * TimeBuckets#indexOfEpochMilli(long)}.
     *
     * @param epochMilli the instant, in milliseconds since 1970-01-01T00:00:00Z
     * @return the bucket index
     */
    public long indexOfEpochMilli(long epochMilli) {
      if (epochMilli >= gridStart && epochMilli < gridEnd) {
        int position = grid[(int) ((epochMilli - gridStart) >>> gridShift)];
        if (position != CUT_CELL) {
          return firstIndex + position;
        }
      }
      long[] table = boundaries;
      int position = lastPosition;
      if (position + 1 < table.length
          && table[position] <= epochMilli
          && epochMilli < table[position + 1]) {
        if (grid == NO_GRID && --lookupsBeforeGrid <= 0) {
          buildGrid();
        }
        return firstIndex + position;
      }
      return lookUp(epochMilli);
    }

    /**
     * Returns the buckets this cursor looks up.
     *
     * @return the time buckets
     */
    public TimeBuckets buckets() {
      return buckets;
    }

    private long lookUp(long epochMilli) {
      long[] table = boundaries;
      int length = table.length;
      if (length > 1 && table[0] <= epochMilli && epochMilli < table[length - 1]) {
        // Buckets of a unit differ in length by a few days at most (months, leap years, daylight
        // saving), so dividing by the average length lands on the bucket or a neighbour; this is
        // a few predictable branches where a binary search over thousands would mispredict many.
        int position = (int) Math.min((epochMilli - table[0]) * inverseAverageMillis, length - 2);
        while (table[position] > epochMilli) {
          position--;
        }
        while (table[position + 1] <= epochMilli) {
          position++;
        }
        lastPosition = position;
        fallbacks = 0;
        if (grid == NO_GRID && --lookupsBeforeGrid <= 0) {
          buildGrid();
        }
        return firstIndex + position;
      }
      return miss(epochMilli);
    }

    /** The shift of the grid's cells over the table: as fine as preferred, within the cap. */
    private int gridShiftFor(long[] table) {
      long span = table[table.length - 1] - table[0];
      int shift = preferredCellShift;
      while ((span >>> shift) > MAX_GRID_CELLS) {
        shift++;
      }
      return shift;
    }

    /** Builds the grid over the whole cells of the table's range (the last part cell is left out). */
    private void buildGrid() {
      long[] table = boundaries;
      int shift = gridShiftFor(table);
      long start = table[0];
      int cells = (int) ((table[table.length - 1] - start) >>> shift);
      char[] built = new char[cells];
      int position = 0;
      for (int cell = 0; cell < cells; cell++) {
        long cellStart = start + ((long) cell << shift);
        while (table[position + 1] <= cellStart) {
          position++;
        }
        boolean wholeCellInBucket = table[position + 1] >= cellStart + (1L << shift);
        built[cell] = wholeCellInBucket ? (char) position : CUT_CELL;
      }
      grid = built;
      gridShift = shift;
      gridStart = start;
      gridEnd = start + ((long) cells << shift);
    }

    /**
     * The grid, for loops that read it themselves and call {@link #indexOfEpochMilli} for the
     * rest: a cell's value is a position, {@link #CUT_CELL} or beyond {@link #gridEnd()}; a new
     * table or grid is a new array, so a loop that sees the same array knows its copies of
     * {@link #gridStart()}, {@link #gridEnd()}, {@link #gridShift()} and {@link #gridFirstIndex()}
     * still hold.
     */
    char[] grid() {
      return grid;
    }

    long gridStart() {
      return gridStart;
    }

    long gridEnd() {
      return gridEnd;
    }

    int gridShift() {
      return gridShift;
    }

    /** The index of the bucket at position 0 of the grid's cells. */
    long gridFirstIndex() {
      return firstIndex;
    }

    /** The number of cells of the grid, 0 before it is built; for tests. */
    int gridCellCount() {
      return grid.length;
    }

    /** Drops the grid of a table that changed; a grid of the new table comes after its lookups. */
    private void dropGrid() {
      grid = NO_GRID;
      gridStart = 0;
      gridEnd = 0;
      long[] table = boundaries;
      long cells = (table[table.length - 1] - table[0]) >>> gridShiftFor(table);
      lookupsBeforeGrid = cells / LOOKUPS_PER_GRID_CELL_DIVISOR;
    }

    private static double averageMillis(BucketUnit unit) {
      double day = 86_400_000.0;
      // 365.2425 days: the average Gregorian year.
      double month = 365.2425 * day / 12;
      return switch (unit) {
        case DAY -> day;
        case WEEK -> 7 * day;
        case MONTH -> month;
        case QUARTER, FISCAL_QUARTER -> 3 * month;
        case YEAR, FISCAL_YEAR -> 12 * month;
      };
    }

    private long miss(long epochMilli) {
      long index = buckets.indexOfEpochMilli(epochMilli);
      if (index < lowestIndex || index > highestIndex) {
        return index;
      }
      if (boundaries.length == 0) {
        cover(index - INITIAL_SPAN / 2, index + INITIAL_SPAN / 2, index);
        return index;
      }
      long first = firstIndex;
      long last = firstIndex + boundaries.length - 2;
      long span = last - first + 1;
      if (Math.max(last, index) - Math.min(first, index) + 1 <= MAX_SPAN) {
        // Double the table towards the miss, within the cap.
        if (index < first) {
          cover(Math.max(Math.min(index, first - span), last - MAX_SPAN + 1), last, index);
        } else {
          cover(first, Math.min(Math.max(index, last + span), first + MAX_SPAN - 1), index);
        }
      } else if (++fallbacks >= FALLBACKS_BEFORE_MOVING) {
        boundaries = NO_BOUNDARIES;
        cover(index - INITIAL_SPAN / 2, index + INITIAL_SPAN / 2, index);
      }
      return index;
    }

    /** Makes the table cover buckets first..last (clipped), reusing what it already holds. */
    private void cover(long first, long last, long hit) {
      first = Math.max(first, lowestIndex);
      last = Math.min(last, highestIndex);
      long[] old = boundaries;
      long oldFirst = firstIndex;
      long[] table = new long[Math.toIntExact(last - first + 2)];
      for (int k = 0; k < table.length; k++) {
        long index = first + k;
        long oldPosition = index - oldFirst;
        table[k] =
            oldPosition >= 0 && oldPosition < old.length
                ? old[(int) oldPosition]
                : buckets.startEpochSecond(index) * MILLIS_PER_SECOND;
      }
      boundaries = table;
      firstIndex = first;
      lastPosition = (int) (hit - first);
      fallbacks = 0;
      dropGrid();
    }
  }
}
