package org.nps4j.segments;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A mutable tally of survey invitations and responses per segment, from which a {@link
 * ResponseRateReport} of response rates is taken. Fill one from counts, host objects or columns:
 *
 * <ul>
 *   <li>{@link #of(Map, Map)}: counts per segment already computed;
 *   <li>{@link #count(Iterable, Function, Iterable, Function)} and {@link #count(Iterable, List,
 *       Iterable, List)}: invitation and response objects (of the same type or not) keyed by a
 *       function or by dimensions;
 *   <li>{@link #ofColumns(int[], int[], List)}: columnar data, one dense segment id per invitation
 *       and per response, with a dictionary of segment keys;
 *   <li>{@link #create()} and the {@code add} methods, to add batches or merge tallies.
 * </ul>
 *
 * <p>Every segment named in either input becomes a row, even with a count of zero, so a segment
 * with invitations and no responses shows a rate of 0 and one with responses and no invitations
 * shows as inconsistent. Rows are in the order their segments first appeared, invitations first.
 *
 * <p>Instances are not thread-safe. The {@code add} methods check all their arguments before
 * changing anything, so a rejected call leaves the tally as it was.
 */
public final class ResponseRates {
  /** The default confidence level of the rate intervals. */
  public static final double DEFAULT_LEVEL = 0.95;

  /** The default number of invitations below which a row is flagged {@link SegmentFlag#LOW_N}. */
  public static final int DEFAULT_MINIMUM_INVITATIONS = 30;

  private static final int INVITATIONS = 0;
  private static final int RESPONSES = 1;

  /** Per segment: {invitations, responses}. Insertion order is the row order. */
  private final Map<SegmentKey, long[]> counts = new LinkedHashMap<>();

  private ResponseRates() {}

  /**
   * Returns an empty tally.
   *
   * @return a new tally without segments
   */
  public static ResponseRates create() {
    return new ResponseRates();
  }

  /**
   * Returns a tally of counts per segment.
   *
   * @param invitations the number of invitations per segment
   * @param responses the number of responses per segment
   * @return a new tally with one segment per key of either map
   * @throws IllegalArgumentException if a count is negative
   * @throws NullPointerException if a map, a key or a count is null
   * @throws ArithmeticException if a sum overflows a {@code long}
   */
  public static ResponseRates of(
      Map<SegmentKey, Long> invitations, Map<SegmentKey, Long> responses) {
    Objects.requireNonNull(invitations, "invitations");
    Objects.requireNonNull(responses, "responses");
    ResponseRates rates = create();
    invitations.forEach(
        (segment, count) ->
            rates.addInvitations(segment, Objects.requireNonNull(count, "invitation count")));
    responses.forEach(
        (segment, count) ->
            rates.addResponses(segment, Objects.requireNonNull(count, "response count")));
    return rates;
  }

  /**
   * Returns a tally of host objects: each invitation and each response counts once in the segment
   * its key function returns.
   *
   * @param <I> the invitation type
   * @param <R> the response type
   * @param invitations the invitations
   * @param invitationSegment the segment of an invitation
   * @param responses the responses
   * @param responseSegment the segment of a response
   * @return a new tally
   * @throws NullPointerException if an argument is null or a key function returns null
   */
  public static <I, R> ResponseRates count(
      Iterable<? extends I> invitations,
      Function<? super I, SegmentKey> invitationSegment,
      Iterable<? extends R> responses,
      Function<? super R, SegmentKey> responseSegment) {
    Objects.requireNonNull(invitations, "invitations");
    Objects.requireNonNull(invitationSegment, "invitationSegment");
    Objects.requireNonNull(responses, "responses");
    Objects.requireNonNull(responseSegment, "responseSegment");
    ResponseRates rates = create();
    rates.tally(invitations, invitationSegment, INVITATIONS, "invitation");
    rates.tally(responses, responseSegment, RESPONSES, "response");
    return rates;
  }

  /**
   * Returns a tally of host objects segmented by dimensions: the key of an invitation has one value
   * per invitation dimension, the key of a response one per response dimension. The two lists
   * describe the same segmentation of two types, so they must have the same names in the same order
   * (for example {@code rep} and {@code industry} read from a CRM invitation and from a survey
   * answer).
   *
   * @param <I> the invitation type
   * @param <R> the response type
   * @param invitations the invitations
   * @param invitationDimensions the dimensions of an invitation
   * @param responses the responses
   * @param responseDimensions the dimensions of a response, named as {@code invitationDimensions}
   * @return a new tally
   * @throws IllegalArgumentException if the two lists of dimensions differ in their names
   * @throws NullPointerException if an argument or a dimension is null
   */
  public static <I, R> ResponseRates count(
      Iterable<? extends I> invitations,
      List<? extends Dimension<? super I>> invitationDimensions,
      Iterable<? extends R> responses,
      List<? extends Dimension<? super R>> responseDimensions) {
    Objects.requireNonNull(invitations, "invitations");
    Objects.requireNonNull(responses, "responses");
    List<String> invitationNames = names(invitationDimensions);
    List<String> responseNames = names(responseDimensions);
    if (!invitationNames.equals(responseNames)) {
      throw new IllegalArgumentException(
          "Invalid dimensions (invitations and responses must be segmented by the same names in"
              + " the same order): "
              + invitationNames
              + " and "
              + responseNames);
    }
    List<Dimension<? super I>> invitationKeys = List.copyOf(invitationDimensions);
    List<Dimension<? super R>> responseKeys = List.copyOf(responseDimensions);
    return count(
        invitations,
        invitation -> keyOf(invitationKeys, invitation),
        responses,
        response -> keyOf(responseKeys, response));
  }

  /**
   * Returns a tally of columnar data: {@code invitationSegmentIds[i]} is the segment of invitation
   * i and {@code responseSegmentIds[j]} the segment of response j, each an index into {@code
   * dictionary}. Counting runs on primitive arrays; only segments whose id occurs become rows.
   *
   * @param invitationSegmentIds the segment id of each invitation
   * @param responseSegmentIds the segment id of each response
   * @param dictionary the key of each segment id
   * @return a new tally
   * @throws IllegalArgumentException if an id is outside {@code [0, dictionary.size())}
   * @throws NullPointerException if an argument or a key the ids use is null
   */
  public static ResponseRates ofColumns(
      int[] invitationSegmentIds, int[] responseSegmentIds, List<SegmentKey> dictionary) {
    return create().addColumns(invitationSegmentIds, responseSegmentIds, dictionary);
  }

  /**
   * Adds invitations to a segment.
   *
   * @param segment the segment
   * @param count the number of invitations, 0 to make the segment appear
   * @return this tally
   * @throws IllegalArgumentException if {@code count} is negative
   * @throws NullPointerException if {@code segment} is null
   * @throws ArithmeticException if the segment's count overflows a {@code long}
   */
  public ResponseRates addInvitations(SegmentKey segment, long count) {
    return add(segment, INVITATIONS, requireCount(segment, "invitation", count));
  }

  /**
   * Adds responses to a segment.
   *
   * @param segment the segment
   * @param count the number of responses, 0 to make the segment appear
   * @return this tally
   * @throws IllegalArgumentException if {@code count} is negative
   * @throws NullPointerException if {@code segment} is null
   * @throws ArithmeticException if the segment's count overflows a {@code long}
   */
  public ResponseRates addResponses(SegmentKey segment, long count) {
    return add(segment, RESPONSES, requireCount(segment, "response", count));
  }

  /**
   * Adds columnar data, as {@link #ofColumns(int[], int[], List)} reads it.
   *
   * @param invitationSegmentIds the segment id of each invitation
   * @param responseSegmentIds the segment id of each response
   * @param dictionary the key of each segment id
   * @return this tally
   * @throws IllegalArgumentException if an id is outside {@code [0, dictionary.size())}
   * @throws NullPointerException if an argument or a key the ids use is null
   * @throws ArithmeticException if a segment's count overflows a {@code long}
   */
  public ResponseRates addColumns(
      int[] invitationSegmentIds, int[] responseSegmentIds, List<SegmentKey> dictionary) {
    Objects.requireNonNull(invitationSegmentIds, "invitationSegmentIds");
    Objects.requireNonNull(responseSegmentIds, "responseSegmentIds");
    Objects.requireNonNull(dictionary, "dictionary");
    int size = dictionary.size();
    long[] invited = new long[size];
    long[] responded = new long[size];
    // Ids in the order they first occur, so that rows come in the order of the object API.
    int[] order = new int[size];
    boolean[] seen = new boolean[size];
    int distinct = 0;
    for (int pass = 0; pass < 2; pass++) {
      int[] ids = pass == 0 ? invitationSegmentIds : responseSegmentIds;
      long[] tally = pass == 0 ? invited : responded;
      for (int row = 0; row < ids.length; row++) {
        int id = ids[row];
        if (id < 0 || id >= size) {
          throw new IllegalArgumentException(
              "Invalid segment id of "
                  + (pass == 0 ? "invitation " : "response ")
                  + row
                  + " (valid values 0 - "
                  + (size - 1)
                  + "): "
                  + id);
        }
        tally[id]++;
        if (!seen[id]) {
          seen[id] = true;
          order[distinct++] = id;
        }
      }
    }
    Map<SegmentKey, long[]> batch = new LinkedHashMap<>();
    for (int i = 0; i < distinct; i++) {
      int id = order[i];
      SegmentKey segment =
          Objects.requireNonNull(dictionary.get(id), () -> "dictionary key of segment id " + id);
      // A dictionary may name one key under two ids: their counts add up.
      batch.merge(
          segment,
          new long[] {invited[id], responded[id]},
          (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
    }
    return addBatch(batch);
  }

  /**
   * Adds the counts of another tally; its new segments follow this tally's segments.
   *
   * @param other the tally to add
   * @return this tally
   * @throws NullPointerException if {@code other} is null
   * @throws ArithmeticException if a segment's count overflows a {@code long}
   */
  public ResponseRates addAll(ResponseRates other) {
    Objects.requireNonNull(other, "other");
    return addBatch(new LinkedHashMap<>(other.counts));
  }

  /**
   * Returns the report at the default level 0.95 and minimum of 30 invitations.
   *
   * @return the report of the counts so far
   */
  public ResponseRateReport report() {
    return report(DEFAULT_LEVEL, DEFAULT_MINIMUM_INVITATIONS);
  }

  /**
   * Returns the report with intervals at a confidence level and the default minimum of 30
   * invitations.
   *
   * @param level the confidence level, strictly between 0 and 1
   * @return the report of the counts so far
   * @throws IllegalArgumentException if the level is not strictly between 0 and 1
   */
  public ResponseRateReport report(double level) {
    return report(level, DEFAULT_MINIMUM_INVITATIONS);
  }

  /**
   * Returns the report with intervals at a confidence level and rows with fewer invitations than a
   * minimum flagged {@link SegmentFlag#LOW_N}.
   *
   * @param level the confidence level, strictly between 0 and 1
   * @param minimumInvitations the minimum number of invitations, at least 1
   * @return the report of the counts so far
   * @throws IllegalArgumentException if the level is not strictly between 0 and 1 or the minimum is
   *     less than 1
   */
  public ResponseRateReport report(double level, int minimumInvitations) {
    StandardNormal.requireLevel(level);
    ResponseRate.requireMinimumInvitations(minimumInvitations);
    List<ResponseRate> rows = new ArrayList<>(counts.size());
    counts.forEach(
        (segment, tally) ->
            rows.add(
                new ResponseRate(
                    segment, tally[INVITATIONS], tally[RESPONSES], level, minimumInvitations)));
    return ResponseRateReport.of(rows, level, minimumInvitations);
  }

  @Override
  public String toString() {
    return "ResponseRates[" + counts.size() + " segments]";
  }

  private ResponseRates add(SegmentKey segment, int column, long count) {
    Objects.requireNonNull(segment, "segment");
    long[] tally = counts.get(segment);
    if (tally == null) {
      tally = new long[2];
      tally[column] = count;
      counts.put(segment, tally);
    } else {
      tally[column] = Math.addExact(tally[column], count);
    }
    return this;
  }

  /** Adds {invitations, responses} per segment, after checking every sum for overflow. */
  private ResponseRates addBatch(Map<SegmentKey, long[]> batch) {
    Map<SegmentKey, long[]> sums = new LinkedHashMap<>();
    batch.forEach(
        (segment, added) -> {
          long[] current = counts.getOrDefault(segment, new long[2]);
          sums.put(
              segment,
              new long[] {
                Math.addExact(current[INVITATIONS], added[INVITATIONS]),
                Math.addExact(current[RESPONSES], added[RESPONSES])
              });
        });
    // Existing segments keep their place; new ones follow in the batch's order.
    counts.putAll(sums);
    return this;
  }

  private <T> void tally(
      Iterable<? extends T> objects,
      Function<? super T, SegmentKey> segmentOf,
      int column,
      String what) {
    long position = 0;
    for (T object : objects) {
      long index = position++;
      SegmentKey segment =
          Objects.requireNonNull(segmentOf.apply(object), () -> "segment of " + what + " " + index);
      add(segment, column, 1);
    }
  }

  private static <T> SegmentKey keyOf(List<Dimension<? super T>> dimensions, T object) {
    Object[] values = new Object[dimensions.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = dimensions.get(i).keyOf(object);
    }
    return SegmentKey.of(values);
  }

  private static List<String> names(List<? extends Dimension<?>> dimensions) {
    Objects.requireNonNull(dimensions, "dimensions");
    List<String> names = new ArrayList<>(dimensions.size());
    for (Dimension<?> dimension : dimensions) {
      names.add(Objects.requireNonNull(dimension, "dimension").name());
    }
    return names;
  }

  private static long requireCount(SegmentKey segment, String what, long count) {
    Objects.requireNonNull(segment, "segment");
    if (count < 0) {
      throw new IllegalArgumentException(
          "Invalid " + what + " count for " + segment + " (must be >= 0): " + count);
    }
    return count;
  }
}
