package org.nps4j.segments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The identity index of a dictionary's keys: every key with a hash code of its own is found with
 * its id; an equal but distinct instance, an absent key and keys it could not place are not found;
 * the same keys give the same index; and the dictionary rebuilds it once lookups outside it are as
 * many as the keys.
 */
class IdentityIndexTest {
  static LongStream seeds() {
    return LongStream.range(0, 300).map(i -> 0x1DE0_0000L + i);
  }

  @Test
  void anEmptyTableGivesAnIndexThatFindsNothing() {
    IdentityIndex index = IdentityIndex.of(new Object[8], new int[8]);
    assertThat(index.size()).isZero();
    assertThat(index.idOf("rep-1")).isEqualTo(-1);
  }

  @Test
  void findsTheVeryInstanceOnly() {
    String alice = "alice";
    String bob = new String("bob");
    IdentityIndex index =
        IdentityIndex.of(new Object[] {null, alice, bob, null}, new int[] {0, 7, 3, 0});
    assertThat(index.idOf(alice)).isEqualTo(7);
    assertThat(index.idOf(bob)).isEqualTo(3);
    assertThat(index.idOf(new String("bob"))).as("equal, another instance").isEqualTo(-1);
    assertThat(index.idOf("carol")).isEqualTo(-1);
  }

  /**
   * Keys whose hash codes are all distinct are all placed and found with their ids; keys absent
   * from the table, including equal copies of its keys, are not found. The same keys in another
   * table order give an index that finds the same ids.
   */
  @ParameterizedTest
  @MethodSource("seeds")
  void placesEveryKeyWithAHashOfItsOwn(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int count = random.nextInt(3_000);
    List<Object> keys = new ArrayList<>();
    Set<Integer> hashes = new HashSet<>();
    while (keys.size() < count) {
      Object key = random.nextInt(4) == 0 ? (Object) random.nextInt() : "key-" + random.nextLong();
      if (hashes.add(key.hashCode())) {
        keys.add(key);
      }
    }
    int slots = Integer.highestOneBit(Math.max(1, 3 * count)) << 1;
    Object[] tableKeys = new Object[slots];
    int[] tableIds = new int[slots];
    List<Integer> free = new ArrayList<>();
    for (int slot = 0; slot < slots; slot++) {
      free.add(slot);
    }
    for (int id = 0; id < count; id++) {
      int slot = free.remove(random.nextInt(free.size()));
      tableKeys[slot] = keys.get(id);
      tableIds[slot] = id;
    }
    IdentityIndex index = IdentityIndex.of(tableKeys, tableIds);
    String input = "seed " + seed + ", " + count + " keys";
    assertThat(index.size()).as(input).isEqualTo(count);
    for (int id = 0; id < count; id++) {
      assertThat(index.idOf(keys.get(id))).as(input + ", key " + keys.get(id)).isEqualTo(id);
      if (keys.get(id) instanceof String text) {
        assertThat(index.idOf(new String(text))).as(input + ", a copy of " + text).isEqualTo(-1);
      }
    }
    for (int i = 0; i < 50; i++) {
      String absent = "absent-" + random.nextLong();
      assertThat(index.idOf(absent)).as(input + ", " + absent).isEqualTo(-1);
    }
    // The same keys, packed in another order: the index does not depend on the table's layout.
    Object[] packedKeys = new Object[count + 1];
    int[] packedIds = new int[count + 1];
    for (int id = 0; id < count; id++) {
      packedKeys[count - id] = keys.get(id);
      packedIds[count - id] = id;
    }
    IdentityIndex repacked = IdentityIndex.of(packedKeys, packedIds);
    assertThat(repacked.keys()).as(input + ", repacked").containsExactly(index.keys());
    assertThat(repacked.ids()).as(input + ", repacked").containsExactly(index.ids());
  }

  /**
   * Keys that share one hash code ("Aa" and "BB" hash alike) cannot all have slots of their own:
   * a lookup finds each key's own id or nothing, never another key's id, and keys with hashes of
   * their own are still found.
   */
  @ParameterizedTest
  @MethodSource("seeds")
  void keysSharingAHashAreFoundOrMissedNeverMistaken(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Object> keys = new ArrayList<>();
    int colliding = 2 + random.nextInt(64);
    for (int i = 0; i < colliding; i++) {
      StringBuilder value = new StringBuilder();
      for (int block = 0; block < 6; block++) {
        value.append((i >> block & 1) == 0 ? "Aa" : "BB");
      }
      keys.add(value.toString());
    }
    int plain = random.nextInt(200);
    for (int i = 0; i < plain; i++) {
      keys.add("plain-" + i);
    }
    Object[] tableKeys = keys.toArray();
    int[] tableIds = new int[tableKeys.length];
    for (int i = 0; i < tableIds.length; i++) {
      tableIds[i] = i;
    }
    IdentityIndex index = IdentityIndex.of(tableKeys, tableIds);
    String input = "seed " + seed + ", " + colliding + " colliding and " + plain + " plain keys";
    int found = 0;
    for (int id = 0; id < keys.size(); id++) {
      int actual = index.idOf(keys.get(id));
      assertThat(actual).as(input + ", key " + keys.get(id)).isIn(id, -1);
      if (actual == id) {
        found++;
      }
    }
    assertThat(found).as(input + ", keys found").isEqualTo(index.size());
    assertThat(index.size()).as(input).isLessThan(keys.size());
  }

  /**
   * A dictionary's index holds the keys as of its last build; new keys reach it once the lookups
   * outside it are as many as the keys stored.
   */
  @Test
  void theDictionaryRebuildsItsIndexOnceMissesPayForIt() {
    KeyDictionary dictionary = new KeyDictionary(List.of("rep"), 100);
    List<String> reps = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      reps.add("rep-" + i);
      dictionary.idOf(reps.get(i), 1);
    }
    IdentityIndex index = dictionary.identityIndex();
    for (int i = 0; i < 10; i++) {
      assertThat(index.idOf(reps.get(i))).isEqualTo(i);
    }
    assertThat(dictionary.identityIndex()).as("no new key: the same index").isSameAs(index);

    String late = "rep-late";
    int lateId = dictionary.idOf(late, 1); // one lookup outside the index: 11 keys stored
    assertThat(dictionary.identityIndex()).as("1 lookup of 11 needed").isSameAs(index);
    for (int i = 0; i < 9; i++) {
      dictionary.idOf(reps.get(i), 1);
    }
    assertThat(dictionary.identityIndex()).as("10 lookups of 11 needed").isSameAs(index);
    dictionary.idOf(reps.get(9), 1);
    IdentityIndex rebuilt = dictionary.identityIndex();
    assertThat(rebuilt).as("11 lookups: rebuilt").isNotSameAs(index);
    assertThat(rebuilt.idOf(late)).isEqualTo(lateId);
    assertThat(rebuilt.size()).isEqualTo(11);

    dictionary.clear();
    assertThat(dictionary.identityIndex().idOf(late)).as("after clear").isEqualTo(-1);
  }
}
