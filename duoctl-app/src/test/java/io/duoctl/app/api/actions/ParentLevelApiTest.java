package io.duoctl.app.api.actions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.app.api.actions.MspApi.Reply;
import io.duoctl.emulator.junit.DuoEmulatorExtension;
import io.duoctl.emulator.model.Account;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Parent-level actions over the REST API: no organization, never a job. */
@Tag("slow")
class ParentLevelApiTest {

  @RegisterExtension static DuoEmulatorExtension duo = new DuoEmulatorExtension();

  @TempDir Path dataDir;
  MspApi api;
  Account bluebird;
  Account harbor;

  @BeforeEach
  void mspWithTwoCustomers() {
    api = new MspApi(duo.emulator(), dataDir, List.of("Bluebird Bakery", "Harbor Dental"));
    bluebird = api.accounts.get("Bluebird Bakery");
    harbor = api.accounts.get("Harbor Dental");
  }

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void accountsDelete_withAnOrganization_is400NamingIt_andDeletesNothing() {
    Reply run =
        api.post(
            "/api/v1/actions/accounts.delete/run",
            api.runToken,
            "{'organization': 'Bluebird Bakery', 'input': {'account_id': 'DANOSUCHACCOUNT00001'}}");

    assertThat(run.status()).isEqualTo(400);
    assertThat(run.json().path("error").path("field").asText()).isEqualTo("organization");
    assertThat(run.text()).contains("parent-level");
    assertThat(duo.requests().toPath("/accounts/v1/account/delete")).isEmpty();
    assertThat(duo.world().account(bluebird.id())).isPresent();
  }

  @Test
  void accountsDelete_withoutAnOrganization_deletesOnlyTheNamedAccount() {
    Reply run =
        api.post(
            "/api/v1/actions/accounts.delete/run",
            api.runToken,
            "{'input': {'account_id': '" + harbor.id() + "'}}");

    assertThat(run.status()).as(run.text()).isEqualTo(200);
    assertThat(run.json().path("organization").asText()).isEqualTo("parent account");
    assertThat(duo.world().account(harbor.id())).isEmpty();
    assertThat(duo.world().account(bluebird.id())).isPresent();
  }

  @Test
  void organizationAction_withoutAnOrganization_is400OnTheGenericRouteToo() {
    Reply run = api.post("/api/v1/actions/users.list/run", api.readToken, "{}");

    assertThat(run.status()).isEqualTo(400);
    assertThat(run.json().path("error").path("field").asText()).isEqualTo("organization");
  }

  @Test
  void parentLevelAction_asAJob_is400() {
    Reply job =
        api.post(
            "/api/v1/jobs", api.runToken, "{'action': 'accounts.list', 'all_organizations': true}");

    assertThat(job.status()).isEqualTo(400);
    assertThat(job.text()).contains("parent-level");
  }

  @Test
  void catalogAndOpenApi_sayWhichActionsArePerOrganization() {
    Reply list = api.get("/api/v1/actions/accounts.list", api.readToken);
    assertThat(list.json().path("level").asText()).isEqualTo("parent");
    Reply users = api.get("/api/v1/actions/users.list", api.readToken);
    assertThat(users.json().path("level").asText()).isEqualTo("organization");

    JsonNode paths = api.get("/api/openapi.json", api.readToken).json().path("paths");
    JsonNode parentBody = body(paths.path("/api/v1/actions/accounts.list/run"));
    JsonNode orgBody = body(paths.path("/api/v1/actions/users.list/run"));
    assertThat(parentBody.path("properties").has("organization")).isFalse();
    assertThat(orgBody.path("required").toString()).contains("organization");
    assertThat(
            paths
                .path("/api/v1/actions/accounts.list/run")
                .path("post")
                .path("description")
                .asText())
        .contains("Parent-level");
  }

  private static JsonNode body(JsonNode path) {
    return path.path("post")
        .path("requestBody")
        .path("content")
        .path("application/json")
        .path("schema");
  }
}
