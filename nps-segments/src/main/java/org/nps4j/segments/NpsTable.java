package org.nps4j.segments;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.nps4j.core.IntervalMethod;
import org.nps4j.core.NpsAccumulator;
import org.nps4j.core.NpsSummary;
import org.nps4j.core.Scale;
import org.nps4j.core.UnansweredPolicy;

/**
 * An immutable table of exact NPS counts per (segment, time bucket): the result of tabulating host
 * objects ({@link Segmentation#tabulate}, {@link NpsTableAccumulator}) or columns ({@link
 * ColumnarNpsAccumulator}), and the input of every analysis in this package.
 *
 * <p>Each cell holds one count per score point plus the unanswered count, so a cell is a lossless
 * {@link NpsSummary}, and everything derived from the table (totals, roll-ups, cross-tab margins,
 * trends) is an exact sum of cells. Tables {@link #plus combine} by adding counts: the table of
 * two partitions equals the table of their concatenation.
 *
 * <p>Segments are kept in a canonical order (by key value: natural order for comparable values of
 * one type, {@code (missing)} and {@code (other)} last), so equal data gives equal tables whatever
 * the order of arrival or partitioning. A table bucketed by time covers every bucket from the first
 * to the last one with a response; buckets in between without responses are present, empty.
 *
 * <p>Memory: segments × buckets × (score points + 1) longs.
 */
public final class NpsTable {
  private static final Comparator<SegmentKey> KEY_ORDER = NpsTable::compareKeys;

  private final List<String> dimensions;
  private final Scale scale;
  private final UnansweredPolicy policy;
  private final TimeBuckets timeBuckets;
  private final List<SegmentKey> keys;
  private final Map<SegmentKey, Integer> idByKey;
  private final long firstBucket;
  private final int bucketCount;
  private final int slots;
  /** Counts laid out as (segment, bucket, slot). */
  private final long[] counts;
  private final long overflowResponses;

  private NpsTable(
      List<String> dimensions,
      Scale scale,
      UnansweredPolicy policy,
      TimeBuckets timeBuckets,
      List<SegmentKey> keys,
      long firstBucket,
      int bucketCount,
      long[] counts,
      long overflowResponses) {
    this.dimensions = List.copyOf(dimensions);
    this.scale = scale;
    this.policy = policy;
    this.timeBuckets = timeBuckets;
    this.keys = List.copyOf(keys);
    this.firstBucket = firstBucket;
    this.bucketCount = bucketCount;
    this.slots = scale.points() + 1;
    this.counts = counts;
    this.overflowResponses = overflowResponses;
    Map<SegmentKey, Integer> ids = new HashMap<>();
    for (int id = 0; id < this.keys.size(); id++) {
      ids.put(this.keys.get(id), id);
    }
    this.idByKey = ids;
  }

  /** Builds a table from an accumulator's state: keys sorted, buckets trimmed to the used range. */
  static NpsTable of(
      List<String> dimensions,
      Scale scale,
      UnansweredPolicy policy,
      TimeBuckets timeBuckets,
      List<SegmentKey> keysById,
      CountTable table,
      long overflowResponses) {
    long first = 0;
    int bucketCount = 1;
    if (timeBuckets != null) {
      first = table.firstUsedBucket();
      long last = table.lastUsedBucket();
      bucketCount = first > last ? 0 : Math.toIntExact(last - first + 1);
      if (bucketCount == 0) {
        first = 0;
      }
    }
    return sorted(
        dimensions,
        scale,
        policy,
        timeBuckets,
        keysById,
        table.segmentCount(),
        table.copy(first, bucketCount),
        first,
        bucketCount,
        overflowResponses);
  }

  /** Builds a table from counts laid out by id, putting the segments in canonical order. */
  private static NpsTable sorted(
      List<String> dimensions,
      Scale scale,
      UnansweredPolicy policy,
      TimeBuckets timeBuckets,
      List<SegmentKey> keysById,
      int idsWithCounts,
      long[] countsById,
      long firstBucket,
      int bucketCount,
      long overflowResponses) {
    Integer[] order = new Integer[keysById.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> compareKeys(keysById.get(a), keysById.get(b)));
    int cell = bucketCount * (scale.points() + 1);
    long[] sortedCounts = new long[order.length * cell];
    List<SegmentKey> sortedKeys = new ArrayList<>(order.length);
    for (int position = 0; position < order.length; position++) {
      int id = order[position];
      sortedKeys.add(keysById.get(id));
      if (id < idsWithCounts) {
        System.arraycopy(countsById, id * cell, sortedCounts, position * cell, cell);
      }
    }
    return new NpsTable(
        dimensions,
        scale,
        policy,
        timeBuckets,
        sortedKeys,
        firstBucket,
        bucketCount,
        sortedCounts,
        overflowResponses);
  }

  // ---------------------------------------------------------------- definition

  /**
   * Returns the names of the dimensions, in key order.
   *
   * @return the names of the dimensions, in key order
   */
  public List<String> dimensions() {
    return dimensions;
  }

  /**
   * Returns the scale of the scores.
   *
   * @return the scale of the scores
   */
  public Scale scale() {
    return scale;
  }

  /**
   * Returns how unanswered responses count.
   *
   * @return how unanswered responses count
   */
  public UnansweredPolicy unansweredPolicy() {
    return policy;
  }

  /**
   * Returns the time buckets, if the table is bucketed by time.
   *
   * @return the time buckets, if the table is bucketed by time
   */
  public Optional<TimeBuckets> timeBuckets() {
    return Optional.ofNullable(timeBuckets);
  }

  /**
   * Returns the segments, in canonical order; empty segments included.
   *
   * @return the segments, in canonical order; empty segments included
   */
  public List<SegmentKey> segments() {
    return keys;
  }

  /**
   * Returns every bucket from the first to the last one with a response, empty buckets included;
   * an empty list for a table without time buckets or without responses.
   *
   * @return every bucket from the first to the last one with a response, empty buckets included;
   * an empty list for a table without time buckets or without responses
   */
  public List<TimeBucket> buckets() {
    if (timeBuckets == null || bucketCount == 0) {
      return List.of();
    }
    return timeBuckets.between(firstBucket, firstBucket + bucketCount - 1);
  }

  /**
   * Returns the number of responses counted in the overflow segment because the segment cap had
   * been reached when their key first appeared; 0 if the cap was never reached.
   *
   * @return the number of responses counted in the overflow segment because the segment cap had
   * been reached when their key first appeared; 0 if the cap was never reached
   */
  public long overflowResponses() {
    return overflowResponses;
  }

  /**
   * Returns the number of responses in the table, answered or not.
   *
   * @return the number of responses in the table, answered or not
   */
  public long responseCount() {
    long total = 0;
    for (long count : counts) {
      total += count;
    }
    return total;
  }

  // ---------------------------------------------------------------- summaries

  /**
   * Returns the summary of every response in the table.
   *
   * @return the summary of every response in the table
   */
  public NpsSummary total() {
    long[] sum = new long[slots];
    for (int id = 0; id < keys.size(); id++) {
      addSegment(id, 0, bucketCount, sum);
    }
    return summaryOf(sum);
  }

  /**
   * Returns the summary of every response in one bucket.
   *
   * @param bucket the bucket
   * @return the summary; empty if the bucket is outside the table's range
   * @throws IllegalArgumentException if the table is not bucketed by time
   * @throws NullPointerException if {@code bucket} is null
   */
  public NpsSummary total(TimeBucket bucket) {
    int relative = relativeBucket(bucket);
    long[] sum = new long[slots];
    if (relative >= 0) {
      for (int id = 0; id < keys.size(); id++) {
        addSegment(id, relative, relative + 1, sum);
      }
    }
    return summaryOf(sum);
  }

  /**
   * Returns the summary of a segment over all buckets.
   *
   * @param segment the segment's key
   * @return the summary; empty for a segment the table does not have
   * @throws NullPointerException if {@code segment} is null
   */
  public NpsSummary summary(SegmentKey segment) {
    Integer id = idByKey.get(Objects.requireNonNull(segment, "segment"));
    long[] sum = new long[slots];
    if (id != null) {
      addSegment(id, 0, bucketCount, sum);
    }
    return summaryOf(sum);
  }

  /**
   * Returns the summary of a segment in one bucket.
   *
   * @param segment the segment's key
   * @param bucket the bucket
   * @return the summary; empty if the table has no such segment or the bucket is outside its range
   * @throws IllegalArgumentException if the table is not bucketed by time
   * @throws NullPointerException if an argument is null
   */
  public NpsSummary summary(SegmentKey segment, TimeBucket bucket) {
    Integer id = idByKey.get(Objects.requireNonNull(segment, "segment"));
    int relative = relativeBucket(bucket);
    long[] sum = new long[slots];
    if (id != null && relative >= 0) {
      addSegment(id, relative, relative + 1, sum);
    }
    return summaryOf(sum);
  }

  /**
   * Returns each segment's summary over all buckets, in segment order.
   *
   * @return each segment's summary over all buckets, in segment order
   */
  public Map<SegmentKey, NpsSummary> summaries() {
    Map<SegmentKey, NpsSummary> summaries = new LinkedHashMap<>();
    for (int id = 0; id < keys.size(); id++) {
      long[] sum = new long[slots];
      addSegment(id, 0, bucketCount, sum);
      summaries.put(keys.get(id), summaryOf(sum));
    }
    return Collections.unmodifiableMap(summaries);
  }

  // ---------------------------------------------------------------- rows

  /**
   * Returns one row per segment over all buckets, with the default adjusted Wald 95 % interval and
   * the minimum n of 30 for the {@link SegmentFlag#LOW_N} flag.
   *
   * @return one row per segment over all buckets, with the default adjusted Wald 95 % interval and
   * the minimum n of 30 for the {@link SegmentFlag#LOW_N} flag
   */
  public List<NpsRow> rows() {
    return rows(IntervalMethod.ADJUSTED_WALD, 0.95, NpsRow.DEFAULT_MINIMUM_N);
  }

  /**
   * Returns one row per segment over all buckets.
   *
   * @param method the interval method
   * @param level the confidence level, in (0, 1)
   * @param minimumN rows with fewer answered responses are flagged {@link SegmentFlag#LOW_N}
   * @return the rows, in segment order
   * @throws IllegalArgumentException if the level is not in (0, 1) or {@code minimumN} is negative
   * @throws NullPointerException if {@code method} is null
   */
  public List<NpsRow> rows(IntervalMethod method, double level, long minimumN) {
    List<NpsRow> rows = new ArrayList<>(keys.size());
    for (Map.Entry<SegmentKey, NpsSummary> entry : summaries().entrySet()) {
      rows.add(NpsRow.of(entry.getKey(), null, entry.getValue(), method, level, minimumN));
    }
    return List.copyOf(rows);
  }

  /**
   * Returns one row per (segment, bucket), every bucket of the table's range included, with the
   * default interval and minimum n.
   *
   * @return the rows, by segment then bucket
   * @throws IllegalArgumentException if the table is not bucketed by time
   */
  public List<NpsRow> rowsByBucket() {
    return rowsByBucket(IntervalMethod.ADJUSTED_WALD, 0.95, NpsRow.DEFAULT_MINIMUM_N);
  }

  /**
   * Returns one row per (segment, bucket), every bucket of the table's range included.
   *
   * @param method the interval method
   * @param level the confidence level, in (0, 1)
   * @param minimumN rows with fewer answered responses are flagged {@link SegmentFlag#LOW_N}
   * @return the rows, by segment then bucket
   * @throws IllegalArgumentException if the table is not bucketed by time, the level is not in (0,
   *     1) or {@code minimumN} is negative
   * @throws NullPointerException if {@code method} is null
   */
  public List<NpsRow> rowsByBucket(IntervalMethod method, double level, long minimumN) {
    requireTime();
    List<TimeBucket> buckets = buckets();
    List<NpsRow> rows = new ArrayList<>(keys.size() * buckets.size());
    for (int id = 0; id < keys.size(); id++) {
      for (int b = 0; b < buckets.size(); b++) {
        long[] sum = new long[slots];
        addSegment(id, b, b + 1, sum);
        rows.add(NpsRow.of(keys.get(id), buckets.get(b), summaryOf(sum), method, level, minimumN));
      }
    }
    return List.copyOf(rows);
  }

  // ---------------------------------------------------------------- trends

  /**
   * Returns a segment's trend over every bucket of the table's range, empty buckets included.
   *
   * @param segment the segment's key (a segment the table does not have gives an all-empty trend)
   * @return the trend
   * @throws IllegalArgumentException if the table is not bucketed by time
   * @throws NullPointerException if {@code segment} is null
   */
  public Trend trend(SegmentKey segment) {
    requireTime();
    return trend(segment, buckets());
  }

  private Trend trend(SegmentKey segment, List<TimeBucket> buckets) {
    Integer id = idByKey.get(Objects.requireNonNull(segment, "segment"));
    List<NpsSummary> summaries = new ArrayList<>(bucketCount);
    for (int b = 0; b < bucketCount; b++) {
      long[] sum = new long[slots];
      if (id != null) {
        addSegment(id, b, b + 1, sum);
      }
      summaries.add(summaryOf(sum));
    }
    return Trend.of(segment, buckets, summaries);
  }

  /**
   * Returns the trend of all responses together, keyed by {@link SegmentKey#empty()}.
   *
   * @return the trend
   * @throws IllegalArgumentException if the table is not bucketed by time
   */
  public Trend totalTrend() {
    requireTime();
    List<NpsSummary> summaries = new ArrayList<>(bucketCount);
    for (int b = 0; b < bucketCount; b++) {
      long[] sum = new long[slots];
      for (int id = 0; id < keys.size(); id++) {
        addSegment(id, b, b + 1, sum);
      }
      summaries.add(summaryOf(sum));
    }
    return Trend.of(SegmentKey.empty(), buckets(), summaries);
  }

  /**
   * Returns every segment's trend, in segment order, all over the same buckets.
   *
   * @return the trends
   * @throws IllegalArgumentException if the table is not bucketed by time
   */
  public List<Trend> trends() {
    requireTime();
    List<TimeBucket> buckets = buckets();
    List<Trend> trends = new ArrayList<>(keys.size());
    for (SegmentKey key : keys) {
      trends.add(trend(key, buckets));
    }
    return List.copyOf(trends);
  }

  // ---------------------------------------------------------------- reshaping

  /**
   * Returns the table restricted to the buckets from {@code first} to {@code last}, inclusive:
   * buckets outside are left out, and buckets of the range beyond the table's are added empty. Use
   * it to compare periods ({@code table.between(q1, q1End).summaries()}).
   *
   * @param first the first bucket
   * @param last the last bucket
   * @return the restricted table
   * @throws IllegalArgumentException if the table is not bucketed by time or {@code last} is before
   *     {@code first}
   * @throws NullPointerException if an argument is null
   */
  public NpsTable between(TimeBucket first, TimeBucket last) {
    requireTime();
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    if (last.index() < first.index()) {
      throw new IllegalArgumentException(
          "Invalid bucket range (last must not be before first): " + first + " to " + last);
    }
    int newCount = Math.toIntExact(last.index() - first.index() + 1);
    int cell = newCount * slots;
    long[] restricted = new long[keys.size() * cell];
    for (int id = 0; id < keys.size(); id++) {
      for (int b = 0; b < newCount; b++) {
        long relative = first.index() + b - firstBucket;
        if (relative >= 0 && relative < bucketCount) {
          System.arraycopy(
              counts,
              (id * bucketCount + (int) relative) * slots,
              restricted,
              (id * newCount + b) * slots,
              slots);
        }
      }
    }
    return new NpsTable(
        dimensions,
        scale,
        policy,
        timeBuckets,
        keys,
        first.index(),
        newCount,
        restricted,
        overflowResponses);
  }

  /**
   * Rolls the table up to some of its dimensions, in the order given: each segment of the result
   * is the exact sum of the segments that share its values for those dimensions. With no dimension,
   * the result has one segment, the total. The overflow segment stays the overflow segment.
   *
   * @param dimensionNames the dimensions to keep
   * @return the rolled-up table
   * @throws IllegalArgumentException if a name is not a dimension of this table or repeats
   * @throws NullPointerException if a name is null
   */
  public NpsTable rollUp(String... dimensionNames) {
    int[] positions = positionsOf(dimensionNames);
    List<String> names = List.of(dimensionNames);
    KeyDictionary dictionary = new KeyDictionary(names, Integer.MAX_VALUE);
    int[] parentOf = new int[keys.size()];
    for (int id = 0; id < keys.size(); id++) {
      SegmentKey key = keys.get(id);
      SegmentKey parent =
          key.isOverflow() ? SegmentKey.overflow(positions.length) : key.project(positions);
      parentOf[id] = dictionary.idOf(parent.values().toArray(), 0);
    }
    int cell = bucketCount * slots;
    long[] parentCounts = new long[dictionary.size() * cell];
    for (int id = 0; id < keys.size(); id++) {
      int target = parentOf[id] * cell;
      int source = id * cell;
      for (int i = 0; i < cell; i++) {
        parentCounts[target + i] = Math.addExact(parentCounts[target + i], counts[source + i]);
      }
    }
    return sorted(
        names,
        scale,
        policy,
        timeBuckets,
        dictionary.keys(),
        dictionary.size(),
        parentCounts,
        firstBucket,
        bucketCount,
        overflowResponses);
  }

  /**
   * Returns the cross-tab of two dimensions over all buckets, with row and column totals; the table
   * is first rolled up to those two dimensions.
   *
   * @param rowDimension the dimension of the rows
   * @param columnDimension the dimension of the columns
   * @return the cross-tab
   * @throws IllegalArgumentException if a name is not a dimension of this table, or both are the
   *     same
   * @throws NullPointerException if a name is null
   */
  public CrossTab crossTab(String rowDimension, String columnDimension) {
    return CrossTab.of(rollUp(rowDimension, columnDimension));
  }

  /**
   * Returns the roll-up hierarchy of some dimensions, top level first (for example {@code
   * hierarchy("region", "team", "rep")}): a tree whose root is the total and where every node's
   * summary is the exact sum of its children's.
   *
   * @param levels the dimensions, from the top level down
   * @return the root of the tree
   * @throws IllegalArgumentException if a name is not a dimension of this table or repeats
   * @throws NullPointerException if a name is null
   */
  public HierarchyNode hierarchy(String... levels) {
    return HierarchyNode.of(rollUp(levels));
  }

  /**
   * Returns the table holding the counts of both tables: the table of the two sets of responses
   * together. Exact: {@code a.plus(b)} equals the table of the concatenated input, and {@code plus}
   * is associative and commutative.
   *
   * @param other a table with the same dimension names, scale, unanswered policy and time buckets
   * @return the combined table
   * @throws IllegalArgumentException if the tables are not compatible
   * @throws ArithmeticException if a count would overflow
   */
  public NpsTable plus(NpsTable other) {
    requireCompatible(dimensions, scale, policy, timeBuckets, other);
    KeyDictionary dictionary = new KeyDictionary(dimensions, Integer.MAX_VALUE);
    CountTable table = new CountTable(slots);
    addCountsTo(table, dictionary);
    other.addCountsTo(table, dictionary);
    long first = firstBucket;
    int count = bucketCount;
    if (other.bucketCount > 0 && (count == 0 || timeBuckets != null)) {
      if (count == 0) {
        first = other.firstBucket;
        count = other.bucketCount;
      } else {
        long last = Math.max(firstBucket + bucketCount, other.firstBucket + other.bucketCount) - 1;
        first = Math.min(firstBucket, other.firstBucket);
        count = Math.toIntExact(last - first + 1);
      }
    }
    return sorted(
        dimensions,
        scale,
        policy,
        timeBuckets,
        dictionary.keys(),
        table.segmentCount(),
        table.copy(first, count),
        first,
        count,
        Math.addExact(overflowResponses, other.overflowResponses));
  }

  // ---------------------------------------------------------------- internals

  /** Adds this table's counts into an accumulator's store, mapping keys through its dictionary. */
  void addCountsTo(CountTable table, KeyDictionary dictionary) {
    for (int id = 0; id < keys.size(); id++) {
      long[] sum = new long[slots];
      addSegment(id, 0, bucketCount, sum);
      long responses = 0;
      for (long count : sum) {
        responses += count;
      }
      int targetId = dictionary.idOf(keys.get(id), responses);
      table.ensureSegments(dictionary.size());
      copyInto(id, targetId, table);
    }
  }

  private void copyInto(int id, int targetId, CountTable table) {
    for (int b = 0; b < bucketCount; b++) {
      int start = (id * bucketCount + b) * slots;
      for (int slot = 0; slot < slots; slot++) {
        table.add(targetId, firstBucket + b, slot, counts[start + slot]);
      }
    }
  }

  static void requireCompatible(
      List<String> dimensions,
      Scale scale,
      UnansweredPolicy policy,
      TimeBuckets timeBuckets,
      NpsTable other) {
    Objects.requireNonNull(other, "other");
    if (!dimensions.equals(other.dimensions)) {
      throw new IllegalArgumentException(
          "Invalid table to combine (dimensions must be " + dimensions + "): " + other.dimensions);
    }
    if (!scale.equals(other.scale)) {
      throw new IllegalArgumentException(
          "Invalid table to combine (scale must be " + scale + "): " + other.scale);
    }
    if (policy != other.policy) {
      throw new IllegalArgumentException(
          "Invalid table to combine (unanswered policy must be " + policy + "): " + other.policy);
    }
    if (!Objects.equals(timeBuckets, other.timeBuckets)) {
      throw new IllegalArgumentException(
          "Invalid table to combine (time buckets must be "
              + timeBuckets
              + "): "
              + other.timeBuckets);
    }
  }

  private void addSegment(int id, int fromBucket, int toBucket, long[] sum) {
    for (int b = fromBucket; b < toBucket; b++) {
      int start = (id * bucketCount + b) * slots;
      for (int slot = 0; slot < slots; slot++) {
        sum[slot] += counts[start + slot];
      }
    }
  }

  private NpsSummary summaryOf(long[] slotCounts) {
    NpsAccumulator accumulator = NpsAccumulator.create(scale, policy);
    int points = slots - 1;
    for (int slot = 0; slot < points; slot++) {
      if (slotCounts[slot] != 0) {
        accumulator.add(scale.min() + slot, slotCounts[slot]);
      }
    }
    accumulator.addMissing(slotCounts[points]);
    return accumulator.snapshot();
  }

  private int relativeBucket(TimeBucket bucket) {
    Objects.requireNonNull(bucket, "bucket");
    requireTime();
    long relative = bucket.index() - firstBucket;
    return relative >= 0 && relative < bucketCount ? (int) relative : -1;
  }

  private void requireTime() {
    if (timeBuckets == null) {
      throw new IllegalArgumentException(
          "Invalid operation on a table without time buckets (tabulate with time(...) for trends):"
              + " dimensions "
              + dimensions);
    }
  }

  private int[] positionsOf(String... names) {
    int[] positions = new int[names.length];
    for (int i = 0; i < names.length; i++) {
      Objects.requireNonNull(names[i], "dimension name");
      positions[i] = dimensions.indexOf(names[i]);
      if (positions[i] < 0) {
        throw new IllegalArgumentException(
            "Invalid dimension (must be one of " + dimensions + "): '" + names[i] + "'");
      }
      for (int j = 0; j < i; j++) {
        if (positions[j] == positions[i]) {
          throw new IllegalArgumentException(
              "Invalid dimensions (names must be distinct): '" + names[i] + "' appears twice");
        }
      }
    }
    return positions;
  }

  /** The canonical order of keys: value by value, see {@link #compareValues}. */
  static int compareKeys(SegmentKey a, SegmentKey b) {
    int size = Math.min(a.size(), b.size());
    for (int i = 0; i < size; i++) {
      int order = compareValues(a.value(i), b.value(i));
      if (order != 0) {
        return order;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  /**
   * Host values before special ones ({@code (missing)}, then {@code (other)}); comparable values of
   * the same class in their natural order; otherwise by class name, then by text.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static int compareValues(Object a, Object b) {
    boolean specialA = a instanceof SpecialKeyValue;
    boolean specialB = b instanceof SpecialKeyValue;
    if (specialA || specialB) {
      if (specialA && specialB) {
        return ((SpecialKeyValue) a).compareTo((SpecialKeyValue) b);
      }
      return specialA ? 1 : -1;
    }
    if (a.getClass() == b.getClass() && a instanceof Comparable) {
      return ((Comparable) a).compareTo(b);
    }
    int byClass = a.getClass().getName().compareTo(b.getClass().getName());
    return byClass != 0 ? byClass : String.valueOf(a).compareTo(String.valueOf(b));
  }

  /**
   * Returns true for a table with the same definition (dimensions, scale, policy, time buckets)
   * and the same counts per segment and bucket; the order of arrival does not matter.
   *
   * @return true for a table with the same definition (dimensions, scale, policy, time buckets)
   * and the same counts per segment and bucket; the order of arrival does not matter
   */
  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof NpsTable other)) {
      return false;
    }
    return dimensions.equals(other.dimensions)
        && scale.equals(other.scale)
        && policy == other.policy
        && Objects.equals(timeBuckets, other.timeBuckets)
        && firstBucket == other.firstBucket
        && bucketCount == other.bucketCount
        && overflowResponses == other.overflowResponses
        && keys.equals(other.keys)
        && Arrays.equals(counts, other.counts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(dimensions, scale, policy, timeBuckets, firstBucket, keys)
        + 31 * Arrays.hashCode(counts);
  }

  @Override
  public String toString() {
    return "NpsTable"
        + dimensions
        + "["
        + keys.size()
        + " segments, "
        + (timeBuckets == null ? "no time buckets" : bucketCount + " buckets of " + timeBuckets)
        + ", "
        + responseCount()
        + " responses]";
  }

  /** The flags of a row, shared by {@link NpsRow} and the analyses. */
  static Set<SegmentFlag> flagsOf(SegmentKey key, NpsSummary summary, long minimumN) {
    Set<SegmentFlag> flags = EnumSet.noneOf(SegmentFlag.class);
    if (summary.isEmpty()) {
      flags.add(SegmentFlag.EMPTY);
    } else if (summary.count() < minimumN) {
      flags.add(SegmentFlag.LOW_N);
    }
    if (key.isOverflow()) {
      flags.add(SegmentFlag.OVERFLOW);
    } else if (key.hasMissingValue()) {
      flags.add(SegmentFlag.MISSING_KEY);
    }
    return Collections.unmodifiableSet(flags);
  }
}
