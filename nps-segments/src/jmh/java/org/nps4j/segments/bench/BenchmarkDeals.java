package org.nps4j.segments.bench;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The deterministic input of {@link SegmentTableBenchmark}: the same responses twice, as host
 * objects ({@link Deal}) and as primitive columns, with the expected counts per rep and per
 * (industry, month).
 *
 * <p>Each response has a rep (uniform over {@value #REPS}), an industry (uniform over {@value
 * #INDUSTRIES}), a lead type (uniform over {@value #LEAD_TYPES}), a score (uniform 0-10) and an
 * answer time uniform over the {@value #MONTHS} months from January 2023 to December 2025 in {@link
 * #ZONE}, a zone with summer time. The responses come in random order or in time order; the
 * other columns are the same either way.
 *
 * <p>The expected month of each response is computed with {@code java.time} ({@code
 * YearMonth.from(instant.atZone(zone))}), independently of the code under test.
 */
final class BenchmarkDeals {
  /** The seed of every generated input, so that all runs see the same responses. */
  static final long SEED = 0x5EED_2026_1124L;

  /** The number of reps. */
  static final int REPS = 500;

  /** The number of industries. */
  static final int INDUSTRIES = 20;

  /** The number of lead types. */
  static final int LEAD_TYPES = 2;

  /** The number of months the answers span. */
  static final int MONTHS = 36;

  /** Count slots per cell of the expected tables: one per score point 0 to 10. */
  static final int POINTS = 11;

  /** The time zone of the month buckets; it has summer time. */
  static final ZoneId ZONE = ZoneId.of("Europe/Paris");

  /** The first month of the answers. */
  static final YearMonth FIRST_MONTH = YearMonth.of(2023, 1);

  private static final List<String> INDUSTRY_NAMES =
      List.of(
          "Agriculture", "Automotive", "Banking", "Chemicals", "Construction", "Education",
          "Energy", "Food", "Government", "Healthcare", "Hospitality", "Insurance", "Logistics",
          "Manufacturing", "Media", "Pharma", "Real estate", "Retail", "Telecom", "Utilities");

  final String[] repNames = new String[REPS];
  final String[] industryNames = INDUSTRY_NAMES.toArray(new String[0]);
  final String[] leadTypeNames = {"inbound", "outbound"};

  /** {@code monthStarts[m]} is the first epoch millisecond of month m; {@value #MONTHS} + 1. */
  final long[] monthStarts = new long[MONTHS + 1];

  final List<Deal> deals;
  final int[] repIds;
  final int[] industryIds;
  final long[] epochMillis;
  final int[] scores;

  /** Expected counts laid out as (rep, score). */
  final long[] repCounts = new long[REPS * POINTS];

  /** Expected counts laid out as (industry, month, score). */
  final long[] industryMonthCounts = new long[INDUSTRIES * MONTHS * POINTS];

  /**
   * Generates the responses.
   *
   * @param size how many
   * @param seed the generator seed
   * @param inTimeOrder whether the responses come in time order (as rows exported by date do)
   *     rather than in random order; the reps, industries, lead types and scores are the same
   */
  BenchmarkDeals(int size, long seed, boolean inTimeOrder) {
    for (int rep = 0; rep < REPS; rep++) {
      repNames[rep] = String.format("rep-%03d", rep).intern();
    }
    for (int month = 0; month <= MONTHS; month++) {
      monthStarts[month] =
          FIRST_MONTH.plusMonths(month).atDay(1).atStartOfDay(ZONE).toInstant().toEpochMilli();
    }
    long start = monthStarts[0];
    long span = monthStarts[MONTHS] - start;
    SplittableRandom random = new SplittableRandom(seed);
    repIds = new int[size];
    industryIds = new int[size];
    int[] leadTypeIds = new int[size];
    epochMillis = new long[size];
    scores = new int[size];
    for (int i = 0; i < size; i++) {
      repIds[i] = random.nextInt(REPS);
      industryIds[i] = random.nextInt(INDUSTRIES);
      leadTypeIds[i] = random.nextInt(LEAD_TYPES);
      scores[i] = random.nextInt(POINTS);
      epochMillis[i] = start + random.nextLong(span);
    }
    if (inTimeOrder) {
      Arrays.sort(epochMillis);
    }
    deals = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      Instant answeredAt = Instant.ofEpochMilli(epochMillis[i]);
      deals.add(
          new Deal(
              repNames[repIds[i]],
              industryNames[industryIds[i]],
              leadTypeNames[leadTypeIds[i]],
              scores[i],
              answeredAt));
      repCounts[repIds[i] * POINTS + scores[i]]++;
      int month = monthOf(answeredAt);
      industryMonthCounts[(industryIds[i] * MONTHS + month) * POINTS + scores[i]]++;
    }
  }

  /**
   * The month of an instant, counted from {@link #FIRST_MONTH}, by {@code java.time}.
   *
   * @param instant an instant
   * @return 0 for the first month
   */
  static int monthOf(Instant instant) {
    YearMonth month = YearMonth.from(instant.atZone(ZONE));
    return (int) FIRST_MONTH.until(month, ChronoUnit.MONTHS);
  }

  /**
   * The expected count of each score of one rep.
   *
   * @param rep the rep id
   * @return eleven counts
   */
  long[] repScoreCounts(int rep) {
    return Arrays.copyOfRange(repCounts, rep * POINTS, (rep + 1) * POINTS);
  }

  /**
   * The expected count of each score of one industry in one month.
   *
   * @param industry the industry id
   * @param month the month, from 0
   * @return eleven counts
   */
  long[] industryMonthScoreCounts(int industry, int month) {
    int from = (industry * MONTHS + month) * POINTS;
    return Arrays.copyOfRange(industryMonthCounts, from, from + POINTS);
  }
}
