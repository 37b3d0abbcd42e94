package org.nps4j.segments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.assertj.core.description.Description;
import org.assertj.core.description.TextDescription;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of deduplication over random answers: several per respondent, ties on time, answers
 * near month boundaries, answers without respondent id, and time zones with odd offsets.
 */
class DeduplicationProperties {
  private static final List<ZoneId> ZONES =
      List.of(
          ZoneId.of("UTC"),
          ZoneId.of("Europe/Berlin"),
          ZoneId.of("America/New_York"),
          ZoneId.of("Asia/Kolkata"),
          ZoneId.of("Pacific/Chatham"));

  private static final long START = Instant.parse("2025-11-25T00:00:00Z").toEpochMilli();
  private static final long SPAN = 140L * 24 * 60 * 60 * 1000;

  static LongStream seeds() {
    return LongStream.range(0, 300).map(i -> 0x5eed_2026_1123L ^ (i * 0x9E37_79B9_7F4A_7C15L));
  }

  /** One answer: its position in the input, its respondent (null if unknown) and its time. */
  record Row(int position, Long respondent, Instant at) {}

  record Data(List<Row> rows, ZoneId zone) {
    static Data random(SplittableRandom random) {
      int size = random.nextInt(150);
      int respondents = 1 + random.nextInt(20);
      // A few distinct times make ties common; otherwise any millisecond in the span.
      long[] fewTimes = random.longs(1 + random.nextInt(6), START, START + SPAN).toArray();
      boolean fewOnly = random.nextBoolean();
      List<Row> rows = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        Long respondent = random.nextInt(8) == 0 ? null : (long) random.nextInt(respondents);
        long millis =
            fewOnly || random.nextInt(3) == 0
                ? fewTimes[random.nextInt(fewTimes.length)]
                : random.nextLong(START, START + SPAN);
        rows.add(new Row(i, respondent, Instant.ofEpochMilli(millis)));
      }
      return new Data(List.copyOf(rows), ZONES.get(random.nextInt(ZONES.size())));
    }

    long[] respondentColumn() {
      return rows.stream()
          .mapToLong(r -> r.respondent() == null ? Deduplication.NO_RESPONDENT : r.respondent())
          .toArray();
    }

    long[] timeColumn() {
      return rows.stream().mapToLong(r -> r.at().toEpochMilli()).toArray();
    }

    long withoutRespondent() {
      return rows.stream().filter(r -> r.respondent() == null).count();
    }
  }

  private static DeduplicationResult<Row> apply(Data data, DeduplicationPolicy policy) {
    return Deduplication.apply(
        data.rows(), Row::respondent, Row::at, policy, TimeBuckets.months(data.zone()));
  }

  private static DeduplicationMask mask(Data data, DeduplicationPolicy policy) {
    return Deduplication.keepMask(
        data.respondentColumn(), data.timeColumn(), policy, TimeBuckets.months(data.zone()));
  }

  /**
   * The reference: per group (respondent, or respondent and calendar month in the zone), the
   * position of the earliest answer (the first such in the input) for FIRST, of the latest (the
   * last such in the input) otherwise. Written from the definition, by scanning each group.
   */
  private static List<Integer> expectedPositions(Data data, DeduplicationPolicy policy) {
    List<Integer> expected = new ArrayList<>();
    if (policy == DeduplicationPolicy.ALL) {
      data.rows().forEach(row -> expected.add(row.position()));
      return expected;
    }
    Map<List<Object>, List<Row>> groups = new HashMap<>();
    for (Row row : data.rows()) {
      if (row.respondent() == null) {
        expected.add(row.position());
        continue;
      }
      List<Object> group =
          policy == DeduplicationPolicy.LATEST_PER_BUCKET
              ? List.of(row.respondent(), YearMonth.from(row.at().atZone(data.zone())))
              : List.of(row.respondent());
      groups.computeIfAbsent(group, g -> new ArrayList<>()).add(row);
    }
    for (List<Row> group : groups.values()) {
      Row best = group.get(0);
      for (Row row : group) {
        boolean better =
            policy == DeduplicationPolicy.FIRST
                ? row.at().isBefore(best.at())
                    || (row.at().equals(best.at()) && row.position() < best.position())
                : row.at().isAfter(best.at())
                    || (row.at().equals(best.at()) && row.position() > best.position());
        if (better) {
          best = row;
        }
      }
      expected.add(best.position());
    }
    expected.sort(null);
    return expected;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void countsReconcileAndKeptAnswersStayInInputOrder(long seed) {
    Data data = Data.random(new SplittableRandom(seed));
    for (DeduplicationPolicy policy : DeduplicationPolicy.values()) {
      Description input = new TextDescription("seed %d, %s, %s", seed, policy, data);
      DeduplicationResult<Row> result = apply(data, policy);
      assertThat(result.read()).as(input).isEqualTo(data.rows().size());
      assertThat(result.read()).as(input).isEqualTo(result.kept().size() + result.removed());
      assertThat(result.withoutRespondent()).as(input).isEqualTo(data.withoutRespondent());
      assertThat(result.policy()).as(input).isEqualTo(policy);
      List<Integer> positions = result.kept().stream().map(Row::position).toList();
      assertThat(positions).as(input).isSorted().doesNotHaveDuplicates();
      assertThat(result.kept())
          .as(input)
          .filteredOn(row -> row.respondent() == null)
          .hasSize((int) data.withoutRespondent());

      DeduplicationMask mask = mask(data, policy);
      assertThat(mask.read()).as(input).isEqualTo(mask.kept() + mask.removed());
      assertThat(mask.removed()).as(input).isEqualTo(result.removed());
      assertThat(mask.withoutRespondent()).as(input).isEqualTo(data.withoutRespondent());
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void eachPolicyKeepsExactlyTheAnswersItsDefinitionNames(long seed) {
    Data data = Data.random(new SplittableRandom(seed));
    for (DeduplicationPolicy policy : DeduplicationPolicy.values()) {
      Description input = new TextDescription("seed %d, %s, %s", seed, policy, data);
      List<Integer> expected = expectedPositions(data, policy);
      assertThat(apply(data, policy).kept().stream().map(Row::position).toList())
          .as(input)
          .isEqualTo(expected);
      assertThat(Arrays.stream(mask(data, policy).keptRows()).boxed().toList())
          .as(input)
          .isEqualTo(expected);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void oneAnswerPerRespondentOrPerRespondentAndMonthWithTheExtremeTime(long seed) {
    Data data = Data.random(new SplittableRandom(seed));
    Description input = new TextDescription("seed %d, %s", seed, data);
    Map<Long, Instant> earliest = new HashMap<>();
    Map<Long, Instant> latest = new HashMap<>();
    Map<List<Object>, Instant> latestInMonth = new HashMap<>();
    for (Row row : data.rows()) {
      if (row.respondent() != null) {
        earliest.merge(row.respondent(), row.at(), (a, b) -> a.isBefore(b) ? a : b);
        latest.merge(row.respondent(), row.at(), (a, b) -> a.isAfter(b) ? a : b);
        latestInMonth.merge(
            List.of(row.respondent(), YearMonth.from(row.at().atZone(data.zone()))),
            row.at(),
            (a, b) -> a.isAfter(b) ? a : b);
      }
    }

    List<Row> first = apply(data, DeduplicationPolicy.FIRST).kept();
    List<Row> last = apply(data, DeduplicationPolicy.LATEST).kept();
    List<Row> monthly = apply(data, DeduplicationPolicy.LATEST_PER_BUCKET).kept();
    long none = data.withoutRespondent();
    assertThat(first).as(input).hasSize((int) (earliest.size() + none));
    assertThat(last).as(input).hasSize((int) (latest.size() + none));
    assertThat(monthly).as(input).hasSize((int) (latestInMonth.size() + none));
    for (Row row : first) {
      if (row.respondent() != null) {
        assertThat(row.at())
            .as("%s, kept %s", input, row)
            .isEqualTo(earliest.get(row.respondent()));
      }
    }
    for (Row row : last) {
      if (row.respondent() != null) {
        assertThat(row.at()).as("%s, kept %s", input, row).isEqualTo(latest.get(row.respondent()));
      }
    }
    for (Row row : monthly) {
      if (row.respondent() != null) {
        assertThat(row.at())
            .as("%s, kept %s", input, row)
            .isEqualTo(
                latestInMonth.get(
                    List.of(row.respondent(), YearMonth.from(row.at().atZone(data.zone())))));
      }
    }
    assertThat(apply(data, DeduplicationPolicy.ALL).kept()).as(input).isEqualTo(data.rows());
  }
}
