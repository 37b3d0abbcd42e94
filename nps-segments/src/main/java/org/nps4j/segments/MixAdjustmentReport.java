package org.nps4j.segments;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of {@link MixAdjustment#adjust(Map)}: the standard mix every focus segment was
 * standardized to, and one row per focus segment. Instances are immutable.
 *
 * @param standardMix the standard weight of each mix value, summing to 1 (up to rounding)
 * @param rows one row per focus value, in the order the values first appeared in the input
 */
public record MixAdjustmentReport(Map<Object, Double> standardMix, List<MixAdjustedNps> rows) {

  /**
   * Checks the report and copies the map and the list.
   *
   * @param standardMix the standard weight of each mix value
   * @param rows one row per focus value
   * @throws NullPointerException if an argument, a key, a weight or a row is null
   */
  public MixAdjustmentReport {
    Map<Object, Double> mix = new LinkedHashMap<>();
    for (Map.Entry<Object, Double> entry : standardMix.entrySet()) {
      mix.put(
          Objects.requireNonNull(entry.getKey(), "mix value"),
          Objects.requireNonNull(entry.getValue(), "standard weight"));
    }
    standardMix = Collections.unmodifiableMap(mix);
    rows = List.copyOf(rows);
  }

  /**
   * Returns the row of one focus value.
   *
   * @param focusValue the focus value, normalized by {@link SegmentKey#normalize(Object)} as the
   *     values of a key are
   * @return the row, or empty if the input had no cell of that focus value
   */
  public Optional<MixAdjustedNps> row(Object focusValue) {
    Object normalized = SegmentKey.normalize(focusValue);
    return rows.stream().filter(row -> row.focusValue().equals(normalized)).findFirst();
  }
}
