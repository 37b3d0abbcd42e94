package org.nps4j.segments;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.nps4j.core.Interval;
import org.nps4j.core.NpsSummary;

/**
 * One entry of a {@link RankingReport}: a segment, its rank and the score it was ranked by, or, for
 * a segment below the minimum n, the segment with rank 0 and the flags that say why it was not
 * ranked.
 *
 * <p>Ranks are competition ranks: segments with exactly equal ranking scores share the best rank of
 * their group and are marked {@link #tied()}, and the next rank skips accordingly (1, 2, 2, 4).
 *
 * @param rank the competition rank from 1, or 0 for a segment that was not ranked
 * @param segment the segment's key
 * @param summary the segment's tally
 * @param rankingScore the score the segment was ranked by (see {@link RankingMethod}), on the 100
 *     scale; empty when not ranked
 * @param interval the interval behind the score: the confidence interval for {@link
 *     RankingMethod#LOWER_BOUND}, the empirical-Bayes interval around the shrunk estimate for
 *     {@link RankingMethod#EMPIRICAL_BAYES}; empty when not ranked
 * @param tied whether another ranked segment has exactly the same ranking score
 * @param flags {@link SegmentFlag#LOW_N} and {@link SegmentFlag#EMPTY} for segments not ranked,
 *     {@link SegmentFlag#MISSING_KEY} and {@link SegmentFlag#OVERFLOW} from the key; unmodifiable
 */
public record RankedSegment(
    int rank,
    SegmentKey segment,
    NpsSummary summary,
    OptionalDouble rankingScore,
    Optional<Interval> interval,
    boolean tied,
    Set<SegmentFlag> flags) {

  /**
   * Checks the entry and copies the flags.
   *
   * @param rank the competition rank, or 0 when not ranked
   * @param segment the segment's key
   * @param summary the segment's tally
   * @param rankingScore the ranking score, present exactly when ranked
   * @param interval the interval, present exactly when ranked
   * @param tied whether the score is shared, false when not ranked
   * @param flags the entry's flags
   * @throws IllegalArgumentException if the rank is negative, the score and interval are not
   *     present exactly when the rank is positive, the score is not finite, or an entry that is not
   *     ranked is marked tied
   * @throws NullPointerException if an argument or a flag is null
   */
  public RankedSegment {
    Objects.requireNonNull(segment, "segment");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(rankingScore, "rankingScore");
    Objects.requireNonNull(interval, "interval");
    flags = SegmentInputs.copyOfFlags(flags);
    if (rank < 0) {
      throw new IllegalArgumentException(
          "Invalid rank for segment " + segment + " (must be >= 0): " + rank);
    }
    boolean ranked = rank > 0;
    if (rankingScore.isPresent() != ranked || interval.isPresent() != ranked) {
      throw new IllegalArgumentException(
          "Invalid entry for segment "
              + segment
              + " (a score and an interval are required exactly when ranked): rank "
              + rank
              + ", score "
              + rankingScore
              + ", interval "
              + interval);
    }
    if (rankingScore.isPresent() && !Double.isFinite(rankingScore.getAsDouble())) {
      throw new IllegalArgumentException(
          "Invalid ranking score for segment "
              + segment
              + " (must be finite): "
              + rankingScore.getAsDouble());
    }
    if (tied && !ranked) {
      throw new IllegalArgumentException(
          "Invalid entry for segment " + segment + " (tied but not ranked)");
    }
  }

  /**
   * Whether the segment was ranked, i.e. had at least the minimum n.
   *
   * @return true if {@link #rank()} is positive
   */
  public boolean isRanked() {
    return rank > 0;
  }
}
