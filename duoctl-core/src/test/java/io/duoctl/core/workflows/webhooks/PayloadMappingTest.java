package io.duoctl.core.workflows.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.duoctl.core.errors.FieldError;
import io.duoctl.core.workflows.WorkflowLimits;
import org.junit.jupiter.api.Test;

/** What a mapping may be, and what it yields on a payload. */
class PayloadMappingTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode json(String text) throws Exception {
    return JSON.readTree(text);
  }

  @Test
  void problems_nameSyntaxUnknownNamesAndNonMapResults() {
    assertThat(PayloadMapping.problems("{'user': payload.user"))
        .singleElement()
        .asString()
        .contains("line 1");
    assertThat(PayloadMapping.problems("{'user': ticket.user}"))
        .singleElement()
        .asString()
        .contains("undeclared reference to 'ticket'")
        .contains("a mapping reads payload");
    assertThat(PayloadMapping.problems("'jdoe'"))
        .singleElement()
        .asString()
        .contains("yields string")
        .contains("must yield a map");
    assertThat(PayloadMapping.problems("{1: 'jdoe'}"))
        .singleElement()
        .asString()
        .contains("must yield a map");
    assertThat(PayloadMapping.problems(" ")).singleElement().asString().contains("is empty");
    assertThat(PayloadMapping.problems("payload".repeat(WorkflowLimits.MAX_CHARS)))
        .singleElement()
        .asString()
        .contains("longer than 2000 characters");
    assertThat(PayloadMapping.problems("{'user': payload.user}")).isEmpty();
  }

  @Test
  void apply_yieldsTheInputs_leavingOutNullOnes() throws Exception {
    PayloadMapping mapping =
        PayloadMapping.compile(
            "{'user': payload.ticket.user.trim(), 'mode': payload.mode, 'count': size(payload.l)}");

    assertThat(
            mapping.apply(
                json("{\"ticket\": {\"user\": \" jdoe \"}, \"mode\": null, \"l\": [1, 2.5]}")))
        .contains(JSON.createObjectNode().put("user", "jdoe").put("count", 2L));
  }

  @Test
  void apply_yieldsNothing_forAnEmptyMapOrNull() throws Exception {
    assertThat(PayloadMapping.compile("{}").apply(json("{}"))).isEmpty();
    assertThat(PayloadMapping.compile("payload.x").apply(json("{\"x\": null}"))).isEmpty();
    assertThat(PayloadMapping.compile("payload").apply(json("{\"user\": null}"))).isEmpty();
  }

  @Test
  void json_readsJsonHeldInAString() throws Exception {
    assertThat(
            PayloadMapping.compile("{'user': json(payload.Entity).summary.split(' ')[1]}")
                .apply(json("{\"Entity\": \"{\\\"summary\\\": \\\"Offboard jdoe\\\"}\"}")))
        .contains(JSON.createObjectNode().put("user", "jdoe"));
  }

  @Test
  void apply_failingOnAPayload_isAMappingErrorNamingTheField() {
    PayloadMapping mapping = PayloadMapping.compile("{'user': payload.ticket.user}");

    assertThatThrownBy(() -> mapping.apply(json("{\"other\": 1}")))
        .isInstanceOfSatisfying(
            WebhookMappingException.class,
            e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("mapping"))
        .hasMessageContaining("ticket");
    assertThatThrownBy(() -> PayloadMapping.compile("payload").apply(json("[1, 2]")))
        .isInstanceOf(WebhookMappingException.class)
        .hasMessageContaining("must yield a map");
    assertThatThrownBy(
            () -> PayloadMapping.compile("{'user': json(payload.e)}").apply(json("{\"e\": \"{\"}")))
        .isInstanceOf(WebhookMappingException.class)
        .hasMessageContaining("not JSON");
  }

  @Test
  void apply_stopsAComprehensionPastTheIterationLimit() throws Exception {
    PayloadMapping mapping =
        PayloadMapping.compile(
            "{'n': payload.l.map(a, payload.l.map(b, payload.l.map(c, 1))).size()}");
    StringBuilder list = new StringBuilder("[0");
    for (int i = 1; i < 30; i++) {
      list.append(',').append(i);
    }
    JsonNode payload = json("{\"l\": " + list.append(']') + "}");

    assertThatThrownBy(() -> mapping.apply(payload))
        .isInstanceOf(WebhookMappingException.class)
        .hasMessageContaining("Iteration budget exceeded");
  }
}
