package io.duoctl.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.app.api.ApiHarness.Reply;
import io.duoctl.core.access.ApiScope;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /api/v1/tokens over real HTTP: an admin lists, creates and revokes API tokens. */
class TokenRoutesTest {
  @TempDir Path dataDir;
  ApiHarness api;
  String admin;
  String run;

  @BeforeEach
  void start() {
    api = new ApiHarness(dataDir);
    admin = api.token("ops", ApiScope.ADMIN);
    run = api.token("n8n", ApiScope.RUN);
  }

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void create_showsTheTokenOnce_itWorks_andListAndAuditNeverShowItAgain() {
    Reply created =
        api.post(
            "/api/v1/tokens",
            admin,
            "{\"name\": \"dashboard\", \"scope\": \"read\", \"expires_in\": \"90d\"}");

    assertThat(created.status()).as(created.text()).isEqualTo(201);
    String token = created.json().path("token").asText();
    assertThat(token).startsWith("duoctl_");
    assertThat(created.json().path("name").asText()).isEqualTo("dashboard");
    assertThat(created.json().path("scope").asText()).isEqualTo("read");
    assertThat(created.json().path("expires_at").asText()).isNotBlank();
    assertThat(api.get("/api/v1/audit", token).status()).isEqualTo(200);

    Reply list = api.get("/api/v1/tokens", admin);
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.text()).doesNotContain(token).doesNotContain(admin);
    JsonNode dashboard = byName(list.json(), "dashboard");
    assertThat(dashboard.path("prefix").asText()).isNotBlank();
    assertThat(token).startsWith(dashboard.path("prefix").asText());
    assertThat(dashboard.path("status").asText()).isEqualTo("active");
    assertThat(dashboard.path("scope").asText()).isEqualTo("read");
    assertThat(dashboard.path("created_at").asText()).isNotBlank();
    assertThat(dashboard.has("token")).isFalse();
    assertThat(api.get("/api/v1/audit", admin).text()).doesNotContain(token);
  }

  @Test
  void delete_byNameOrId_revokesAtOnce_andAnUnknownOneIs404() {
    String token =
        api.post("/api/v1/tokens", admin, "{\"name\": \"ci\", \"scope\": \"run\"}")
            .json()
            .path("token")
            .asText();
    String id = byName(api.get("/api/v1/tokens", admin).json(), "ci").path("id").asText();

    Reply revoked = api.delete("/api/v1/tokens/" + id, admin);

    assertThat(revoked.status()).as(revoked.text()).isIn(200, 204);
    assertThat(api.get("/api/v1/organizations", token).status()).isEqualTo(401);
    assertThat(byName(api.get("/api/v1/tokens", admin).json(), "ci").path("status").asText())
        .isEqualTo("revoked");
    assertThat(api.delete("/api/v1/tokens/n8n", admin).status()).isIn(200, 204);
    assertThat(api.get("/api/v1/organizations", run).status()).isEqualTo(401);
    Reply missing = api.delete("/api/v1/tokens/nope", admin);
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.code()).isEqualTo("not_found");
  }

  @Test
  void badInput_is400NamingEachField_andARunOrReadTokenIs403() {
    Reply bad =
        api.post(
            "/api/v1/tokens",
            admin,
            "{\"name\": \"has space\", \"scope\": \"root\", \"expires_in\": \"forever\"}");

    assertThat(bad.status()).as(bad.text()).isEqualTo(400);
    List<String> fields = new ArrayList<>();
    bad.json().path("error").path("fields").forEach(f -> fields.add(f.path("field").asText()));
    assertThat(fields).contains("name", "scope", "expires_in");
    Reply taken = api.post("/api/v1/tokens", admin, "{\"name\": \"ops\", \"scope\": \"read\"}");
    assertThat(taken.status()).isEqualTo(400);
    String read = api.token("viewer", ApiScope.READ);
    for (String token : List.of(run, read)) {
      assertThat(api.get("/api/v1/tokens", token).status()).isEqualTo(403);
      assertThat(
              api.post("/api/v1/tokens", token, "{\"name\": \"x\", \"scope\": \"admin\"}").status())
          .isEqualTo(403);
      assertThat(api.delete("/api/v1/tokens/ops", token).status()).isEqualTo(403);
    }
    assertThat(api.duoctl.apiTokens().list()).hasSize(3);
  }

  private static JsonNode byName(JsonNode list, String name) {
    for (JsonNode token : list) {
      if (token.path("name").asText().equals(name)) {
        return token;
      }
    }
    throw new AssertionError("no token named " + name + " in " + list);
  }
}
