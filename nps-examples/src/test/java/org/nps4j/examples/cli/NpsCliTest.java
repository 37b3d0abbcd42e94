package org.nps4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The {@code nps report} command on small Delighted-style exports: figures counted by hand, bad
 * rows rejected with their line and reason, read = accepted + rejected, exit codes, and safe CSV
 * and HTML output.
 */
class NpsCliTest {
  @TempDir Path directory;

  /** The result of one run: exit code, standard output and standard error. */
  record Run(int exitCode, String out, String err) {}

  private Run run(String... args) {
    CommandLine commandLine = NpsCli.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    int code = commandLine.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  private Path write(String name, String content) throws IOException {
    Path file = directory.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  private static final String HEADER = "Name,Email,Score,Comment,Response Timestamp,Lead Type,Team\n";

  /**
   * Cold: scores 10, 9, 3, 6 (2 promoters, 2 detractors of 4: NPS 0). Warm: 10, 8, 9 (2 of 3
   * promoters, no detractor: NPS 66.7).
   */
  private Path goodExport() throws IOException {
    return write("export.csv", HEADER
        + "Ann,ann@example.com,10,Great,2026-01-05 10:00:00 +0100,cold,east\n"
        + "Bob,bob@example.com,9,,2026-01-20T09:00:00Z,cold,east\n"
        + "Cid,cid@example.com,3,\"Slow, and pushy\",1769936400,cold,west\n"
        + "Dee,dee@example.com,6,,2026-02-10 08:00:00,cold,west\n"
        + "Eve,eve@example.com,10,,2026-02-11T08:00:00+01:00,warm,east\n"
        + "Fay,fay@example.com,8,,2026-04-01 12:00:00 +0200,warm,west\n"
        + "Gus,gus@example.com,9,,2026-04-02T12:00:00Z,warm,west\n");
  }

  @Test
  void reportsNpsByAColumnWithTheCountsByHand() throws IOException {
    Run run = run("report", goodExport().toString(), "--by", "Lead Type");
    assertThat(run.exitCode()).isEqualTo(NpsCli.OK);
    assertThat(run.out()).contains("read 7, accepted 7, rejected 0");
    assertThat(run.out()).containsPattern("cold\\s+4\\s+0\\.0");
    assertThat(run.out()).containsPattern("warm\\s+3\\s+66\\.7");
  }

  @Test
  void trendsByMonthInTheGivenZone() throws IOException {
    Run run = run("report", goodExport().toString(), "--trend", "month", "--zone", "Europe/Paris",
        "--format", "json");
    assertThat(run.exitCode()).isEqualTo(NpsCli.OK);
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("read").asLong()).isEqualTo(7);
    // January: 10, 9; February: 3 (1769936400 = 2026-02-01T09:00Z), 6, 10; March: none; April: 8, 9.
    assertThat(json.get("rows")).hasSize(4);
    assertThat(json.get("rows").get(0).get("bucket").asText()).isEqualTo("2026-01");
    assertThat(json.get("rows").get(0).get("n").asLong()).isEqualTo(2);
    assertThat(json.get("rows").get(1).get("n").asLong()).isEqualTo(3);
    assertThat(json.get("rows").get(2).get("n").asLong()).as("March is present, empty").isZero();
    assertThat(json.get("rows").get(2).has("nps")).isFalse();
    assertThat(json.get("rows").get(3).get("promoters").asLong()).isEqualTo(1);
  }

  @Test
  void aTrendNeedsAnExplicitZone() throws IOException {
    Run run = run("report", goodExport().toString(), "--trend", "week");
    assertThat(run.exitCode()).isEqualTo(NpsCli.USAGE);
    assertThat(run.err()).contains("Missing --zone");
  }

  @Test
  void badRowsAreRejectedWithTheirLineAndReasonAndCounted() throws IOException {
    Path file = directory.resolve("bad.csv");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes((HEADER
        + "Ann,ann@example.com,10,,2026-01-05T10:00:00Z,cold,east\n"         // line 2: fine
        + "Bob,bob@example.com,11,,2026-01-05T10:00:00Z,cold,east\n"         // line 3: score 11
        + "Cid,cid@example.com,nine,,2026-01-05T10:00:00Z,cold,east\n"       // line 4: not a number
        + "Dee,dee@example.com,7,,yesterday,cold,east\n"                     // line 5: bad time
        + "Eve,eve@example.com,7,,2026-01-05T10:00:00Z,cold\n"               // line 6: 6 columns
        + "F").getBytes(StandardCharsets.UTF_8));
    bytes.write(0xC3);                                                       // line 7: a lone UTF-8 lead byte
    bytes.writeBytes((",f@example.com,9,,2026-01-05T10:00:00Z,warm,west\n"
        + "Gus,gus@example.com,0,,2026-01-06T10:00:00Z,warm,west\n").getBytes(StandardCharsets.UTF_8));
    Files.write(file, bytes.toByteArray());

    Run run = run("report", file.toString(), "--by", "Team", "--trend", "quarter", "--zone", "UTC");
    assertThat(run.exitCode()).isEqualTo(NpsCli.REJECTED_ROWS);
    assertThat(run.out()).contains("read 7, accepted 2, rejected 5");
    assertThat(run.err())
        .contains("line 3: bad score: 11 is not from 0 to 10")
        .contains("line 4: bad score: 'nine'")
        .contains("line 5: bad timestamp: 'yesterday'")
        .contains("line 6: wrong column count: 6 values for 7 columns")
        .contains("line 7: bad encoding");
  }

  @Test
  void csvOutputCannotRunAsAFormula() throws IOException {
    Path file = write("hostile.csv", HEADER
        + "Ann,ann@example.com,10,,2026-01-05T10:00:00Z,\"=HYPERLINK(\"\"http://x\"\")\",east\n"
        + "Bob,bob@example.com,2,,2026-01-05T10:00:00Z,-2+3,east\n"
        + "Cid,cid@example.com,9,,2026-01-05T10:00:00Z,@cmd,east\n");
    Run run = run("report", file.toString(), "--by", "Lead Type", "--format", "csv");
    assertThat(run.exitCode()).isEqualTo(NpsCli.OK);
    try (CSVParser parser = CSVFormat.DEFAULT.parse(new java.io.StringReader(run.out()))) {
      List<CSVRecord> records = parser.getRecords();
      assertThat(records.get(0).get(0)).isEqualTo("Lead Type");
      assertThat(records.subList(1, records.size())).extracting(r -> r.get(0))
          .containsExactlyInAnyOrder("'=HYPERLINK(\"http://x\")", "'-2+3", "'@cmd");
    }
    assertThat(run.err()).contains("read 3, accepted 3, rejected 0");
    assertThat(ReportCommand.safeCell("plain")).isEqualTo("plain");
    assertThat(ReportCommand.safeCell("\tx")).isEqualTo("'\tx");
  }

  @Test
  void htmlOutputEscapesTheData() throws IOException {
    Path file = write("html.csv", HEADER
        + "Ann,ann@example.com,10,,2026-01-05T10:00:00Z,<script>alert(1)</script>,east\n");
    Run run = run("report", file.toString(), "--by", "Lead Type", "--format", "html");
    assertThat(run.exitCode()).isEqualTo(NpsCli.OK);
    assertThat(run.out()).startsWith("<!DOCTYPE html>").doesNotContain("<script>")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
  }

  @Test
  void otherLayoutsNameTheirColumns() throws IOException {
    Path file = write("other.csv", "respondent;rating;when;segment\n".replace(';', ',')
        + "a,9,2026-03-01T10:00:00Z,smb\nb,2,2026-03-02T10:00:00Z,smb\n");
    Run run = run("report", file.toString(), "--score-column", "rating", "--time-column", "when",
        "--by", "segment", "--trend", "month", "--zone", "America/New_York");
    assertThat(run.exitCode()).isEqualTo(NpsCli.OK);
    assertThat(run.out()).containsPattern("smb\\s+2026-03\\s+2\\s+0\\.0");
    Run missing = run("report", file.toString(), "--score-column", "rating", "--by", "region");
    assertThat(missing.exitCode()).isEqualTo(NpsCli.FAILURE);
    assertThat(missing.err()).contains("Invalid --by 'region' (must be a column of the header");
  }

  @Test
  void aMissingFileFailsAndHelpSucceeds() {
    Run missing = run("report", directory.resolve("nope.csv").toString());
    assertThat(missing.exitCode()).isEqualTo(NpsCli.FAILURE);
    assertThat(missing.err()).contains("no such file");
    Run help = run("report", "--help");
    assertThat(help.exitCode()).isEqualTo(NpsCli.OK);
    assertThat(help.out()).contains("--by").contains("--trend").contains("--zone").contains("--format");
  }

  @Test
  void timestampsInEveryAcceptedForm() {
    ZoneId paris = ZoneId.of("Europe/Paris");
    Instant expected = Instant.parse("2026-07-01T08:00:00Z");
    assertThat(ReportCommand.parseTime("2026-07-01T08:00:00Z", paris)).isEqualTo(expected);
    assertThat(ReportCommand.parseTime("2026-07-01T10:00:00+02:00", paris)).isEqualTo(expected);
    assertThat(ReportCommand.parseTime("2026-07-01 10:00:00 +0200", paris)).isEqualTo(expected);
    assertThat(ReportCommand.parseTime("2026-07-01 10:00:00", paris)).as("local, in the zone").isEqualTo(expected);
    assertThat(ReportCommand.parseTime("2026-07-01T10:00:00", paris)).isEqualTo(expected);
    assertThat(ReportCommand.parseTime(Long.toString(expected.getEpochSecond()), paris)).isEqualTo(expected);
  }
}
