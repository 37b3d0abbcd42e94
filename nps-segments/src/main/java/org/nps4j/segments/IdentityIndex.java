package org.nps4j.segments;

import java.util.Arrays;

/**
 * An immutable map from key instances to segment ids, looked up by identity without a single
 * branch that depends on the key: a perfect hash ("hash and displace"). The key's hash picks a
 * bucket; the hash, mixed with the bucket's displacement, picks a slot; every key placed has a
 * slot of its own, so a lookup reads one slot and compares one reference.
 *
 * <p>It serves the common path of a one-dimension table, where an open-addressing probe would
 * mispredict a branch for every key displaced from its first slot, one key in seven to twelve at
 * a sixth to a third full: with 500 keys in random order, a loop that looks up and counts spent
 * about a fifth of its time on those mispredictions (see BENCHMARKS.md). Keys that cannot be
 * placed (equal hash codes, which crafted strings can have) are left out: a lookup of them, as of
 * any key not in the index, finds another key or nothing, and the caller takes its general path,
 * which knows every key.
 */
final class IdentityIndex {
  /** An index of no keys: every lookup misses. */
  static final IdentityIndex EMPTY =
      new IdentityIndex(new Object[2], new int[2], new int[2], 31, 31);

  /** The most displacements tried for one bucket before its keys are left out. */
  private static final int MAX_TRIES = 4096;
  /** Odd, with well-mixed bits: murmur3's first finalizer constant. */
  private static final int SLOT_MULTIPLIER = 0x85EBCA6B;

  private final Object[] keys;
  private final int[] ids;
  private final int[] displacements;
  private final int bucketShift;
  private final int slotShift;
  private final int placed;

  private IdentityIndex(
      Object[] keys, int[] ids, int[] displacements, int bucketShift, int slotShift) {
    this.keys = keys;
    this.ids = ids;
    this.displacements = displacements;
    this.bucketShift = bucketShift;
    this.slotShift = slotShift;
    int count = 0;
    for (Object key : keys) {
      if (key != null) {
        count++;
      }
    }
    this.placed = count;
  }

  /**
   * Builds the index of the non-null keys of a table, each with the id at the same position.
   *
   * @param tableKeys keys, with nulls for free positions; each key at most once
   * @param tableIds the id of each key
   */
  static IdentityIndex of(Object[] tableKeys, int[] tableIds) {
    int count = 0;
    for (Object key : tableKeys) {
      if (key != null) {
        count++;
      }
    }
    if (count == 0) {
      return EMPTY;
    }
    Object[] entryKeys = new Object[count];
    int[] entryIds = new int[count];
    int[] hashes = new int[count];
    int next = 0;
    for (int i = 0; i < tableKeys.length; i++) {
      if (tableKeys[i] != null) {
        entryKeys[next] = tableKeys[i];
        entryIds[next] = tableIds[i];
        hashes[next] = hash(tableKeys[i]);
        next++;
      }
    }
    // Half full at most, and a bucket per key or two: placement then rarely needs more than a few
    // tries per bucket.
    int slots = Math.max(2, Integer.highestOneBit(count - 1) << 2);
    int buckets = Math.max(2, Integer.highestOneBit(count));
    int bucketShift = 32 - Integer.numberOfTrailingZeros(buckets);
    int slotShift = 32 - Integer.numberOfTrailingZeros(slots);

    // Entries grouped by bucket (a counting sort), then buckets placed largest first, while the
    // table is emptiest; ties in bucket order, so that the same keys always give the same index.
    int[] bucketStarts = new int[buckets + 1];
    for (int hash : hashes) {
      bucketStarts[(hash >>> bucketShift) + 1]++;
    }
    for (int b = 0; b < buckets; b++) {
      bucketStarts[b + 1] += bucketStarts[b];
    }
    int[] members = new int[count];
    int[] filled = Arrays.copyOf(bucketStarts, buckets);
    for (int entry = 0; entry < count; entry++) {
      members[filled[hashes[entry] >>> bucketShift]++] = entry;
    }
    Integer[] order = new Integer[buckets];
    for (int b = 0; b < buckets; b++) {
      order[b] = b;
    }
    Arrays.sort(
        order,
        (left, right) -> {
          int bySize =
              Integer.compare(
                  bucketStarts[right + 1] - bucketStarts[right],
                  bucketStarts[left + 1] - bucketStarts[left]);
          return bySize != 0 ? bySize : Integer.compare(left, right);
        });

    Object[] keys = new Object[slots];
    int[] ids = new int[slots];
    int[] displacements = new int[buckets];
    int[] candidate = new int[count];
    // The try that last claimed each slot: a bucket's members must land on distinct slots.
    int[] claimedBy = new int[slots];
    int attempt = 0;
    for (int bucket : order) {
      int from = bucketStarts[bucket];
      int to = bucketStarts[bucket + 1];
      if (from == to || sharesAHash(members, from, to, hashes)) {
        continue; // no displacement separates keys whose hashes are equal
      }
      int tries = Math.min(slots, MAX_TRIES);
      for (int displacement = 0; displacement < tries; displacement++) {
        attempt++;
        if (fits(members, from, to, hashes, displacement, slotShift, keys, candidate, claimedBy,
            attempt)) {
          displacements[bucket] = displacement;
          for (int i = from; i < to; i++) {
            keys[candidate[i]] = entryKeys[members[i]];
            ids[candidate[i]] = entryIds[members[i]];
          }
          break;
        }
      }
    }
    return new IdentityIndex(keys, ids, displacements, bucketShift, slotShift);
  }

  private static boolean sharesAHash(int[] members, int from, int to, int[] hashes) {
    int[] bucketHashes = new int[to - from];
    for (int i = from; i < to; i++) {
      bucketHashes[i - from] = hashes[members[i]];
    }
    Arrays.sort(bucketHashes);
    for (int i = 1; i < bucketHashes.length; i++) {
      if (bucketHashes[i] == bucketHashes[i - 1]) {
        return true;
      }
    }
    return false;
  }

  /** Whether every member of a bucket lands on a free slot of its own under a displacement. */
  private static boolean fits(
      int[] members,
      int from,
      int to,
      int[] hashes,
      int displacement,
      int slotShift,
      Object[] keys,
      int[] candidate,
      int[] claimedBy,
      int attempt) {
    for (int i = from; i < to; i++) {
      int slot = slotOf(hashes[members[i]], displacement, slotShift);
      if (keys[slot] != null || claimedBy[slot] == attempt) {
        return false;
      }
      claimedBy[slot] = attempt;
      candidate[i] = slot;
    }
    return true;
  }

  /**
   * The slot of a hash under a displacement: the top bits of a multiplicative hash, which depend
   * on every bit of its input, so that distinct hashes part under some displacement.
   */
  static int slotOf(int hash, int displacement, int slotShift) {
    return ((hash ^ displacement) * SLOT_MULTIPLIER) >>> slotShift;
  }

  /** The hash a lookup starts from: the key's hash code, its high bits mixed into the low. */
  static int hash(Object key) {
    int mixed = key.hashCode() * 0x9E3779B9;
    return mixed ^ (mixed >>> 16);
  }


  /**
   * The id of a key instance, or -1 if the index does not hold that very instance. Loops that look
   * up on every object inline this with the arrays in local variables.
   *
   * @param key the key, not null
   */
  int idOf(Object key) {
    int hash = hash(key);
    int slot = slotOf(hash, displacements[hash >>> bucketShift], slotShift);
    return keys[slot] == key ? ids[slot] : -1;
  }

  /** The keys by slot, null where free. */
  Object[] keys() {
    return keys;
  }

  /** The id of the key in each slot. */
  int[] ids() {
    return ids;
  }

  /** The displacement of each bucket. */
  int[] displacements() {
    return displacements;
  }

  /** The shift that takes a hash to its bucket: {@code hash >>> bucketShift()}. */
  int bucketShift() {
    return bucketShift;
  }

  /** The shift of {@link #slotOf}. */
  int slotShift() {
    return slotShift;
  }

  /** The number of keys placed. */
  int size() {
    return placed;
  }
}
