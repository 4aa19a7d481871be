package io.duoctl.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.app.api.ApiHarness.Reply;
import io.duoctl.core.access.ApiScope;
import io.duoctl.emulator.junit.DuoEmulatorExtension;
import io.duoctl.emulator.ratelimit.RateLimits;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** /api/v1/configurations over real HTTP, validated against the emulator. */
@Tag("slow")
class SettingsRoutesTest {

  @RegisterExtension
  static final DuoEmulatorExtension duo =
      new DuoEmulatorExtension(b -> b.seed(11).rateLimits(RateLimits.duoDefaults()));

  static int msps;

  @TempDir Path dataDir;
  ApiHarness api;
  DuoKeys keys;
  String admin;
  String read;

  @BeforeEach
  void start() {
    api = new ApiHarness(dataDir);
    keys = DuoKeys.givenMsp(duo.emulator(), "API MSP " + ++msps);
    admin = api.token("ops", ApiScope.ADMIN);
    read = api.token("dashboard", ApiScope.READ);
  }

  @AfterEach
  void stop() {
    assertThat(api.everyReply())
        .doesNotContain(keys.auth().secretKey())
        .doesNotContain(keys.accounts().secretKey())
        .doesNotContain(keys.admin().secretKey())
        .doesNotContain(admin)
        .doesNotContain(read);
    api.close();
  }

  @Test
  void put_savesValidatesEveryApi_andNeverReturnsSecrets() {
    Reply put = api.put("/api/v1/configurations/default", admin, keys.configurationJson());

    assertThat(put.status()).as(put.text()).isEqualTo(201);
    assertThat(put.json().path("valid").asBoolean()).isTrue();
    for (String name : List.of("auth", "accounts", "admin")) {
      assertThat(put.json().path("validation").path(name).path("status").asText())
          .as(name)
          .isEqualTo("ok");
    }
    Reply get = api.get("/api/v1/configurations/default", read);
    assertThat(get.status()).isEqualTo(200);
    JsonNode adminKeys = get.json().path("apis").path("admin");
    assertThat(adminKeys.path("integration_key").asText()).isEqualTo(keys.admin().integrationKey());
    assertThat(adminKeys.path("secret_key_set").asBoolean()).isTrue();
    assertThat(adminKeys.has("secret_key")).isFalse();
    assertThat(get.json().path("is_default").asBoolean()).isTrue();
    assertThat(api.get("/api/v1/configurations", read).json().size()).isEqualTo(1);
  }

  @Test
  void patch_withAWrongAdminSecret_savesButNamesTheAdminApiFailure() {
    api.put("/api/v1/configurations/default", admin, keys.configurationJson());

    Reply patch =
        api.patch(
            "/api/v1/configurations/default",
            admin,
            "{\"admin\": {\"secret_key\": \"" + "z".repeat(40) + "\"}}");

    assertThat(patch.status()).as(patch.text()).isEqualTo(200);
    assertThat(patch.json().path("valid").asBoolean()).isFalse();
    assertThat(patch.json().path("failed").toString()).isEqualTo("[\"admin\"]");
    JsonNode check = patch.json().path("validation").path("admin");
    assertThat(check.path("status").asText()).isEqualTo("wrong_secret_key");
    assertThat(check.path("message").asText()).contains("Admin API secret key is wrong");
    assertThat(patch.json().path("validation").path("auth").path("status").asText())
        .isEqualTo("ok");
    Reply again = api.post("/api/v1/configurations/default/validate", admin, null);
    assertThat(again.json().path("failed").toString()).isEqualTo("[\"admin\"]");
  }

  @Test
  void put_withoutSecretKeys_keepsTheStoredOnes_andPatchRemoveDropsAnApi() {
    api.put("/api/v1/configurations/default", admin, keys.configurationJson());
    String withoutSecrets = keys.configurationJson().replaceAll(", \"secret_key\": \"[^\"]+\"", "");

    Reply again = api.put("/api/v1/configurations/default", admin, withoutSecrets);

    assertThat(again.status()).as(again.text()).isEqualTo(200);
    assertThat(again.json().path("valid").asBoolean()).isTrue();
    Reply removed = api.patch("/api/v1/configurations/default", admin, "{\"remove\": [\"auth\"]}");
    assertThat(removed.status()).as(removed.text()).isEqualTo(200);
    assertThat(removed.json().path("configuration").path("apis").has("auth")).isFalse();
    assertThat(removed.json().path("configuration").path("apis").has("admin")).isTrue();
    Reply badRemove =
        api.patch("/api/v1/configurations/default", admin, "{\"remove\": [\"everything\"]}");
    assertThat(badRemove.json().path("error").path("field").asText()).isEqualTo("remove[0]");
  }

  @Test
  void put_withSeveralBadFields_is400ListingEachOne_andStoresNothing() {
    String body =
        """
        {"auth": {"host": "not a host", "integration_key": "DIshort", "secret_key": "x"},
         "advanced": {"connect_timeout": 0, "signature_version": "v9"}}
        """;

    Reply reply = api.put("/api/v1/configurations/default", admin, body);

    assertThat(reply.status()).as(reply.text()).isEqualTo(400);
    assertThat(reply.code()).isEqualTo("invalid_input");
    assertThat(fields(reply)).contains("advanced.signature_version");
    Reply core =
        api.put(
            "/api/v1/configurations/default",
            admin,
            body.replace("\"signature_version\": \"v9\"", "\"signature_version\": \"v5\""));
    assertThat(fields(core))
        .contains(
            "auth.host", "auth.integration_key", "auth.secret_key", "advanced.connect_timeout");
    assertThat(core.json().path("error").path("field").asText()).isEqualTo(fields(core).get(0));
    assertThat(api.get("/api/v1/configurations", admin).json().size()).isZero();
  }

  @Test
  void put_withAReadToken_is403_andUnknownConfiguration_is404() {
    assertThat(api.put("/api/v1/configurations/default", read, keys.configurationJson()).status())
        .isEqualTo(403);

    Reply missing = api.get("/api/v1/configurations/nope", read);

    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.code()).isEqualTo("not_found");
  }

  @Test
  void patch_ofAnUnknownConfiguration_is404NamingItAndTheKnownOnes_andCreatesNothing() {
    api.put("/api/v1/configurations/default", admin, keys.configurationJson());

    for (String body : List.of(keys.configurationJson(), "{\"remove\": [\"auth\"]}", "{}")) {
      Reply patch = api.patch("/api/v1/configurations/nope?validate=false", admin, body);

      assertThat(patch.status()).as(patch.text()).isEqualTo(404);
      assertThat(patch.code()).isEqualTo("not_found");
      assertThat(patch.json().path("error").path("message").asText())
          .contains("\"nope\"")
          .contains("known: default");
    }
    assertThat(api.get("/api/v1/configurations", admin).json().size()).isEqualTo(1);
  }

  @Test
  void put_withAnUnknownField_namesItAndTheAllowedOnes() {
    Reply reply =
        api.put(
            "/api/v1/configurations/default",
            admin,
            "{\"admin\": {\"host\": \"h\", \"ikey\": \"DI\"}}");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.code()).isEqualTo("unknown_field");
    assertThat(reply.json().path("error").path("field").asText()).isEqualTo("admin.ikey");
    assertThat(reply.json().path("error").path("message").asText())
        .contains("host, integration_key, secret_key");
  }

  private static List<String> fields(Reply reply) {
    List<String> names = new ArrayList<>();
    reply.json().path("error").path("fields").forEach(f -> names.add(f.path("field").asText()));
    return names;
  }
}
