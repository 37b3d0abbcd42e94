package org.nps4j.segments;

import java.time.Instant;
import java.util.Objects;

/**
 * One time bucket of a {@link TimeBuckets} definition: its index, its label ({@code 2026-11},
 * {@code 2026-Q3}, {@code 2026-W07}, {@code FY2027-Q1}, ...) and the half-open range of instants
 * {@code [start, end)} it covers in the definition's time zone.
 *
 * <p>Indexes of consecutive buckets differ by one, so the buckets between two indexes can be listed
 * without gaps, empty ones included.
 *
 * @param index the bucket's index; consecutive buckets have consecutive indexes
 * @param label the bucket's label, as shown in reports
 * @param start the first instant in the bucket
 * @param end the first instant after the bucket
 */
public record TimeBucket(long index, String label, Instant start, Instant end) {

  /**
   * Checks the bucket.
   *
   * @param index the bucket's index
   * @param label the bucket's label
   * @param start the first instant in the bucket
   * @param end the first instant after the bucket
   * @throws IllegalArgumentException if {@code label} is blank or {@code end} is not after {@code
   *     start}
   * @throws NullPointerException if an argument is null
   */
  public TimeBucket {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (label.isBlank()) {
      throw new IllegalArgumentException("Invalid time bucket label (must not be blank): '" + label + "'");
    }
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException(
          "Invalid time bucket " + label + " (end must be after start): [" + start + ", " + end + ")");
    }
  }

  /**
   * Returns true if the instant is in {@code [start, end)}.
   *
   * @param instant the instant
   * @return whether the bucket contains it
   * @throws NullPointerException if {@code instant} is null
   */
  public boolean contains(Instant instant) {
    return !instant.isBefore(start) && instant.isBefore(end);
  }

  /**
   * Returns the label.
   *
   * @return the label
   */
  @Override
  public String toString() {
    return label;
  }
}
