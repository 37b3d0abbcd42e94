package org.nps4j.segments;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dense integer ids for the segment keys of one accumulator, capped at a maximum number of
 * segments. Keys past the cap share the overflow segment; they are not remembered, so hostile or
 * messy key values cannot exhaust memory. The first overflow is logged once, as a warning.
 *
 * <p>Lookups go value by value through nested hash maps, so the hot path allocates nothing for a key
 * it has seen before. Not thread-safe.
 */
final class KeyDictionary {
  private static final Logger LOG = LoggerFactory.getLogger(KeyDictionary.class);

  private final List<String> dimensionNames;
  private final int maxSegments;
  /** Nested maps, one level per dimension; the last level maps to the Integer id. */
  private final Map<Object, Object> root = new HashMap<>();
  private final List<SegmentKey> keys = new ArrayList<>();
  private int overflowId = -1;
  private long overflowResponses;

  KeyDictionary(List<String> dimensionNames, int maxSegments) {
    this.dimensionNames = List.copyOf(dimensionNames);
    this.maxSegments = maxSegments;
  }

  /** The id of the key made of the given normalized values; a new id if the key is new. */
  @SuppressWarnings("unchecked")
  int idOf(Object[] values, long responses) {
    Map<Object, Object> level = root;
    int last = values.length - 1;
    for (int i = 0; i < last; i++) {
      Object next = level.get(values[i]);
      if (next == null) {
        return newId(values, responses);
      }
      level = (Map<Object, Object>) next;
    }
    Object id = level.get(values.length == 0 ? SegmentKey.empty() : values[last]);
    return id == null ? newId(values, responses) : (Integer) id;
  }

  /** The id of a one-dimension key: the hot path of the most common table. */
  int idOf(Object value, long responses) {
    Object id = root.get(value);
    if (id == null) {
      return newId(new Object[] {value}, responses);
    }
    return (Integer) id;
  }

  /** The id of a key from another table, as when merging. */
  int idOf(SegmentKey key, long responses) {
    if (key.isOverflow()) {
      return overflowId(responses);
    }
    return idOf(key.values().toArray(), responses);
  }

  @SuppressWarnings("unchecked")
  private int newId(Object[] values, long responses) {
    if (keys.size() - (overflowId >= 0 ? 1 : 0) >= maxSegments) {
      return overflowId(responses);
    }
    int id = keys.size();
    keys.add(SegmentKey.of(values));
    Map<Object, Object> level = root;
    int last = values.length - 1;
    for (int i = 0; i < last; i++) {
      level = (Map<Object, Object>) level.computeIfAbsent(values[i], v -> new HashMap<>());
    }
    level.put(values.length == 0 ? SegmentKey.empty() : values[last], id);
    return id;
  }

  private int overflowId(long responses) {
    if (overflowId < 0) {
      overflowId = keys.size();
      keys.add(SegmentKey.overflow(dimensionNames.size()));
      LOG.warn(
          "Segment cap of {} reached for dimensions {}: responses with further new keys are counted"
              + " in the {} segment",
          maxSegments,
          dimensionNames,
          SpecialKeyValue.OVERFLOW);
    }
    overflowResponses += responses;
    return overflowId;
  }

  List<SegmentKey> keys() {
    return keys;
  }

  int size() {
    return keys.size();
  }

  long overflowResponses() {
    return overflowResponses;
  }

  void clear() {
    root.clear();
    keys.clear();
    overflowId = -1;
    overflowResponses = 0;
  }
}
