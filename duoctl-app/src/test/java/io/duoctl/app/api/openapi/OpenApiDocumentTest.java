package io.duoctl.app.api.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.app.api.ApiRoute;
import io.duoctl.app.api.DuoctlApi;
import io.duoctl.app.api.JsonSchemas;
import io.duoctl.app.api.actions.MspApi;
import io.duoctl.app.api.actions.MspApi.Reply;
import io.duoctl.core.access.ApiScope;
import io.duoctl.emulator.junit.DuoEmulatorExtension;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The OpenAPI document as served, checked by swagger-parser and against the route table. */
@Tag("slow")
class OpenApiDocumentTest {

  @RegisterExtension static DuoEmulatorExtension duo = new DuoEmulatorExtension();

  @TempDir Path dataDir;
  MspApi api;
  Reply served;

  @BeforeEach
  void serve() {
    api = new MspApi(duo.emulator(), dataDir, List.of("Acme"));
    served = api.get(OpenApiRoute.PATH, api.readToken);
  }

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void theServedDocument_isValidOpenApi31() {
    assertThat(served.status()).isEqualTo(200);
    ParseOptions options = new ParseOptions();
    options.setResolve(true);

    SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(served.text(), null, options);

    assertThat(parsed.getMessages()).isEmpty();
    assertThat(parsed.getOpenAPI().getSpecVersion()).isEqualTo(SpecVersion.V31);
    assertThat(served.json().path("openapi").asText()).isEqualTo("3.1.0");
  }

  @Test
  void everyRegisteredRoute_isAnOperation_andEveryOperationIsARegisteredRoute() {
    Set<String> registered = new TreeSet<>();
    DuoctlApi.routes(api.duoctl)
        .all()
        .forEach(r -> registered.add(r.method().openApiKey() + " " + r.path()));
    Set<String> documented = new TreeSet<>();
    served
        .json()
        .path("paths")
        .properties()
        .forEach(
            path ->
                path.getValue()
                    .fieldNames()
                    .forEachRemaining(method -> documented.add(method + " " + path.getKey())));

    assertThat(documented).isEqualTo(registered);
    assertThat(registered)
        .contains(
            "get /api/v1/actions",
            "post /api/v1/actions/{id}/run",
            "post /api/v1/actions/users.create/run",
            "post /api/v1/jobs",
            "get /api/openapi.json");
    assertThat(
            registered.stream()
                .filter(r -> r.startsWith("post /api/v1/actions/") && r.endsWith("/run"))
                .filter(r -> !r.contains("{id}")))
        .hasSize(api.duoctl.actions().list().size());
  }

  @Test
  void eachAction_hasItsOwnRunOperation_withItsInputSchemaAndScope() {
    JsonNode create =
        served.json().path("paths").path("/api/v1/actions/users.create/run").path("post");
    JsonNode list = served.json().path("paths").path("/api/v1/actions/users.list/run").path("post");

    assertThat(create.path("operationId").asText()).isEqualTo("run_users_create");
    assertThat(create.path("x-duoctl-scope").asText()).isEqualTo("run");
    assertThat(list.path("x-duoctl-scope").asText()).isEqualTo("read");
    JsonNode body =
        create.path("requestBody").path("content").path("application/json").path("schema");
    assertThat(body.path("required").toString()).contains("organization");
    JsonNode input = body.path("properties").path("input");
    assertThat(input.path("required").toString()).contains("username");
    assertThat(input.path("properties").path("status").path("enum").toString()).contains("bypass");
    assertThat(create.path("responses").path("200").path("content").toString())
        .contains("#/components/schemas/ActionResult");
    assertThat(served.json().path("components").path("schemas").has("ActionResult")).isTrue();
  }

  @Test
  void everyRunOperation_documents422And502_withTheResultBody() {
    List<JsonNode> runs = new ArrayList<>();
    served
        .json()
        .path("paths")
        .properties()
        .forEach(
            path -> {
              if (path.getKey().startsWith("/api/v1/actions/") && path.getKey().endsWith("/run")) {
                runs.add(path.getValue().path("post"));
              }
            });

    assertThat(runs).hasSize(api.duoctl.actions().list().size() + 1);
    for (JsonNode run : runs) {
      for (String status : List.of("422", "502")) {
        JsonNode response = run.path("responses").path(status);
        assertThat(response.path("content").toString())
            .as(run.path("operationId").asText() + " " + status)
            .contains("#/components/schemas/ActionResult");
        assertThat(response.path("description").asText()).contains("Duo");
      }
    }
  }

  @Test
  void theWebhookDelivery_isDocumentedAsSigned_andTheWebhookAdminAsAdmin() {
    JsonNode paths = served.json().path("paths");
    JsonNode delivery = paths.path("/api/v1/webhooks/{name}/deliveries").path("post");
    JsonNode create = paths.path("/api/v1/webhooks").path("post");

    assertThat(delivery.path("security").isArray()).isTrue();
    assertThat(delivery.path("security")).isEmpty();
    assertThat(delivery.has("x-duoctl-scope")).isFalse();
    assertThat(delivery.path("description").asText())
        .contains("X-Duoctl-Signature", "X-Duoctl-Timestamp", "Takes no token");
    assertThat(delivery.path("responses").fieldNames())
        .toIterable()
        .contains("202", "401", "409", "422")
        .doesNotContain("403");
    assertThat(create.path("x-duoctl-scope").asText()).isEqualTo("admin");
    assertThat(create.path("responses").path("201").path("content").toString())
        .contains("#/components/schemas/WebhookWithSecret");
  }

  @Test
  void theDocument_needsAReadToken() {
    assertThat(api.get(OpenApiRoute.PATH, null).status()).isEqualTo(401);
  }

  @Test
  void render_refusesTwoDifferentSchemasWithOneTitle() {
    ApiRoute a =
        ApiRoute.get("/a", ApiScope.READ)
            .operationId("a")
            .response(
                JsonSchemas.object()
                    .optional("x", JsonSchemas.string())
                    .build()
                    .put("title", "Thing"))
            .handle(call -> null);
    ApiRoute b =
        ApiRoute.get("/b", ApiScope.READ)
            .operationId("b")
            .response(
                JsonSchemas.object()
                    .optional("y", JsonSchemas.string())
                    .build()
                    .put("title", "Thing"))
            .handle(call -> null);

    assertThatThrownBy(() -> new OpenApiDocument("1").render(List.of(a, b)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Thing");
  }
}
