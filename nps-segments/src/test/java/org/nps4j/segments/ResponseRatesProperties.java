package org.nps4j.segments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.assertj.core.description.Description;
import org.assertj.core.description.TextDescription;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nps4j.core.Interval;

/** Properties of response-rate reports over random invitation and response columns. */
class ResponseRatesProperties {

  static LongStream seeds() {
    return LongStream.range(0, 300).map(i -> 0x5eed_2026_1123L ^ (i * 0x9E37_79B9_7F4A_7C15L));
  }

  /** Random data: segment ids per invitation and per response, over a dictionary. */
  record Data(List<SegmentKey> dictionary, int[] invitationIds, int[] responseIds) {
    static Data random(SplittableRandom random) {
      int segments = 1 + random.nextInt(8);
      List<SegmentKey> dictionary = new ArrayList<>();
      for (int i = 0; i < segments; i++) {
        dictionary.add(SegmentKey.of("s" + i, random.nextInt(4) == 0 ? null : "x"));
      }
      // Responses are mostly a subset of the invitations, sometimes more (a data error).
      int[] invitationIds = random.ints(random.nextInt(200), 0, segments).toArray();
      int[] responseIds = random.ints(random.nextInt(120), 0, segments).toArray();
      return new Data(dictionary, invitationIds, responseIds);
    }

    List<SegmentKey> keys(int[] ids) {
      return Arrays.stream(ids).mapToObj(dictionary::get).collect(Collectors.toList());
    }

    @Override
    public String toString() {
      return "dictionary "
          + dictionary
          + ", invitations "
          + Arrays.toString(invitationIds)
          + ", responses "
          + Arrays.toString(responseIds);
    }
  }

  private static Map<SegmentKey, Long> tally(List<SegmentKey> keys) {
    Map<SegmentKey, Long> counts = new HashMap<>();
    for (SegmentKey key : keys) {
      counts.merge(key, 1L, Long::sum);
    }
    return counts;
  }

  private static Map<SegmentKey, ResponseRate> bySegment(ResponseRateReport report) {
    Map<SegmentKey, ResponseRate> rows = new HashMap<>();
    report.rows().forEach(row -> rows.put(row.segment(), row));
    return rows;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void rowsCountEachSegmentAndTotalsAreTheSumsOfTheRows(long seed) {
    Data data = Data.random(new SplittableRandom(seed));
    ResponseRateReport report =
        ResponseRates.ofColumns(data.invitationIds(), data.responseIds(), data.dictionary())
            .report();
    Description input = new TextDescription("seed %d, %s", seed, data);

    Map<SegmentKey, Long> invited = tally(data.keys(data.invitationIds()));
    Map<SegmentKey, Long> answered = tally(data.keys(data.responseIds()));
    assertThat(bySegment(report).keySet())
        .as(input)
        .containsExactlyInAnyOrderElementsOf(
            java.util.stream.Stream.concat(invited.keySet().stream(), answered.keySet().stream())
                .distinct()
                .toList());
    long invitations = 0;
    long responses = 0;
    long consistentInvitations = 0;
    long consistentResponses = 0;
    for (ResponseRate row : report.rows()) {
      assertThat(row.invitations()).as(input).isEqualTo(invited.getOrDefault(row.segment(), 0L));
      assertThat(row.responses()).as(input).isEqualTo(answered.getOrDefault(row.segment(), 0L));
      assertThat(row.isConsistent()).as(input).isEqualTo(row.responses() <= row.invitations());
      invitations += row.invitations();
      responses += row.responses();
      if (row.isConsistent()) {
        consistentInvitations += row.invitations();
        consistentResponses += row.responses();
      }
    }
    assertThat(report.invitations()).as(input).isEqualTo(invitations);
    assertThat(report.invitations()).as(input).isEqualTo(data.invitationIds().length);
    assertThat(report.responses()).as(input).isEqualTo(responses);
    assertThat(report.responses()).as(input).isEqualTo(data.responseIds().length);
    assertThat(report.total().invitations()).as(input).isEqualTo(consistentInvitations);
    assertThat(report.total().responses()).as(input).isEqualTo(consistentResponses);
    assertThat(report.total().invitations() + report.excludedInvitations())
        .as(input)
        .isEqualTo(report.invitations());
    assertThat(report.total().responses() + report.excludedResponses())
        .as(input)
        .isEqualTo(report.responses());
    assertThat(report.inconsistent())
        .as(input)
        .containsExactlyElementsOf(
            report.rows().stream().filter(row -> !row.isConsistent()).toList());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyRateLiesInItsIntervalWithinZeroAndOne(long seed) {
    Data data = Data.random(new SplittableRandom(seed));
    double level = 0.5 + 0.49 * new SplittableRandom(seed + 1).nextDouble();
    ResponseRateReport report =
        ResponseRates.ofColumns(data.invitationIds(), data.responseIds(), data.dictionary())
            .report(level);
    List<ResponseRate> rows = new ArrayList<>(report.rows());
    rows.add(report.total());
    for (ResponseRate row : rows) {
      Description input =
          new TextDescription("seed %d, level %s, row %s, %s", seed, level, row, data);
      boolean hasRate = row.invitations() > 0 && row.responses() <= row.invitations();
      assertThat(row.rate().isPresent()).as(input).isEqualTo(hasRate);
      assertThat(row.interval().isPresent()).as(input).isEqualTo(hasRate);
      if (hasRate) {
        double rate = row.rate().getAsDouble();
        Interval interval = row.interval().orElseThrow();
        assertThat(rate).as(input).isEqualTo((double) row.responses() / row.invitations());
        assertThat(interval.lower()).as(input).isBetween(0.0, rate);
        assertThat(interval.upper()).as(input).isBetween(rate, 1.0);
        assertThat(interval.level()).as(input).isEqualTo(level);
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void objectsColumnsAndCountMapsGiveTheSameReport(long seed) {
    Data data = Data.random(new SplittableRandom(seed));
    Description input = new TextDescription("seed %d, %s", seed, data);

    ResponseRateReport columnar =
        ResponseRates.ofColumns(data.invitationIds(), data.responseIds(), data.dictionary())
            .report();
    ResponseRateReport objects =
        ResponseRates.count(
                data.keys(data.invitationIds()),
                key -> key,
                data.keys(data.responseIds()),
                key -> key)
            .report();
    ResponseRateReport maps =
        ResponseRates.of(
                tally(data.keys(data.invitationIds())), tally(data.keys(data.responseIds())))
            .report();

    assertThat(columnar).as(input).isEqualTo(objects);
    assertThat(bySegment(maps)).as(input).isEqualTo(bySegment(columnar));
    assertThat(maps.total()).as(input).isEqualTo(columnar.total());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void tallyingInTwoPartsAndAddingGivesTheWholeTally(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Data data = Data.random(random);
    int invitationSplit = random.nextInt(data.invitationIds().length + 1);
    int responseSplit = random.nextInt(data.responseIds().length + 1);
    Description input =
        new TextDescription(
            "seed %d, splits %d/%d, %s", seed, invitationSplit, responseSplit, data);

    ResponseRates first =
        ResponseRates.ofColumns(
            Arrays.copyOfRange(data.invitationIds(), 0, invitationSplit),
            Arrays.copyOfRange(data.responseIds(), 0, responseSplit),
            data.dictionary());
    ResponseRates second =
        ResponseRates.create()
            .addColumns(
                Arrays.copyOfRange(
                    data.invitationIds(), invitationSplit, data.invitationIds().length),
                Arrays.copyOfRange(data.responseIds(), responseSplit, data.responseIds().length),
                data.dictionary());
    ResponseRateReport whole =
        ResponseRates.ofColumns(data.invitationIds(), data.responseIds(), data.dictionary())
            .report();

    ResponseRateReport merged = first.addAll(second).report();
    assertThat(bySegment(merged)).as(input).isEqualTo(bySegment(whole));
    assertThat(merged.total()).as(input).isEqualTo(whole.total());
  }
}
