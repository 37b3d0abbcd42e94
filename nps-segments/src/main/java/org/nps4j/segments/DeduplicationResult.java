package org.nps4j.segments;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of {@link Deduplication#apply(List, java.util.function.Function,
 * java.util.function.Function, DeduplicationPolicy)}: the answers that count, in input order, and
 * how many were read and removed. Nothing is dropped unaccounted: {@code read == kept().size() +
 * removed}.
 *
 * @param <T> the type of the answers
 * @param kept the answers that count, in input order; an unmodifiable copy
 * @param read the number of answers read
 * @param removed the number of answers removed as repeats of a respondent
 * @param withoutRespondent the number of kept answers without a respondent id, which could not be
 *     matched and are therefore all kept
 * @param policy the policy that was applied
 */
public record DeduplicationResult<T>(
    List<T> kept, long read, long removed, long withoutRespondent, DeduplicationPolicy policy) {

  /**
   * Checks that the counts reconcile.
   *
   * @param kept the answers that count, in input order
   * @param read the number of answers read
   * @param removed the number of answers removed as repeats of a respondent
   * @param withoutRespondent the number of kept answers without a respondent id
   * @param policy the policy that was applied
   * @throws IllegalArgumentException if a count is negative, {@code read != kept.size() + removed}
   *     or {@code withoutRespondent > kept.size()}
   * @throws NullPointerException if {@code kept}, one of its elements or {@code policy} is null
   */
  public DeduplicationResult {
    kept = List.copyOf(kept);
    Objects.requireNonNull(policy, "policy");
    if (removed < 0 || withoutRespondent < 0) {
      throw new IllegalArgumentException(
          "Invalid deduplication counts (must be >= 0): removed "
              + removed
              + ", without respondent "
              + withoutRespondent);
    }
    if (read != kept.size() + removed) {
      throw new IllegalArgumentException(
          "Invalid deduplication counts (read must equal kept + removed): read "
              + read
              + ", kept "
              + kept.size()
              + ", removed "
              + removed);
    }
    if (withoutRespondent > kept.size()) {
      throw new IllegalArgumentException(
          "Invalid deduplication counts (without respondent must be <= kept): without respondent "
              + withoutRespondent
              + ", kept "
              + kept.size());
    }
  }

  /**
   * Returns a one-line summary such as {@code LATEST: read 120, kept 100, removed 20 (3 without
   * respondent id)}.
   *
   * @return the counts as text, without the answers
   */
  @Override
  public String toString() {
    return policy
        + ": read "
        + read
        + ", kept "
        + kept.size()
        + ", removed "
        + removed
        + " ("
        + withoutRespondent
        + " without respondent id)";
  }
}
