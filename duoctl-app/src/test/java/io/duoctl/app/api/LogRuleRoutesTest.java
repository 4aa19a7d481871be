package io.duoctl.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.app.api.ApiHarness.Reply;
import io.duoctl.core.access.ApiScope;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /api/v1/log-rules over real HTTP: an admin adds, shows, tests, disables and deletes. */
@Tag("slow")
class LogRuleRoutesTest {
  private static final String RULE =
      """
      {"name": "fraud-alert",
       "condition": "event.result == 'fraud'",
       "action": {"webhook": {"url": "https://soc.example/duo", "secret": "s3cret-value"}}}
      """;

  @TempDir Path dataDir;
  ApiHarness api;
  String admin;

  @BeforeEach
  void start() {
    api = new ApiHarness(dataDir);
    admin = api.token("ops", ApiScope.ADMIN);
  }

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void crudAndTest_neverShowTheSecret() {
    Reply created = api.post("/api/v1/log-rules", admin, RULE);
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    assertThat(created.json().path("secret_set").asBoolean()).isTrue();
    assertThat(created.json().path("max_per_hour").asInt()).isEqualTo(60);
    assertThat(created.text()).doesNotContain("s3cret-value");

    Reply test =
        api.post(
            "/api/v1/log-rules/fraud-alert/test",
            admin,
            "{\"event\": {\"txid\": \"t1\", \"result\": \"fraud\"}}");
    assertThat(test.status()).as(test.text()).isEqualTo(200);
    assertThat(test.json().path("matched").asBoolean()).isTrue();
    assertThat(test.json().path("action").asText()).contains("https://soc.example/duo", "signed");

    assertThat(
            api.post("/api/v1/log-rules/fraud-alert/disable", admin, "")
                .json()
                .path("enabled")
                .asBoolean())
        .isFalse();
    Reply list = api.get("/api/v1/log-rules", admin);
    assertThat(list.json()).hasSize(1);
    assertThat(list.text()).doesNotContain("s3cret-value");
    assertThat(api.delete("/api/v1/log-rules/fraud-alert", admin).status()).isEqualTo(200);
    assertThat(api.get("/api/v1/log-rules/fraud-alert", admin).status()).isEqualTo(404);
  }

  @Test
  void badRules_are400NamingEachField_andOnlyAdminsManageRules() {
    Reply bad =
        api.post(
            "/api/v1/log-rules",
            admin,
            "{\"name\": \"x\", \"condition\": \"event.result = 1\", \"action\":"
                + " {\"workflow\": {\"name\": \"nope\"}}}");
    assertThat(bad.status()).as(bad.text()).isEqualTo(400);
    assertThat(fields(bad)).contains("condition", "action.workflow.name");

    String reader = api.token("viewer", ApiScope.READ);
    assertThat(api.get("/api/v1/log-rules", reader).status()).isEqualTo(403);
    assertThat(api.post("/api/v1/log-rules", reader, RULE).status()).isEqualTo(403);
  }

  private static List<String> fields(Reply reply) {
    List<String> fields = new ArrayList<>();
    reply.json().path("error").path("fields").forEach(f -> fields.add(f.path("field").asText()));
    return fields;
  }
}
