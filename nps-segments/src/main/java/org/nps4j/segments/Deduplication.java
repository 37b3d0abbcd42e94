package org.nps4j.segments;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Removes repeated answers of one respondent by a {@link DeduplicationPolicy}, on host objects
 * ({@link #apply(List, Function, Function, DeduplicationPolicy)}) or on columnar data ({@link
 * #keepMask(long[], long[], DeduplicationPolicy)}). Both report how many answers were read and
 * removed, and both give the same answer on the same data.
 *
 * <h2>Rules</h2>
 *
 * <ul>
 *   <li>Answers are matched by respondent id. An answer without one (a null id, an empty optional
 *       or a blank string for objects, {@link #NO_RESPONDENT} for columns) cannot be matched, so it
 *       is kept and counted in {@code withoutRespondent}: never dropped silently.
 *   <li>Ties on equal timestamps are broken by input order: {@link DeduplicationPolicy#FIRST} keeps
 *       the earliest of equally early answers in the input, {@link DeduplicationPolicy#LATEST} and
 *       {@link DeduplicationPolicy#LATEST_PER_BUCKET} the last of equally late ones.
 *   <li>{@link DeduplicationPolicy#LATEST_PER_BUCKET} matches answers by (respondent, time bucket)
 *       with the buckets of a {@link TimeBuckets}, in its time zone; asking for it without buckets
 *       is an error. Buckets passed with another policy are not used.
 *   <li>Kept answers stay in input order.
 * </ul>
 *
 * <p>The columnar form allocates no object per row: a primitive open-addressing table maps each
 * respondent (or respondent and bucket) to the row chosen so far, so ten million rows take time
 * linear in the rows and, besides the returned mask, 8 to 16 bytes per distinct respondent, plus 8
 * bytes per row for the bucket indexes of {@link DeduplicationPolicy#LATEST_PER_BUCKET}.
 */
public final class Deduplication {
  /** The respondent id of a columnar row whose respondent is unknown: {@code Long.MIN_VALUE}. */
  public static final long NO_RESPONDENT = Long.MIN_VALUE;

  private Deduplication() {}

  /**
   * Applies a policy that needs no time buckets to host objects.
   *
   * @param <T> the type of the answers
   * @param items the answers, in input order
   * @param respondentId returns who gave an answer; null, an empty optional or a blank string for
   *     an unknown respondent. Ids are matched with {@code equals}.
   * @param answeredAt returns when an answer was given
   * @param policy which answers to keep: {@code ALL}, {@code FIRST} or {@code LATEST}
   * @return the kept answers in input order and the counts
   * @throws IllegalArgumentException if {@code answeredAt} returns null for an item (the message
   *     names its index) or the policy is {@link DeduplicationPolicy#LATEST_PER_BUCKET}, which
   *     needs {@link #apply(List, Function, Function, DeduplicationPolicy, TimeBuckets)}
   * @throws NullPointerException if an argument or an item is null
   */
  public static <T> DeduplicationResult<T> apply(
      List<? extends T> items,
      Function<? super T, ?> respondentId,
      Function<? super T, ? extends Instant> answeredAt,
      DeduplicationPolicy policy) {
    Objects.requireNonNull(policy, "policy");
    requireBucketsIfNeeded(policy, null);
    return deduplicate(items, respondentId, answeredAt, policy, null);
  }

  /**
   * Applies a policy to host objects, with the time buckets that {@link
   * DeduplicationPolicy#LATEST_PER_BUCKET} needs (other policies do not use them).
   *
   * @param <T> the type of the answers
   * @param items the answers, in input order
   * @param respondentId returns who gave an answer; null, an empty optional or a blank string for
   *     an unknown respondent. Ids are matched with {@code equals}.
   * @param answeredAt returns when an answer was given
   * @param policy which answers to keep
   * @param buckets the time buckets for {@link DeduplicationPolicy#LATEST_PER_BUCKET}
   * @return the kept answers in input order and the counts
   * @throws IllegalArgumentException if {@code answeredAt} returns null for an item (the message
   *     names its index)
   * @throws NullPointerException if an argument or an item is null
   */
  public static <T> DeduplicationResult<T> apply(
      List<? extends T> items,
      Function<? super T, ?> respondentId,
      Function<? super T, ? extends Instant> answeredAt,
      DeduplicationPolicy policy,
      TimeBuckets buckets) {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(buckets, "buckets");
    return deduplicate(items, respondentId, answeredAt, policy, buckets);
  }

  /**
   * Applies a policy that needs no time buckets to columnar data: row i is the answer of respondent
   * {@code respondentIds[i]} at {@code epochMillis[i]} milliseconds since the epoch.
   *
   * @param respondentIds the respondent of each row, {@link #NO_RESPONDENT} if unknown
   * @param epochMillis the time of each row's answer, in milliseconds since 1970-01-01T00:00Z
   * @param policy which rows to keep: {@code ALL}, {@code FIRST} or {@code LATEST}
   * @return one keep flag per row and the counts
   * @throws IllegalArgumentException if the columns differ in length or the policy is {@link
   *     DeduplicationPolicy#LATEST_PER_BUCKET}, which needs {@link #keepMask(long[], long[],
   *     DeduplicationPolicy, TimeBuckets)}
   * @throws NullPointerException if an argument is null
   */
  public static DeduplicationMask keepMask(
      long[] respondentIds, long[] epochMillis, DeduplicationPolicy policy) {
    Objects.requireNonNull(policy, "policy");
    requireBucketsIfNeeded(policy, null);
    return mask(respondentIds, epochMillis, policy, null);
  }

  /**
   * Applies a policy to columnar data, with the time buckets that {@link
   * DeduplicationPolicy#LATEST_PER_BUCKET} needs (other policies do not use them).
   *
   * @param respondentIds the respondent of each row, {@link #NO_RESPONDENT} if unknown
   * @param epochMillis the time of each row's answer, in milliseconds since 1970-01-01T00:00Z
   * @param policy which rows to keep
   * @param buckets the time buckets for {@link DeduplicationPolicy#LATEST_PER_BUCKET}
   * @return one keep flag per row and the counts
   * @throws IllegalArgumentException if the columns differ in length
   * @throws NullPointerException if an argument is null
   */
  public static DeduplicationMask keepMask(
      long[] respondentIds, long[] epochMillis, DeduplicationPolicy policy, TimeBuckets buckets) {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(buckets, "buckets");
    return mask(respondentIds, epochMillis, policy, buckets);
  }

  private static void requireBucketsIfNeeded(DeduplicationPolicy policy, TimeBuckets buckets) {
    if (policy == DeduplicationPolicy.LATEST_PER_BUCKET && buckets == null) {
      throw new IllegalArgumentException(
          "Invalid policy LATEST_PER_BUCKET without time buckets: pass the TimeBuckets that define"
              + " the buckets");
    }
  }

  /** The key of LATEST_PER_BUCKET on host objects. */
  private record RespondentInBucket(Object respondent, long bucket) {}

  private static <T> DeduplicationResult<T> deduplicate(
      List<? extends T> items,
      Function<? super T, ?> respondentId,
      Function<? super T, ? extends Instant> answeredAt,
      DeduplicationPolicy policy,
      TimeBuckets buckets) {
    Objects.requireNonNull(items, "items");
    Objects.requireNonNull(respondentId, "respondentId");
    Objects.requireNonNull(answeredAt, "answeredAt");
    int size = items.size();
    List<T> inOrder = new ArrayList<>(size);
    Object[] respondents = new Object[size];
    Instant[] times = new Instant[size];
    long withoutRespondent = 0;
    // Read everything first, so that a bad item is reported before any work is done.
    Iterator<? extends T> iterator = items.iterator();
    for (int index = 0; index < size; index++) {
      int position = index;
      T item = Objects.requireNonNull(iterator.next(), () -> "item at index " + position);
      inOrder.add(item);
      Instant time = answeredAt.apply(item);
      if (time == null) {
        throw new IllegalArgumentException(
            "Invalid answer time of item at index " + index + " (must not be null): " + item);
      }
      times[index] = time;
      Object respondent = SegmentKey.normalize(respondentId.apply(item));
      if (respondent == SpecialKeyValue.MISSING) {
        withoutRespondent++;
      } else {
        respondents[index] = respondent;
      }
    }

    boolean[] keep = new boolean[size];
    if (policy == DeduplicationPolicy.ALL) {
      Arrays.fill(keep, true);
    } else {
      Map<Object, Integer> chosen = new HashMap<>();
      boolean perBucket = policy == DeduplicationPolicy.LATEST_PER_BUCKET;
      for (int index = 0; index < size; index++) {
        if (respondents[index] == null) {
          keep[index] = true;
          continue;
        }
        Object key =
            perBucket
                ? new RespondentInBucket(respondents[index], buckets.indexOf(times[index]))
                : respondents[index];
        Integer previous = chosen.get(key);
        if (previous == null || replaces(policy, times[index], times[previous])) {
          chosen.put(key, index);
        }
      }
      for (int index : chosen.values()) {
        keep[index] = true;
      }
    }

    List<T> kept = new ArrayList<>();
    for (int index = 0; index < size; index++) {
      if (keep[index]) {
        kept.add(inOrder.get(index));
      }
    }
    return new DeduplicationResult<>(kept, size, size - kept.size(), withoutRespondent, policy);
  }

  /** Whether a later answer in input order displaces the one chosen so far. */
  private static boolean replaces(DeduplicationPolicy policy, Instant candidate, Instant chosen) {
    return policy == DeduplicationPolicy.FIRST
        ? candidate.isBefore(chosen)
        : !candidate.isBefore(chosen);
  }

  private static DeduplicationMask mask(
      long[] respondentIds, long[] epochMillis, DeduplicationPolicy policy, TimeBuckets buckets) {
    Objects.requireNonNull(respondentIds, "respondentIds");
    Objects.requireNonNull(epochMillis, "epochMillis");
    if (respondentIds.length != epochMillis.length) {
      throw new IllegalArgumentException(
          "Invalid columns (respondent ids and times must have the same length): "
              + respondentIds.length
              + " and "
              + epochMillis.length);
    }
    int size = respondentIds.length;
    boolean[] keep = new boolean[size];
    long withoutRespondent = 0;
    for (long respondent : respondentIds) {
      if (respondent == NO_RESPONDENT) {
        withoutRespondent++;
      }
    }
    if (policy == DeduplicationPolicy.ALL) {
      Arrays.fill(keep, true);
      return DeduplicationMask.of(keep, withoutRespondent, policy);
    }
    long[] bucketOf = null;
    if (policy == DeduplicationPolicy.LATEST_PER_BUCKET) {
      bucketOf = new long[size];
      TimeBuckets.Cursor cursor = buckets.cursor();
      for (int row = 0; row < size; row++) {
        if (respondentIds[row] != NO_RESPONDENT) {
          bucketOf[row] = cursor.indexOfEpochMilli(epochMillis[row]);
        }
      }
    }
    ChosenRows chosen =
        new ChosenRows(respondentIds, bucketOf, epochMillis, policy == DeduplicationPolicy.FIRST);
    for (int row = 0; row < size; row++) {
      if (respondentIds[row] == NO_RESPONDENT) {
        keep[row] = true;
      } else {
        chosen.offer(row);
      }
    }
    chosen.markChosen(keep);
    return DeduplicationMask.of(keep, withoutRespondent, policy);
  }

  /**
   * An open-addressing hash table (linear probing) from a respondent, or a respondent and a bucket,
   * to the row chosen so far. It stores only row numbers, {@code row + 1} with 0 for an empty slot:
   * a slot's key is read from the columns, so there is no object and no copied key per row.
   */
  private static final class ChosenRows {
    private static final int MAX_CAPACITY = 1 << 30;

    private final long[] respondents;
    private final long[] buckets;
    private final long[] times;
    private final boolean keepFirst;
    private int[] slots = new int[64];
    private int size;

    ChosenRows(long[] respondents, long[] buckets, long[] times, boolean keepFirst) {
      this.respondents = respondents;
      this.buckets = buckets;
      this.times = times;
      this.keepFirst = keepFirst;
    }

    void offer(int row) {
      int mask = slots.length - 1;
      int slot = hash(row) & mask;
      while (true) {
        int stored = slots[slot];
        if (stored == 0) {
          slots[slot] = row + 1;
          size++;
          if (size > slots.length / 2) {
            grow();
          }
          return;
        }
        int chosen = stored - 1;
        if (sameKey(chosen, row)) {
          if (keepFirst ? times[row] < times[chosen] : times[row] >= times[chosen]) {
            slots[slot] = row + 1;
          }
          return;
        }
        slot = (slot + 1) & mask;
      }
    }

    void markChosen(boolean[] keep) {
      for (int stored : slots) {
        if (stored != 0) {
          keep[stored - 1] = true;
        }
      }
    }

    private boolean sameKey(int a, int b) {
      return respondents[a] == respondents[b] && (buckets == null || buckets[a] == buckets[b]);
    }

    private int hash(int row) {
      long key = respondents[row];
      if (buckets != null) {
        key += buckets[row] * 0x9E37_79B9_7F4A_7C15L;
      }
      // The finalizer of MurmurHash3: sequential ids must not land in sequential slots.
      key ^= key >>> 33;
      key *= 0xff51_afd7_ed55_8ccdL;
      key ^= key >>> 33;
      key *= 0xc4ce_b9fe_1a85_ec53L;
      key ^= key >>> 33;
      return (int) key;
    }

    private void grow() {
      if (slots.length >= MAX_CAPACITY) {
        // The largest table fills up instead of doubling; refusing before its last slot is taken
        // keeps an empty slot for every probe to stop at.
        if (size >= slots.length - 1) {
          throw new IllegalArgumentException(
              "Too many distinct respondents to deduplicate in one call (must be < "
                  + (slots.length - 1)
                  + "): "
                  + size);
        }
        return;
      }
      int[] old = slots;
      slots = new int[old.length * 2];
      int mask = slots.length - 1;
      for (int stored : old) {
        if (stored != 0) {
          int slot = hash(stored - 1) & mask;
          while (slots[slot] != 0) {
            slot = (slot + 1) & mask;
          }
          slots[slot] = stored;
        }
      }
    }
  }
}
