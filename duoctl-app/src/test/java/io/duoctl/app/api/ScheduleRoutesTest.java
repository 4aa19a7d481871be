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
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /api/v1/schedules over real HTTP: read with a read token, change with an admin one. */
@Tag("slow")
class ScheduleRoutesTest {
  private static final String MORNING =
      """
      {"name": "morning-offboarding", "workflow": "offboard-organization",
       "inputs": {"organization": "Harbor Dental", "user": "jdoe"},
       "cron": "0 7 * * MON-FRI", "time_zone": "Europe/Berlin"}
      """;

  @TempDir Path dataDir;
  ApiHarness api;
  String admin;
  String read;

  @BeforeEach
  void start() {
    api = new ApiHarness(dataDir);
    admin = api.token("ops", ApiScope.ADMIN);
    read = api.token("dashboard", ApiScope.READ);
  }

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void create_list_show_update_delete() {
    Reply created = api.post("/api/v1/schedules", admin, MORNING);

    assertThat(created.status()).as(created.text()).isEqualTo(201);
    JsonNode schedule = created.json();
    assertThat(schedule.path("name").asText()).isEqualTo("morning-offboarding");
    assertThat(schedule.path("inputs").path("user").asText()).isEqualTo("jdoe");
    assertThat(schedule.path("time_zone").asText()).isEqualTo("Europe/Berlin");
    assertThat(schedule.path("enabled").asBoolean()).isTrue();
    assertThat(schedule.path("confirmed").asBoolean()).isFalse();
    assertThat(schedule.path("created_by").asText()).isEqualTo("api:ops");
    assertThat(schedule.path("next_run_at").asText()).endsWith(":00:00Z");
    assertThat(schedule.has("configuration")).isFalse();

    Reply list = api.get("/api/v1/schedules", read);
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.json()).hasSize(1);
    Reply shown = api.get("/api/v1/schedules/morning-offboarding", read);
    assertThat(shown.status()).isEqualTo(200);
    assertThat(shown.json().path("launches").isArray()).isTrue();
    assertThat(shown.json().path("id").asText()).isEqualTo(schedule.path("id").asText());

    Reply disabled =
        api.patch(
            "/api/v1/schedules/morning-offboarding",
            admin,
            "{\"enabled\": false, \"cron\": \"30 6 * * *\"}");
    assertThat(disabled.status()).as(disabled.text()).isEqualTo(200);
    assertThat(disabled.json().path("enabled").asBoolean()).isFalse();
    assertThat(disabled.json().path("cron").asText()).isEqualTo("30 6 * * *");
    assertThat(disabled.json().has("next_run_at")).isFalse();

    Reply deleted = api.delete("/api/v1/schedules/morning-offboarding", admin);
    assertThat(deleted.status()).isEqualTo(200);
    assertThat(api.get("/api/v1/schedules", read).json()).isEmpty();
    Reply missing = api.get("/api/v1/schedules/morning-offboarding", read);
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.code()).isEqualTo("not_found");
    assertThat(api.get("/api/v1/audit?subject=schedule", admin).json().path("entries"))
        .extracting(e -> e.path("action").asText())
        .containsExactly("deleted", "updated", "created");
  }

  @Test
  void badFields_are400NamingEachOne_andATakenNameIs409() {
    Reply bad =
        api.post(
            "/api/v1/schedules",
            admin,
            """
            {"name": "Morning", "workflow": "offboard-organization",
             "inputs": {"user": 5, "secret": "x"}, "cron": "every morning", "time_zone": "+02:00"}
            """);

    assertThat(bad.status()).as(bad.text()).isEqualTo(400);
    assertThat(bad.code()).isEqualTo("invalid_input");
    List<String> fields = new ArrayList<>();
    bad.json().path("error").path("fields").forEach(f -> fields.add(f.path("field").asText()));
    assertThat(fields)
        .containsExactly(
            "name", "inputs.user", "inputs.secret", "inputs.organization", "time_zone", "cron");
    assertThat(api.post("/api/v1/schedules", admin, MORNING).status()).isEqualTo(201);
    Reply taken = api.post("/api/v1/schedules", admin, MORNING);
    assertThat(taken.status()).isEqualTo(409);
    assertThat(taken.code()).isEqualTo("conflict");
  }

  @Test
  void aWorkflowThatMayDestroyAcrossOrganizations_needsConfirmed() {
    String everywhere =
        """
        {"name": "friday-cleanup", "workflow": "offboard-everywhere",
         "inputs": {"user": "jdoe", "mode": "delete"}, "cron": "0 18 * * FRI", "time_zone": "UTC"%s}
        """;

    Reply refused = api.post("/api/v1/schedules", admin, everywhere.formatted(""));
    assertThat(refused.status()).as(refused.text()).isEqualTo(409);
    assertThat(refused.code()).isEqualTo("confirmation_required");
    assertThat(refused.json().path("error").path("field").asText()).isEqualTo("confirmed");
    assertThat(refused.json().path("error").path("destructive_actions").toString())
        .contains("users.delete");

    Reply confirmed =
        api.post("/api/v1/schedules", admin, everywhere.formatted(", \"confirmed\": true"));
    assertThat(confirmed.status()).as(confirmed.text()).isEqualTo(201);
    assertThat(confirmed.json().path("confirmed").asBoolean()).isTrue();
  }

  @Test
  void readAndRunTokens_mayRead_butNotChange() {
    String run = api.token("n8n", ApiScope.RUN);
    for (String token : List.of(read, run)) {
      assertThat(api.post("/api/v1/schedules", token, MORNING).status()).isEqualTo(403);
      assertThat(api.patch("/api/v1/schedules/x", token, "{}").status()).isEqualTo(403);
      assertThat(api.delete("/api/v1/schedules/x", token).status()).isEqualTo(403);
      assertThat(api.get("/api/v1/schedules", token).status()).isEqualTo(200);
    }
    assertThat(api.duoctl.schedules().list()).isEmpty();
  }
}
