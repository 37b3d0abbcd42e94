package org.nps4j.segments;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.nps4j.core.NpsSummary;

/**
 * A node of a roll-up hierarchy such as region → team → rep, obtained from {@link
 * NpsTable#hierarchy(String...)}. The root is the total; each node's summary is the exact sum of its
 * children's summaries, and a leaf's is the table's count for its full key.
 *
 * @param dimension the node's level (the dimension whose value it has), or empty for the root
 * @param path the values from the top level down to this node ({@link SegmentKey#empty()} for the
 *     root)
 * @param summary the exact summary of the node's responses
 * @param children the nodes one level down, in canonical order; empty for a leaf
 */
public record HierarchyNode(
    Optional<String> dimension, SegmentKey path, NpsSummary summary, List<HierarchyNode> children) {

  /**
   * Checks the node and copies the children.
   *
   * @param dimension the node's level, or empty for the root
   * @param path the values from the top level down to this node
   * @param summary the exact summary of the node's responses
   * @param children the nodes one level down
   * @throws NullPointerException if an argument is null
   */
  public HierarchyNode {
    Objects.requireNonNull(dimension, "dimension");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(summary, "summary");
    children = List.copyOf(children);
  }

  /** Builds the tree of a table rolled up to the hierarchy's levels, in level order. */
  static HierarchyNode of(NpsTable levels) {
    return build(levels.dimensions(), 0, SegmentKey.empty(), levels.summaries(), levels);
  }

  private static HierarchyNode build(
      List<String> levels,
      int depth,
      SegmentKey path,
      Map<SegmentKey, NpsSummary> leaves,
      NpsTable table) {
    Optional<String> dimension =
        depth == 0 ? Optional.empty() : Optional.of(levels.get(depth - 1));
    if (depth == levels.size()) {
      return new HierarchyNode(dimension, path, leaves.get(path), List.of());
    }
    Map<Object, Map<SegmentKey, NpsSummary>> byValue = new LinkedHashMap<>();
    for (Map.Entry<SegmentKey, NpsSummary> leaf : leaves.entrySet()) {
      byValue
          .computeIfAbsent(leaf.getKey().value(depth), v -> new LinkedHashMap<>())
          .put(leaf.getKey(), leaf.getValue());
    }
    List<HierarchyNode> children = new ArrayList<>(byValue.size());
    NpsSummary sum = NpsSummary.empty(table.scale(), table.unansweredPolicy());
    for (Map.Entry<Object, Map<SegmentKey, NpsSummary>> group : byValue.entrySet()) {
      HierarchyNode child =
          build(levels, depth + 1, path.append(group.getKey()), group.getValue(), table);
      children.add(child);
      sum = sum.plus(child.summary());
    }
    return new HierarchyNode(dimension, path, sum, children);
  }

  /**
   * Returns the node's own value (the last value of its path), or empty for the root.
   *
   * @return the node's own value (the last value of its path), or empty for the root
   */
  public Optional<Object> value() {
    return path.size() == 0 ? Optional.empty() : Optional.of(path.value(path.size() - 1));
  }

  /**
   * Returns true for a node without children.
   *
   * @return true for a node without children
   */
  public boolean isLeaf() {
    return children.isEmpty();
  }

  @Override
  public String toString() {
    return path + " " + summary;
  }
}
