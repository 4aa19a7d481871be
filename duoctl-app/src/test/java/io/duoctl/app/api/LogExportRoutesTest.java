package io.duoctl.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.app.api.ApiHarness.Reply;
import io.duoctl.core.access.ApiScope;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /api/v1/log-exports and /api/v1/logs/query over real HTTP: read token reads, admin manages. */
@Tag("slow")
class LogExportRoutesTest {
  @TempDir Path dataDir;
  ApiHarness api;
  String admin;
  String read;

  @BeforeEach
  void start() {
    api = new ApiHarness(dataDir);
    admin = api.token("ops", ApiScope.ADMIN);
    read = api.token("dashboard", ApiScope.READ);
    Reply config =
        api.put(
            "/api/v1/configurations/default?validate=false",
            admin,
            "{\"advanced\": {\"request_timeout\": 5}}");
    assertThat(config.status()).as(config.text()).isIn(200, 201);
  }

  @AfterEach
  void stop() {
    api.close();
  }

  private String body(String name) {
    return """
        {"name": "%s", "all_organizations": true, "logs": ["authentication"], "from": "-1d",
         "sinks": [{"kind": "file", "directory": "%s"},
                   {"kind": "splunk_hec", "url": "https://splunk.example:8088",
                    "token": "hec-s3cr3t-token-1"}]}
        """
        .formatted(name, dataDir.resolve("events").toString().replace("\\", "\\\\"));
  }

  @Test
  void create_show_stop_start_delete_withTheSecretNeverReturned() {
    Reply forbidden = api.post("/api/v1/log-exports", read, body("siem"));
    assertThat(forbidden.status()).isEqualTo(403);

    Reply created = api.post("/api/v1/log-exports", admin, body("siem"));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    assertThat(created.json().path("state").asText()).isEqualTo("running");
    assertThat(created.text()).doesNotContain("hec-s3cr3t-token-1");

    Reply shown = api.get("/api/v1/log-exports/siem", read);
    assertThat(shown.status()).isEqualTo(200);
    assertThat(shown.json().path("progress").isArray()).isTrue();
    assertThat(shown.text()).doesNotContain("hec-s3cr3t-token-1");
    assertThat(api.get("/api/v1/log-exports", read).text()).doesNotContain("hec-s3cr3t-token-1");

    assertThat(api.post("/api/v1/log-exports/siem/stop", read, "").status()).isEqualTo(403);
    Reply stopped = api.post("/api/v1/log-exports/siem/stop", admin, "");
    assertThat(stopped.json().path("state").asText()).isEqualTo("stopped");
    Reply started = api.post("/api/v1/log-exports/siem/start", admin, "");
    assertThat(started.json().path("state").asText()).isEqualTo("running");

    assertThat(api.post("/api/v1/log-exports", admin, body("siem")).status()).isEqualTo(409);
    assertThat(api.delete("/api/v1/log-exports/siem", admin).status()).isEqualTo(200);
    assertThat(api.get("/api/v1/log-exports/siem", read).status()).isEqualTo(404);
  }

  @Test
  void create_withBadFields_is400NamingEachField() {
    Reply bad =
        api.post(
            "/api/v1/log-exports",
            admin,
            """
            {"name": "siem", "all_organizations": true, "logs": ["everything"], "from": "-181d",
             "sinks": [{"kind": "splunk_hec", "url": "https://splunk.example",
                        "token": "hec-s3cr3t-token-1", "colour": "blue"}]}
            """);
    assertThat(bad.status()).as(bad.text()).isEqualTo(400);
    assertThat(bad.text())
        .contains("\"logs\"")
        .contains("\"from\"")
        .contains("sinks[0].colour")
        .doesNotContain("hec-s3cr3t-token-1");
  }

  @Test
  void query_withoutOrg_is400NamingOrg() {
    Reply bad = api.get("/api/v1/logs/query?log=authentication", read);
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.text()).contains("\"org\"");
  }
}
