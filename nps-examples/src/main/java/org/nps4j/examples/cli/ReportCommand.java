package org.nps4j.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.nps4j.examples.crm.HtmlReport;
import org.nps4j.segments.Dimension;
import org.nps4j.segments.NpsRow;
import org.nps4j.segments.NpsTable;
import org.nps4j.segments.NpsTableAccumulator;
import org.nps4j.segments.Segmentation;
import org.nps4j.segments.TimeBuckets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code nps report FILE}: NPS by columns and over time from a CSV export, streamed in constant
 * memory (a table of counts per segment and bucket, and the first rejections).
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "NPS by segment (and over time) from a survey-tool CSV export.",
      "Default columns are Delighted's: Name, Email, Score, Comment, Response Timestamp, plus"
          + " property columns to segment by. Rows with a bad score, timestamp, column count or"
          + " encoding are rejected with their line number; read = accepted + rejected."
    })
final class ReportCommand implements Callable<Integer> {
  /** Rejections kept in full for the report; past this, only counted. */
  static final int REJECTIONS_SHOWN = 100;

  enum Trend { week, month, quarter }

  enum Format { table, csv, json, html }

  @Parameters(index = "0", paramLabel = "FILE", description = "The CSV export (UTF-8, with a header).")
  Path file;

  @Option(names = "--by", split = ",", paramLabel = "COL", description = "Columns to segment by.")
  List<String> by = new ArrayList<>();

  @Option(names = "--trend", paramLabel = "UNIT", description = "Time buckets: ${COMPLETION-CANDIDATES}.")
  Trend trend;

  @Option(names = "--zone", paramLabel = "ZONE",
      description = "Time zone of the buckets and of timestamps without an offset, e.g. Europe/Paris"
          + " (required with --trend).")
  ZoneId zone;

  @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
      description = "Output: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--score-column", defaultValue = "Score", paramLabel = "COL",
      description = "The score column (default ${DEFAULT-VALUE}).")
  String scoreColumn;

  @Option(names = "--time-column", defaultValue = "Response Timestamp", paramLabel = "COL",
      description = "The answer-time column (default ${DEFAULT-VALUE}).")
  String timeColumn;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** One accepted row: its segment values, score and answer time. */
  record Row(List<String> keys, int score, Instant answeredAt) {}

  private static final DateTimeFormatter SPACED =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .appendPattern("yyyy-MM-dd HH:mm:ss")
          .optionalStart()
          .appendPattern(" xx")
          .optionalEnd()
          .toFormatter(Locale.ROOT);

  @Override
  public Integer call() throws IOException {
    if (trend != null && zone == null) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "Missing --zone: buckets by " + trend + " need an explicit time zone, e.g. --zone Europe/Paris");
    }
    ZoneId timeZone = zone != null ? zone : ZoneId.of("UTC");
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();

    Segmentation.Builder<Row> builder = Segmentation.by(dimensions()).score(Row::score);
    if (trend != null) {
      builder.time(Row::answeredAt, switch (trend) {
        case week -> TimeBuckets.isoWeeks(timeZone);
        case month -> TimeBuckets.months(timeZone);
        case quarter -> TimeBuckets.quarters(timeZone);
      });
    }
    NpsTableAccumulator<Row> accumulator = builder.build().newAccumulator();
    long read = 0;
    long rejected = 0;
    Map<String, Long> rejectedByReason = new TreeMap<>();
    List<String> rejections = new ArrayList<>();

    // Malformed bytes become U+FFFD, so that the row they are in is rejected, not the whole file.
    var decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
    try (Reader reader = new java.io.InputStreamReader(Files.newInputStream(file), decoder);
        CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreSurroundingSpaces(true).get().parse(reader)) {
      List<String> header = parser.getHeaderNames();
      requireColumn(header, scoreColumn, "--score-column");
      if (trend != null) {
        requireColumn(header, timeColumn, "--time-column");
      }
      for (String column : by) {
        requireColumn(header, column, "--by");
      }
      for (CSVRecord record : parser) {
        read++;
        long line = parser.getCurrentLineNumber();
        Optional<String> reason = reject(record, header.size(), timeZone);
        if (reason.isPresent()) {
          rejected++;
          String kind = reason.get().substring(0, reason.get().indexOf(':'));
          rejectedByReason.merge(kind, 1L, Long::sum);
          if (rejections.size() < REJECTIONS_SHOWN) {
            rejections.add("line " + line + ": " + reason.get());
          }
          continue;
        }
        List<String> keys = new ArrayList<>(by.size());
        for (String column : by) {
          keys.add(record.get(column));
        }
        accumulator.add(new Row(keys, Integer.parseInt(record.get(scoreColumn).trim()),
            trend == null ? null : parseTime(record.get(timeColumn), timeZone)));
      }
    }
    long accepted = read - rejected;
    NpsTable table = accumulator.snapshot();
    Totals totals = new Totals(file.toString(), read, accepted, rejected, rejectedByReason, rejections);
    switch (format) {
      case table -> writeTable(out, table, totals);
      case csv -> writeCsv(out, table);
      case json -> writeJson(out, table, totals);
      case html -> out.print(HtmlReport.render("NPS report: " + file.getFileName(),
          trend == null ? "" : "NPS per " + trend + " (" + timeZone + ") with its 95% interval",
          trend == null ? List.of() : table.totalTrend().points(),
          List.of(new HtmlReport.Section(
              by.isEmpty() ? "All responses" : "NPS by " + String.join(", ", by),
              trend == null ? table.rows() : table.rowsByBucket()))));
    }
    out.flush();
    if (format != Format.table) {
      err.println(totals.line());
    }
    for (String rejection : rejections) {
      err.println(rejection);
    }
    if (rejected > rejections.size()) {
      err.println("... and " + (rejected - rejections.size()) + " more rejected rows");
    }
    err.flush();
    return rejected == 0 ? NpsCli.OK : NpsCli.REJECTED_ROWS;
  }

  /** Read, accepted and rejected counts, and the first rejections. */
  record Totals(String file, long read, long accepted, long rejected, Map<String, Long> rejectedByReason,
      List<String> rejections) {
    String line() {
      return String.format(Locale.ROOT, "%s: read %d, accepted %d, rejected %d%s", file, read, accepted,
          rejected, rejectedByReason.isEmpty() ? "" : " " + rejectedByReason);
    }
  }

  private List<Dimension<Row>> dimensions() {
    List<Dimension<Row>> dimensions = new ArrayList<>();
    for (int i = 0; i < by.size(); i++) {
      int index = i;
      dimensions.add(Dimension.of(by.get(i), row -> row.keys().get(index)));
    }
    return dimensions;
  }

  private void requireColumn(List<String> header, String column, String option) {
    if (!header.contains(column)) {
      throw new IllegalArgumentException(
          "Invalid " + option + " '" + column + "' (must be a column of the header " + header + ")");
    }
  }

  /** Why a row is rejected, as "reason: detail", or empty if it is accepted. */
  private Optional<String> reject(CSVRecord record, int columns, ZoneId timeZone) {
    if (record.size() != columns) {
      return Optional.of("wrong column count: " + record.size() + " values for " + columns + " columns");
    }
    for (String value : record.values()) {
      if (value.indexOf('\uFFFD') >= 0) {
        return Optional.of("bad encoding: the row is not valid UTF-8");
      }
    }
    String score = record.get(scoreColumn).trim();
    int value;
    try {
      value = Integer.parseInt(score);
    } catch (NumberFormatException e) {
      return Optional.of("bad score: '" + score + "' is not a whole number from 0 to 10");
    }
    if (value < 0 || value > 10) {
      return Optional.of("bad score: " + value + " is not from 0 to 10");
    }
    if (trend != null) {
      String time = record.get(timeColumn);
      try {
        parseTime(time, timeZone);
      } catch (DateTimeException e) {
        return Optional.of("bad timestamp: '" + time + "' is not an ISO-8601 or"
            + " 'yyyy-MM-dd HH:mm:ss [+hhmm]' date-time, nor epoch seconds");
      }
    }
    return Optional.empty();
  }

  /** ISO-8601 with an offset, 'yyyy-MM-dd HH:mm:ss [+hhmm]', a local date-time in the zone, or epoch seconds. */
  static Instant parseTime(String text, ZoneId zone) {
    String value = text.trim();
    if (!value.isEmpty() && value.chars().allMatch(Character::isDigit) && value.length() <= 12) {
      return Instant.ofEpochSecond(Long.parseLong(value));
    }
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeException iso) {
      try {
        return LocalDateTime.parse(value).atZone(zone).toInstant();
      } catch (DateTimeException local) {
        var parsed = SPACED.parse(value);
        LocalDateTime dateTime = LocalDateTime.from(parsed);
        return parsed.isSupported(java.time.temporal.ChronoField.OFFSET_SECONDS)
            ? OffsetDateTime.from(parsed).toInstant()
            : dateTime.atZone(zone).toInstant();
      }
    }
  }

  private void writeTable(PrintWriter out, NpsTable table, Totals totals) {
    out.println(totals.line());
    out.println();
    out.printf(Locale.ROOT, "%-24s %-10s %6s %7s %16s %5s %5s %5s  %s%n", by.isEmpty() ? "segment"
        : String.join(" / ", by), trend == null ? "" : trend.name(), "n", "NPS", "95% CI", "P%", "Pa%", "D%",
        "flags");
    for (NpsRow row : trend == null ? table.rows() : table.rowsByBucket()) {
      out.printf(Locale.ROOT, "%-24s %-10s %6d %7s %16s %5s %5s %5s  %s%n", segment(row),
          row.bucket().map(b -> b.label()).orElse(""), row.n(),
          row.nps().isPresent() ? String.format(Locale.ROOT, "%.1f", row.nps().getAsDouble()) : "-",
          row.interval().map(i -> String.format(Locale.ROOT, "[%.1f, %.1f]", i.lower(), i.upper())).orElse("-"),
          percent(row.promoters(), row.n()), percent(row.passives(), row.n()), percent(row.detractors(), row.n()),
          row.flags().isEmpty() ? "" : row.flags());
    }
  }

  private void writeCsv(PrintWriter out, NpsTable table) throws IOException {
    CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT);
    List<String> header = new ArrayList<>();
    for (String column : by) {
      header.add(safeCell(column));
    }
    header.addAll(List.of("bucket", "n", "promoters", "passives", "detractors", "nps", "lower", "upper",
        "flags"));
    printer.printRecord(header);
    for (NpsRow row : trend == null ? table.rows() : table.rowsByBucket()) {
      List<Object> cells = new ArrayList<>();
      for (Object value : row.segment().values()) {
        cells.add(safeCell(String.valueOf(value)));
      }
      cells.add(row.bucket().map(b -> b.label()).orElse(""));
      cells.add(row.n());
      cells.add(row.promoters());
      cells.add(row.passives());
      cells.add(row.detractors());
      cells.add(row.nps().isPresent() ? String.format(Locale.ROOT, "%.4f", row.nps().getAsDouble()) : "");
      cells.add(row.interval().map(i -> String.format(Locale.ROOT, "%.4f", i.lower())).orElse(""));
      cells.add(row.interval().map(i -> String.format(Locale.ROOT, "%.4f", i.upper())).orElse(""));
      cells.add(String.join(" ", row.flags().stream().map(Enum::name).sorted().toList()));
      printer.printRecord(cells);
    }
    printer.flush();
  }

  /**
   * A text cell that a spreadsheet will not run as a formula: a cell starting with {@code = + - @},
   * a tab or a carriage return is prefixed with an apostrophe (OWASP's advice for CSV injection).
   */
  static String safeCell(String text) {
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      return "'" + text;
    }
    return text;
  }

  private void writeJson(PrintWriter out, NpsTable table, Totals totals) throws IOException {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("file", totals.file());
    root.put("read", totals.read());
    root.put("accepted", totals.accepted());
    root.put("rejected", totals.rejected());
    ArrayNode rejectionNodes = root.putArray("rejections");
    totals.rejections().forEach(rejectionNodes::add);
    ArrayNode rows = root.putArray("rows");
    for (NpsRow row : trend == null ? table.rows() : table.rowsByBucket()) {
      ObjectNode node = rows.addObject();
      ObjectNode segment = node.putObject("segment");
      for (int i = 0; i < by.size(); i++) {
        segment.put(by.get(i), String.valueOf(row.segment().values().get(i)));
      }
      row.bucket().ifPresent(b -> node.put("bucket", b.label()));
      node.put("n", row.n());
      node.put("promoters", row.promoters());
      node.put("passives", row.passives());
      node.put("detractors", row.detractors());
      if (row.nps().isPresent()) {
        node.put("nps", row.nps().getAsDouble());
      }
      row.interval().ifPresent(i -> {
        node.put("lower", i.lower());
        node.put("upper", i.upper());
      });
      ArrayNode flags = node.putArray("flags");
      row.flags().stream().map(Enum::name).sorted().forEach(flags::add);
    }
    out.println(mapper.writeValueAsString(root));
  }

  private static String segment(NpsRow row) {
    return String.join(" / ", row.segment().values().stream().map(String::valueOf).toList());
  }

  private static String percent(long part, long n) {
    return n == 0 ? "-" : String.format(Locale.ROOT, "%.0f", 100.0 * part / n);
  }
}
