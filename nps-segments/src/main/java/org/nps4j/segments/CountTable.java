package org.nps4j.segments;

import java.util.Arrays;

/**
 * The hot-path store behind every table: one {@code long} count per (segment id, time bucket,
 * slot), in one flat array. A slot is a score point's offset from the scale's minimum, and the
 * last slot counts unanswered responses.
 *
 * <p>Segment ids are dense from 0. The bucket range grows in either direction as buckets are seen
 * (by doubling, so growth is amortized). Not thread-safe; one per accumulator.
 */
final class CountTable {
  /** The largest array the JVM reliably allocates. */
  private static final int MAX_CELLS = Integer.MAX_VALUE - 8;

  private final int slots;
  private long[] counts = new long[0];
  private int segmentCapacity;
  private int segmentCount;
  private long origin;
  private int width;

  CountTable(int slots) {
    this.slots = slots;
  }

  int slots() {
    return slots;
  }

  int segmentCount() {
    return segmentCount;
  }

  /**
   * Adds one to a slot; grows the table for a new bucket. The caller has declared the segment id
   * with {@link #ensureSegments} when it created the id.
   */
  void increment(int segment, long bucket, int slot) {
    long relative = bucket - origin;
    if (relative < 0 || relative >= width || segment >= segmentCapacity) {
      ensureCapacity(segment, bucket);
      relative = bucket - origin;
    }
    counts[((segment * width) + (int) relative) * slots + slot]++;
  }

  /**
   * The flat array, laid out (segment, bucket - origin, slot), for loops that index it directly
   * after {@link #ensureCapacity} made room; valid until the table next grows.
   */
  long[] cells() {
    return counts;
  }

  int segmentCapacity() {
    return segmentCapacity;
  }

  int width() {
    return width;
  }

  long origin() {
    return origin;
  }

  /** Adds a count to a slot, checking for overflow. */
  void add(int segment, long bucket, int slot, long count) {
    if (count == 0) {
      return;
    }
    ensureCapacity(segment, bucket);
    int index = ((segment * width) + (int) (bucket - origin)) * slots + slot;
    counts[index] = Math.addExact(counts[index], count);
  }

  long count(int segment, long bucket, int slot) {
    long relative = bucket - origin;
    if (segment >= segmentCount || relative < 0 || relative >= width) {
      return 0;
    }
    return counts[((segment * width) + (int) relative) * slots + slot];
  }

  /** Makes room for a segment id and a bucket; records the segment as present. */
  void ensureCapacity(int segment, long bucket) {
    if (width == 0) {
      origin = bucket;
      width = 1;
      segmentCapacity = Math.max(Math.max(segment + 1, segmentCount), 16);
      counts = new long[checkedCells(segmentCapacity, width)];
    }
    long relative = bucket - origin;
    if (relative < 0 || relative >= width) {
      growBuckets(bucket);
    }
    if (segment >= segmentCapacity) {
      growSegments(segment + 1);
    }
    segmentCount = Math.max(segmentCount, segment + 1);
  }

  /** Marks segment ids below {@code count} as present even if they have no count yet. */
  void ensureSegments(int count) {
    if (count > segmentCapacity) {
      growSegments(count);
    }
    segmentCount = Math.max(segmentCount, count);
  }

  private void growSegments(int needed) {
    int newCapacity = (int) Math.min(Math.max((long) needed, 2L * segmentCapacity), Integer.MAX_VALUE);
    counts = Arrays.copyOf(counts, checkedCells(newCapacity, width));
    segmentCapacity = newCapacity;
  }

  private void growBuckets(long bucket) {
    long low = Math.min(origin, bucket);
    long high = Math.max(origin + width - 1, bucket);
    long needed = high - low + 1;
    long newWidthLong = Math.max(needed, 2L * width);
    if (newWidthLong > Integer.MAX_VALUE) {
      throw tooLarge(segmentCapacity, newWidthLong);
    }
    int newWidth = (int) newWidthLong;
    long newOrigin = bucket < origin ? high - newWidth + 1 : low;
    long[] grown = new long[checkedCells(segmentCapacity, newWidth)];
    int shift = (int) (origin - newOrigin);
    for (int segment = 0; segment < segmentCount; segment++) {
      System.arraycopy(
          counts,
          segment * width * slots,
          grown,
          (segment * newWidth + shift) * slots,
          width * slots);
    }
    counts = grown;
    origin = newOrigin;
    width = newWidth;
  }

  private int checkedCells(long segments, long buckets) {
    long cells = segments * buckets * slots;
    if (cells > MAX_CELLS) {
      throw tooLarge(segments, buckets);
    }
    return (int) cells;
  }

  private IllegalStateException tooLarge(long segments, long buckets) {
    return new IllegalStateException(
        "Invalid table size (at most "
            + MAX_CELLS
            + " counts): "
            + segments
            + " segments x "
            + buckets
            + " time buckets x "
            + slots
            + " slots; use fewer segments (a lower cap) or coarser time buckets");
  }

  /** The lowest bucket with a count, or {@code Long.MAX_VALUE} when the table is empty. */
  long firstUsedBucket() {
    for (int relative = 0; relative < width; relative++) {
      if (bucketUsed(relative)) {
        return origin + relative;
      }
    }
    return Long.MAX_VALUE;
  }

  /** The highest bucket with a count, or {@code Long.MIN_VALUE} when the table is empty. */
  long lastUsedBucket() {
    for (int relative = width - 1; relative >= 0; relative--) {
      if (bucketUsed(relative)) {
        return origin + relative;
      }
    }
    return Long.MIN_VALUE;
  }

  private boolean bucketUsed(int relative) {
    for (int segment = 0; segment < segmentCount; segment++) {
      int start = ((segment * width) + relative) * slots;
      for (int slot = 0; slot < slots; slot++) {
        if (counts[start + slot] != 0) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Copies the counts of buckets {@code [firstBucket, firstBucket + bucketCount)} for segments
   * {@code [0, segmentCount)} into a new array laid out as (segment, bucket, slot).
   */
  long[] copy(long firstBucket, int bucketCount) {
    long[] copy = new long[segmentCount * bucketCount * slots];
    for (int segment = 0; segment < segmentCount; segment++) {
      for (int bucket = 0; bucket < bucketCount; bucket++) {
        long relative = firstBucket + bucket - origin;
        if (relative >= 0 && relative < width) {
          System.arraycopy(
              counts,
              ((segment * width) + (int) relative) * slots,
              copy,
              ((segment * bucketCount) + bucket) * slots,
              slots);
        }
      }
    }
    return copy;
  }

  void clear() {
    counts = new long[0];
    segmentCapacity = 0;
    segmentCount = 0;
    origin = 0;
    width = 0;
  }
}
