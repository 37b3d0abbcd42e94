package org.nps4j.segments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.WeekFields;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Examples worked out by hand. Days of the week: 2026-01-01 is a Thursday, so 2026-03-01,
 * 2026-11-01 and 2026-03-29 are Sundays. Zone facts come from the IANA time zone database and are
 * checked against java.time where a test depends on them.
 */
class TimeBucketsTest {
  private static final ZoneId UTC = ZoneOffset.UTC;
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  private static Instant at(String instant) {
    return Instant.parse(instant);
  }

  /** Asserts that the instant is in the bucket with the label, by every lookup path. */
  private static void assertLabelAt(TimeBuckets buckets, String instant, String label) {
    Instant time = at(instant);
    TimeBucket bucket = buckets.bucketOf(time);
    assertThat(bucket.label()).as("%s at %s", buckets, instant).isEqualTo(label);
    assertThat(bucket.contains(time)).as("%s at %s", buckets, instant).isTrue();
    assertThat(buckets.indexOf(time)).isEqualTo(bucket.index());
    assertThat(buckets.indexOfEpochMilli(time.toEpochMilli())).isEqualTo(bucket.index());
    assertThat(buckets.cursor().indexOfEpochMilli(time.toEpochMilli())).isEqualTo(bucket.index());
  }

  @Test
  void dayLabelIndexAndBoundsInUtc() {
    TimeBucket bucket = TimeBuckets.days(UTC).bucketOf(at("2026-11-23T15:30:00Z"));
    assertThat(bucket.label()).isEqualTo("2026-11-23");
    // Epoch day: 1970..2025 is 56 years with 14 leap years (1972..2024): 56 * 365 + 14 = 20454
    // days; January to October 2026: 31+28+31+30+31+30+31+31+30+31 = 304; then 22 more days.
    assertThat(bucket.index()).isEqualTo(20_454 + 304 + 22).isEqualTo(20_780);
    assertThat(bucket.start()).isEqualTo(at("2026-11-23T00:00:00Z"));
    assertThat(bucket.end()).isEqualTo(at("2026-11-24T00:00:00Z"));
  }

  @Test
  void monthQuarterAndYearLabelsAndIndexes() {
    Instant august = at("2026-08-15T12:00:00Z");
    TimeBucket month = TimeBuckets.months(UTC).bucketOf(august);
    assertThat(month.label()).isEqualTo("2026-08");
    assertThat(month.index()).isEqualTo(2026 * 12 + (8 - 1));
    assertThat(month.start()).isEqualTo(at("2026-08-01T00:00:00Z"));
    assertThat(month.end()).isEqualTo(at("2026-09-01T00:00:00Z"));

    TimeBucket quarter = TimeBuckets.quarters(UTC).bucketOf(august);
    assertThat(quarter.label()).isEqualTo("2026-Q3");
    assertThat(quarter.index()).isEqualTo(2026 * 4 + (3 - 1));
    assertThat(quarter.start()).isEqualTo(at("2026-07-01T00:00:00Z"));
    assertThat(quarter.end()).isEqualTo(at("2026-10-01T00:00:00Z"));

    TimeBucket year = TimeBuckets.years(UTC).bucketOf(august);
    assertThat(year.label()).isEqualTo("2026");
    assertThat(year.index()).isEqualTo(2026);
    assertThat(year.start()).isEqualTo(at("2026-01-01T00:00:00Z"));
    assertThat(year.end()).isEqualTo(at("2027-01-01T00:00:00Z"));

    assertLabelAt(TimeBuckets.months(UTC), "2026-11-23T00:00:00Z", "2026-11");
  }

  @Test
  void isoWeekEdgeCases() {
    TimeBuckets weeks = TimeBuckets.isoWeeks(UTC);
    // 2026-01-01 is a Thursday, so its week (Monday 2025-12-29 to Sunday) has 4 days in 2026.
    TimeBucket first2026 = weeks.bucketOf(at("2026-01-01T12:00:00Z"));
    assertThat(first2026.label()).isEqualTo("2026-W01");
    assertThat(first2026.start()).isEqualTo(at("2025-12-29T00:00:00Z"));
    assertThat(first2026.end()).isEqualTo(at("2026-01-05T00:00:00Z"));
    // Reference week: Monday 1969-12-29 (epoch day -3); 2025-12-29 is epoch day 20454 - 3, so the
    // index is (20451 - (-3)) / 7 = 2922.
    assertThat(first2026.index()).isEqualTo((20_451 + 3) / 7);
    assertThat(weeks.bucket(0).start()).isEqualTo(at("1969-12-29T00:00:00Z"));
    assertThat(weeks.bucket(0).label()).isEqualTo("1970-W01");

    // 2021-01-01 is a Friday: only 3 days of its week are in 2021, so it is the 53rd of 2020.
    assertLabelAt(weeks, "2021-01-01T00:00:00Z", "2020-W53");
    assertThat(weeks.bucketOf(at("2021-01-01T00:00:00Z")).start())
        .isEqualTo(at("2020-12-28T00:00:00Z"));
    // 2024-12-30 is a Monday whose week has 5 days in 2025.
    assertLabelAt(weeks, "2024-12-30T00:00:00Z", "2025-W01");
    assertLabelAt(weeks, "2024-12-29T23:59:59.999Z", "2024-W52");

    // 2026 starts on a Thursday, so it has 53 ISO weeks; the next week is 2027-W01.
    TimeBucket last2026 = weeks.parse("2026-W53");
    assertThat(last2026.start()).isEqualTo(at("2026-12-28T00:00:00Z"));
    assertThat(weeks.bucket(last2026.index() + 1).label()).isEqualTo("2027-W01");
    assertThat(weeks.bucket(last2026.index() + 1).start()).isEqualTo(last2026.end());
  }

  @Test
  void sundayStartWeeks() {
    TimeBuckets sundayWeeks = TimeBuckets.weeks(UTC, DayOfWeek.SUNDAY);
    assertThat(sundayWeeks.weekFields()).contains(WeekFields.of(DayOfWeek.SUNDAY, 4));
    // The week from Sunday 2025-12-28 has only 3 days in 2026 (Thu..Sat), fewer than 4, so it is
    // the last week of 2025. Week 1 of 2025 starts on Sunday 2024-12-29 (2025-01-01 is a
    // Wednesday: 4 days in 2025); 2025-12-28 is 364 days = 52 weeks later: week 53.
    TimeBucket newYear = sundayWeeks.bucketOf(at("2026-01-01T12:00:00Z"));
    assertThat(newYear.label()).isEqualTo("2025-W53");
    assertThat(newYear.start()).isEqualTo(at("2025-12-28T00:00:00Z"));
    assertThat(newYear.end()).isEqualTo(at("2026-01-04T00:00:00Z"));
    // Reference week: Sunday 1969-12-28 (epoch day -4); (20450 - (-4)) / 7 = 2922.
    assertThat(newYear.index()).isEqualTo((20_450 + 4) / 7);
    assertLabelAt(sundayWeeks, "2026-01-04T00:00:00Z", "2026-W01");
    assertLabelAt(sundayWeeks, "2026-01-03T23:59:59.999Z", "2025-W53");

    // The US convention: weeks from Sunday, week 1 the one that contains January 1.
    TimeBuckets usWeeks = TimeBuckets.weeks(UTC, WeekFields.SUNDAY_START);
    assertLabelAt(usWeeks, "2026-01-01T12:00:00Z", "2026-W01");
    assertThat(usWeeks.bucketOf(at("2026-01-01T12:00:00Z")).start())
        .isEqualTo(at("2025-12-28T00:00:00Z"));
    assertLabelAt(usWeeks, "2026-01-04T00:00:00Z", "2026-W02");
  }

  @Test
  void fiscalQuartersWithAnOctoberStart() {
    TimeBuckets quarters = TimeBuckets.fiscalQuarters(UTC, Month.OCTOBER);
    TimeBucket first = quarters.bucketOf(at("2026-10-01T00:00:00Z"));
    assertThat(first.label()).isEqualTo("FY2027-Q1");
    assertThat(first.index()).isEqualTo(2027 * 4 + (1 - 1));
    assertThat(first.start()).isEqualTo(at("2026-10-01T00:00:00Z"));
    assertThat(first.end()).isEqualTo(at("2027-01-01T00:00:00Z"));
    assertLabelAt(quarters, "2026-09-30T23:59:59.999Z", "FY2026-Q4");
    assertThat(quarters.bucketOf(at("2026-09-30T23:59:59.999Z")).start())
        .isEqualTo(at("2026-07-01T00:00:00Z"));
    assertLabelAt(quarters, "2026-12-31T23:59:59.999Z", "FY2027-Q1");
    assertLabelAt(quarters, "2027-01-01T00:00:00Z", "FY2027-Q2");
    assertLabelAt(quarters, "2027-09-30T12:00:00Z", "FY2027-Q4");

    TimeBuckets years = TimeBuckets.fiscalYears(UTC, Month.OCTOBER);
    TimeBucket fy2027 = years.bucketOf(at("2026-10-01T00:00:00Z"));
    assertThat(fy2027.label()).isEqualTo("FY2027");
    assertThat(fy2027.index()).isEqualTo(2027);
    assertThat(fy2027.start()).isEqualTo(at("2026-10-01T00:00:00Z"));
    assertThat(fy2027.end()).isEqualTo(at("2027-10-01T00:00:00Z"));
    assertLabelAt(years, "2026-09-30T23:59:59.999Z", "FY2026");
  }

  @Test
  void fiscalQuartersWithAJulyStart() {
    TimeBuckets quarters = TimeBuckets.fiscalQuarters(UTC, Month.JULY);
    assertLabelAt(quarters, "2026-07-01T00:00:00Z", "FY2027-Q1");
    assertLabelAt(quarters, "2026-06-30T23:59:59.999Z", "FY2026-Q4");
    // July-September Q1, October-December Q2, January-March Q3.
    assertLabelAt(quarters, "2027-03-15T00:00:00Z", "FY2027-Q3");
    assertThat(quarters.bucketOf(at("2027-03-15T00:00:00Z")).start())
        .isEqualTo(at("2027-01-01T00:00:00Z"));
    assertThat(quarters.bucketOf(at("2026-07-01T00:00:00Z")).index()).isEqualTo(2027 * 4);
    assertLabelAt(TimeBuckets.fiscalYears(UTC, Month.JULY), "2026-07-01T00:00:00Z", "FY2027");
  }

  @Test
  void fiscalYearsWithAJanuaryStartAreCalendarYears() {
    TimeBuckets fiscalQuarters = TimeBuckets.fiscalQuarters(UTC, Month.JANUARY);
    Instant valentine = at("2026-02-14T12:00:00Z");
    assertThat(fiscalQuarters.bucketOf(valentine).label()).isEqualTo("FY2026-Q1");
    assertThat(fiscalQuarters.indexOf(valentine))
        .isEqualTo(TimeBuckets.quarters(UTC).indexOf(valentine))
        .isEqualTo(2026 * 4);
    assertLabelAt(fiscalQuarters, "2026-12-31T23:59:59.999Z", "FY2026-Q4");
    TimeBucket year = TimeBuckets.fiscalYears(UTC, Month.JANUARY).bucketOf(valentine);
    assertThat(year.label()).isEqualTo("FY2026");
    assertThat(year.start()).isEqualTo(at("2026-01-01T00:00:00Z"));
  }

  @Test
  void parisMonthBoundaryIsAtTheInstant() {
    // Paris is back on UTC+1 after 2026-10-25, so November starts at 2026-10-31T23:00:00Z.
    TimeBuckets months = TimeBuckets.months(PARIS);
    assertLabelAt(months, "2026-10-31T22:59:59.999Z", "2026-10");
    assertLabelAt(months, "2026-10-31T23:00:00Z", "2026-11");
    TimeBucket october = months.parse("2026-10");
    // October starts on UTC+2 (summer time).
    assertThat(october.start()).isEqualTo(at("2026-09-30T22:00:00Z"));
    assertThat(october.end()).isEqualTo(at("2026-10-31T23:00:00Z"));
    assertThat(Duration.between(october.start(), october.end()))
        .isEqualTo(Duration.ofHours(31 * 24 + 1));
    assertThat(months.parse("2026-11").start()).isEqualTo(at("2026-10-31T23:00:00Z"));
  }

  @Test
  void newYorkDaysWithDaylightSavingChangesAre23And25HoursLong() {
    TimeBuckets days = TimeBuckets.days(NEW_YORK);
    // Second Sunday of March 2026: 2026-03-08, from EST (UTC-5) to EDT (UTC-4).
    TimeBucket spring = days.parse("2026-03-08");
    assertThat(spring.start()).isEqualTo(at("2026-03-08T05:00:00Z"));
    assertThat(spring.end()).isEqualTo(at("2026-03-09T04:00:00Z"));
    assertThat(Duration.between(spring.start(), spring.end())).isEqualTo(Duration.ofHours(23));
    // First Sunday of November 2026: 2026-11-01, back to EST.
    TimeBucket autumn = days.parse("2026-11-01");
    assertThat(autumn.start()).isEqualTo(at("2026-11-01T04:00:00Z"));
    assertThat(autumn.end()).isEqualTo(at("2026-11-02T05:00:00Z"));
    assertThat(Duration.between(autumn.start(), autumn.end())).isEqualTo(Duration.ofHours(25));
    // 01:30 EDT and 01:30 EST are both on 2026-11-01.
    assertLabelAt(days, "2026-11-01T05:30:00Z", "2026-11-01");
    assertLabelAt(days, "2026-11-01T06:30:00Z", "2026-11-01");
    assertLabelAt(days, "2026-11-02T04:59:59.999Z", "2026-11-01");
  }

  @Test
  void theSameInstantFallsInDifferentBucketsInDifferentZones() {
    ZoneId auckland = ZoneId.of("Pacific/Auckland");
    ZoneId losAngeles = ZoneId.of("America/Los_Angeles");
    // 20:00Z is 09:00 the next day in Auckland (NZDT, UTC+13) and 12:00 in Los Angeles (PST).
    assertLabelAt(TimeBuckets.days(auckland), "2026-11-23T20:00:00Z", "2026-11-24");
    assertLabelAt(TimeBuckets.days(losAngeles), "2026-11-23T20:00:00Z", "2026-11-23");
    // 2026-11-30T12:00Z is 01:00 on 1 December in Auckland, 04:00 on 30 November in LA.
    assertLabelAt(TimeBuckets.months(auckland), "2026-11-30T12:00:00Z", "2026-12");
    assertLabelAt(TimeBuckets.months(losAngeles), "2026-11-30T12:00:00Z", "2026-11");
  }

  @Test
  void aDaylightSavingGapAtMidnightStartsTheDayAtOneOClock() {
    // Chile's summer time starts on the first Sunday from 2 September at 04:00 UTC, which is
    // midnight at UTC-4: 2026-09-06 begins at 01:00 UTC-3 = 04:00Z and ends at midnight UTC-3.
    ZoneId santiago = ZoneId.of("America/Santiago");
    ZoneOffsetTransition transition =
        santiago.getRules().getTransition(LocalDateTime.of(2026, 9, 6, 0, 0));
    assertThat(transition).isNotNull();
    assertThat(transition.isGap()).isTrue();
    TimeBuckets days = TimeBuckets.days(santiago);
    TimeBucket sunday = days.parse("2026-09-06");
    assertThat(sunday.start()).isEqualTo(at("2026-09-06T04:00:00Z"));
    assertThat(sunday.start().atZone(santiago).toLocalTime()).isEqualTo(LocalTime.of(1, 0));
    assertThat(sunday.end()).isEqualTo(at("2026-09-07T03:00:00Z"));
    assertThat(days.parse("2026-09-05").end()).isEqualTo(sunday.start());
    assertLabelAt(days, "2026-09-06T03:59:59.999Z", "2026-09-05");
    assertLabelAt(days, "2026-09-06T04:00:00Z", "2026-09-06");

    // Lebanon moves from UTC+2 to UTC+3 at midnight on the last Sunday of March (2026-03-29).
    ZoneId beirut = ZoneId.of("Asia/Beirut");
    assertThat(beirut.getRules().getTransition(LocalDateTime.of(2026, 3, 29, 0, 0)).isGap())
        .isTrue();
    TimeBucket lebanon = TimeBuckets.days(beirut).parse("2026-03-29");
    assertThat(lebanon.start()).isEqualTo(at("2026-03-28T22:00:00Z"));
    assertThat(lebanon.start().atZone(beirut).toLocalTime()).isEqualTo(LocalTime.of(1, 0));
    // 2026-03-29 is a Sunday, so a Sunday-start week starts at the same instant.
    assertThat(TimeBuckets.weeks(beirut, DayOfWeek.SUNDAY).bucketOf(lebanon.start()).start())
        .isEqualTo(lebanon.start());
  }

  @Test
  void clocksGoingBackAcrossMidnightKeepIndexesRising() {
    // St. John's (Newfoundland) ended summer time at 00:01 NDT (UTC-2:30) until 2010, going back
    // to 23:01 NST (UTC-3:30) of the previous date. 2006-10-29 starts at its first midnight,
    // 00:00 NDT = 02:30Z; the repeated hour 23:01-00:00 NST (02:31Z-03:30Z) has the local date
    // 2006-10-28 but comes after that start, so it belongs to 2006-10-29, which runs to
    // 00:00 NST on 2006-10-30 = 03:30Z: 25 hours.
    ZoneId stJohns = ZoneId.of("America/St_Johns");
    ZoneOffsetTransition transition =
        stJohns.getRules().getTransition(LocalDateTime.of(2006, 10, 29, 0, 0, 30));
    assertThat(transition.isOverlap()).isTrue();
    assertThat(transition.getInstant()).isEqualTo(at("2006-10-29T02:31:00Z"));

    TimeBuckets days = TimeBuckets.days(stJohns);
    TimeBucket sunday = days.parse("2006-10-29");
    assertThat(sunday.index()).isEqualTo(LocalDate.of(2006, 10, 29).toEpochDay());
    assertThat(sunday.start()).isEqualTo(at("2006-10-29T02:30:00Z"));
    assertThat(sunday.end()).isEqualTo(at("2006-10-30T03:30:00Z"));
    assertThat(Duration.between(sunday.start(), sunday.end())).isEqualTo(Duration.ofHours(25));
    assertThat(days.parse("2006-10-28").end()).isEqualTo(sunday.start());

    assertLabelAt(days, "2006-10-29T02:29:59.999Z", "2006-10-28");
    assertLabelAt(days, "2006-10-29T02:30:00Z", "2006-10-29");
    assertLabelAt(days, "2006-10-29T02:31:00Z", "2006-10-29");
    assertLabelAt(days, "2006-10-29T03:29:59.999Z", "2006-10-29");
    assertLabelAt(days, "2006-10-29T03:30:00Z", "2006-10-29");

    // 2006-10-29 is a Sunday: the same boundary starts a Sunday-start week.
    TimeBuckets weeks = TimeBuckets.weeks(stJohns, DayOfWeek.SUNDAY);
    assertThat(weeks.bucketOf(at("2006-10-29T03:00:00Z")).start())
        .isEqualTo(at("2006-10-29T02:30:00Z"));

    // A cursor fed the minutes around the change in order sees the same, rising indexes.
    TimeBuckets.Cursor cursor = days.cursor();
    long previous = Long.MIN_VALUE;
    for (long milli = at("2006-10-29T01:00:00Z").toEpochMilli();
        milli < at("2006-10-29T05:00:00Z").toEpochMilli();
        milli += 60_000) {
      long index = cursor.indexOfEpochMilli(milli);
      assertThat(index).as("at %s", Instant.ofEpochMilli(milli))
          .isEqualTo(days.indexOfEpochMilli(milli))
          .isGreaterThanOrEqualTo(previous);
      previous = index;
    }
  }

  @Test
  void aDayTheZoneSkippedHasNoBucket() {
    // Samoa moved from UTC-10 to UTC+14 at the end of 2011-12-29: 2011-12-30 never happened.
    ZoneId apia = ZoneId.of("Pacific/Apia");
    TimeBuckets days = TimeBuckets.days(apia);
    TimeBucket thursday = days.parse("2011-12-29");
    assertThat(thursday.start()).isEqualTo(at("2011-12-29T10:00:00Z"));
    assertThat(thursday.end()).isEqualTo(at("2011-12-30T10:00:00Z"));
    long skipped = LocalDate.of(2011, 12, 30).toEpochDay();
    assertLabelAt(days, "2011-12-30T10:00:00Z", "2011-12-31");
    assertThat(days.bucketOf(at("2011-12-30T10:00:00Z")).index()).isEqualTo(skipped + 1);
    assertThatThrownBy(() -> days.bucket(skipped))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2011-12-30")
        .hasMessageContaining("skipped");
    assertThatThrownBy(() -> days.parse("2011-12-30"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> days.between(skipped - 1, skipped + 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2011-12-30");
    // Months and weeks are unaffected.
    TimeBucket december = TimeBuckets.months(apia).parse("2011-12");
    assertThat(Duration.between(december.start(), december.end())).isEqualTo(Duration.ofDays(30));
  }

  @Test
  void fixedOffsets() {
    TimeBuckets days = TimeBuckets.days(ZoneOffset.ofHours(5));
    // 19:00Z is midnight at UTC+5.
    assertLabelAt(days, "2026-11-23T18:59:59.999Z", "2026-11-23");
    assertLabelAt(days, "2026-11-23T19:00:00Z", "2026-11-24");
    TimeBucket bucket = days.parse("2026-11-24");
    assertThat(bucket.start()).isEqualTo(at("2026-11-23T19:00:00Z"));
    assertThat(bucket.end()).isEqualTo(at("2026-11-24T19:00:00Z"));
    assertLabelAt(TimeBuckets.years(ZoneOffset.ofHours(-10)), "2027-01-01T09:59:59Z", "2026");
    assertLabelAt(TimeBuckets.years(ZoneOffset.ofHours(-10)), "2027-01-01T10:00:00Z", "2027");
  }

  @Test
  void parseRoundTripsLabels() {
    TimeBuckets months = TimeBuckets.months(UTC);
    assertThat(months.parse("2026-11")).isEqualTo(months.bucket(2026 * 12 + 10));
    assertThat(months.parse(new StringBuilder("2026-11")).index()).isEqualTo(2026 * 12 + 10);
    assertThat(TimeBuckets.fiscalQuarters(UTC, Month.OCTOBER).parse("FY2027-Q1").start())
        .isEqualTo(at("2026-10-01T00:00:00Z"));
    assertThat(TimeBuckets.fiscalYears(UTC, Month.JULY).parse("FY2027").start())
        .isEqualTo(at("2026-07-01T00:00:00Z"));
    assertThat(TimeBuckets.quarters(UTC).parse("2026-Q4").start())
        .isEqualTo(at("2026-10-01T00:00:00Z"));
    assertThat(TimeBuckets.years(UTC).parse("2026").index()).isEqualTo(2026);
    // Paris is on UTC+1 on 2026-03-29 until 02:00.
    assertThat(TimeBuckets.days(PARIS).parse("2026-03-29").start())
        .isEqualTo(at("2026-03-28T23:00:00Z"));
  }

  @ParameterizedTest(name = "{0} rejects ''{1}''")
  @CsvSource(
      delimiter = '|',
      value = {
        "MONTH|2026-13",
        "MONTH|2026-00",
        "MONTH|2026-1",
        "MONTH|+2026-11",
        "MONTH|02026-11",
        "MONTH|'2026-11 '",
        "MONTH|2026/11",
        "MONTH|''",
        "MONTH|FY2026",
        "MONTH|1000000000-01",
        "WEEK|2026-W54",
        "WEEK|2027-W53",
        "WEEK|2026-W00",
        "WEEK|2026-W7",
        "WEEK|2026-07",
        "QUARTER|2026-Q5",
        "QUARTER|2026-Q0",
        "QUARTER|2026-3",
        "YEAR|+2026",
        "YEAR|02026",
        "YEAR|26",
        "YEAR|2026-01",
        "YEAR|-0",
        "FISCAL_QUARTER|FY2027-Q0",
        "FISCAL_QUARTER|2027-Q1",
        "FISCAL_QUARTER|FY2027",
        "FISCAL_YEAR|2027",
        "FISCAL_YEAR|fy2027",
        "DAY|2026-02-29",
        "DAY|2026-11-31",
        "DAY|2026-11-23T00:00",
        "DAY|2026-11-3",
      })
  void parseRejectsBadLabelsNamingTheLabelAndTheForm(BucketUnit unit, String label) {
    TimeBuckets buckets =
        switch (unit) {
          case DAY -> TimeBuckets.days(UTC);
          case WEEK -> TimeBuckets.isoWeeks(UTC);
          case MONTH -> TimeBuckets.months(UTC);
          case QUARTER -> TimeBuckets.quarters(UTC);
          case YEAR -> TimeBuckets.years(UTC);
          case FISCAL_QUARTER -> TimeBuckets.fiscalQuarters(UTC, Month.OCTOBER);
          case FISCAL_YEAR -> TimeBuckets.fiscalYears(UTC, Month.OCTOBER);
        };
    assertThatThrownBy(() -> buckets.parse(label))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + label + "'")
        .hasMessageContaining(unit.name())
        .hasMessageContaining("e.g.");
  }

  @Test
  void yearsOutsideFourDigitsAreWrittenAsLocalDateWritesThem() {
    TimeBuckets years = TimeBuckets.years(UTC);
    assertThat(years.bucket(10_000).label()).isEqualTo("+10000");
    assertThat(years.parse("+10000").index()).isEqualTo(10_000);
    assertThat(years.bucket(0).label()).isEqualTo("0000");
    assertThat(years.bucket(-1).label()).isEqualTo("-0001");
    assertThat(years.parse("-0001").start()).isEqualTo(at("-0001-01-01T00:00:00Z"));
    // Month index -1 is December of year -1.
    assertThat(TimeBuckets.months(UTC).bucket(-1).label()).isEqualTo("-0001-12");
    assertThat(TimeBuckets.quarters(UTC).bucket(42 * 4).label()).isEqualTo("0042-Q1");
    assertThat(TimeBuckets.fiscalYears(UTC, Month.OCTOBER).bucket(12_026).label())
        .isEqualTo("FY+12026");
    LocalDate farFuture = LocalDate.of(12_026, 1, 1);
    assertThat(TimeBuckets.days(UTC).bucket(farFuture.toEpochDay()).label())
        .isEqualTo(farFuture.toString())
        .isEqualTo("+12026-01-01");
    LocalDate farPast = LocalDate.of(-12_026, 1, 1);
    assertThat(TimeBuckets.days(UTC).parse(farPast.toString()).index())
        .isEqualTo(farPast.toEpochDay());
  }

  @Test
  void theWholeRangeOfEpochMillisecondsIsSupported() {
    for (TimeBuckets buckets :
        List.of(
            TimeBuckets.days(PARIS),
            TimeBuckets.isoWeeks(NEW_YORK),
            TimeBuckets.months(ZoneOffset.ofHours(-18)),
            TimeBuckets.fiscalQuarters(ZoneId.of("Pacific/Apia"), Month.APRIL))) {
      for (long milli : new long[] {Long.MIN_VALUE, Long.MAX_VALUE}) {
        long index = buckets.indexOfEpochMilli(milli);
        TimeBucket bucket = buckets.bucket(index);
        assertThat(bucket.contains(Instant.ofEpochMilli(milli))).as("%s", buckets).isTrue();
        assertThat(buckets.parse(bucket.label())).isEqualTo(bucket);
        assertThat(buckets.cursor().indexOfEpochMilli(milli)).isEqualTo(index);
      }
    }
  }

  @Test
  void indexesAndInstantsOutsideTheSupportedRangeAreRejected() {
    TimeBuckets months = TimeBuckets.months(UTC);
    assertThatThrownBy(() -> months.bucket(Long.MAX_VALUE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(Long.toString(Long.MAX_VALUE));
    // Instant.MAX is in the year 1000000000, beyond LocalDate.
    assertThatThrownBy(() -> months.indexOf(Instant.MAX))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(Instant.MAX.toString());
    assertThatThrownBy(() -> months.bucketOf(Instant.MIN))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void nullArgumentsAreNamed() {
    assertThatThrownBy(() -> TimeBuckets.days(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("zone");
    assertThatThrownBy(() -> TimeBuckets.isoWeeks(null)).hasMessage("zone");
    assertThatThrownBy(() -> TimeBuckets.months(null)).hasMessage("zone");
    assertThatThrownBy(() -> TimeBuckets.quarters(null)).hasMessage("zone");
    assertThatThrownBy(() -> TimeBuckets.years(null)).hasMessage("zone");
    assertThatThrownBy(() -> TimeBuckets.fiscalYears(null, Month.MAY)).hasMessage("zone");
    assertThatThrownBy(() -> TimeBuckets.fiscalQuarters(null, Month.MAY)).hasMessage("zone");
    assertThatThrownBy(() -> TimeBuckets.weeks(null, DayOfWeek.MONDAY)).hasMessage("zone");
    assertThatThrownBy(() -> TimeBuckets.weeks(UTC, (DayOfWeek) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("firstDayOfWeek");
    assertThatThrownBy(() -> TimeBuckets.weeks(UTC, (WeekFields) null))
        .hasMessage("weekFields");
    assertThatThrownBy(() -> TimeBuckets.fiscalQuarters(UTC, null))
        .hasMessage("fiscalYearStart");
    assertThatThrownBy(() -> TimeBuckets.fiscalYears(UTC, null)).hasMessage("fiscalYearStart");
    TimeBuckets days = TimeBuckets.days(UTC);
    assertThatThrownBy(() -> days.indexOf(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("instant");
    assertThatThrownBy(() -> days.bucketOf(null)).hasMessage("instant");
    assertThatThrownBy(() -> days.parse(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("label");
  }

  @Test
  void betweenListsConsecutiveBucketsBothEndsIncluded() {
    TimeBuckets months = TimeBuckets.months(PARIS);
    long november = 2026 * 12 + 10;
    List<TimeBucket> buckets = months.between(november, november + 3);
    assertThat(buckets.stream().map(TimeBucket::label).collect(Collectors.toList()))
        .containsExactly("2026-11", "2026-12", "2027-01", "2027-02");
    for (int i = 0; i + 1 < buckets.size(); i++) {
      assertThat(buckets.get(i).end()).isEqualTo(buckets.get(i + 1).start());
      assertThat(buckets.get(i + 1).index()).isEqualTo(buckets.get(i).index() + 1);
    }
    assertThat(buckets.get(0)).isEqualTo(months.bucket(november));
    assertThat(months.between(november, november)).containsExactly(months.bucket(november));
    assertThatThrownBy(() -> buckets.add(months.bucket(0)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> months.between(november, november - 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(Long.toString(november))
        .hasMessageContaining(Long.toString(november - 1));
  }

  @Test
  void equalityByUnitZoneWeekDefinitionAndFiscalStart() {
    assertThat(TimeBuckets.isoWeeks(PARIS))
        .isEqualTo(TimeBuckets.weeks(PARIS, DayOfWeek.MONDAY))
        .isEqualTo(TimeBuckets.weeks(PARIS, WeekFields.ISO))
        .hasSameHashCodeAs(TimeBuckets.weeks(PARIS, WeekFields.of(DayOfWeek.MONDAY, 4)))
        .isNotEqualTo(TimeBuckets.weeks(PARIS, WeekFields.of(DayOfWeek.MONDAY, 1)))
        .isNotEqualTo(TimeBuckets.isoWeeks(UTC))
        .isNotEqualTo(TimeBuckets.days(PARIS));
    assertThat(TimeBuckets.fiscalQuarters(PARIS, Month.OCTOBER))
        .isEqualTo(TimeBuckets.fiscalQuarters(ZoneId.of("Europe/Paris"), Month.OCTOBER))
        .isNotEqualTo(TimeBuckets.fiscalQuarters(PARIS, Month.JULY))
        .isNotEqualTo(TimeBuckets.fiscalYears(PARIS, Month.OCTOBER));
    // Same indexes, different labels.
    assertThat(TimeBuckets.quarters(PARIS))
        .isNotEqualTo(TimeBuckets.fiscalQuarters(PARIS, Month.JANUARY));

    assertThat(TimeBuckets.months(PARIS)).hasToString("TimeBuckets[MONTH, Europe/Paris]");
    assertThat(TimeBuckets.isoWeeks(UTC))
        .hasToString("TimeBuckets[WEEK, Z, WeekFields[MONDAY,4]]");
    assertThat(TimeBuckets.fiscalQuarters(PARIS, Month.OCTOBER))
        .hasToString("TimeBuckets[FISCAL_QUARTER, Europe/Paris, fiscal year from OCTOBER]");
  }

  @Test
  void accessors() {
    TimeBuckets fiscal = TimeBuckets.fiscalYears(NEW_YORK, Month.JULY);
    assertThat(fiscal.unit()).isEqualTo(BucketUnit.FISCAL_YEAR);
    assertThat(fiscal.zone()).isEqualTo(NEW_YORK);
    assertThat(fiscal.fiscalYearStart()).contains(Month.JULY);
    assertThat(fiscal.weekFields()).isEmpty();
    TimeBuckets weeks = TimeBuckets.isoWeeks(NEW_YORK);
    assertThat(weeks.unit()).isEqualTo(BucketUnit.WEEK);
    assertThat(weeks.weekFields()).contains(WeekFields.ISO);
    assertThat(weeks.fiscalYearStart()).isEmpty();
    assertThat(weeks.cursor().buckets()).isSameAs(weeks);
  }

  @Test
  void cursorFollowsAStreamThatOutgrowsItsTable() {
    // 2000..2030 in Paris is about 11,000 days, more than the cursor's 4096-bucket table: sorted,
    // then jumping back and forth between far-apart dates.
    TimeBuckets days = TimeBuckets.days(PARIS);
    TimeBuckets.Cursor cursor = days.cursor();
    long from = at("2000-01-01T00:00:00Z").toEpochMilli();
    long to = at("2030-01-01T00:00:00Z").toEpochMilli();
    long step = 7 * 3_600_000L + 1;
    for (long milli = from; milli < to; milli += step) {
      assertThat(cursor.indexOfEpochMilli(milli))
          .as("at %s", Instant.ofEpochMilli(milli))
          .isEqualTo(days.indexOfEpochMilli(milli));
    }
    for (int i = 0; i < 2_000; i++) {
      long milli = (i % 2 == 0 ? from : to) + (i / 2) * 86_400_000L + i;
      assertThat(cursor.indexOfEpochMilli(milli))
          .as("at %s", Instant.ofEpochMilli(milli))
          .isEqualTo(days.indexOfEpochMilli(milli));
    }
  }
}
