package org.nps4j.segments;

/**
 * The key values a segment takes when the host's value cannot be used: the value was absent, or the
 * table had reached its segment cap. Both are visible segments of their own; a response is never
 * dropped because of its key.
 */
public enum SpecialKeyValue {
  /** The key extractor returned {@code null}, an empty {@code Optional} or a blank string. */
  MISSING("(missing)"),
  /**
   * The table had reached its maximum number of segments when this key first appeared, so the
   * response was counted in this overflow segment (see {@link Segmentation.Builder#maxSegments}).
   */
  OVERFLOW("(other)");

  private final String label;

  SpecialKeyValue(String label) {
    this.label = label;
  }

  /**
   * Returns the label shown in reports: {@code (missing)} or {@code (other)}.
   *
   * @return the label shown in reports: {@code (missing)} or {@code (other)}
   */
  @Override
  public String toString() {
    return label;
  }
}
