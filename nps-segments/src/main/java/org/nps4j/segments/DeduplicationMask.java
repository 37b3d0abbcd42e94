package org.nps4j.segments;

import java.util.Arrays;
import java.util.Objects;

/**
 * The outcome of {@link Deduplication#keepMask(long[], long[], DeduplicationPolicy)} on columnar
 * data: one flag per row saying whether the row's answer counts, and how many rows were read and
 * removed. Nothing is dropped unaccounted: {@code read() == kept() + removed()}.
 *
 * <p>Instances are immutable: {@link #keep()} returns a copy, and {@link #isKept(int)} reads a row
 * without copying.
 */
public final class DeduplicationMask {
  private final boolean[] keep;
  private final long kept;
  private final long withoutRespondent;
  private final DeduplicationPolicy policy;

  private DeduplicationMask(
      boolean[] keep, long kept, long withoutRespondent, DeduplicationPolicy policy) {
    this.keep = keep;
    this.kept = kept;
    this.withoutRespondent = withoutRespondent;
    this.policy = policy;
  }

  /** Wraps a mask the caller hands over (no copy); counts its kept rows. */
  static DeduplicationMask of(boolean[] keep, long withoutRespondent, DeduplicationPolicy policy) {
    long kept = 0;
    for (boolean row : keep) {
      if (row) {
        kept++;
      }
    }
    return new DeduplicationMask(keep, kept, withoutRespondent, policy);
  }

  /**
   * Returns whether a row's answer counts.
   *
   * @param row the row, from 0
   * @return true if the row is kept
   * @throws IndexOutOfBoundsException if {@code row} is not in {@code [0, read())}
   */
  public boolean isKept(int row) {
    Objects.checkIndex(row, keep.length);
    return keep[row];
  }

  /**
   * Returns one flag per row, true for the rows that are kept.
   *
   * @return a new array of length {@link #read()}
   */
  public boolean[] keep() {
    return keep.clone();
  }

  /**
   * Returns the kept rows' indexes in ascending order, to gather the other columns with.
   *
   * @return a new array of length {@link #kept()}
   */
  public int[] keptRows() {
    int[] rows = new int[(int) kept];
    int next = 0;
    for (int row = 0; row < keep.length; row++) {
      if (keep[row]) {
        rows[next++] = row;
      }
    }
    return rows;
  }

  /**
   * Returns the number of rows read.
   *
   * @return the length of the input columns
   */
  public long read() {
    return keep.length;
  }

  /**
   * Returns the number of rows kept.
   *
   * @return {@code read() - removed()}
   */
  public long kept() {
    return kept;
  }

  /**
   * Returns the number of rows removed as repeats of a respondent.
   *
   * @return {@code read() - kept()}
   */
  public long removed() {
    return keep.length - kept;
  }

  /**
   * Returns the number of rows without a respondent id ({@link Deduplication#NO_RESPONDENT}), which
   * could not be matched and are therefore all kept.
   *
   * @return the number of such rows, all counted in {@link #kept()}
   */
  public long withoutRespondent() {
    return withoutRespondent;
  }

  /**
   * Returns the policy that was applied.
   *
   * @return the policy
   */
  public DeduplicationPolicy policy() {
    return policy;
  }

  @Override
  public boolean equals(Object obj) {
    return this == obj
        || (obj instanceof DeduplicationMask other
            && policy == other.policy
            && withoutRespondent == other.withoutRespondent
            && Arrays.equals(keep, other.keep));
  }

  @Override
  public int hashCode() {
    return Objects.hash(policy, withoutRespondent, Arrays.hashCode(keep));
  }

  /**
   * Returns a one-line summary such as {@code LATEST: read 120, kept 100, removed 20 (3 without
   * respondent id)}.
   *
   * @return the counts as text, without the flags
   */
  @Override
  public String toString() {
    return policy
        + ": read "
        + read()
        + ", kept "
        + kept
        + ", removed "
        + removed()
        + " ("
        + withoutRespondent
        + " without respondent id)";
  }
}
