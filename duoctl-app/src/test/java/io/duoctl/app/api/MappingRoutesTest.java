package io.duoctl.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.app.api.ApiHarness.Reply;
import io.duoctl.core.access.ApiScope;
import io.duoctl.emulator.junit.DuoEmulatorExtension;
import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.ratelimit.RateLimits;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Duo accounts, suggestions, mapping and import over real HTTP against the emulator. */
@Tag("slow")
class MappingRoutesTest {

  @RegisterExtension
  static final DuoEmulatorExtension duo =
      new DuoEmulatorExtension(b -> b.seed(13).rateLimits(RateLimits.duoDefaults()));

  static int msps;

  @TempDir Path dataDir;
  ApiHarness api;
  DuoKeys keys;
  String admin;
  String read;

  @BeforeEach
  void start() {
    api = new ApiHarness(dataDir);
    admin = api.token("ops", ApiScope.ADMIN);
    read = api.token("dashboard", ApiScope.READ);
    keys = DuoKeys.givenMsp(duo.emulator(), "Mapping MSP " + ++msps);
    api.saveConfiguration(admin, keys);
  }

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void refresh_suggest_map_clear_andHealth() {
    Account acme = duo.givenChildAccount(keys.parent(), "Acme Corporation");
    duo.givenChildAccount(keys.parent(), "Globex, Inc.");
    api.post("/api/v1/organizations", admin, "{\"name\": \"ACME Corp.\"}");
    api.post("/api/v1/organizations", admin, "{\"name\": \"Initech\"}");

    Reply refreshed = api.post("/api/v1/duo-accounts/refresh", admin, null);
    assertThat(refreshed.status()).as(refreshed.text()).isEqualTo(200);
    assertThat(refreshed.json().path("added").size()).isEqualTo(2);

    Reply suggestions = api.get("/api/v1/mapping/suggestions", read);
    JsonNode forAcme = find(suggestions.json(), "organization_name", "ACME Corp.");
    assertThat(forAcme.path("best").path("duo_account_name").asText())
        .isEqualTo("Acme Corporation");
    assertThat(forAcme.path("best").path("score").asDouble()).isBetween(0.5, 1.0);

    Reply mapped =
        api.put(
            "/api/v1/organizations/Initech/mapping",
            admin,
            "{\"duo_account_id\": \"Globex, Inc.\"}");
    assertThat(mapped.status()).as(mapped.text()).isEqualTo(200);
    assertThat(mapped.json().path("mapped").asBoolean()).isTrue();
    Reply taken =
        api.put(
            "/api/v1/organizations/ACME%20Corp./mapping", admin, "{\"account\": \"Globex, Inc.\"}");
    assertThat(taken.status()).isEqualTo(409);

    Reply saved =
        api.post(
            "/api/v1/mapping",
            admin,
            """
            {"changes": [{"organization": "ACME Corp.", "duo_account_id": "%s"},
                         {"organization": "Initech"}]}"""
                .formatted(acme.id()));
    assertThat(saved.status()).as(saved.text()).isEqualTo(200);
    Reply accounts = api.get("/api/v1/duo-accounts", read);
    assertThat(find(accounts.json(), "name", "Acme Corporation").path("organization_name").asText())
        .isEqualTo("ACME Corp.");

    Reply health = api.get("/api/v1/mapping/health", read);
    assertThat(health.json().path("healthy").asBoolean()).isFalse();
    assertThat(health.json().path("unmapped_organizations").get(0).path("name").asText())
        .isEqualTo("Initech");
    assertThat(health.json().path("unmapped_accounts").get(0).path("name").asText())
        .isEqualTo("Globex, Inc.");
  }

  @Test
  void importFromDuo_createsAndMapsUnmappedAccounts_skippingTakenNames() {
    duo.givenChildAccount(keys.parent(), "Acme Corporation");
    duo.givenChildAccount(keys.parent(), "Globex, Inc.");
    api.post("/api/v1/organizations", admin, "{\"name\": \"Globex, Inc.\"}");

    Reply imported = api.post("/api/v1/organizations/import-duo", admin, null);

    assertThat(imported.status()).as(imported.text()).isEqualTo(200);
    assertThat(imported.json().path("created").get(0).path("name").asText())
        .isEqualTo("Acme Corporation");
    assertThat(imported.json().path("created").get(0).path("mapped").asBoolean()).isTrue();
    assertThat(imported.json().path("skipped").get(0).path("name").asText())
        .isEqualTo("Globex, Inc.");
  }

  @Test
  void saveMappings_withAnUnknownAccount_is404_andNothingChanges() {
    api.post("/api/v1/organizations", admin, "{\"name\": \"Initech\"}");

    Reply reply =
        api.post(
            "/api/v1/mapping",
            admin,
            "{\"changes\": [{\"organization\": \"Initech\", \"account_id\": \"DA000NOPE\"}]}");

    assertThat(reply.status()).isEqualTo(404);
    assertThat(api.get("/api/v1/organizations/Initech", read).json().path("mapped").asBoolean())
        .isFalse();
  }

  @Test
  void move_toAnotherConfiguration_clearsTheMappingOfTheOldParentsAccount_andSaysSo() {
    Account acme = duo.givenChildAccount(keys.parent(), "Acme Corporation");
    api.post("/api/v1/organizations", admin, "{\"name\": \"Acme\"}");
    api.post("/api/v1/duo-accounts/refresh", admin, null);
    api.put("/api/v1/organizations/Acme/mapping", admin, "{\"account\": \"" + acme.id() + "\"}");
    DuoKeys other = DuoKeys.givenMsp(duo.emulator(), "Mapping MSP " + ++msps);
    Reply staging =
        api.put("/api/v1/configurations/staging?validate=false", admin, other.configurationJson());
    assertThat(staging.status()).as(staging.text()).isEqualTo(201);

    Reply unknown =
        api.post("/api/v1/organizations/Acme/move", admin, "{\"configuration\": \"nowhere\"}");
    Reply moved =
        api.post("/api/v1/organizations/Acme/move", admin, "{\"configuration\": \"staging\"}");

    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().path("error").path("field").asText()).isEqualTo("configuration");
    assertThat(moved.status()).as(moved.text()).isEqualTo(200);
    assertThat(moved.json().path("mapping").asText()).isEqualTo("cleared");
    assertThat(moved.json().path("from_configuration").asText()).isEqualTo("default");
    assertThat(moved.json().path("previous_duo_account_id").asText()).isEqualTo(acme.id());
    assertThat(moved.json().path("organization").path("configuration").asText())
        .isEqualTo("staging");
    assertThat(moved.json().path("organization").path("mapped").asBoolean()).isFalse();
    assertThat(moved.json().path("message").asText()).contains("cleared");
    assertThat(
            api.get("/api/v1/organizations?configuration=staging", read)
                .json()
                .path("total")
                .asInt())
        .isEqualTo(1);
    assertThat(
            api.get(
                    "/api/v1/audit?organization="
                        + moved.json().path("organization").path("id").asText(),
                    read)
                .text())
        .contains("\"moved\"");
  }

  private static JsonNode find(JsonNode array, String field, String value) {
    for (JsonNode n : array) {
      if (n.path(field).asText().equals(value)) {
        return n;
      }
    }
    throw new AssertionError("no " + field + "=" + value + " in " + array);
  }
}
