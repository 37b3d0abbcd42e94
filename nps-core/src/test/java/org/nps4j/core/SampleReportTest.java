package org.nps4j.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SampleReportTest {

  @Test
  void sampleRunPrintsTheOverallNpsOfItsResponsesAndTheColdWarmGap() {
    List<Response> responses = SampleReport.sampleResponses();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    SampleReport.print(responses, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String report = bytes.toString(StandardCharsets.UTF_8);

    long promoters = responses.stream().filter(r -> r.score().value() >= 9).count();
    long detractors = responses.stream().filter(r -> r.score().value() <= 6).count();
    double nps = 100.0 * (promoters - detractors) / responses.size();
    assertThat(responses).hasSize(2000);
    assertThat(report)
        .contains("2000 generated survey responses")
        .contains(String.format(Locale.ROOT, "Overall NPS %.1f", nps))
        .contains("Touchpoint")
        .contains("Team")
        // Cold leads are generated at NPS 0 and warm at NPS 30: a gap this size is significant.
        .containsPattern("Cold minus warm leads: -[0-9.]+ points.*-> significant")
        .contains("Answers needed for +/-5 points at 95%: 1537 (worst case)");
  }
}
