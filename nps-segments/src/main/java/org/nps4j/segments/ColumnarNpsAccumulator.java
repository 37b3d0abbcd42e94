package org.nps4j.segments;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.nps4j.core.Scale;
import org.nps4j.core.UnansweredPolicy;

/**
 * A mutable table of NPS counts per (segment, time bucket), filled from primitive columns: an
 * {@code int} segment id, an epoch-millisecond answer time and an {@code int} score per response.
 * This is the entry point for large data already held in arrays or buffers (a columnar file, a
 * database cursor, a partition of a distributed engine).
 *
 * <p>Segment ids index a dictionary of {@link SegmentKey}s fixed at creation: id {@code i} is the
 * segment {@code dictionary.get(i)}. The result is an ordinary {@link NpsTable}, equal to the one
 * the object API builds from the same responses.
 *
 * <pre>{@code
 * ColumnarNpsAccumulator accumulator =
 *     ColumnarNpsAccumulator.create(List.of("rep"), repKeys, TimeBuckets.months(zone));
 * accumulator.addAll(repIds, answeredAtMillis, scores);   // arrays of equal length
 * NpsTable table = accumulator.snapshot();
 * }</pre>
 *
 * <p>Not thread-safe; give each thread or partition its own accumulator and merge the snapshots
 * with {@link NpsTable#plus}.
 */
public final class ColumnarNpsAccumulator {
  /** Responses per chunk of {@link #addAll}: the chunk's buckets (8 KiB) stay in the L1 cache. */
  private static final int CHUNK = 1024;

  private final List<String> dimensionNames;
  private final List<SegmentKey> dictionary;
  private final TimeBuckets timeBuckets;
  private final TimeBuckets.Cursor cursor;
  private final Scale scale;
  private final UnansweredPolicy policy;
  private final CountTable counts;
  private final int minScore;
  private final int scoreRange;
  /** The bucket of each response of a chunk, while {@link #addAll} counts it. */
  private final long[] bucketScratch;

  private ColumnarNpsAccumulator(
      List<String> dimensionNames,
      List<SegmentKey> dictionary,
      TimeBuckets timeBuckets,
      Scale scale,
      UnansweredPolicy policy) {
    this.dimensionNames = List.copyOf(dimensionNames);
    this.dictionary = List.copyOf(dictionary);
    this.timeBuckets = timeBuckets;
    this.cursor = timeBuckets == null ? null : timeBuckets.cursor();
    this.scale = scale;
    this.policy = policy;
    this.counts = new CountTable(scale.points() + 1);
    this.counts.ensureSegments(this.dictionary.size());
    this.minScore = scale.min();
    this.scoreRange = scale.max() - scale.min();
    this.bucketScratch = timeBuckets == null ? new long[0] : new long[CHUNK];
    Set<String> names = new HashSet<>();
    for (String name : this.dimensionNames) {
      if (!names.add(name)) {
        throw new IllegalArgumentException(
            "Invalid dimensions (names must be distinct): '" + name + "' appears twice");
      }
    }
    Set<SegmentKey> keys = new HashSet<>();
    for (int id = 0; id < this.dictionary.size(); id++) {
      SegmentKey key = this.dictionary.get(id);
      if (key.size() != this.dimensionNames.size()) {
        throw new IllegalArgumentException(
            "Invalid segment key at id "
                + id
                + " (must have one value per dimension "
                + this.dimensionNames
                + "): "
                + key);
      }
      if (!keys.add(key)) {
        throw new IllegalArgumentException(
            "Invalid dictionary (keys must be distinct): " + key + " appears again at id " + id);
      }
    }
  }

  /**
   * Returns an accumulator on the standard 0-10 scale, bucketed by time.
   *
   * @param dimensionNames the names of the key's dimensions
   * @param dictionary the segment key of each id, in id order
   * @param timeBuckets the time buckets
   * @return the accumulator
   * @throws IllegalArgumentException if dimension names repeat, a key has the wrong number of
   *     values or a key repeats
   * @throws NullPointerException if an argument is null
   */
  public static ColumnarNpsAccumulator create(
      List<String> dimensionNames, List<SegmentKey> dictionary, TimeBuckets timeBuckets) {
    return create(
        dimensionNames,
        dictionary,
        Objects.requireNonNull(timeBuckets, "timeBuckets"),
        Scale.STANDARD,
        UnansweredPolicy.EXCLUDE);
  }

  /**
   * Returns an accumulator.
   *
   * @param dimensionNames the names of the key's dimensions
   * @param dictionary the segment key of each id, in id order
   * @param timeBuckets the time buckets, or null for a table without time
   * @param scale the scale of the scores
   * @param policy how unanswered responses count (they are added with {@link #addMissing})
   * @return the accumulator
   * @throws IllegalArgumentException if dimension names repeat, a key has the wrong number of
   *     values or a key repeats
   * @throws NullPointerException if an argument other than {@code timeBuckets} is null
   */
  public static ColumnarNpsAccumulator create(
      List<String> dimensionNames,
      List<SegmentKey> dictionary,
      TimeBuckets timeBuckets,
      Scale scale,
      UnansweredPolicy policy) {
    Objects.requireNonNull(dimensionNames, "dimensionNames");
    Objects.requireNonNull(dictionary, "dictionary");
    Objects.requireNonNull(scale, "scale");
    Objects.requireNonNull(policy, "policy");
    return new ColumnarNpsAccumulator(dimensionNames, dictionary, timeBuckets, scale, policy);
  }

  /**
   * Adds one response.
   *
   * @param segmentId the segment's id in the dictionary
   * @param epochMilli the answer time in milliseconds since the epoch (ignored without buckets)
   * @param score the answer on the scale
   * @throws IllegalArgumentException if the id is not in the dictionary or the score is not on the
   *     scale; nothing is added then
   */
  public void add(int segmentId, long epochMilli, int score) {
    checkId(segmentId, -1);
    int slot = checkScore(score, -1);
    counts.increment(segmentId, bucketOf(epochMilli), slot);
  }

  /**
   * Adds the responses of three columns of equal length.
   *
   * @param segmentIds the segment id of each response
   * @param epochMillis the answer time of each response (milliseconds since the epoch)
   * @param scores the score of each response
   * @throws IllegalArgumentException if the lengths differ, or an id or a score is invalid; the
   *     message names the index and the value, and nothing of the call is added then
   * @throws NullPointerException if an array is null
   */
  public void addAll(int[] segmentIds, long[] epochMillis, int[] scores) {
    if (segmentIds.length != epochMillis.length || segmentIds.length != scores.length) {
      throw new IllegalArgumentException(
          "Invalid columns (lengths must be equal): segmentIds "
              + segmentIds.length
              + ", epochMillis "
              + epochMillis.length
              + ", scores "
              + scores.length);
    }
    addAll(segmentIds, epochMillis, scores, 0, segmentIds.length);
  }

  /**
   * Adds the responses at indexes {@code [from, to)} of three columns.
   *
   * @param segmentIds the segment id of each response
   * @param epochMillis the answer time of each response (milliseconds since the epoch); may be
   *     null for a table without time buckets
   * @param scores the score of each response
   * @param from the first index
   * @param to the index after the last
   * @throws IllegalArgumentException if an id or a score is invalid; the message names the index
   *     and the value, and nothing of the call is added then
   * @throws IndexOutOfBoundsException if the range is outside an array
   * @throws NullPointerException if {@code segmentIds} or {@code scores} is null, or {@code
   *     epochMillis} is null for a table with time buckets
   */
  public void addAll(int[] segmentIds, long[] epochMillis, int[] scores, int from, int to) {
    Objects.checkFromToIndex(from, to, segmentIds.length);
    Objects.checkFromToIndex(from, to, scores.length);
    if (cursor != null) {
      Objects.checkFromToIndex(from, to, epochMillis.length);
    }
    // Checking every response first keeps the counting loops free of checks, and a call with an
    // invalid response adds nothing.
    checkAll(segmentIds, scores, from, to);
    if (from == to) {
      return;
    }
    if (cursor == null) {
      countWithoutTime(segmentIds, scores, from, to);
    } else {
      for (int chunkFrom = from; chunkFrom < to; chunkFrom += CHUNK) {
        countChunk(segmentIds, epochMillis, scores, chunkFrom, Math.min(to, chunkFrom + CHUNK));
      }
    }
  }

  private void checkAll(int[] segmentIds, int[] scores, int from, int to) {
    int lastId = dictionary.size() - 1;
    int minScore = this.minScore;
    int scoreRange = this.scoreRange;
    // Each term is negative exactly when its bound is broken, so the OR of all is negative when
    // any response is invalid. A loop without branches, which the JIT can vectorize; the invalid
    // response is looked for only when there is one.
    int signs = 0;
    for (int i = from; i < to; i++) {
      int id = segmentIds[i];
      int slot = scores[i] - minScore;
      signs |= id | (lastId - id) | slot | (scoreRange - slot);
    }
    if (signs < 0) {
      for (int i = from; i < to; i++) {
        checkId(segmentIds[i], i);
        checkScore(scores[i], i);
      }
    }
  }


  private void countWithoutTime(int[] segmentIds, int[] scores, int from, int to) {
    counts.ensureCapacity(dictionary.size() - 1, 0);
    long[] cells = counts.cells();
    int stride = counts.width() * counts.slots();
    int base = (int) (0 - counts.origin()) * counts.slots() - minScore;
    for (int i = from; i < to; i++) {
      cells[segmentIds[i] * stride + base + scores[i]]++;
    }
  }

  /**
   * Counts a chunk of responses in two loops: the buckets of the chunk first, into a scratch
   * array, so that the table can be grown once for the chunk's lowest and highest bucket; then the
   * counts, as a hand-written loop into a flat {@code long[]} would.
   */
  private void countChunk(int[] segmentIds, long[] epochMillis, int[] scores, int from, int to) {
    long[] chunkBuckets = bucketScratch;
    TimeBuckets.Cursor cursor = this.cursor;
    long lowest = Long.MAX_VALUE;
    long highest = Long.MIN_VALUE;
    for (int i = from; i < to; i++) {
      long bucket = cursor.indexOfEpochMilli(epochMillis[i]);
      chunkBuckets[i - from] = bucket;
      lowest = Math.min(lowest, bucket);
      highest = Math.max(highest, bucket);
    }
    int lastSegment = dictionary.size() - 1;
    counts.ensureCapacity(lastSegment, lowest);
    counts.ensureCapacity(lastSegment, highest);
    long[] cells = counts.cells();
    int slots = counts.slots();
    int width = counts.width();
    long origin = counts.origin();
    int minScore = this.minScore;
    for (int i = from; i < to; i++) {
      int bucket = (int) (chunkBuckets[i - from] - origin);
      cells[(segmentIds[i] * width + bucket) * slots + scores[i] - minScore]++;
    }
  }

  /**
   * Adds unanswered responses (missing or declined) of a segment in a bucket.
   *
   * @param segmentId the segment's id in the dictionary
   * @param epochMilli a time in the bucket (ignored without buckets)
   * @param occurrences how many, zero or more
   * @throws IllegalArgumentException if the id is not in the dictionary or {@code occurrences} is
   *     negative
   * @throws ArithmeticException if the count would overflow
   */
  public void addMissing(int segmentId, long epochMilli, long occurrences) {
    checkId(segmentId, -1);
    if (occurrences < 0) {
      throw new IllegalArgumentException(
          "Invalid number of occurrences (must be >= 0): " + occurrences);
    }
    counts.add(segmentId, bucketOf(epochMilli), scoreRange + 1, occurrences);
  }

  /**
   * Returns an immutable table of the counts so far.
   *
   * @return an immutable table of the counts so far
   */
  public NpsTable snapshot() {
    return NpsTable.of(dimensionNames, scale, policy, timeBuckets, dictionary, counts, 0);
  }

  /** Empties the accumulator; the dictionary stays. */
  public void reset() {
    counts.clear();
    counts.ensureSegments(dictionary.size());
  }

  private long bucketOf(long epochMilli) {
    return cursor == null ? 0 : cursor.indexOfEpochMilli(epochMilli);
  }

  private void checkId(int id, int index) {
    if (id < 0 || id >= dictionary.size()) {
      throw new IllegalArgumentException(
          (index >= 0 ? "Invalid segment id at index " + index : "Invalid segment id")
              + " (must be in [0, "
              + dictionary.size()
              + "), the dictionary's ids): "
              + id);
    }
  }

  private int checkScore(int score, int index) {
    if (score < minScore || score > minScore + scoreRange) {
      throw new IllegalArgumentException(
          (index >= 0 ? "Invalid score at index " + index : "Invalid score")
              + " (must be on the "
              + scale
              + " scale, "
              + scale.min()
              + " - "
              + scale.max()
              + "): "
              + score);
    }
    return score - minScore;
  }

  @Override
  public String toString() {
    return "ColumnarNpsAccumulator" + dimensionNames + "[" + dictionary.size() + " segments]";
  }
}
