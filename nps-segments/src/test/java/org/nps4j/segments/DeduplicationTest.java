package org.nps4j.segments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeduplicationTest {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  record Answer(String name, String respondent, Instant at) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static Answer answer(String name, String respondent, String at) {
    return new Answer(name, respondent, Instant.parse(at));
  }

  // Respondent A answers three times over two months, B once, two answers have no respondent id.
  // The input is deliberately not in time order.
  private static final Answer A2 = answer("a2", "A", "2026-01-25T09:00:00Z");
  private static final Answer B1 = answer("b1", "B", "2026-01-12T09:00:00Z");
  private static final Answer A1 = answer("a1", "A", "2026-01-10T09:00:00Z");
  private static final Answer N1 = answer("n1", null, "2026-01-11T09:00:00Z");
  private static final Answer A3 = answer("a3", "A", "2026-02-14T09:00:00Z");
  private static final Answer N2 = answer("n2", "  ", "2026-02-15T09:00:00Z");
  private static final List<Answer> ANSWERS = List.of(A2, B1, A1, N1, A3, N2);

  private static DeduplicationResult<Answer> apply(
      List<Answer> answers, DeduplicationPolicy policy) {
    return Deduplication.apply(answers, Answer::respondent, Answer::at, policy);
  }

  private static DeduplicationResult<Answer> applyMonthly(List<Answer> answers, ZoneId zone) {
    return Deduplication.apply(
        answers,
        Answer::respondent,
        Answer::at,
        DeduplicationPolicy.LATEST_PER_BUCKET,
        TimeBuckets.months(zone));
  }

  /** The example as columns: A = 1, B = 2, no id = NO_RESPONDENT. */
  private static final long[] IDS = {
    1, 2, 1, Deduplication.NO_RESPONDENT, 1, Deduplication.NO_RESPONDENT
  };

  private static long[] millis(List<Answer> answers) {
    return answers.stream().mapToLong(a -> a.at().toEpochMilli()).toArray();
  }

  @Test
  void allKeepsEverythingAndCountsAnswersWithoutRespondent() {
    DeduplicationResult<Answer> result = apply(ANSWERS, DeduplicationPolicy.ALL);
    assertThat(result.kept()).containsExactlyElementsOf(ANSWERS);
    assertThat(result.read()).isEqualTo(6);
    assertThat(result.removed()).isZero();
    assertThat(result.withoutRespondent()).isEqualTo(2);
    assertThat(result.policy()).isEqualTo(DeduplicationPolicy.ALL);
  }

  @Test
  void firstKeepsEachRespondentsEarliestAnswerByTimeNotByPosition() {
    DeduplicationResult<Answer> result = apply(ANSWERS, DeduplicationPolicy.FIRST);
    // A's earliest is a1 (10 January) although a2 comes first in the input.
    assertThat(result.kept()).containsExactly(B1, A1, N1, N2);
    assertThat(result.removed()).isEqualTo(2);
    assertThat(result.withoutRespondent()).isEqualTo(2);
    assertThat(result.toString())
        .isEqualTo("FIRST: read 6, kept 4, removed 2 (2 without respondent id)");
  }

  @Test
  void latestKeepsEachRespondentsLatestAnswer() {
    DeduplicationResult<Answer> result = apply(ANSWERS, DeduplicationPolicy.LATEST);
    assertThat(result.kept()).containsExactly(B1, N1, A3, N2);
    assertThat(result.read()).isEqualTo(6);
    assertThat(result.removed()).isEqualTo(2);
  }

  @Test
  void latestPerBucketKeepsTheLatestAnswerOfEachRespondentInEachMonth() {
    DeduplicationResult<Answer> result = applyMonthly(ANSWERS, BERLIN);
    // January: A answered twice (a1, a2), keep a2; February: a3; B once; the two without id.
    assertThat(result.kept()).containsExactly(A2, B1, N1, A3, N2);
    assertThat(result.removed()).isEqualTo(1);
    assertThat(result.withoutRespondent()).isEqualTo(2);
  }

  @Test
  void monthsAreCutInTheBucketsTimeZone() {
    // 22:30Z on 31 January is 23:30 in Berlin (January); 23:30Z is 00:30 on 1 February in Berlin.
    Answer january = answer("c1", "C", "2026-01-31T22:30:00Z");
    Answer february = answer("c2", "C", "2026-01-31T23:30:00Z");
    List<Answer> answers = List.of(january, february);

    assertThat(applyMonthly(answers, BERLIN).kept()).containsExactly(january, february);
    // In UTC both fall in January: only the later one counts.
    assertThat(applyMonthly(answers, ZoneOffset.UTC).kept()).containsExactly(february);
    assertThat(applyMonthly(answers, ZoneOffset.UTC).removed()).isEqualTo(1);

    long[] ids = {7, 7};
    assertThat(
            Deduplication.keepMask(
                    ids,
                    millis(answers),
                    DeduplicationPolicy.LATEST_PER_BUCKET,
                    TimeBuckets.months(BERLIN))
                .keep())
        .containsExactly(true, true);
    assertThat(
            Deduplication.keepMask(
                    ids,
                    millis(answers),
                    DeduplicationPolicy.LATEST_PER_BUCKET,
                    TimeBuckets.months(ZoneOffset.UTC))
                .keep())
        .containsExactly(false, true);
  }

  @Test
  void tiesOnTimeAreBrokenByInputOrder() {
    Answer x1 = answer("x1", "X", "2026-03-01T10:00:00Z");
    Answer x2 = answer("x2", "X", "2026-03-01T10:00:00Z");
    Answer x3 = answer("x3", "X", "2026-03-02T10:00:00Z");
    // FIRST: x1 and x2 are equally early; the earlier in the input wins.
    assertThat(apply(List.of(x3, x1, x2), DeduplicationPolicy.FIRST).kept()).containsExactly(x1);
    Answer y1 = answer("y1", "Y", "2026-03-01T10:00:00Z");
    Answer y2 = answer("y2", "Y", "2026-03-02T10:00:00Z");
    Answer y3 = answer("y3", "Y", "2026-03-02T10:00:00Z");
    // LATEST and LATEST_PER_BUCKET: y2 and y3 are equally late; the later in the input wins.
    assertThat(apply(List.of(y2, y3, y1), DeduplicationPolicy.LATEST).kept()).containsExactly(y3);
    assertThat(applyMonthly(List.of(y2, y3, y1), BERLIN).kept()).containsExactly(y3);

    long[] ids = {5, 5, 5};
    long[] times = {2, 1, 1};
    assertThat(Deduplication.keepMask(ids, times, DeduplicationPolicy.FIRST).keep())
        .containsExactly(false, true, false);
    long[] lateTies = {2, 2, 1};
    assertThat(Deduplication.keepMask(ids, lateTies, DeduplicationPolicy.LATEST).keep())
        .containsExactly(false, true, false);
  }

  @Test
  void emptyOptionalIdsAreAnswersWithoutRespondent() {
    record Row(Optional<Long> respondent, Instant at) {}
    Instant t = Instant.parse("2026-05-01T00:00:00Z");
    List<Row> rows =
        List.of(
            new Row(Optional.of(1L), t),
            new Row(Optional.empty(), t),
            new Row(Optional.of(1L), t.plusSeconds(1)),
            new Row(Optional.empty(), t));
    DeduplicationResult<Row> result =
        Deduplication.apply(rows, Row::respondent, Row::at, DeduplicationPolicy.LATEST);
    assertThat(result.kept()).containsExactly(rows.get(1), rows.get(2), rows.get(3));
    assertThat(result.withoutRespondent()).isEqualTo(2);
  }

  @Test
  void columnsGiveTheSameAnswerAsObjects() {
    long[] millis = millis(ANSWERS);
    assertThat(Deduplication.keepMask(IDS, millis, DeduplicationPolicy.ALL).keep())
        .containsExactly(true, true, true, true, true, true);
    DeduplicationMask first = Deduplication.keepMask(IDS, millis, DeduplicationPolicy.FIRST);
    assertThat(first.keep()).containsExactly(false, true, true, true, false, true);
    assertThat(first.keptRows()).containsExactly(1, 2, 3, 5);
    assertThat(first.read()).isEqualTo(6);
    assertThat(first.kept()).isEqualTo(4);
    assertThat(first.removed()).isEqualTo(2);
    assertThat(first.withoutRespondent()).isEqualTo(2);
    assertThat(first.isKept(0)).isFalse();
    assertThat(first.isKept(1)).isTrue();
    assertThat(Deduplication.keepMask(IDS, millis, DeduplicationPolicy.LATEST).keep())
        .containsExactly(false, true, false, true, true, true);
    assertThat(
            Deduplication.keepMask(
                    IDS, millis, DeduplicationPolicy.LATEST_PER_BUCKET, TimeBuckets.months(BERLIN))
                .keep())
        .containsExactly(true, true, false, true, true, true);
  }

  @Test
  void theMaskIsACopy() {
    DeduplicationMask mask =
        Deduplication.keepMask(IDS, millis(ANSWERS), DeduplicationPolicy.FIRST);
    boolean[] keep = mask.keep();
    Arrays.fill(keep, true);
    assertThat(mask.isKept(0)).isFalse();
    assertThat(mask.kept()).isEqualTo(4);
  }

  @Test
  void bucketsGivenWithAnotherPolicyAreNotUsed() {
    DeduplicationResult<Answer> withBuckets =
        Deduplication.apply(
            ANSWERS,
            Answer::respondent,
            Answer::at,
            DeduplicationPolicy.LATEST,
            TimeBuckets.months(BERLIN));
    assertThat(withBuckets).isEqualTo(apply(ANSWERS, DeduplicationPolicy.LATEST));
  }

  @Test
  void latestPerBucketWithoutBucketsIsRejected() {
    assertThatThrownBy(() -> apply(ANSWERS, DeduplicationPolicy.LATEST_PER_BUCKET))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("LATEST_PER_BUCKET without time buckets");
    assertThatThrownBy(
            () ->
                Deduplication.keepMask(IDS, millis(ANSWERS), DeduplicationPolicy.LATEST_PER_BUCKET))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("LATEST_PER_BUCKET without time buckets");
  }

  @Test
  void aMissingAnswerTimeIsRejectedWithTheItemsIndex() {
    List<Answer> answers = List.of(A1, B1, new Answer("late", "C", null));
    for (DeduplicationPolicy policy : List.of(DeduplicationPolicy.ALL, DeduplicationPolicy.FIRST)) {
      assertThatThrownBy(() -> apply(answers, policy))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Invalid answer time of item at index 2 (must not be null): late");
    }
  }

  @Test
  void aNullItemIsRejectedWithItsIndex() {
    assertThatThrownBy(() -> apply(Arrays.asList(A1, null), DeduplicationPolicy.ALL))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("item at index 1");
  }

  @Test
  void columnsOfDifferentLengthsAreRejected() {
    assertThatThrownBy(
            () -> Deduplication.keepMask(new long[3], new long[2], DeduplicationPolicy.FIRST))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Invalid columns (respondent ids and times must have the same length): 3 and 2");
  }

  @Test
  void emptyInputKeepsNothingAndRemovesNothing() {
    DeduplicationResult<Answer> result = apply(List.of(), DeduplicationPolicy.LATEST);
    assertThat(result.kept()).isEmpty();
    assertThat(result.read()).isZero();
    assertThat(result.removed()).isZero();
    DeduplicationMask mask =
        Deduplication.keepMask(new long[0], new long[0], DeduplicationPolicy.FIRST);
    assertThat(mask.read()).isZero();
    assertThat(mask.keptRows()).isEmpty();
  }

  @Test
  void aResultWhoseCountsDoNotReconcileCannotBeBuilt() {
    assertThatThrownBy(
            () -> new DeduplicationResult<>(List.of(A1), 3, 1, 0, DeduplicationPolicy.FIRST))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Invalid deduplication counts (read must equal kept + removed): read 3, kept 1,"
                + " removed 1");
    assertThatThrownBy(
            () -> new DeduplicationResult<>(List.of(A1), 1, 0, 2, DeduplicationPolicy.ALL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("without respondent 2, kept 1");
  }

  @Test
  void manyDistinctRespondentsGrowTheTable() {
    // 10 000 respondents answering twice each, the second answer one millisecond later.
    int respondents = 10_000;
    long[] ids = new long[2 * respondents];
    long[] times = new long[2 * respondents];
    for (int i = 0; i < respondents; i++) {
      ids[i] = i;
      times[i] = 1_000;
      ids[respondents + i] = i;
      times[respondents + i] = 1_001;
    }
    DeduplicationMask latest = Deduplication.keepMask(ids, times, DeduplicationPolicy.LATEST);
    assertThat(latest.kept()).isEqualTo(respondents);
    assertThat(latest.keptRows()[0]).isEqualTo(respondents);
    DeduplicationMask first = Deduplication.keepMask(ids, times, DeduplicationPolicy.FIRST);
    assertThat(first.keptRows()[respondents - 1]).isEqualTo(respondents - 1);
  }
}
