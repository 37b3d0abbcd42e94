package org.nps4j.segments;

import java.util.List;
import java.util.Objects;

/**
 * A warning raised by an {@link AlertRule} on a {@link Trend}: which rule, which segment, which
 * buckets and the figures that triggered it, ready to show or send. Obtain them from {@link
 * Alerts#evaluate(Trend, List)} or {@link AlertRule#evaluate(Trend)}. Instances are immutable.
 *
 * @param rule the rule as stated for this trend, e.g. {@code "NPS below 20 for 3 consecutive
 *     buckets (minimum n 30)"}
 * @param segment the segment the alert is about
 * @param buckets the buckets concerned, in time order, never empty
 * @param figures the figures behind the alert, e.g. {@code "2026-07 12.5 (n 40), 2026-08 8.0 (n
 *     50), 2026-09 15.0 (n 33)"}
 * @param source the rule that raised the alert
 */
public record Alert(
    String rule, SegmentKey segment, List<TimeBucket> buckets, String figures, AlertRule source) {

  /**
   * Checks the alert and copies the buckets.
   *
   * @param rule the rule as stated
   * @param segment the segment
   * @param buckets the buckets, at least one
   * @param figures the figures
   * @param source the rule that raised the alert
   * @throws IllegalArgumentException if {@code buckets} is empty
   * @throws NullPointerException if an argument or a bucket is null
   */
  public Alert {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(segment, "segment");
    Objects.requireNonNull(figures, "figures");
    Objects.requireNonNull(source, "source");
    buckets = List.copyOf(Objects.requireNonNull(buckets, "buckets"));
    if (buckets.isEmpty()) {
      throw new IllegalArgumentException(
          "Invalid alert on " + segment + " (must name at least one bucket): no buckets");
    }
  }

  /**
   * The alert as one line, e.g. {@code "Team A: NPS below 20 for 3 consecutive buckets (minimum n
   * 30): 2026-07 12.5 (n 40), 2026-08 8.0 (n 50), 2026-09 15.0 (n 33)"}.
   *
   * @return the message
   */
  @Override
  public String toString() {
    return segment + ": " + rule + ": " + figures;
  }

  /** The label of a run of buckets: {@code 2026-07} or {@code 2026-07..2026-09}. */
  static String range(List<TimeBucket> buckets) {
    TimeBucket first = buckets.get(0);
    TimeBucket last = buckets.get(buckets.size() - 1);
    return buckets.size() == 1 ? first.label() : first.label() + ".." + last.label();
  }
}
