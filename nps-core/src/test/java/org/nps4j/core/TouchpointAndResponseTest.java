package org.nps4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class TouchpointAndResponseTest {
  private static final Instant AT = Instant.parse("2026-03-01T10:15:30Z");

  @Test
  void knownIdsReturnTheConstantsAndOthersAreCustom() {
    assertThat(Touchpoint.of("post-demo")).isSameAs(Touchpoint.POST_DEMO);
    assertThat(Touchpoint.of("quarterly-check-in")).isSameAs(Touchpoint.QUARTERLY_CHECK_IN);
    Touchpoint webinar = Touchpoint.of("webinar");
    assertThat(webinar.isStandard()).isFalse();
    assertThat(Touchpoint.TEST_DRIVE.isStandard()).isTrue();
    assertThat(webinar).hasToString("webinar").isEqualTo(Touchpoint.of(webinar.toString()));
    assertThat(Touchpoint.standard()).hasSize(6);
  }

  @Test
  void touchpointIdsMustBeLowerCaseHyphenatedWords() {
    for (String bad : new String[] {"", "Post Demo", "post--demo", "-demo", "demo-", "démo"}) {
      assertThatThrownBy(() -> Touchpoint.of(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("Invalid touchpoint id \"" + bad + "\"");
    }
  }

  @Test
  void builderFillsOptionalPartsAndAttributesAreSortedAndImmutable() {
    Response response =
        Response.builder("c-42", Score.of(9), AT)
            .touchpoint(Touchpoint.POST_DEMO)
            .attribute("rep", "ana")
            .attribute("industry", "Retail")
            .comment("Great demo")
            .weight(2.5)
            .build();
    assertThat(response.category()).isEqualTo(Category.PROMOTER);
    assertThat(response.touchpoint()).contains(Touchpoint.POST_DEMO);
    assertThat(response.attributes().keySet()).containsExactly("industry", "rep");
    assertThat(response.attribute("rep")).contains("ana");
    assertThat(response.attribute("team")).isEmpty();
    assertThat(response.comment()).contains("Great demo");
    assertThat(response.weightOrOne()).isEqualTo(2.5);
    assertThatThrownBy(() -> response.attributes().put("x", "y"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void attributesAreCopiedNotShared() {
    Map<String, String> attributes = new HashMap<>(Map.of("team", "east"));
    Response response =
        new Response(
            "c-1", Score.of(3), AT, Optional.empty(), attributes, Optional.empty(),
            OptionalDouble.empty());
    attributes.put("team", "west");
    assertThat(response.attribute("team")).contains("east");
    assertThat(response.weightOrOne()).isEqualTo(1.0);
  }

  @Test
  void invalidResponsesAreRejectedWithTheRule() {
    assertThatThrownBy(() -> Response.builder(" ", Score.of(1), AT).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("respondentId must not be blank");
    assertThatThrownBy(() -> Response.builder("c", Score.of(1), AT).weight(-1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid weight -1.0: weights must be finite and >= 0");
    assertThatThrownBy(() -> Response.builder("c", Score.of(1), AT).weight(Double.NaN).build())
        .hasMessageContaining("NaN");
    assertThatThrownBy(
            () -> Response.builder("c", Score.of(1), AT).weight(Double.POSITIVE_INFINITY).build())
        .hasMessageContaining("Infinity");
    assertThatThrownBy(() -> Response.builder("c", Score.of(1), AT).attribute(" ", "v").build())
        .hasMessageContaining("attribute keys must not be blank");
    assertThatThrownBy(() -> Response.builder("c", null, AT)).isInstanceOf(NullPointerException.class);
  }
}
