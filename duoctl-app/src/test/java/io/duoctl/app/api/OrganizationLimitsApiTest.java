package io.duoctl.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.app.api.ApiHarness.Reply;
import io.duoctl.core.access.ApiScope;
import io.duoctl.emulator.DuoEmulator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Organizations past the documented limits are refused with 400 naming the field, never a 500. */
class OrganizationLimitsApiTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static DuoEmulator duo;

  @TempDir Path dataDir;
  ApiHarness api;
  String admin;

  @BeforeAll
  static void startDuo() {
    duo = DuoEmulator.builder().seed(13).build().start();
  }

  @AfterAll
  static void stopDuo() {
    duo.close();
  }

  @BeforeEach
  void start() {
    api = new ApiHarness(dataDir);
    admin = api.token("ops", ApiScope.ADMIN);
    DuoKeys keys = DuoKeys.givenMsp(duo, "Limits MSP");
    api.put("/api/v1/configurations/default?validate=false", admin, keys.configurationJson());
  }

  @AfterEach
  void stop() {
    assertThat(api.everyReply()).doesNotContain("org.h2", "JdbcSQL", "SQL statement");
    api.close();
  }

  static ObjectNode organization(String name, int tags, int variables) {
    ObjectNode org = JSON.createObjectNode().put("name", name);
    var tagList = org.putArray("tags");
    for (int i = 0; i < tags; i++) {
      tagList.add("tag-" + i);
    }
    ObjectNode vars = org.putObject("variables");
    for (int i = 0; i < variables; i++) {
      vars.put("var_" + i, "value " + i);
    }
    return org;
  }

  static List<String> fields(Reply reply) {
    List<String> names = new ArrayList<>();
    reply.json().path("error").path("fields").forEach(f -> names.add(f.path("field").asText()));
    return names;
  }

  @Test
  void create_withThreeHundredTagsOrTwoHundredVariables_is400NamingTheField() {
    Reply tags = api.post("/api/v1/organizations", admin, organization("Acme", 300, 0).toString());
    Reply vars = api.post("/api/v1/organizations", admin, organization("Acme", 0, 200).toString());

    assertThat(tags.status()).as(tags.text()).isEqualTo(400);
    assertThat(fields(tags)).containsExactly("tags");
    assertThat(vars.status()).as(vars.text()).isEqualTo(400);
    assertThat(fields(vars)).containsExactly("variables");
  }

  @Test
  void create_withASeventyKilobyteName_is400NamingTheName() {
    Reply reply =
        api.post("/api/v1/organizations", admin, organization("n".repeat(70_000), 0, 0).toString());

    assertThat(reply.status()).as(reply.text()).isIn(400, 413);
    if (reply.status() == 400) {
      assertThat(fields(reply)).containsExactly("name");
    }
    assertThat(reply.text()).hasSizeLessThan(1_000);
  }

  @Test
  void createAtTheLimits_thenPatchingPastThem_is400_andTheOrganizationStaysAsItWas() {
    Reply created =
        api.post("/api/v1/organizations", admin, organization("Acme", 50, 100).toString());
    assertThat(created.status()).as(created.text()).isEqualTo(201);

    Reply patched =
        api.patch(
            "/api/v1/organizations/Acme",
            admin,
            "{\"name\": \"Acme Corp\", \"add_tags\": [\"one-more\"],"
                + " \"variables\": {\"one_more\": \"1\"}}");

    assertThat(patched.status()).as(patched.text()).isEqualTo(400);
    assertThat(fields(patched)).containsExactlyInAnyOrder("add_tags", "variables");
    Reply stored = api.get("/api/v1/organizations/Acme", admin);
    assertThat(stored.json().path("tags")).hasSize(50);
    assertThat(stored.json().path("variables")).hasSize(100);
  }
}
