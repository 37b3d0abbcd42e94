package org.nps4j.examples.crm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nps4j.segments.Dimension;
import org.nps4j.segments.NpsTable;
import org.nps4j.segments.Segmentation;
import org.nps4j.segments.TimeBuckets;

/** The HTML report: self-contained, every data text escaped, the chart's points and n present. */
class HtmlReportTest {
  record Answer(String rep, int score, Instant answeredAt) {}

  @Test
  void escapesEveryTextFromTheDataAndLoadsNothing() {
    List<Answer> answers = new ArrayList<>();
    String hostile = "<script>alert('x')</script> & \"co\"";
    for (int i = 0; i < 40; i++) {
      answers.add(new Answer(i % 2 == 0 ? hostile : "plain", i % 11, Instant.parse("2026-01-15T10:00:00Z").plusSeconds(86_400L * i * 3)));
    }
    NpsTable byRep = Segmentation.by(Dimension.of("rep", Answer::rep)).score(Answer::score).build().tabulate(answers);
    NpsTable monthly = Segmentation.<Answer>by().score(Answer::score)
        .time(Answer::answeredAt, TimeBuckets.months(ZoneId.of("UTC"))).build().tabulate(answers);

    String html = HtmlReport.render("Report <b>", "Trend & more", monthly.totalTrend().points(),
        List.of(new HtmlReport.Section("By rep", byRep.rows())));

    assertThat(html).doesNotContain("<script>").doesNotContain("<b>")
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;co&quot;")
        .contains("Report &lt;b&gt;").contains("Trend &amp; more");
    assertThat(html).doesNotContain("src=").doesNotContain("href=").doesNotContain("<link")
        .doesNotContain("@import");
    // One point per month from 2026-01 to 2026-04, each with its n under the axis.
    assertThat(html).contains("2026-01").contains("2026-04").contains(">n 11<");
    assertThat(html.split("<circle", -1)).hasSize(monthly.buckets().size() + 1);
    assertThat(HtmlReport.escape("a<b>&'\"")).isEqualTo("a&lt;b&gt;&amp;&#39;&quot;");
  }

  @Test
  void theDemoWritesTheReportFile(@TempDir Path directory) throws SQLException, IOException {
    Path html = directory.resolve("reports/crm-report.html");
    String text = CrmDemo.run("jdbc:h2:mem:crm-html-" + System.nanoTime(), ZoneId.of("Europe/Paris"), html);
    String document = Files.readString(html, StandardCharsets.UTF_8);
    assertThat(document).startsWith("<!DOCTYPE html>").contains("<svg").contains("NPS by rep")
        .contains("Ines").contains("2025-Q3");
    assertThat(text).contains("Overall NPS");
  }
}
