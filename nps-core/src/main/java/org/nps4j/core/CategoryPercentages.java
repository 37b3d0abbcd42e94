package org.nps4j.core;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;

/**
 * The promoter, passive and detractor percentages of a summary, rounded for display so that they
 * add up to exactly 100. Obtain them from {@link NpsSummary#categoryPercentages(int)}.
 *
 * <p>Note that {@code promoters - detractors} of the rounded percentages can differ from {@link
 * NpsSummary#roundedNetPromoterScore(int)} by a rounding unit; each is the correctly rounded figure
 * for its own purpose.
 *
 * <p>The components run from the lowest category to the highest, as in {@link
 * NpsSummary#ofCounts(long, long, long)}.
 *
 * @param detractors the detractor percentage
 * @param passives the passive percentage
 * @param promoters the promoter percentage
 */
public record CategoryPercentages(BigDecimal detractors, BigDecimal passives, BigDecimal promoters) {

  /**
   * Checks the components.
   *
   * @param detractors the detractor percentage
   * @param passives the passive percentage
   * @param promoters the promoter percentage
   * @throws NullPointerException if a component is null
   */
  public CategoryPercentages {
    Objects.requireNonNull(detractors, "detractors");
    Objects.requireNonNull(passives, "passives");
    Objects.requireNonNull(promoters, "promoters");
  }

  static CategoryPercentages largestRemainder(
      long promoters, long passives, long detractors, long total, int decimalPlaces) {
    BigInteger units = BigInteger.TEN.pow(decimalPlaces + 2);
    BigInteger n = BigInteger.valueOf(total);
    long[] counts = {promoters, passives, detractors};
    BigInteger[] floors = new BigInteger[3];
    BigInteger[] remainders = new BigInteger[3];
    BigInteger assigned = BigInteger.ZERO;
    for (int i = 0; i < 3; i++) {
      BigInteger[] quotient = BigInteger.valueOf(counts[i]).multiply(units).divideAndRemainder(n);
      floors[i] = quotient[0];
      remainders[i] = quotient[1];
      assigned = assigned.add(quotient[0]);
    }
    int leftover = units.subtract(assigned).intValueExact();
    boolean[] rounded = new boolean[3];
    for (int unit = 0; unit < leftover; unit++) {
      int best = -1;
      for (int i = 0; i < 3; i++) {
        if (!rounded[i] && (best < 0 || ranksBefore(i, best, remainders, counts))) {
          best = i;
        }
      }
      rounded[best] = true;
      floors[best] = floors[best].add(BigInteger.ONE);
    }
    return new CategoryPercentages(
        new BigDecimal(floors[2], decimalPlaces),
        new BigDecimal(floors[1], decimalPlaces),
        new BigDecimal(floors[0], decimalPlaces));
  }

  /** Larger remainder first, then larger count; the index order (promoters first) breaks ties. */
  private static boolean ranksBefore(int i, int j, BigInteger[] remainders, long[] counts) {
    int byRemainder = remainders[i].compareTo(remainders[j]);
    if (byRemainder != 0) {
      return byRemainder > 0;
    }
    return counts[i] > counts[j];
  }

  /**
   * The sum of the three percentages, always exactly 100 at the rounding precision.
   *
   * @return the total
   */
  public BigDecimal total() {
    return detractors.add(passives).add(promoters);
  }
}
