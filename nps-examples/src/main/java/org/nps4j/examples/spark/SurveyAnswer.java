package org.nps4j.examples.spark;

import java.io.Serializable;

/**
 * One answer as a Spark bean: the segment, the month it falls in and the score.
 */
public class SurveyAnswer implements Serializable {
  private static final long serialVersionUID = 1L;
  private String segment;
  private String month;
  private int score;

  /** An empty bean, for Spark's bean encoder. */
  public SurveyAnswer() {}

  /**
   * An answer.
   *
   * @param segment the segment, such as a team
   * @param month the month label, such as {@code 2026-05}
   * @param score the score, 0 to 10
   */
  public SurveyAnswer(String segment, String month, int score) {
    this.segment = segment;
    this.month = month;
    this.score = score;
  }

  /** @return the segment */
  public String getSegment() {
    return segment;
  }

  /** @param segment the segment */
  public void setSegment(String segment) {
    this.segment = segment;
  }

  /** @return the month label */
  public String getMonth() {
    return month;
  }

  /** @param month the month label */
  public void setMonth(String month) {
    this.month = month;
  }

  /** @return the score */
  public int getScore() {
    return score;
  }

  /** @param score the score */
  public void setScore(int score) {
    this.score = score;
  }
}
