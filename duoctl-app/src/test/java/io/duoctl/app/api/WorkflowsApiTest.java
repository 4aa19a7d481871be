package io.duoctl.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.core.access.ApiScope;
import io.duoctl.core.workflows.Workflows;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code POST /api/v1/workflows/validate} over real HTTP. */
@Tag("slow")
class WorkflowsApiTest {
  private static final String VALIDATE = "/api/v1/workflows/validate";

  @TempDir Path dataDir;
  ApiHarness api;
  String reader;

  @BeforeEach
  void start() {
    api = new ApiHarness(dataDir);
    reader = api.token("reader", ApiScope.READ);
  }

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void aValidDefinition_is200_withWhatItDoes() {
    ApiHarness.Reply reply =
        api.send(
            "POST",
            VALIDATE,
            reader,
            Workflows.builtInText("offboard-everywhere"),
            "application/yaml");

    assertThat(reply.status()).as(reply.text()).isEqualTo(200);
    JsonNode body = reply.json();
    assertThat(body.path("name").asText()).isEqualTo("offboard-everywhere");
    JsonNode step = body.path("steps").get(0);
    assertThat(step.path("workflow").asText()).isEqualTo("offboard-organization");
    assertThat(step.path("for_each").asText()).isEqualTo("organizations: all");
    assertThat(step.path("on_error").asText()).isEqualTo("continue");
    assertThat(step.has("action")).isFalse();
  }

  @Test
  void anInvalidDefinition_is400_listingEveryErrorAtItsPointer() {
    String yaml =
        """
        name: bad
        version: 1
        steps:
          - id: get
            action: users.get
            organization: Acme
            with: {usr: jdoe}
        """;

    ApiHarness.Reply reply = api.send("POST", VALIDATE, reader, yaml, "text/plain; charset=utf-8");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.code()).isEqualTo("invalid_input");
    JsonNode fields = reply.json().path("error").path("fields");
    assertThat(fields).hasSize(2);
    assertThat(fields.get(0).path("field").asText()).isEqualTo("/steps/0/with/user");
    assertThat(fields.get(0).path("message").asText()).contains("is required by users.get");
    assertThat(fields.get(1).path("field").asText()).isEqualTo("/steps/0/with/usr");
    assertThat(fields.get(1).path("message").asText())
        .startsWith("line 7, column 12: is not a field of users.get");
  }

  @Test
  void jsonOrNoBody_isRefusedWithTheMediaTypesToUse() {
    ApiHarness.Reply json = api.send("POST", VALIDATE, reader, "{}", "application/json");
    ApiHarness.Reply empty = api.send("POST", VALIDATE, reader, " ", "application/yaml");

    assertThat(json.status()).isEqualTo(415);
    assertThat(json.json().path("error").path("message").asText()).contains("application/yaml");
    assertThat(empty.status()).isEqualTo(400);
  }

  @Test
  void theOpenApiDocument_describesTheYamlBody() {
    JsonNode operation =
        api.get("/api/openapi.json", reader).json().path("paths").path(VALIDATE).path("post");

    assertThat(operation.path("operationId").asText()).isEqualTo("validateWorkflow");
    assertThat(operation.path("requestBody").path("content").has("application/yaml")).isTrue();
    assertThat(operation.path("requestBody").path("content").has("application/json")).isFalse();
  }
}
