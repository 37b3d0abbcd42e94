package org.nps4j.segments;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.nps4j.core.NpsSummary;

/**
 * The NPS of two dimensions at once (industry × role, lead type × team), with row and column
 * totals. Every total is the exact sum of its cells, and the grand total is the sum of all cells.
 * Obtain one with {@link NpsTable#crossTab(String, String)}.
 *
 * <p>Immutable.
 */
public final class CrossTab {
  private final String rowDimension;
  private final String columnDimension;
  private final List<Object> rowValues;
  private final List<Object> columnValues;
  private final Map<Object, Map<Object, NpsSummary>> cells;
  private final Map<Object, NpsSummary> rowTotals;
  private final Map<Object, NpsSummary> columnTotals;
  private final NpsSummary grandTotal;
  private final NpsSummary empty;

  private CrossTab(NpsTable twoDimensions) {
    this.rowDimension = twoDimensions.dimensions().get(0);
    this.columnDimension = twoDimensions.dimensions().get(1);
    NpsSummary empty = NpsSummary.empty(twoDimensions.scale(), twoDimensions.unansweredPolicy());
    Map<Object, Map<Object, NpsSummary>> byRow = new LinkedHashMap<>();
    Map<Object, NpsSummary> byColumn = new LinkedHashMap<>();
    Map<Object, NpsSummary> byRowTotal = new LinkedHashMap<>();
    NpsSummary all = empty;
    for (Map.Entry<SegmentKey, NpsSummary> entry : twoDimensions.summaries().entrySet()) {
      Object row = entry.getKey().value(0);
      Object column = entry.getKey().value(1);
      NpsSummary cell = entry.getValue();
      byRow.computeIfAbsent(row, r -> new LinkedHashMap<>()).put(column, cell);
      byRowTotal.merge(row, cell, NpsSummary::plus);
      byColumn.merge(column, cell, NpsSummary::plus);
      all = all.plus(cell);
    }
    List<Object> columns = new ArrayList<>(byColumn.keySet());
    columns.sort(NpsTable::compareValues);
    Map<Object, NpsSummary> orderedColumns = new LinkedHashMap<>();
    for (Object column : columns) {
      orderedColumns.put(column, byColumn.get(column));
    }
    this.rowValues = List.copyOf(byRow.keySet());
    this.columnValues = List.copyOf(columns);
    this.cells = byRow;
    this.rowTotals = byRowTotal;
    this.columnTotals = orderedColumns;
    this.grandTotal = all;
    this.empty = empty;
  }

  static CrossTab of(NpsTable twoDimensions) {
    return new CrossTab(twoDimensions);
  }

  /**
   * Returns the name of the row dimension.
   *
   * @return the name of the row dimension
   */
  public String rowDimension() {
    return rowDimension;
  }

  /**
   * Returns the name of the column dimension.
   *
   * @return the name of the column dimension
   */
  public String columnDimension() {
    return columnDimension;
  }

  /**
   * Returns the row values, in canonical order.
   *
   * @return the row values, in canonical order
   */
  public List<Object> rowValues() {
    return rowValues;
  }

  /**
   * Returns the column values, in canonical order.
   *
   * @return the column values, in canonical order
   */
  public List<Object> columnValues() {
    return columnValues;
  }

  /**
   * Returns the summary of one cell; empty when no response has both values.
   *
   * @param rowValue the row's value (as in {@link #rowValues()})
   * @param columnValue the column's value (as in {@link #columnValues()})
   * @return the cell's summary
   * @throws NullPointerException if an argument is null
   */
  public NpsSummary cell(Object rowValue, Object columnValue) {
    Objects.requireNonNull(rowValue, "rowValue");
    Objects.requireNonNull(columnValue, "columnValue");
    Map<Object, NpsSummary> row = cells.get(rowValue);
    NpsSummary cell = row == null ? null : row.get(columnValue);
    return cell == null ? empty : cell;
  }

  /**
   * Returns the total of one row: the sum of its cells.
   *
   * @param rowValue the row's value
   * @return the row total; empty for an unknown value
   * @throws NullPointerException if {@code rowValue} is null
   */
  public NpsSummary rowTotal(Object rowValue) {
    return rowTotals.getOrDefault(Objects.requireNonNull(rowValue, "rowValue"), empty);
  }

  /**
   * Returns the total of one column: the sum of its cells.
   *
   * @param columnValue the column's value
   * @return the column total; empty for an unknown value
   * @throws NullPointerException if {@code columnValue} is null
   */
  public NpsSummary columnTotal(Object columnValue) {
    return columnTotals.getOrDefault(Objects.requireNonNull(columnValue, "columnValue"), empty);
  }

  /**
   * Returns the total of all cells.
   *
   * @return the total of all cells
   */
  public NpsSummary grandTotal() {
    return grandTotal;
  }

  @Override
  public String toString() {
    return "CrossTab["
        + rowDimension
        + " x "
        + columnDimension
        + ", "
        + rowValues.size()
        + " x "
        + columnValues.size()
        + "]";
  }
}
