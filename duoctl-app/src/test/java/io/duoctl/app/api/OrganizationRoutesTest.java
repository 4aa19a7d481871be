package io.duoctl.app.api;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /api/v1/organizations and /api/v1/tags over real HTTP. */
@Tag("slow")
class OrganizationRoutesTest {
  static DuoEmulator duo;
  static int msps;

  @TempDir Path dataDir;
  ApiHarness api;
  String admin;
  String read;

  @BeforeAll
  static void startDuo() {
    duo = DuoEmulator.builder().seed(12).build().start();
  }

  @AfterAll
  static void stopDuo() {
    duo.close();
  }

  @BeforeEach
  void start() {
    api = new ApiHarness(dataDir);
    admin = api.token("ops", ApiScope.ADMIN);
    read = api.token("dashboard", ApiScope.READ);
    DuoKeys keys = DuoKeys.givenMsp(duo, "Org MSP " + ++msps);
    assertThat(
            api.put(
                    "/api/v1/configurations/default?validate=false",
                    admin,
                    keys.configurationJson())
                .status())
        .isEqualTo(201);
  }

  @AfterEach
  void stop() {
    assertThat(api.everyReply()).doesNotContain("DIRKEY-secret-value-1234");
    api.close();
  }

  Reply create(String json) {
    return api.post("/api/v1/organizations", admin, json);
  }

  @Test
  void create_get_list_update_delete_roundTrip() {
    Reply created =
        create(
            """
            {"name": "Acme Dental", "external_id": "psa-17", "tags": ["dental", "gold"],
             "variables": {"region": "eu"}}""");
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    String id = created.json().path("id").asText();
    assertThat(created.json().path("access_mode").asText()).isEqualTo("child_account");
    create("{\"name\": \"Bolt Legal\", \"tags\": [\"gold\"]}");
    create("{\"name\": \"Cedar Clinic\"}");

    assertThat(api.get("/api/v1/organizations/Acme%20Dental", read).json().path("id").asText())
        .isEqualTo(id);
    Reply gold = api.get("/api/v1/organizations?tag=gold", read);
    assertThat(names(gold)).containsExactly("Acme Dental", "Bolt Legal");
    Reply page = api.get("/api/v1/organizations?limit=2&offset=1", read);
    assertThat(names(page)).containsExactly("Bolt Legal", "Cedar Clinic");
    assertThat(page.json().path("total").asInt()).isEqualTo(3);
    assertThat(page.json().path("has_more").asBoolean()).isFalse();
    assertThat(api.get("/api/v1/tags", read).json().toString())
        .isEqualTo(
            "[{\"tag\":\"dental\",\"organizations\":1},{\"tag\":\"gold\",\"organizations\":2}]");

    Reply updated =
        api.patch(
            "/api/v1/organizations/" + id,
            admin,
            """
            {"name": "Acme Dental Group", "add_tags": ["vip"], "remove_tags": ["gold"],
             "variables": {"tier": "2"}, "remove_variables": ["region"], "access_mode": "own_keys"}""");
    assertThat(updated.status()).as(updated.text()).isEqualTo(200);
    assertThat(updated.json().path("name").asText()).isEqualTo("Acme Dental Group");
    assertThat(updated.json().path("tags").toString()).isEqualTo("[\"dental\",\"vip\"]");
    assertThat(updated.json().path("variables").toString()).isEqualTo("{\"tier\":\"2\"}");
    assertThat(updated.json().path("access_mode").asText()).isEqualTo("own_keys");

    assertThat(api.delete("/api/v1/organizations/" + id, admin).status()).isEqualTo(204);
    assertThat(api.get("/api/v1/organizations/" + id, read).status()).isEqualTo(404);
  }

  @Test
  void create_withSeveralBadFields_listsEachOne() {
    Reply reply =
        create("{\"name\": \" \", \"tags\": [\"bad tag!\"], \"access_mode\": \"telepathy\"}");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.code()).isEqualTo("invalid_input");
    assertThat(fields(reply)).containsExactly("access_mode");
    Reply core = create("{\"name\": \" \", \"tags\": [\"bad tag!\"]}");
    assertThat(fields(core)).contains("name").anyMatch(f -> f.startsWith("tags"));
  }

  @Test
  void update_withABadTag_namesAddTags_andChangesNothing() {
    create("{\"name\": \"Acme\", \"tags\": [\"gold\"]}");

    Reply reply =
        api.patch("/api/v1/organizations/Acme", admin, "{\"add_tags\": [\"ok\", \"bad tag!\"]}");

    assertThat(reply.status()).as(reply.text()).isEqualTo(400);
    assertThat(fields(reply)).allMatch(f -> f.startsWith("add_tags"));
    assertThat(api.get("/api/v1/organizations/Acme", read).json().path("tags").toString())
        .isEqualTo("[\"gold\"]");
  }

  @Test
  void update_withAValidRenameAndAnInvalidTag_changesNothing() {
    create("{\"name\": \"Acme\", \"tags\": [\"gold\"], \"variables\": {\"psa_id\": \"17\"}}");

    Reply reply =
        api.patch(
            "/api/v1/organizations/Acme",
            admin,
            "{\"name\": \"Acme Corp\", \"access_mode\": \"parent\", \"variables\":"
                + " {\"psa_id\": \"42\"}, \"add_tags\": [\"bad tag!\"]}");

    assertThat(reply.status()).as(reply.text()).isEqualTo(400);
    assertThat(fields(reply)).containsExactly("add_tags");
    assertThat(api.get("/api/v1/organizations/Acme%20Corp", read).status()).isEqualTo(404);
    Reply acme = api.get("/api/v1/organizations/Acme", read);
    assertThat(acme.json().path("access_mode").asText()).isEqualTo("child_account");
    assertThat(acme.json().path("variables").toString()).isEqualTo("{\"psa_id\":\"17\"}");
    assertThat(acme.json().path("tags").toString()).isEqualTo("[\"gold\"]");
  }

  @Test
  void update_toATakenName_is409_andKeepsTheOtherChangesUnsaved() {
    create("{\"name\": \"Acme\"}");
    create("{\"name\": \"Globex\"}");

    Reply reply =
        api.patch(
            "/api/v1/organizations/Acme",
            admin,
            "{\"name\": \"globex\", \"add_tags\": [\"gold\"], \"remove_variables\": []}");

    assertThat(reply.status()).as(reply.text()).isEqualTo(409);
    assertThat(api.get("/api/v1/organizations/Acme", read).json().path("tags").toString())
        .isEqualTo("[]");
  }

  @Test
  void create_twice_is409Conflict() {
    create("{\"name\": \"Acme\"}");

    Reply again = create("{\"name\": \"acme\"}");

    assertThat(again.status()).isEqualTo(409);
    assertThat(again.code()).isEqualTo("conflict");
  }

  @Test
  void unknownOrganization_is404_andAReadTokenCannotCreate() {
    Reply missing = api.get("/api/v1/organizations/Nobody%20Inc", read);
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.code()).isEqualTo("not_found");

    assertThat(api.post("/api/v1/organizations", read, "{\"name\": \"X\"}").status())
        .isEqualTo(403);
  }

  @Test
  void directoryKeyAndOwnKeys_areWriteOnly() {
    create("{\"name\": \"Acme\", \"access_mode\": \"own_keys\"}");

    Reply key =
        api.put(
            "/api/v1/organizations/Acme/directory-key",
            admin,
            "{\"directory_key\": \"DIRKEY-secret-value-1234\"}");
    assertThat(key.status()).as(key.text()).isEqualTo(200);
    assertThat(key.json().path("directory_key_set").asBoolean()).isTrue();

    String secret = "s".repeat(40);
    Reply own =
        api.put(
            "/api/v1/organizations/Acme/keys/admin?validate=false",
            admin,
            """
            {"host": "api-acme0001.duosecurity.com", "integration_key": "DIABCDEFGHIJKLMNOPQR",
             "secret_key": "%s"}"""
                .formatted(secret));
    assertThat(own.status()).as(own.text()).isEqualTo(200);
    assertThat(own.json().path("own_keys").path("admin").path("secret_key_set").asBoolean())
        .isTrue();
    assertThat(api.everyReply()).doesNotContain(secret);
    assertThat(api.put("/api/v1/organizations/Acme/keys/accounts", admin, "{}").status())
        .isEqualTo(404);
    Reply cleared = api.delete("/api/v1/organizations/Acme/directory-key", admin);
    assertThat(cleared.json().path("directory_key_set").asBoolean()).isFalse();
  }

  private static List<String> names(Reply reply) {
    List<String> names = new ArrayList<>();
    reply.json().path("organizations").forEach(o -> names.add(o.path("name").asText()));
    return names;
  }

  private static List<String> fields(Reply reply) {
    List<String> names = new ArrayList<>();
    reply.json().path("error").path("fields").forEach(f -> names.add(f.path("field").asText()));
    return names;
  }
}
