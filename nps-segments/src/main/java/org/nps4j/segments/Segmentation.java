package org.nps4j.segments;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Collector;
import org.nps4j.core.Response;
import org.nps4j.core.Scale;
import org.nps4j.core.UnansweredPolicy;

/**
 * How to tabulate host objects into an {@link NpsTable}: the dimensions to segment by, where the
 * score is, optionally where the answer time is and the {@link TimeBuckets} to put it in, the
 * scale, the unanswered policy and the segment cap.
 *
 * <pre>{@code
 * Segmentation<Deal> byRepAndMonth = Segmentation.<Deal>by(Dimension.of("rep", Deal::rep))
 *     .score(Deal::score)
 *     .time(Deal::answeredAt, TimeBuckets.months(ZoneId.of("Europe/Paris")))
 *     .build();
 * NpsTable table = byRepAndMonth.tabulate(deals);                 // one pass over a collection
 * NpsTable same = deals.parallelStream().collect(byRepAndMonth.toTable()); // or a stream
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; the accumulators they create are not.
 *
 * @param <T> the host type
 */
public final class Segmentation<T> {
  /** The default segment cap: 10,000 segments per table, plus the overflow segment. */
  public static final int DEFAULT_MAX_SEGMENTS = 10_000;
  /** Objects per chunk of {@link #tabulateAll}: their fields stay in a core's L2 cache. */
  private static final int CHUNK = 4096;

  private final List<Dimension<? super T>> dimensions;
  private final List<String> dimensionNames;
  private final Function<? super T, OptionalInt> score;
  private final ToIntFunction<? super T> answeredScore;
  private final Function<? super T, Instant> answeredAt;
  private final TimeBuckets timeBuckets;
  private final Scale scale;
  private final UnansweredPolicy unansweredPolicy;
  private final int maxSegments;

  private Segmentation(Builder<T> builder) {
    this.dimensions = List.copyOf(builder.dimensions);
    List<String> names = new ArrayList<>();
    for (Dimension<? super T> dimension : dimensions) {
      names.add(dimension.name());
    }
    this.dimensionNames = List.copyOf(names);
    this.score = builder.score;
    this.answeredScore = builder.answeredScore;
    this.answeredAt = builder.answeredAt;
    this.timeBuckets = builder.timeBuckets;
    this.scale = builder.scale;
    this.unansweredPolicy = builder.unansweredPolicy;
    this.maxSegments = builder.maxSegments;
  }

  /**
   * Starts a segmentation by the given dimensions, in order. With no dimension, the table has one
   * segment (the total), which is still useful with time buckets.
   *
   * @param <T> the host type
   * @param dimensions the dimensions, with distinct names
   * @return a builder
   * @throws IllegalArgumentException if two dimensions share a name
   * @throws NullPointerException if a dimension is null
   */
  @SafeVarargs
  public static <T> Builder<T> by(Dimension<? super T>... dimensions) {
    return Segmentation.<T>by(List.of(dimensions));
  }

  /**
   * Starts a segmentation by the given dimensions, in order.
   *
   * @param <T> the host type
   * @param dimensions the dimensions, with distinct names
   * @return a builder
   * @throws IllegalArgumentException if two dimensions share a name
   * @throws NullPointerException if a dimension is null
   */
  public static <T> Builder<T> by(List<? extends Dimension<? super T>> dimensions) {
    Set<String> seen = new HashSet<>();
    for (Dimension<? super T> dimension : dimensions) {
      Objects.requireNonNull(dimension, "dimension");
      if (!seen.add(dimension.name())) {
        throw new IllegalArgumentException(
            "Invalid dimensions (names must be distinct): '" + dimension.name() + "' appears twice");
      }
    }
    return new Builder<T>(List.copyOf(dimensions));
  }

  /**
   * Starts a segmentation of nps-core {@link Response}s by the given dimensions, with the score
   * taken from {@link Response#score()}. Add {@link Builder#time} with {@code Response::answeredAt}
   * for time buckets.
   *
   * @param dimensions the dimensions, with distinct names
   * @return a builder
   * @throws IllegalArgumentException if two dimensions share a name
   * @throws NullPointerException if a dimension is null
   */
  @SafeVarargs
  public static Builder<Response> ofResponses(Dimension<? super Response>... dimensions) {
    return Segmentation.<Response>by(List.of(dimensions)).score(r -> r.score().value());
  }

  /**
   * Returns the dimensions, in key order.
   *
   * @return the dimensions, in key order
   */
  public List<Dimension<? super T>> dimensions() {
    return dimensions;
  }

  /**
   * Returns the dimension names, in key order.
   *
   * @return the dimension names, in key order
   */
  public List<String> dimensionNames() {
    return dimensionNames;
  }

  /**
   * Returns the time buckets, if answers are bucketed by time.
   *
   * @return the time buckets, if answers are bucketed by time
   */
  public Optional<TimeBuckets> timeBuckets() {
    return Optional.ofNullable(timeBuckets);
  }

  /**
   * Returns the scale of the scores.
   *
   * @return the scale of the scores
   */
  public Scale scale() {
    return scale;
  }

  /**
   * Returns how unanswered responses count.
   *
   * @return how unanswered responses count
   */
  public UnansweredPolicy unansweredPolicy() {
    return unansweredPolicy;
  }

  /**
   * Returns the segment cap.
   *
   * @return the segment cap
   */
  public int maxSegments() {
    return maxSegments;
  }

  /**
   * Returns a new, empty accumulator for this segmentation.
   *
   * @return a new, empty accumulator for this segmentation
   */
  public NpsTableAccumulator<T> newAccumulator() {
    return new NpsTableAccumulator<>(this);
  }

  /**
   * Tabulates host objects in one pass.
   *
   * @param objects the objects
   * @return the table
   * @throws IllegalArgumentException if an object's score is off the scale, or its answer time is
   *     null; the message names the object's position and the rule
   * @throws NullPointerException if {@code objects} or an element is null
   */
  public NpsTable tabulate(Iterable<? extends T> objects) {
    NpsTableAccumulator<T> accumulator = newAccumulator();
    accumulator.addAll(objects);
    return accumulator.snapshot();
  }

  /**
   * Returns a collector into a table. Parallel streams give exactly the sequential table: each
   * thread fills its own accumulator and the accumulators combine by adding counts.
   *
   * @return the collector
   */
  public Collector<T, ?, NpsTable> toTable() {
    return Collector.of(
        this::newAccumulator,
        NpsTableAccumulator::add,
        NpsTableAccumulator::combine,
        NpsTableAccumulator::snapshot);
  }

  /**
   * Tabulates host objects into several tables in one pass: each object is read from memory once
   * and added to one table per segmentation, as a dashboard's NPS per rep and per (industry,
   * month) come from the same responses. The result is the list of what {@link #tabulate} of each
   * segmentation would give, in the order of {@code segmentations}; reading the objects once is
   * faster when the objects are many. A random-access list is taken in chunks of a few thousand
   * objects, which stay in the cache while the tables take them two at a time in one loop.
   *
   * @param <T> the host type
   * @param objects the objects
   * @param segmentations the segmentations, one table each; the same one may appear twice
   * @return the tables, in the order of {@code segmentations}
   * @throws IllegalArgumentException if {@code segmentations} is empty, or an object's score is off
   *     a segmentation's scale or its answer time is null; the message names the object's position
   *     and the rule. With one or two segmentations that is the first invalid object; with more,
   *     the first that a chunk's pass over the tables meets, which may lie after an object that
   *     only a later table refuses
   * @throws NullPointerException if an argument, a segmentation or an object is null
   */
  public static <T> List<NpsTable> tabulateAll(
      Iterable<? extends T> objects, List<? extends Segmentation<? super T>> segmentations) {
    Objects.requireNonNull(objects, "objects");
    List<NpsTableAccumulator<? super T>> accumulators = newAccumulators(segmentations);
    @SuppressWarnings("unchecked")
    NpsTableAccumulator<? super T>[] targets = accumulators.toArray(new NpsTableAccumulator[0]);
    if (objects instanceof List<? extends T> list && list instanceof RandomAccess) {
      // Chunk by chunk, tables two at a time in one loop (and the last alone if odd): each
      // object is read once per pair, and a chunk's objects are still in the cache for the next
      // pair.
      int size = list.size();
      int paired = targets.length & ~1;
      for (int from = 0; from < size; from += CHUNK) {
        int to = Math.min(size, from + CHUNK);
        for (int i = 0; i < paired; i += 2) {
          NpsTableAccumulator.addAll(targets[i], targets[i + 1], list, from, to);
        }
        if (paired < targets.length) {
          addAllTo(targets[paired], list, from, to);
        }
      }
    } else {
      long position = 0;
      for (T object : objects) {
        addToAll(targets, object, position++);
      }
    }
    return snapshots(accumulators);
  }

  /** A list of {@code T} is a list of {@code S} to read from, for an {@code S} super T. */
  @SuppressWarnings("unchecked")
  private static <S> void addAllTo(
      NpsTableAccumulator<S> target, List<?> list, int from, int to) {
    target.addAll((List<? extends S>) list, from, to);
  }

  private static <T> void addToAll(NpsTableAccumulator<? super T>[] targets, T object, long position) {
    try {
      for (NpsTableAccumulator<? super T> target : targets) {
        target.add(object);
      }
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "Invalid object at position " + position + ": " + e.getMessage(), e);
    }
  }

  /**
   * Returns a collector into several tables at once, one per segmentation, in the order of {@code
   * segmentations}: the stream form of {@link #tabulateAll}. Parallel streams give exactly the
   * sequential tables.
   *
   * @param <T> the host type
   * @param segmentations the segmentations, one table each
   * @return the collector
   * @throws IllegalArgumentException if {@code segmentations} is empty
   * @throws NullPointerException if {@code segmentations} or one of them is null
   */
  public static <T> Collector<T, ?, List<NpsTable>> toTables(
      List<? extends Segmentation<? super T>> segmentations) {
    List<Segmentation<? super T>> fixed = List.copyOf(checkedSegmentations(segmentations));
    return Collector.<T, List<NpsTableAccumulator<? super T>>, List<NpsTable>>of(
        () -> newAccumulators(fixed),
        (accumulators, object) -> {
          for (NpsTableAccumulator<? super T> accumulator : accumulators) {
            accumulator.add(object);
          }
        },
        (left, right) -> {
          for (int i = 0; i < left.size(); i++) {
            combineInto(left.get(i), right.get(i));
          }
          return left;
        },
        Segmentation::snapshots);
  }

  private static <T> List<? extends Segmentation<? super T>> checkedSegmentations(
      List<? extends Segmentation<? super T>> segmentations) {
    Objects.requireNonNull(segmentations, "segmentations");
    if (segmentations.isEmpty()) {
      throw new IllegalArgumentException(
          "Invalid segmentations (must name at least one table): " + segmentations);
    }
    for (Segmentation<? super T> segmentation : segmentations) {
      Objects.requireNonNull(segmentation, "segmentation");
    }
    return segmentations;
  }

  private static <T> List<NpsTableAccumulator<? super T>> newAccumulators(
      List<? extends Segmentation<? super T>> segmentations) {
    List<NpsTableAccumulator<? super T>> accumulators = new ArrayList<>();
    for (Segmentation<? super T> segmentation : checkedSegmentations(segmentations)) {
      accumulators.add(segmentation.newAccumulator());
    }
    return accumulators;
  }

  /** Combines two accumulators made by the same segmentation (the wildcard hides that). */
  @SuppressWarnings("unchecked")
  private static <S> void combineInto(
      NpsTableAccumulator<S> left, NpsTableAccumulator<?> right) {
    left.combine((NpsTableAccumulator<S>) right);
  }

  private static List<NpsTable> snapshots(List<? extends NpsTableAccumulator<?>> accumulators) {
    List<NpsTable> tables = new ArrayList<>(accumulators.size());
    for (NpsTableAccumulator<?> accumulator : accumulators) {
      tables.add(accumulator.snapshot());
    }
    return List.copyOf(tables);
  }

  boolean hasOptionalScore() {
    return score != null;
  }

  OptionalInt optionalScoreOf(T object) {
    return Objects.requireNonNull(score.apply(object), "score extractor returned null");
  }

  int scoreOf(T object) {
    return answeredScore.applyAsInt(object);
  }

  Instant answeredAtOf(T object) {
    return answeredAt.apply(object);
  }

  ToIntFunction<? super T> answeredScoreExtractor() {
    return answeredScore;
  }

  Function<? super T, Instant> answeredAtExtractor() {
    return answeredAt;
  }

  /**
   * Builds a {@link Segmentation}. A score extractor is required; everything else has a default:
   * no time buckets, {@link Scale#STANDARD}, {@link UnansweredPolicy#EXCLUDE}, a cap of {@value
   * Segmentation#DEFAULT_MAX_SEGMENTS} segments.
   *
   * @param <T> the host type
   */
  public static final class Builder<T> {
    private final List<Dimension<? super T>> dimensions;
    private Function<? super T, OptionalInt> score;
    private ToIntFunction<? super T> answeredScore;
    private Function<? super T, Instant> answeredAt;
    private TimeBuckets timeBuckets;
    private Scale scale = Scale.STANDARD;
    private UnansweredPolicy unansweredPolicy = UnansweredPolicy.EXCLUDE;
    private int maxSegments = DEFAULT_MAX_SEGMENTS;

    private Builder(List<Dimension<? super T>> dimensions) {
      this.dimensions = dimensions;
    }

    /**
     * Sets where the score is, for host objects that always have one.
     *
     * @param score returns the answer on the scale
     * @return this builder
     * @throws NullPointerException if {@code score} is null
     */
    public Builder<T> score(ToIntFunction<? super T> score) {
      this.answeredScore = Objects.requireNonNull(score, "score");
      this.score = null;
      return this;
    }

    /**
     * Sets where the score is, for host objects that may have none: an empty value counts as a
     * missing answer (reported in {@code missing()}, and as a passive under {@link
     * UnansweredPolicy#COUNT_AS_PASSIVE}).
     *
     * @param score returns the answer, or empty when there is none
     * @return this builder
     * @throws NullPointerException if {@code score} is null
     */
    public Builder<T> scoreOrMissing(Function<? super T, OptionalInt> score) {
      this.score = Objects.requireNonNull(score, "score");
      this.answeredScore = null;
      return this;
    }

    /**
     * Buckets answers by time.
     *
     * @param answeredAt returns the instant of the answer (never null)
     * @param buckets the buckets, with their explicit time zone
     * @return this builder
     * @throws NullPointerException if an argument is null
     */
    public Builder<T> time(Function<? super T, Instant> answeredAt, TimeBuckets buckets) {
      this.answeredAt = Objects.requireNonNull(answeredAt, "answeredAt");
      this.timeBuckets = Objects.requireNonNull(buckets, "buckets");
      return this;
    }

    /**
     * Sets the scale of the scores (default {@link Scale#STANDARD}).
     *
     * @param scale the scale
     * @return this builder
     * @throws NullPointerException if {@code scale} is null
     */
    public Builder<T> scale(Scale scale) {
      this.scale = Objects.requireNonNull(scale, "scale");
      return this;
    }

    /**
     * Sets how unanswered responses count (default {@link UnansweredPolicy#EXCLUDE}).
     *
     * @param policy the policy
     * @return this builder
     * @throws NullPointerException if {@code policy} is null
     */
    public Builder<T> unansweredPolicy(UnansweredPolicy policy) {
      this.unansweredPolicy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Sets the segment cap (default {@value Segmentation#DEFAULT_MAX_SEGMENTS}). Once a table has
     * this many segments, responses with a new key are counted in the {@link
     * SpecialKeyValue#OVERFLOW} segment, and a warning is logged once per accumulator.
     *
     * @param maxSegments the cap, at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code maxSegments} is less than 1
     */
    public Builder<T> maxSegments(int maxSegments) {
      if (maxSegments < 1) {
        throw new IllegalArgumentException(
            "Invalid maximum number of segments (must be >= 1): " + maxSegments);
      }
      this.maxSegments = maxSegments;
      return this;
    }

    /**
     * Builds the segmentation.
     *
     * @return the segmentation
     * @throws IllegalStateException if no score extractor was set
     */
    public Segmentation<T> build() {
      if (score == null && answeredScore == null) {
        throw new IllegalStateException(
            "A segmentation needs a score: call score(...) or scoreOrMissing(...) before build()");
      }
      return new Segmentation<>(this);
    }
  }
}
