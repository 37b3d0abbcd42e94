package org.nps4j.segments;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.nps4j.core.Scale;

/**
 * The common path of one accumulator of a one-dimension table with a plain score: a snapshot of its
 * count array, layout and key index, and a step that counts one object or declines it.
 *
 * <p>The common path takes an object with a valid score, an answer time if the table has buckets,
 * a key value that is the very instance the dictionary's {@link IdentityIndex} holds, and a cell
 * the count array already has. It declines everything else (a new key, a key not yet in the index,
 * an equal but distinct instance, a new bucket, an invalid object, a key past the segment cap)
 * without counting it, and the accumulator's general {@code add}, which is exact for every input,
 * takes it. A snapshot goes stale when the general path grows the count array, the dictionary
 * rebuilds its index, or the cursor builds a new grid; the accumulator then makes a new one.
 *
 * <p>Every field is final, so a loop over the objects keeps them in registers instead of reading
 * a dozen fields of the accumulator per object; the identity test skips normalizing the key, and
 * the index finds the key without a branch that depends on it.
 * {@link #addPairs} runs two tables' steps in one loop: each object is read once, and the two
 * tables' lookups overlap in the processor.
 *
 * @param <T> the host type
 */
abstract class CommonPath<T> {
  /** The largest epoch second whose milliseconds fit in a long, with a margin. */
  private static final long MAX_EPOCH_SECOND_IN_MILLIS = Long.MAX_VALUE / 1000 - 1;

  final ToIntFunction<? super T> scoreOf;
  final Function<? super T, ?> keyOf;
  final IdentityIndex keyIndex;
  final Object[] indexKeys;
  final int[] indexIds;
  final int[] displacements;
  final int bucketShift;
  final int slotShift;
  final long[] cells;
  final long origin;
  final int width;
  final int segments;
  final int slots;
  final int minScore;
  /** The number of score points: a score is valid if {@code score - minScore} is in [0, points). */
  final int points;

  CommonPath(
      ToIntFunction<? super T> scoreOf,
      Function<? super T, ?> keyOf,
      KeyDictionary dictionary,
      CountTable counts,
      Scale scale) {
    this.scoreOf = scoreOf;
    this.keyOf = keyOf;
    this.keyIndex = dictionary.identityIndex();
    this.indexKeys = keyIndex.keys();
    this.indexIds = keyIndex.ids();
    this.displacements = keyIndex.displacements();
    this.bucketShift = keyIndex.bucketShift();
    this.slotShift = keyIndex.slotShift();
    this.cells = counts.cells();
    this.origin = counts.origin();
    this.width = counts.width();
    this.segments = counts.segmentCapacity();
    this.slots = scale.points() + 1;
    this.minScore = scale.min();
    this.points = scale.points();
  }

  /**
   * Counts one object, or declines it without counting anything.
   *
   * @param object the object, possibly null (declined)
   * @return whether the object was counted
   */
  abstract boolean add(T object);

  /** Whether this snapshot still matches the count array, key index and cursor it was made from. */
  boolean isCurrent(KeyDictionary dictionary, CountTable counts, TimeBuckets.Cursor cursor) {
    return cells == counts.cells()
        && origin == counts.origin()
        && width == counts.width()
        && segments == counts.segmentCapacity()
        && keyIndex == dictionary.identityIndex();
  }

  /**
   * The id of a key value that is the very instance the key index holds, or -1: {@link
   * IdentityIndex#idOf}, with the index's arrays in this snapshot's fields. Ids at or past {@link
   * #segments} are returned as they are, for the caller to decline.
   */
  final int idOf(Object value) {
    // The index holds normalized values only, so a value that is one of them is its own
    // normalized value.
    int hash = IdentityIndex.hash(value);
    int slot = IdentityIndex.slotOf(hash, displacements[hash >>> bucketShift], slotShift);
    return indexKeys[slot] == value ? indexIds[slot] : -1;
  }

  /**
   * Counts {@code list.get(from)} onwards for as long as this path takes them.
   *
   * @return the index of the first object declined, or {@code to}
   */
  final int addRun(List<? extends T> list, int from, int to) {
    for (int index = from; index < to; index++) {
      if (!add(list.get(index))) {
        return index;
      }
    }
    return to;
  }

  /**
   * Counts {@code list.get(from)} onwards into two tables, each object into the first and then the
   * second, for as long as both paths take them.
   *
   * @return {@code 2 * index} if the first path declined the object at {@code index} (neither
   *     counted it), {@code 2 * index + 1} if the second did (the first counted it), or {@code 2 *
   *     to}
   */
  static <T> long addPairs(
      CommonPath<? super T> first, CommonPath<? super T> second, List<? extends T> list,
      int from, int to) {
    for (int index = from; index < to; index++) {
      T object = list.get(index);
      if (!first.add(object)) {
        return 2L * index;
      }
      if (!second.add(object)) {
        return 2L * index + 1;
      }
    }
    return 2L * to;
  }

  /** The common path of a table without time buckets: every object is in bucket 0. */
  static final class WithoutTime<T> extends CommonPath<T> {
    /** The index in {@link #cells} of score 0 of bucket 0 of segment 0 (may be negative). */
    private final int base;
    /** Longs per segment. */
    private final int stride;
    /** Whether the count array lacks bucket 0: the path then declines everything. */
    private final boolean noSegments;

    WithoutTime(
        ToIntFunction<? super T> scoreOf,
        Function<? super T, ?> keyOf,
        KeyDictionary dictionary,
        CountTable counts,
        Scale scale) {
      super(scoreOf, keyOf, dictionary, counts, scale);
      boolean hasBucketZero = origin <= 0 && origin + width > 0;
      this.base = hasBucketZero ? (int) -origin * slots : 0;
      this.stride = width * slots;
      this.noSegments = !hasBucketZero;
    }

    @Override
    boolean add(T object) {
      if (object == null || noSegments) {
        return false;
      }
      int score = scoreOf.applyAsInt(object);
      int point = score - minScore;
      if (Integer.compareUnsigned(point, points) >= 0) {
        return false;
      }
      Object value = keyOf.apply(object);
      if (value == null) {
        return false;
      }
      int id = idOf(value);
      if (Integer.compareUnsigned(id, segments) >= 0) { // -1, or a segment the array lacks
        return false;
      }
      cells[id * stride + base + point]++;
      return true;
    }
  }

  /** The common path of a table with time buckets, reading the cursor's grid itself. */
  static final class WithTime<T> extends CommonPath<T> {
    private final Function<? super T, Instant> answeredAtOf;
    private final TimeBuckets.Cursor cursor;
    private final char[] grid;
    private final long gridStart;
    private final long gridEnd;
    private final int gridShift;
    /** The grid's first bucket relative to the count array's origin. */
    private final long gridFirst;
    private final long gridFirstSecond;
    private final long gridSeconds;
    private final long gridMilliOffset;

    WithTime(
        ToIntFunction<? super T> scoreOf,
        Function<? super T, ?> keyOf,
        Function<? super T, Instant> answeredAtOf,
        KeyDictionary dictionary,
        CountTable counts,
        Scale scale,
        TimeBuckets.Cursor cursor) {
      super(scoreOf, keyOf, dictionary, counts, scale);
      this.answeredAtOf = answeredAtOf;
      this.cursor = cursor;
      this.grid = cursor.grid();
      this.gridStart = cursor.gridStart();
      this.gridEnd = cursor.gridEnd();
      this.gridShift = cursor.gridShift();
      this.gridFirst = cursor.gridFirstIndex() - origin;
      // The whole seconds whose milliseconds fall on the grid: [gridFirstSecond, + gridSeconds).
      long firstSecond = Math.floorDiv(gridStart + 999, 1000);
      long endSecond = Math.floorDiv(gridEnd + 999, 1000);
      this.gridFirstSecond = firstSecond;
      this.gridSeconds = Math.max(0, endSecond - firstSecond);
      this.gridMilliOffset = firstSecond * 1000 - gridStart;
    }

    @Override
    boolean isCurrent(KeyDictionary dictionary, CountTable counts, TimeBuckets.Cursor cursor) {
      return super.isCurrent(dictionary, counts, cursor) && grid == cursor.grid();
    }

    @Override
    boolean add(T object) {
      if (object == null) {
        return false;
      }
      int score = scoreOf.applyAsInt(object);
      int point = score - minScore;
      if (Integer.compareUnsigned(point, points) >= 0) {
        return false;
      }
      Instant answeredAt = answeredAtOf.apply(object);
      if (answeredAt == null) {
        return false;
      }
      // Bucket boundaries fall on whole seconds (zone offsets are whole seconds), so the bucket of
      // an instant is the bucket of its second: no need to read the nanoseconds. The range test
      // keeps the multiplication exact where toEpochMilli() would throw.
      long second = answeredAt.getEpochSecond() - gridFirstSecond;
      int position;
      long relative;
      if (Long.compareUnsigned(second, gridSeconds) >= 0
          || (position = grid[(int) ((second * 1000 + gridMilliOffset) >>> gridShift)])
              == TimeBuckets.Cursor.CUT_CELL) {
        relative = offGrid(answeredAt.getEpochSecond());
      } else {
        relative = gridFirst + position;
      }
      if (Long.compareUnsigned(relative, width) >= 0) {
        return false;
      }
      Object value = keyOf.apply(object);
      if (value == null) {
        return false;
      }
      int id = idOf(value);
      if (Integer.compareUnsigned(id, segments) >= 0) { // -1, or a segment the array lacks
        return false;
      }
      cells[(id * width + (int) relative) * slots + point]++;
      return true;
    }

    /**
     * The bucket of an instant off the grid or in a cell the grid marks as cut, relative to the
     * count array's origin; -1 (declined) if the cursor built or moved its grid meanwhile, so that
     * a new snapshot reads it. A method of its own, rarely called: it keeps {@link #add} small
     * enough for the JIT to inline into the loops.
     */
    private long offGrid(long epochSecond) {
      if (epochSecond < -MAX_EPOCH_SECOND_IN_MILLIS || epochSecond > MAX_EPOCH_SECOND_IN_MILLIS) {
        return -1;
      }
      long relative = cursor.indexOfEpochMilli(epochSecond * 1000) - origin;
      return cursor.grid() == grid ? relative : -1;
    }
  }
}
