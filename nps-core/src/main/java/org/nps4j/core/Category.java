package org.nps4j.core;

/**
 * The three NPS categories a score falls into.
 *
 * <p>On the standard 0-10 scale, {@link #DETRACTOR} is 0-6, {@link #PASSIVE} is 7-8 and {@link
 * #PROMOTER} is 9-10. Other scales state their own cut-points (see {@link Scale}). The constants are
 * declared from lowest to highest, so {@code compareTo} orders categories by sentiment.
 */
public enum Category {
  /** An unhappy customer who may damage the brand; 0-6 on the standard scale. */
  DETRACTOR(-1),
  /** A satisfied but unenthusiastic customer, easy to lose to a competitor; 7-8. */
  PASSIVE(0),
  /** A loyal enthusiast who keeps buying and refers others; 9-10. */
  PROMOTER(1);

  private final int coding;

  Category(int coding) {
    this.coding = coding;
  }

  /**
   * The per-respondent coding behind the NPS statistics: promoter +1, passive 0, detractor -1. The
   * NPS on the unit scale is the mean of these codes.
   *
   * @return +1, 0 or -1
   */
  public int coding() {
    return coding;
  }
}
