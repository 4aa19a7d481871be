package io.duoctl.app.api.actions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.app.api.actions.MspApi.Reply;
import io.duoctl.core.access.ApiScope;
import io.duoctl.core.orgs.AccessMode;
import io.duoctl.core.orgs.NewOrganization;
import io.duoctl.emulator.IntegrationKeys;
import io.duoctl.emulator.junit.DuoEmulatorExtension;
import io.duoctl.emulator.model.Account;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Own keys validated when set, organization checks, and refused keys naming the fix, over REST. */
@Tag("slow")
class OrganizationKeysApiTest {
  private static final String WRONG = "w".repeat(40);
  private static final String SET_KEYS_FIX =
      "duoctl orgs set-keys \"Cross Co\" --api admin --host HOST --ikey IKEY";

  @RegisterExtension static DuoEmulatorExtension duo = new DuoEmulatorExtension();

  @TempDir Path dataDir;
  MspApi api;
  String admin;
  IntegrationKeys crossAdmin;

  @BeforeEach
  void mspWithAChildAndAnOwnKeysCustomer() {
    api = new MspApi(duo.emulator(), dataDir, List.of("Harbor Dental"));
    admin = api.token("admin", ApiScope.ADMIN);
    Account cross =
        duo.emulator()
            .givenChildAccount(duo.emulator().givenParentAccount("Other MSP"), "Cross Co");
    crossAdmin = duo.emulator().givenAdminApi(cross);
    api.duoctl
        .organizations()
        .create(NewOrganization.named("Cross Co").withAccessMode(AccessMode.OWN_KEYS), "test");
  }

  @AfterEach
  void stop() {
    api.close();
  }

  private Reply putCrossAdminKeys(String secret, String query) {
    return api.send(
        "PUT",
        "/api/v1/organizations/Cross%20Co/keys/admin" + query,
        admin,
        "{'host': '%s', 'integration_key': '%s', 'secret_key': '%s'}"
            .formatted(crossAdmin.apiHostname(), crossAdmin.integrationKey(), secret));
  }

  private static JsonNode check(JsonNode report, String part) {
    for (JsonNode check : report.path("checks")) {
      if (check.path("part").asText().equals(part)) {
        return check;
      }
    }
    throw new AssertionError("no check of " + part + " in " + report);
  }

  @Test
  void putOwnKeys_withAWrongSecret_savesThem_andAnswersTheFailedCheckWithTheFix() {
    Reply put = putCrossAdminKeys(WRONG, "");

    assertThat(put.status()).as(put.text()).isEqualTo(200);
    assertThat(put.json().path("own_keys").path("admin").path("secret_key_set").asBoolean())
        .isTrue();
    JsonNode validation = put.json().path("validation");
    assertThat(validation.path("ok").asBoolean()).isFalse();
    assertThat(validation.path("status").asText()).isEqualTo("wrong_secret_key");
    assertThat(validation.path("fix").asText()).isEqualTo(SET_KEYS_FIX);
    assertThat(put.text()).doesNotContain(WRONG);
  }

  @Test
  void putOwnKeys_withTheRightSecret_isOk_andValidateFalseSkipsTheCheck() {
    Reply right = putCrossAdminKeys(crossAdmin.secretKey(), "");
    Reply unchecked = putCrossAdminKeys(crossAdmin.secretKey(), "?validate=false");

    assertThat(right.json().path("validation").path("status").asText()).isEqualTo("ok");
    assertThat(right.json().path("validation").has("fix")).isFalse();
    assertThat(unchecked.status()).isEqualTo(200);
    assertThat(unchecked.json().has("validation")).isFalse();
    assertThat(right.text() + unchecked.text()).doesNotContain(crossAdmin.secretKey());
  }

  @Test
  void checkOne_mappedChild_isOkForAdminAndMapping() {
    Reply checked = api.get("/api/v1/organizations/Harbor%20Dental/check", api.readToken);

    assertThat(checked.status()).as(checked.text()).isEqualTo(200);
    assertThat(checked.json().path("ok").asBoolean()).isTrue();
    assertThat(check(checked.json(), "admin").path("status").asText()).isEqualTo("ok");
    assertThat(check(checked.json(), "mapping").path("status").asText()).isEqualTo("ok");
    assertThat(check(checked.json(), "directory_key").path("fix").asText())
        .isEqualTo("duoctl orgs set-directory-key \"Harbor Dental\"");
  }

  @Test
  void checkMany_reportsEveryOrganization_andWhichFailed() {
    putCrossAdminKeys(WRONG, "?validate=false");

    Reply all =
        api.post("/api/v1/organizations/check", api.readToken, "{'all_organizations': true}");

    assertThat(all.status()).as(all.text()).isEqualTo(200);
    assertThat(all.json().path("ok").asBoolean()).isFalse();
    assertThat(all.json().path("checked").asInt()).isEqualTo(2);
    assertThat(all.json().path("failed").asInt()).isEqualTo(1);
    List<String> failed = new ArrayList<>();
    all.json()
        .path("organizations")
        .forEach(
            report -> {
              if (!report.path("ok").asBoolean()) {
                failed.add(report.path("organization").asText());
                assertThat(check(report, "admin").path("fix").asText()).isEqualTo(SET_KEYS_FIX);
              }
            });
    assertThat(failed).containsExactly("Cross Co");
    assertThat(all.text()).doesNotContain(WRONG);
    Reply both =
        api.post(
            "/api/v1/organizations/check",
            api.readToken,
            "{'organizations': ['Cross Co'], 'tag': 'gold'}");
    assertThat(both.status()).isEqualTo(400);
    assertThat(both.text()).contains("organizations");
  }

  @Test
  void anActionRefusedForTheOwnKeys_namesTheFixInTheError() {
    putCrossAdminKeys(WRONG, "?validate=false");

    Reply run =
        api.post(
            "/api/v1/actions/users.list/run",
            api.readToken,
            "{'organization': 'Cross Co', 'input': {}}");

    assertThat(run.text()).contains(SET_KEYS_FIX.replace("\"", "\\\"")).doesNotContain(WRONG);
  }
}
