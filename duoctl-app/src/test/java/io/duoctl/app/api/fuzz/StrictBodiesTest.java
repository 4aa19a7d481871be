package io.duoctl.app.api.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.app.api.actions.MspApi;
import io.duoctl.app.api.fuzz.RawHttp.Response;
import io.duoctl.core.access.ApiScope;
import io.duoctl.emulator.junit.DuoEmulatorExtension;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Request bodies are read strictly: wrong JSON types, duplicate keys, unknown fields, numbers too
 * large and nesting too deep are 400 naming the field, every bad field in one answer.
 */
@Tag("slow")
class StrictBodiesTest {

  @RegisterExtension static DuoEmulatorExtension duo = new DuoEmulatorExtension();

  @TempDir Path dataDir;
  MspApi api;
  RawHttp http;
  String admin;

  @BeforeEach
  void start() {
    api = new MspApi(duo.emulator(), dataDir, List.of("Acme"));
    http = new RawHttp(api.server.baseUri());
    admin = api.token("admin", ApiScope.ADMIN);
  }

  @AfterEach
  void stop() {
    api.close();
  }

  Response send(String method, String path, String body) {
    return http.send(
        method,
        path,
        Map.of("Authorization", "Bearer " + admin, "Content-Type", "application/json"),
        body);
  }

  @Test
  void nestingDeeperThan1000Levels_is400OnEveryRouteWithABody() {
    String deep = "[".repeat(1100) + "]".repeat(1100);
    List<String> answered = new ArrayList<>();
    for (var route : OpenApiRoutes.of(api.get("/api/openapi.json", api.readToken).json())) {
      if (!route.hasBody() || route.signed()) {
        continue; // a signed route reads no body before its signature checks out
      }
      String path = route.samplePath();
      Response reply = send(route.method(), path, "{\"name\": " + deep + "}");
      Response bare = send(route.method(), path, deep);

      assertThat(reply.status()).as(route + ": " + reply.text()).isEqualTo(400);
      assertThat(reply.json().path("error").path("message").asText()).contains("1000");
      assertThat(bare.status()).as(route + ": " + bare.text()).isEqualTo(400);
      answered.add(route.toString());
    }
    assertThat(answered).hasSizeGreaterThan(10);
  }

  @Test
  void aNumberOrBooleanForAString_is400_andNothingIsCreated() {
    Response number = send("POST", "/api/v1/organizations", "{\"name\": 123}");
    Response bool = send("POST", "/api/v1/organizations", "{\"name\": true}");

    assertThat(number.status()).isEqualTo(400);
    assertThat(number.code()).isEqualTo("invalid_input");
    assertThat(number.json().path("error").path("field").asText()).isEqualTo("name");
    assertThat(bool.status()).isEqualTo(400);
    assertThat(api.get("/api/v1/organizations?name=123", api.readToken).text())
        .doesNotContain("\"123\"");
  }

  @Test
  void everyBadField_isListedInOneAnswer() {
    Response reply =
        send(
            "POST",
            "/api/v1/organizations",
            "{\"name\": 1, \"external_id\": false, \"tags\": \"gold\", \"variables\": {\"a\": 2},"
                + " \"colour\": \"red\"}");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(fields(reply))
        .containsExactly("name", "external_id", "tags", "variables.a", "colour");
  }

  @Test
  void aDuplicateKey_is400NamingIt() {
    Response reply = send("POST", "/api/v1/organizations", "{\"name\": \"A\", \"name\": \"B\"}");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.code()).isEqualTo("invalid_input");
    assertThat(reply.json().path("error").path("field").asText()).isEqualTo("name");
    assertThat(api.get("/api/v1/organizations?name=B", api.readToken).text())
        .doesNotContain("\"B\"");
  }

  @Test
  void aNumberTooLarge_isInvalidInputNamingTheField() {
    Response big =
        send(
            "PATCH",
            "/api/v1/configurations/default?validate=false",
            "{\"advanced\": {\"connect_timeout\": 99999999999999999999999}}");
    Response huge =
        send(
            "PATCH",
            "/api/v1/configurations/default?validate=false",
            "{\"advanced\": {\"request_timeout\": 1" + "0".repeat(1500) + "}}");

    assertThat(big.status()).as(big.text()).isEqualTo(400);
    assertThat(big.code()).isEqualTo("invalid_input");
    assertThat(big.json().path("error").path("field").asText())
        .isEqualTo("advanced.connect_timeout");
    assertThat(huge.status()).as(huge.text()).isEqualTo(400);
    assertThat(huge.code()).isEqualTo("invalid_input");
    assertThat(huge.json().path("error").path("field").asText())
        .isEqualTo("advanced.request_timeout");
  }

  @Test
  void aRouteWithoutABody_refusesFieldsInOne() {
    Response reply =
        send("POST", "/api/v1/organizations/import-duo?refresh=false", "{\"refresh\": false}");

    assertThat(reply.status()).as(reply.text()).isEqualTo(400);
    assertThat(reply.code()).isEqualTo("unknown_field");
    assertThat(reply.json().path("error").path("field").asText()).isEqualTo("refresh");
    assertThat(send("POST", "/api/v1/organizations/import-duo?refresh=false", "{}").status())
        .isEqualTo(200);
  }

  @Test
  void anEmailThatIsNotOne_is400NamingTheInputField() {
    Response reply =
        send(
            "POST",
            "/api/v1/actions/users.create/run",
            "{\"organization\": \"Acme\", \"input\": {\"username\": \"jdoe\", \"email\": \"jdoe@\"}}");

    assertThat(reply.status()).as(reply.text()).isEqualTo(400);
    assertThat(fields(reply)).containsExactly("input.email");
  }

  @Test
  void anEmptyOrMaskedSecret_is400NamingTheField() {
    Response empty =
        send(
            "PATCH",
            "/api/v1/configurations/default?validate=false",
            "{\"admin\": {\"secret_key\": \"\"}}");
    Response masked =
        send(
            "PUT",
            "/api/v1/organizations/Acme/directory-key",
            "{\"directory_key\": \"\u2022\u2022\u2022\u2022k3Tq\"}");

    assertThat(empty.status()).as(empty.text()).isEqualTo(400);
    assertThat(fields(empty)).containsExactly("admin.secret_key");
    assertThat(masked.status()).as(masked.text()).isEqualTo(400);
    assertThat(fields(masked)).containsExactly("directory_key");
  }

  @Test
  void aRunForAMegabyteOrganizationName_isRefusedWithoutA5xx() {
    Response reply =
        send(
            "POST",
            "/api/v1/actions/info.summary/run",
            "{\"organization\": \"" + "x".repeat(1_000_000) + "\"}");

    assertThat(reply.status()).as(reply.text()).isBetween(400, 499);
    assertThat(reply.code()).isNotBlank();
  }

  static List<String> fields(Response reply) {
    List<String> names = new ArrayList<>();
    for (JsonNode f : reply.json().path("error").path("fields")) {
      names.add(f.path("field").asText());
    }
    return names;
  }
}
