package org.nps4j.examples.crm;

import java.util.List;
import java.util.Locale;
import org.nps4j.core.Interval;
import org.nps4j.segments.NpsRow;
import org.nps4j.segments.TrendPoint;

/**
 * A self-contained HTML report: the trend chart (NPS per bucket with its interval band and n, as
 * inline SVG) and segment tables with flags. It loads nothing from the network, and every text that
 * comes from data is escaped.
 */
public final class HtmlReport {
  private static final int WIDTH = 760;
  private static final int HEIGHT = 320;
  private static final int LEFT = 56;
  private static final int RIGHT = 44;
  private static final int TOP = 28;
  private static final int BOTTOM = 48;

  private HtmlReport() {}

  /**
   * Renders the report.
   *
   * @param title the title
   * @param trendTitle the chart's title
   * @param trend the trend's points, in order; none for no chart
   * @param tables the segment tables, each with its heading
   * @return the HTML document
   */
  public static String render(
      String title, String trendTitle, List<TrendPoint> trend, List<Section> tables) {
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .append(escape(title))
        .append("</title>\n<style>\n")
        .append("body{font-family:system-ui,sans-serif;margin:2rem;color:#222}")
        .append("table{border-collapse:collapse;margin:1rem 0 2rem}")
        .append("th,td{padding:.25rem .6rem;text-align:right;border-bottom:1px solid #ddd}")
        .append("th:first-child,td:first-child{text-align:left}")
        .append("td.flags{text-align:left;color:#a33}")
        .append("\n</style>\n</head>\n<body>\n<h1>")
        .append(escape(title))
        .append("</h1>\n");
    if (!trend.isEmpty()) {
      html.append("<h2>").append(escape(trendTitle)).append("</h2>\n");
      chart(html, trend);
    }
    for (Section section : tables) {
      table(html, section);
    }
    html.append("</body>\n</html>\n");
    return html.toString();
  }

  /**
   * A table of segment rows under a heading.
   *
   * @param heading the heading
   * @param rows the rows
   */
  public record Section(String heading, List<NpsRow> rows) {}

  private static void chart(StringBuilder html, List<TrendPoint> points) {
    double low = 0;
    double high = 0;
    for (TrendPoint point : points) {
      if (point.interval().isPresent()) {
        low = Math.min(low, point.interval().get().lower());
        high = Math.max(high, point.interval().get().upper());
      }
    }
    double min = Math.floor(low / 20) * 20;
    double max = Math.ceil(high / 20) * 20;
    if (max == min) {
      max = min + 20;
    }
    int plotWidth = WIDTH - LEFT - RIGHT;
    int plotHeight = HEIGHT - TOP - BOTTOM;
    double step = points.size() > 1 ? (double) plotWidth / (points.size() - 1) : 0;
    html.append(String.format(Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" role=\"img\""
            + " aria-label=\"NPS per bucket with its 95%% interval\">%n", WIDTH, HEIGHT));
    for (double tick = min; tick <= max; tick += 20) {
      double y = y(tick, min, max, plotHeight);
      html.append(String.format(Locale.ROOT,
          "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>"
              + "<text x=\"%d\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\">%.0f</text>%n",
          LEFT, WIDTH - RIGHT, y, y, tick == 0 ? "#888" : "#eee", LEFT - 6, y + 4, tick));
    }
    StringBuilder band = new StringBuilder();
    StringBuilder backward = new StringBuilder();
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < points.size(); i++) {
      TrendPoint point = points.get(i);
      double x = LEFT + i * step;
      if (point.interval().isPresent()) {
        Interval interval = point.interval().get();
        band.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y(interval.upper(), min, max, plotHeight)));
        backward.insert(0, String.format(Locale.ROOT, "%.1f,%.1f ", x, y(interval.lower(), min, max, plotHeight)));
      }
      if (point.nps().isPresent()) {
        line.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y(point.nps().getAsDouble(), min, max, plotHeight)));
      }
    }
    html.append("<polygon fill=\"#cfe3f6\" points=\"").append(band).append(backward).append("\"/>\n");
    html.append("<polyline fill=\"none\" stroke=\"#1f5f99\" stroke-width=\"2\" points=\"")
        .append(line).append("\"/>\n");
    for (int i = 0; i < points.size(); i++) {
      TrendPoint point = points.get(i);
      double x = LEFT + i * step;
      if (point.nps().isPresent()) {
        double y = y(point.nps().getAsDouble(), min, max, plotHeight);
        html.append(String.format(Locale.ROOT,
            "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"#1f5f99\"><title>%s: NPS %.1f, n %d</title></circle>%n",
            x, y, escape(point.bucket().label()), point.nps().getAsDouble(), point.n()));
      }
      html.append(String.format(Locale.ROOT,
          "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\">%s</text>"
              + "<text x=\"%.1f\" y=\"%d\" font-size=\"9\" fill=\"#666\" text-anchor=\"middle\">n %d</text>%n",
          x, HEIGHT - BOTTOM + 16, escape(point.bucket().label()), x, HEIGHT - BOTTOM + 30, point.n()));
    }
    html.append("</svg>\n");
  }

  private static double y(double value, double min, double max, int plotHeight) {
    return TOP + (max - value) / (max - min) * plotHeight;
  }

  private static void table(StringBuilder html, Section section) {
    html.append("<h2>").append(escape(section.heading())).append("</h2>\n<table>\n")
        .append("<tr><th>Segment</th><th>n</th><th>NPS</th><th>95% interval</th><th>P%</th>"
            + "<th>Pa%</th><th>D%</th><th>Flags</th></tr>\n");
    for (NpsRow row : section.rows()) {
      html.append("<tr><td>").append(escape(String.join(" / ", row.segment().values().stream()
              .map(String::valueOf).toList())))
          .append("</td><td>").append(row.n())
          .append("</td><td>")
          .append(row.nps().isPresent() ? String.format(Locale.ROOT, "%.1f", row.nps().getAsDouble()) : "-")
          .append("</td><td>")
          .append(row.interval().map(i -> String.format(Locale.ROOT, "[%.1f, %.1f]", i.lower(), i.upper()))
              .orElse("-"))
          .append("</td><td>").append(percent(row.promoters(), row.n()))
          .append("</td><td>").append(percent(row.passives(), row.n()))
          .append("</td><td>").append(percent(row.detractors(), row.n()))
          .append("</td><td class=\"flags\">").append(escape(row.flags().isEmpty() ? "" : row.flags().toString()))
          .append("</td></tr>\n");
    }
    html.append("</table>\n");
  }

  private static String percent(long part, long n) {
    return n == 0 ? "-" : String.format(Locale.ROOT, "%.0f", 100.0 * part / n);
  }

  /**
   * Escapes text for HTML element content and attribute values.
   *
   * @param text the text
   * @return the escaped text
   */
  public static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
