package org.nps4j.segments;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A mutable table of NPS counts per (segment, time bucket), filled from host objects one at a
 * time. Create one with {@link Segmentation#newAccumulator()}, {@link #add} objects, {@link
 * #combine} accumulators filled elsewhere (other threads, partitions) and take an immutable {@link
 * #snapshot()}.
 *
 * <p>Nothing is retained per object: the state is a dictionary of segment keys (dense integer ids)
 * and one {@code long} count per (segment, bucket, score point). Combining adds counts, so the
 * result is exactly the one of adding every object to one accumulator, as long as the segment cap
 * is not reached (past the cap, which keys got their own segment depends on the order of
 * arrival).
 *
 * <p>Not thread-safe.
 *
 * @param <T> the host type
 */
public final class NpsTableAccumulator<T> {
  private final Segmentation<T> segmentation;
  private final List<Dimension<? super T>> dimensions;
  private final KeyDictionary dictionary;
  private final CountTable counts;
  private final TimeBuckets.Cursor cursor;
  private final int minScore;
  private final int maxScore;
  private final int missingSlot;
  private final Object[] keyValues;
  private long added;

  NpsTableAccumulator(Segmentation<T> segmentation) {
    this.segmentation = segmentation;
    this.dimensions = segmentation.dimensions();
    this.dictionary = new KeyDictionary(segmentation.dimensionNames(), segmentation.maxSegments());
    this.counts = new CountTable(segmentation.scale().points() + 1);
    this.cursor = segmentation.timeBuckets().map(TimeBuckets::cursor).orElse(null);
    this.minScore = segmentation.scale().min();
    this.maxScore = segmentation.scale().max();
    this.missingSlot = segmentation.scale().points();
    this.keyValues = new Object[dimensions.size()];
  }

  /**
   * Returns the segmentation this accumulator follows.
   *
   * @return the segmentation this accumulator follows
   */
  public Segmentation<T> segmentation() {
    return segmentation;
  }

  /**
   * Adds one host object.
   *
   * @param object the object
   * @throws IllegalArgumentException if its score is not on the scale or its answer time is null;
   *     nothing is added then
   * @throws NullPointerException if {@code object} is null
   */
  public void add(T object) {
    Objects.requireNonNull(object, "object");
    int slot = slotOf(object);
    long bucket = bucketOf(object);
    counts.increment(idOf(object), bucket, slot);
    added++;
  }

  /**
   * Adds every object of an iterable.
   *
   * @param objects the objects
   * @throws IllegalArgumentException if an object's score is not on the scale or its answer time is
   *     null; the message names the object's position in the iterable, and the objects before it
   *     have been added
   * @throws NullPointerException if {@code objects} or an element is null
   */
  public void addAll(Iterable<? extends T> objects) {
    long position = 0;
    for (T object : objects) {
      try {
        add(object);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "Invalid object at position " + position + ": " + e.getMessage(), e);
      }
      position++;
    }
  }

  /**
   * Adds the counts of another accumulator of the same segmentation, as a parallel collector's
   * combiner does.
   *
   * @param other the other accumulator; unchanged
   * @return this accumulator
   * @throws IllegalArgumentException if the other accumulator follows another segmentation
   * @throws ArithmeticException if a count would overflow
   */
  public NpsTableAccumulator<T> combine(NpsTableAccumulator<T> other) {
    if (other.segmentation != segmentation) {
      throw new IllegalArgumentException(
          "Invalid accumulator to combine (must follow the same Segmentation instance): "
              + other.segmentation.dimensionNames());
    }
    addAll(other.snapshot());
    return this;
  }

  /**
   * Adds the counts of a table with the same dimension names, scale, unanswered policy and time
   * buckets, such as a partition's table deserialized on a driver.
   *
   * @param table the table
   * @throws IllegalArgumentException if the table's dimensions, scale, policy or buckets differ
   * @throws ArithmeticException if a count would overflow
   */
  public void addAll(NpsTable table) {
    NpsTable.requireCompatible(
        segmentation.dimensionNames(),
        segmentation.scale(),
        segmentation.unansweredPolicy(),
        segmentation.timeBuckets().orElse(null),
        table);
    table.addCountsTo(counts, dictionary);
    added += table.responseCount();
  }

  /**
   * Returns the number of objects added, including those added through other accumulators.
   *
   * @return the number of objects added, including those added through other accumulators
   */
  public long count() {
    return added;
  }

  /**
   * Returns an immutable table of the counts so far.
   *
   * @return an immutable table of the counts so far
   */
  public NpsTable snapshot() {
    return NpsTable.of(
        segmentation.dimensionNames(),
        segmentation.scale(),
        segmentation.unansweredPolicy(),
        segmentation.timeBuckets().orElse(null),
        dictionary.keys(),
        counts,
        dictionary.overflowResponses());
  }

  /** Empties the accumulator. */
  public void reset() {
    dictionary.clear();
    counts.clear();
    added = 0;
  }

  private int slotOf(T object) {
    int score;
    if (segmentation.hasOptionalScore()) {
      OptionalInt optional = segmentation.optionalScoreOf(object);
      if (optional.isEmpty()) {
        return missingSlot;
      }
      score = optional.getAsInt();
    } else {
      score = segmentation.scoreOf(object);
    }
    if (score < minScore || score > maxScore) {
      segmentation.scale().categoryOf(score); // throws the scale's own message
    }
    return score - minScore;
  }

  private long bucketOf(T object) {
    if (cursor == null) {
      return 0;
    }
    Instant answeredAt = segmentation.answeredAtOf(object);
    if (answeredAt == null) {
      throw new IllegalArgumentException(
          "Invalid answer time (must not be null for a table bucketed by time): null");
    }
    return cursor.indexOfEpochMilli(answeredAt.toEpochMilli());
  }

  private int idOf(T object) {
    int id;
    if (keyValues.length == 1) {
      id = dictionary.idOf(dimensions.get(0).keyOf(object), 1);
    } else {
      for (int i = 0; i < keyValues.length; i++) {
        keyValues[i] = dimensions.get(i).keyOf(object);
      }
      id = dictionary.idOf(keyValues, 1);
    }
    if (id >= counts.segmentCount()) { // ids are dense: a new key gets the next one
      counts.ensureSegments(id + 1);
    }
    return id;
  }

  @Override
  public String toString() {
    return "NpsTableAccumulator" + segmentation.dimensionNames() + "[" + added + " added]";
  }
}
