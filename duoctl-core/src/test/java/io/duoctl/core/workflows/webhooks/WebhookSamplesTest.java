package io.duoctl.core.workflows.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shipped sample mappings on each PSA's ticket payload (test resources {@code webhooks/*.json},
 * shaped like the PSA's own): the offboarding ticket yields offboard-everywhere's inputs, other
 * tickets yield nothing.
 */
class WebhookSamplesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static JsonNode payload(String resource) {
    try (InputStream in =
        WebhookSamplesTest.class.getClassLoader().getResourceAsStream("webhooks/" + resource)) {
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Optional<ObjectNode> map(String psa, JsonNode payload) {
    return PayloadMapping.compile(WebhookSamples.mapping(psa)).apply(payload);
  }

  @ParameterizedTest
  @ValueSource(strings = {"connectwise", "halopsa", "autotask"})
  void everySample_compilesWithinTheLimits(String psa) {
    assertThat(PayloadMapping.problems(WebhookSamples.mapping(psa))).isEmpty();
  }

  @Test
  void connectwise_readsTheTicketFromEntity_itsCustomFieldsWinOverTheSummary() {
    JsonNode callback = payload("connectwise-ticket-added.json");
    assertThat(callback.path("Entity").isTextual()).as("Entity is a JSON string").isTrue();

    assertThat(map("connectwise", callback))
        .contains(JSON.createObjectNode().put("user", "isla.hughes").put("mode", "delete"));
  }

  @Test
  void connectwise_fallsBackToTheSummary_andIgnoresUpdatesAndOtherTypes() {
    ObjectNode callback = (ObjectNode) payload("connectwise-ticket-added.json");
    ObjectNode ticket = (ObjectNode) readTree(callback.path("Entity").asText());
    ticket.remove("customFields");
    callback.put("Entity", ticket.toString());

    assertThat(map("connectwise", callback))
        .contains(
            JSON.createObjectNode()
                .put("user", "isla.hughes@harbordental.example")
                .put("mode", "disable"));
    assertThat(map("connectwise", callback.deepCopy().put("Action", "updated"))).isEmpty();
    assertThat(map("connectwise", callback.deepCopy().put("Type", "company"))).isEmpty();
    ticket.put("summary", "Printer jammed on floor 2");
    assertThat(map("connectwise", callback.deepCopy().put("Entity", ticket.toString()))).isEmpty();
  }

  @Test
  void halopsa_takesTheSummary_whenTheCustomFieldIsEmpty_withItsDeleteSuffix() {
    assertThat(map("halopsa", payload("halopsa-new-ticket.json")))
        .contains(JSON.createObjectNode().put("user", "isla.hughes").put("mode", "delete"));
  }

  @Test
  void halopsa_readsTheCustomField_alsoFromAPayloadThatIsTheTicket() {
    ObjectNode ticket = (ObjectNode) payload("halopsa-new-ticket.json").path("ticket");
    ((ObjectNode) ticket.path("customfields").get(0)).put("value", "jdoe@harbordental.example");
    ticket.put("summary", "Leaver");

    assertThat(map("halopsa", ticket))
        .contains(
            JSON.createObjectNode()
                .put("user", "jdoe@harbordental.example")
                .put("mode", "disable"));
    assertThat(map("halopsa", JSON.createObjectNode().put("summary", "Password reset"))).isEmpty();
  }

  @Test
  void autotask_readsTheUdf_andIgnoresUpdates() {
    ObjectNode callout = (ObjectNode) payload("autotask-ticket-create.json");

    assertThat(map("autotask", callout))
        .contains(
            JSON.createObjectNode()
                .put("user", "isla.hughes@harbordental.example")
                .put("mode", "disable"));
    assertThat(map("autotask", callout.deepCopy().put("Action", "Update"))).isEmpty();
    ObjectNode fields = (ObjectNode) callout.path("Fields");
    fields.putNull("Offboard User");
    fields.put("title", "Offboard: jdoe (delete)");
    assertThat(map("autotask", callout))
        .contains(JSON.createObjectNode().put("user", "jdoe").put("mode", "delete"));
  }

  private static JsonNode readTree(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
