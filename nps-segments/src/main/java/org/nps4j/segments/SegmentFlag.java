package org.nps4j.segments;

/** Flags on a result row, so that a report can show why a figure is absent or to be read with care. */
public enum SegmentFlag {
  /** No answered response: n = 0 and there is no NPS. */
  EMPTY,
  /** Fewer answered responses than the minimum n: shown, but not compared, ranked or alerted on. */
  LOW_N,
  /** The segment's key has a missing value. */
  MISSING_KEY,
  /** The overflow segment of a table that reached its segment cap. */
  OVERFLOW
}
