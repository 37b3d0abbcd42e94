package org.nps4j.segments;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.nps4j.core.IntervalMethod;
import org.nps4j.core.NpsSummary;
import org.nps4j.core.Scale;
import org.nps4j.core.UnansweredPolicy;

/**
 * Checks and wording shared by {@link SegmentComparisons} and {@link Ranking}: the segment map's
 * consistency, the options' ranges, the flags of a segment and the names of interval methods.
 */
final class SegmentInputs {
  private SegmentInputs() {}

  /**
   * Returns the map's entries in iteration order, after checking that no key or summary is null and
   * that every summary that counted anything is on the same scale under the same unanswered policy.
   * A summary that counted nothing at all (such as {@link NpsSummary#empty()}) fits any scale, as
   * {@link NpsSummary#plus(NpsSummary)} accepts it.
   *
   * @throws IllegalArgumentException naming the two segments and their scales or policies
   * @throws NullPointerException if the map, a key or a summary is null
   */
  static List<Map.Entry<SegmentKey, NpsSummary>> requireConsistent(
      Map<SegmentKey, NpsSummary> segments) {
    Objects.requireNonNull(segments, "segments");
    List<Map.Entry<SegmentKey, NpsSummary>> entries = new ArrayList<>(segments.size());
    Map.Entry<SegmentKey, NpsSummary> reference = null;
    for (Map.Entry<SegmentKey, NpsSummary> entry : segments.entrySet()) {
      SegmentKey key = Objects.requireNonNull(entry.getKey(), "segment key");
      NpsSummary summary =
          Objects.requireNonNull(entry.getValue(), () -> "summary of segment " + key);
      entries.add(Map.entry(key, summary));
      if (isBlank(summary)) {
        continue;
      }
      if (reference == null) {
        reference = entries.get(entries.size() - 1);
        continue;
      }
      NpsSummary first = reference.getValue();
      if (!first.scale().equals(summary.scale())) {
        throw new IllegalArgumentException(
            "Segments on different scales: "
                + reference.getKey()
                + " on "
                + first.scale()
                + " and "
                + key
                + " on "
                + summary.scale());
      }
      if (first.unansweredPolicy() != summary.unansweredPolicy()) {
        throw new IllegalArgumentException(
            "Segments under different unanswered policies: "
                + reference.getKey()
                + " under "
                + first.unansweredPolicy()
                + " and "
                + key
                + " under "
                + summary.unansweredPolicy());
      }
    }
    return entries;
  }

  /** The empty summary on the entries' common scale and policy (standard, EXCLUDE if none). */
  static NpsSummary emptyLike(List<Map.Entry<SegmentKey, NpsSummary>> entries) {
    for (Map.Entry<SegmentKey, NpsSummary> entry : entries) {
      NpsSummary summary = entry.getValue();
      if (!isBlank(summary)) {
        return NpsSummary.empty(summary.scale(), summary.unansweredPolicy());
      }
    }
    return NpsSummary.empty(Scale.STANDARD, UnansweredPolicy.EXCLUDE);
  }

  /** Whether a summary counted nothing at all, not even an unanswered survey. */
  static boolean isBlank(NpsSummary summary) {
    return summary.answered() == 0 && summary.missing() == 0 && summary.declined() == 0;
  }

  /**
   * @throws IllegalArgumentException if the minimum n is below 1
   */
  static long requireMinimumN(long minimumN) {
    if (minimumN < 1) {
      throw new IllegalArgumentException("Invalid minimum n (must be >= 1): " + minimumN);
    }
    return minimumN;
  }

  /** The flags a segment's key earns: MISSING_KEY, OVERFLOW. */
  static EnumSet<SegmentFlag> keyFlags(SegmentKey key) {
    EnumSet<SegmentFlag> flags = EnumSet.noneOf(SegmentFlag.class);
    if (key.hasMissingValue()) {
      flags.add(SegmentFlag.MISSING_KEY);
    }
    if (key.isOverflow()) {
      flags.add(SegmentFlag.OVERFLOW);
    }
    return flags;
  }

  /** An unmodifiable copy of a flag set, iterating in declaration order. */
  static Set<SegmentFlag> copyOfFlags(Set<SegmentFlag> flags) {
    Objects.requireNonNull(flags, "flags");
    EnumSet<SegmentFlag> copy = EnumSet.noneOf(SegmentFlag.class);
    for (SegmentFlag flag : flags) {
      copy.add(Objects.requireNonNull(flag, "flag"));
    }
    return Collections.unmodifiableSet(copy);
  }

  /** The interval method in words, e.g. "adjusted Wald". */
  static String describe(IntervalMethod method) {
    return switch (method) {
      case WALD -> "Wald";
      case ADJUSTED_WALD -> "adjusted Wald";
      case ADJUSTED_WALD_Z2_OVER_3 -> "adjusted Wald (z^2/3 per category)";
      case SCORE -> "Tango score";
    };
  }

  /** A level as a percentage without trailing zeros: 0.95 as "95%", 0.975 as "97.5%". */
  static String percent(double level) {
    return BigDecimal.valueOf(level).movePointRight(2).stripTrailingZeros().toPlainString() + "%";
  }
}
