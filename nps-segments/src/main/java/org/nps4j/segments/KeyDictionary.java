package org.nps4j.segments;

import java.util.ArrayList;
import java.util.Arrays;
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
 * <p>Two structures hold the keys. Nested hash maps, one level per dimension, hold every key: a
 * {@code HashMap} keeps a lookup at O(log n) even when many values share a hash code, as crafted
 * strings can. In front of them, an open-addressing table (linear probing), at most a third full,
 * holds the value itself for a one-dimension key and an array of the values otherwise: a lookup of
 * a key seen before is one hash, a probe or two in two flat arrays and an {@code equals}, where
 * the maps would follow a node per dimension and unbox the id. A key whose probe would run longer
 * than {@value #MAX_PROBES} slots is left to the maps alone. Lookups allocate nothing for a key
 * seen before. For the loops of a one-dimension table, an {@link IdentityIndex} of the table's
 * keys finds a key instance without probing, rebuilt as keys come (see {@link #identityIndex}).
 * Not thread-safe.
 */
final class KeyDictionary {
  private static final Logger LOG = LoggerFactory.getLogger(KeyDictionary.class);
  private static final int INITIAL_SLOTS = 64;
  private static final int MAX_PROBES = 16;

  private final List<String> dimensionNames;
  private final int arity;
  private final int maxSegments;
  /** Nested maps, one level per dimension; the last level maps to the Integer id. */
  private final Map<Object, Object> root = new HashMap<>();
  /** The fast table's stored form of each key (see the class comment), or null for a free slot. */
  private Object[] slotKeys = new Object[INITIAL_SLOTS];
  private int[] slotIds = new int[INITIAL_SLOTS];
  private int stored;
  private final List<SegmentKey> keys = new ArrayList<>();
  private int overflowId = -1;
  private long overflowResponses;
  /** The index of the fast table's keys as of its last build; see {@link #identityIndex}. */
  private IdentityIndex identityIndex = IdentityIndex.EMPTY;
  /** Whether keys came (or went) since the identity index was built. */
  private boolean indexStale;
  /** Lookups outside the identity index since it was built: what a rebuild must pay for. */
  private long lookupsSinceIndex;

  KeyDictionary(List<String> dimensionNames, int maxSegments) {
    this.dimensionNames = List.copyOf(dimensionNames);
    this.arity = this.dimensionNames.size();
    this.maxSegments = maxSegments;
  }

  /**
   * The id of the key of a one-dimension table's normalized value; a new id if the key is new. The
   * hot path of the most common table.
   */
  int idOf(Object value, long responses) {
    lookupsSinceIndex++;
    // Kept small so that the JIT inlines it into the caller's loop: the first slot holding the very
    // same instance is the common case, as when the values are a few interned strings or enums.
    int slot = spread(value.hashCode()) & (slotKeys.length - 1);
    if (slotKeys[slot] == value) {
      return slotIds[slot];
    }
    return probeIdOf(value, slot, responses);
  }

  private int probeIdOf(Object value, int homeSlot, long responses) {
    Object[] table = slotKeys;
    int mask = table.length - 1;
    int slot = homeSlot;
    for (int probe = 0; probe < MAX_PROBES; probe++) {
      Object candidate = table[slot];
      if (candidate == null) {
        break;
      }
      if (candidate == value || candidate.equals(value)) {
        return slotIds[slot];
      }
      slot = (slot + 1) & mask;
    }
    Object id = root.get(value);
    return id != null ? (Integer) id : newId(value, new Object[] {value}, responses);
  }

  /**
   * The id of the key of a one-dimension table's value as the extractor returned it, a string not
   * yet normalized: a string equal to a key is not blank, so it is its own normalized value and
   * the lookup needs nothing but its hash. Any other string is normalized, then looked up.
   */
  int idOfRaw(String raw, long responses) {
    lookupsSinceIndex++;
    int slot = spread(raw.hashCode()) & (slotKeys.length - 1);
    if (slotKeys[slot] == raw) {
      return slotIds[slot];
    }
    return probeRawIdOf(raw, slot, responses);
  }

  private int probeRawIdOf(String raw, int homeSlot, long responses) {
    Object[] table = slotKeys;
    int mask = table.length - 1;
    int slot = homeSlot;
    for (int probe = 0; probe < MAX_PROBES; probe++) {
      Object candidate = table[slot];
      if (candidate == null) {
        break;
      }
      if (raw.equals(candidate)) {
        return slotIds[slot];
      }
      slot = (slot + 1) & mask;
    }
    return idOf(SegmentKey.normalize(raw), responses);
  }

  /**
   * The id of the key made of the given normalized values, one per dimension; a new id if the key
   * is new. The array is not kept.
   */
  int idOf(Object[] values, long responses) {
    if (values.length != arity) {
      throw new IllegalArgumentException(
          "Invalid key (must have one value per dimension "
              + dimensionNames
              + "): "
              + Arrays.toString(values));
    }
    if (arity == 1) {
      return idOf(values[0], responses);
    }
    Object[] table = slotKeys;
    int mask = table.length - 1;
    int slot = spread(Arrays.hashCode(values)) & mask;
    for (int probe = 0; probe < MAX_PROBES; probe++) {
      Object candidate = table[slot];
      if (candidate == null) {
        break;
      }
      if (Arrays.equals((Object[]) candidate, values)) {
        return slotIds[slot];
      }
      slot = (slot + 1) & mask;
    }
    Integer id = mapIdOf(values);
    if (id != null) {
      return id;
    }
    Object[] copy = values.clone();
    return newId(copy, copy, responses);
  }

  /** The id of a key from another table, as when merging. */
  int idOf(SegmentKey key, long responses) {
    if (key.isOverflow()) {
      return overflowId(responses);
    }
    return idOf(key.values().toArray(), responses);
  }

  @SuppressWarnings("unchecked")
  private Integer mapIdOf(Object[] values) {
    Map<Object, Object> level = root;
    int last = values.length - 1;
    for (int i = 0; i < last; i++) {
      level = (Map<Object, Object>) level.get(values[i]);
      if (level == null) {
        return null;
      }
    }
    return (Integer) level.get(values.length == 0 ? SegmentKey.empty() : values[last]);
  }

  /** Gives a new key the next id, or sends it to the overflow segment past the cap. */
  @SuppressWarnings("unchecked")
  private int newId(Object storedForm, Object[] values, long responses) {
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
    if (3 * (stored + 1) > slotKeys.length) {
      rehash(2 * slotKeys.length);
    }
    insert(storedForm, id);
    indexStale = true;
    return id;
  }

  private void rehash(int slots) {
    Object[] oldKeys = slotKeys;
    int[] oldIds = slotIds;
    slotKeys = new Object[slots];
    slotIds = new int[slots];
    stored = 0;
    for (int slot = 0; slot < oldKeys.length; slot++) {
      if (oldKeys[slot] != null) {
        insert(oldKeys[slot], oldIds[slot]);
      }
    }
  }

  /** Puts a key in the fast table if a free slot is within reach of a lookup; else the maps alone hold it. */
  private void insert(Object storedForm, int id) {
    int hash = arity == 1 ? storedForm.hashCode() : Arrays.hashCode((Object[]) storedForm);
    int mask = slotKeys.length - 1;
    int slot = spread(hash) & mask;
    for (int probe = 0; probe < MAX_PROBES; probe++) {
      if (slotKeys[slot] == null) {
        slotKeys[slot] = storedForm;
        slotIds[slot] = id;
        stored++;
        return;
      }
      slot = (slot + 1) & mask;
    }
  }

  /**
   * Mixes the high bits of a hash into the low bits the mask keeps: keys such as dense boxed
   * integers or strings differing in their last character would otherwise fill runs of adjacent
   * slots.
   */
  private static int spread(int hash) {
    int mixed = hash * 0x9E3779B9;
    return mixed ^ (mixed >>> 16);
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

  /**
   * The identity index of a one-dimension table's keys, for loops that look up every object by
   * identity. A key added since the index was built is missing from it until the next build, and
   * its lookups take the general path meanwhile: the index is rebuilt only once the lookups outside
   * it are as many as the keys, so building (linear in the keys) costs at most a constant per
   * lookup, even while new keys keep coming.
   */
  IdentityIndex identityIndex() {
    if (indexStale && lookupsSinceIndex >= stored) {
      identityIndex = IdentityIndex.of(slotKeys, slotIds);
      indexStale = false;
      lookupsSinceIndex = 0;
    }
    return identityIndex;
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
    slotKeys = new Object[INITIAL_SLOTS];
    slotIds = new int[INITIAL_SLOTS];
    stored = 0;
    keys.clear();
    overflowId = -1;
    overflowResponses = 0;
    identityIndex = IdentityIndex.EMPTY;
    indexStale = false;
    lookupsSinceIndex = 0;
  }
}
