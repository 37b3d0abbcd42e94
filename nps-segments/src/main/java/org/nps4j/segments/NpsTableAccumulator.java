package org.nps4j.segments;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.RandomAccess;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.nps4j.core.Scale;

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

  /** The only dimension of a one-dimension table, else null: the common case gets its own path. */
  private final Dimension<? super T> onlyDimension;
  private long added;
  /** The count table's array and layout, as of its last growth. */
  private long[] cells = new long[0];
  private long cellsOrigin;
  private int cellsWidth;
  private int cellsSegments;
  private final int slots;
  /** The common path as of its last use; see {@link #commonPath()}. */
  private CommonPath<T> commonPath;

  NpsTableAccumulator(Segmentation<T> segmentation) {
    this.segmentation = segmentation;
    this.dimensions = segmentation.dimensions();
    this.dictionary = new KeyDictionary(segmentation.dimensionNames(), segmentation.maxSegments());
    this.counts = new CountTable(segmentation.scale().points() + 1);
    this.cursor = segmentation.timeBuckets().map(TimeBuckets::cursor).orElse(null);
    this.minScore = segmentation.scale().min();
    this.maxScore = segmentation.scale().max();
    this.missingSlot = segmentation.scale().points();
    this.slots = segmentation.scale().points() + 1;
    this.keyValues = new Object[dimensions.size()];
    this.onlyDimension = dimensions.size() == 1 ? dimensions.get(0) : null;
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
    int id = idOf(object);
    long relative = bucket - cellsOrigin;
    if (relative >= 0 && relative < cellsWidth && id < cellsSegments) {
      cells[(id * cellsWidth + (int) relative) * slots + slot]++;
    } else {
      counts.increment(id, bucket, slot);
      refreshCells();
    }
    added++;
  }

  /** Copies the count table's layout after it grew: the hot path indexes its array directly. */
  private void refreshCells() {
    cells = counts.cells();
    cellsOrigin = counts.origin();
    cellsWidth = counts.width();
    cellsSegments = counts.segmentCapacity();
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
    if (objects instanceof List<? extends T> list && list instanceof RandomAccess) {
      addAll(list, 0, list.size());
    } else {
      long position = 0;
      for (T object : objects) {
        add(object, position++);
      }
    }
  }

  /**
   * Adds {@code list.get(from)} to {@code list.get(to - 1)}: runs of objects on the common path
   * (see {@link CommonPath}), each object it declines through {@link #add}, which is exact for
   * every input.
   */
  void addAll(List<? extends T> list, int from, int to) {
    CommonPath<T> path = commonPath();
    int next = from;
    while (next < to) {
      if (path != null) {
        int declined = path.addRun(list, next, to);
        added += declined - next;
        next = declined;
        if (next == to) {
          break;
        }
      }
      add(list.get(next), next);
      next++;
      path = commonPath();
    }
  }

  /**
   * Adds {@code list.get(from)} to {@code list.get(to - 1)} to two accumulators in one loop: each
   * object is read once, and the two tables' lookups overlap in the processor. An object the
   * common path of either declines goes through {@link #add} of that accumulator.
   */
  static <T> void addAll(
      NpsTableAccumulator<? super T> first,
      NpsTableAccumulator<? super T> second,
      List<? extends T> list,
      int from,
      int to) {
    CommonPath<? super T> firstPath = first.commonPath();
    CommonPath<? super T> secondPath = second.commonPath();
    if (firstPath == null || secondPath == null) {
      first.addAll(list, from, to);
      second.addAll(list, from, to);
      return;
    }
    int next = from;
    while (next < to) {
      long stop = CommonPath.addPairs(firstPath, secondPath, list, next, to);
      int declined = (int) (stop >>> 1);
      boolean firstCounted = (stop & 1) != 0;
      first.added += declined - next + (firstCounted ? 1 : 0);
      second.added += declined - next;
      if (declined == to) {
        break;
      }
      T object = list.get(declined);
      if (!firstCounted) {
        first.add(object, declined);
        firstPath = first.commonPath();
      }
      // The second table's turn: its common path first, unless it already declined the object.
      if (firstCounted || !secondPath.add(object)) {
        second.add(object, declined);
        secondPath = second.commonPath();
      } else {
        second.added++;
      }
      next = declined + 1;
    }
  }

  /**
   * The snapshot of this accumulator's common path, or null if it has none: a table of several
   * dimensions, or a score that may be missing. The snapshot is kept while it holds, so a pass
   * allocates one per change of layout, not one per call.
   */
  private CommonPath<T> commonPath() {
    if (onlyDimension == null || segmentation.hasOptionalScore()) {
      return null;
    }
    CommonPath<T> path = commonPath;
    if (path == null || !path.isCurrent(dictionary, counts, cursor)) {
      ToIntFunction<? super T> scoreOf = segmentation.answeredScoreExtractor();
      Function<? super T, ?> keyOf = onlyDimension.extractor();
      Scale scale = segmentation.scale();
      path =
          cursor == null
              ? new CommonPath.WithoutTime<>(scoreOf, keyOf, dictionary, counts, scale)
              : new CommonPath.WithTime<>(
                  scoreOf, keyOf, segmentation.answeredAtExtractor(), dictionary, counts, scale,
                  cursor);
      commonPath = path;
    }
    return path;
  }

  private void add(T object, long position) {
    try {
      add(object);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "Invalid object at position " + position + ": " + e.getMessage(), e);
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
    refreshCells();
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
    refreshCells();
    commonPath = null;
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
    if (onlyDimension != null) {
      Object raw = onlyDimension.rawValueOf(object);
      id =
          raw instanceof String value
              ? dictionary.idOfRaw(value, 1)
              : dictionary.idOf(SegmentKey.normalize(raw), 1);
    } else {
      id = keyValuesIdOf(object);
    }
    if (id >= counts.segmentCount()) { // ids are dense: a new key gets the next one
      counts.ensureSegments(id + 1);
      refreshCells();
    }
    return id;
  }

  /** The id of the key of an object of a table of zero or several dimensions. */
  private int keyValuesIdOf(T object) {
    for (int i = 0; i < keyValues.length; i++) {
      keyValues[i] = dimensions.get(i).keyOf(object);
    }
    return dictionary.idOf(keyValues, 1);
  }

  @Override
  public String toString() {
    return "NpsTableAccumulator" + segmentation.dimensionNames() + "[" + added + " added]";
  }
}
