package io.duoctl.app.api.actions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.app.api.actions.MspApi.Reply;
import io.duoctl.core.audit.AuditQuery;
import io.duoctl.core.orgs.NewOrganization;
import io.duoctl.emulator.admin.users.UserDirectory;
import io.duoctl.emulator.faults.Fault;
import io.duoctl.emulator.faults.FaultRule;
import io.duoctl.emulator.junit.DuoEmulatorExtension;
import io.duoctl.emulator.model.Account;
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

/** The catalog and run routes over real HTTP, against the emulator. */
@Tag("slow")
class ActionsApiTest {

  @RegisterExtension static DuoEmulatorExtension duo = new DuoEmulatorExtension();

  @TempDir Path dataDir;
  MspApi api;

  @BeforeEach
  void mspWithTwoCustomers() {
    api = new MspApi(duo.emulator(), dataDir, List.of("Acme", "Globex"));
  }

  @AfterEach
  void stop() {
    api.close();
  }

  UserDirectory users(String organization) {
    return UserDirectory.of(duo.world(), api.accounts.get(organization));
  }

  @Test
  void listActions_givesEveryActionWithItsSchemaAndFlags_andFiltersByCategory() {
    Reply all = api.get("/api/v1/actions", api.readToken);

    assertThat(all.status()).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    all.json().path("actions").forEach(a -> ids.add(a.path("id").asText()));
    assertThat(ids).hasSize(api.duoctl.actions().list().size()).contains("users.create");
    JsonNode create = find(all.json().path("actions"), "users.create");
    assertThat(create.path("mutating").asBoolean()).isTrue();
    assertThat(create.path("read_only").asBoolean()).isFalse();
    assertThat(create.path("api").asText()).isEqualTo("admin");
    assertThat(create.path("input_schema").path("required").toString()).contains("username");
    JsonNode bypass = find(all.json().path("actions"), "bypass_codes.create");
    assertThat(bypass.path("returns_secrets").asBoolean()).isTrue();
    assertThat(bypass.path("secret_outputs").toString()).contains("codes");

    Reply users = api.get("/api/v1/actions?category=users", api.readToken);
    assertThat(users.json().path("actions"))
        .isNotEmpty()
        .allSatisfy(a -> assertThat(a.path("category").asText()).isEqualTo("users"));
    Reply unknown = api.get("/api/v1/actions?category=nope", api.readToken);
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().path("error").path("field").asText()).isEqualTo("category");
  }

  @Test
  void getAction_describesOne_andAnUnknownIdIs404() {
    Reply found = api.get("/api/v1/actions/users.create", api.readToken);
    assertThat(found.status()).isEqualTo(200);
    assertThat(found.json().path("input_schema").path("properties").has("username")).isTrue();

    Reply unknown = api.get("/api/v1/actions/users.explode", api.readToken);
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.code()).isEqualTo("not_found");
    assertThat(unknown.text()).contains("users.explode");
  }

  @Test
  void auditFilter_byActionId_findsTheRunsOfThatAction_perOrganization() {
    for (String org : List.of("Acme", "Globex")) {
      api.post(
          "/api/v1/actions/users.create/run",
          api.runToken,
          "{'organization': '" + org + "', 'input': {'username': 'jdoe'}}");
    }

    Reply all = api.get("/api/v1/audit?action=users.create", api.readToken);
    Reply acme = api.get("/api/v1/audit?action=users.create&organization=Acme", api.readToken);

    assertThat(all.json().path("total").asInt()).as(all.text()).isEqualTo(2);
    assertThat(acme.json().path("total").asInt()).isEqualTo(1);
    assertThat(acme.json().path("entries").get(0).path("action").asText())
        .isEqualTo("run:users.create");
    assertThat(api.get("/api/v1/audit?action=users.update", api.readToken).json().path("total"))
        .hasToString("0");
  }

  @Test
  void runUsersCreate_createsTheUserInThatOrganizationsDuoAccountOnly() {
    Reply run =
        api.post(
            "/api/v1/actions/users.create/run",
            api.runToken,
            "{'organization': 'Acme', 'input': {'username': 'jdoe', 'email': 'jdoe@acme.test'}}");

    assertThat(run.status()).as(run.text()).isEqualTo(200);
    assertThat(run.json().path("ok").asBoolean()).isTrue();
    assertThat(run.json().path("organization").asText()).isEqualTo("Acme");
    assertThat(run.json().path("action").asText()).isEqualTo("users.create");
    assertThat(run.json().path("data").path("username").asText()).isEqualTo("jdoe");
    assertThat(run.json().path("duration_ms").isIntegralNumber()).isTrue();
    assertThat(users("Acme").byUsernameOrAlias("jdoe")).isPresent();
    assertThat(users("Globex").all()).isEmpty();
    assertThat(api.duoctl.audit().find(AuditQuery.all()).entries())
        .anySatisfy(e -> assertThat(e.actor()).isEqualTo("api:runner"));
  }

  @Test
  void dryRun_returnsThePlannedRequest_andSendsNothing() {
    Reply run =
        api.post(
            "/api/v1/actions/users.create/run",
            api.runToken,
            "{'organization': 'Acme', 'input': {'username': 'jdoe'}, 'dry_run': true}");

    assertThat(run.status()).as(run.text()).isEqualTo(200);
    assertThat(run.json().path("dry_run").asBoolean()).isTrue();
    assertThat(run.json().path("data").toString()).contains("/admin/v1/users", "jdoe");
    assertThat(users("Acme").all()).isEmpty();
    assertThat(
            duo.requests()
                .matching(r -> r.method().equals("POST") && r.path().startsWith("/admin/")))
        .isEmpty();
  }

  @Test
  void usersFind_withAReadToken_answersTheUsersWhoseNameBeginsWithTheText() {
    api.post(
        "/api/v1/actions/users.create/run",
        api.runToken,
        "{'organization': 'Acme', 'input': {'username': 'jdoe', 'realname': 'Jane Doe'}}");
    api.post(
        "/api/v1/actions/users.create/run",
        api.runToken,
        "{'organization': 'Acme', 'input': {'username': 'bob'}}");

    Reply found =
        api.post(
            "/api/v1/actions/users.find/run",
            api.readToken,
            "{'organization': 'Acme', 'input': {'text': 'JANE'}}");

    assertThat(found.status()).as(found.text()).isEqualTo(200);
    assertThat(found.json().path("data")).hasSize(1);
    assertThat(found.json().path("data").get(0).path("username").asText()).isEqualTo("jdoe");
  }

  @Test
  void readToken_isRefusedAMutatingAction_butRunsAReadOnlyOne() {
    Reply create =
        api.post(
            "/api/v1/actions/users.create/run",
            api.readToken,
            "{'organization': 'Acme', 'input': {'username': 'jdoe'}}");
    Reply list =
        api.post("/api/v1/actions/users.list/run", api.readToken, "{'organization': 'Acme'}");

    assertThat(create.status()).isEqualTo(403);
    assertThat(create.code()).isEqualTo("forbidden");
    assertThat(create.text()).contains("run");
    assertThat(users("Acme").all()).isEmpty();
    assertThat(list.status()).as(list.text()).isEqualTo(200);
    assertThat(list.json().path("ok").asBoolean()).isTrue();
  }

  @Test
  void badInput_is400NamingEveryBadFieldAtOnce_andRunsNothing() {
    Reply run =
        api.post(
            "/api/v1/actions/users.create/run",
            api.runToken,
            "{'input': {'status': 'asleep', 'bogus': 1}, 'dry_run': 'maybe'}");

    assertThat(run.status()).isEqualTo(400);
    assertThat(run.code()).isEqualTo("invalid_input");
    List<String> fields = new ArrayList<>();
    run.json().path("error").path("fields").forEach(f -> fields.add(f.path("field").asText()));
    assertThat(fields)
        .contains("organization", "dry_run", "input.username", "input.status", "input.bogus");
    assertThat(duo.requests().matching(r -> r.path().startsWith("/admin/"))).isEmpty();
  }

  @Test
  void unknownOrganization_andUnknownAction_are404() {
    Reply org =
        api.post(
            "/api/v1/actions/users.create/run",
            api.runToken,
            "{'organization': 'Initech', 'input': {'username': 'jdoe'}}");
    Reply action =
        api.post("/api/v1/actions/users.explode/run", api.runToken, "{'organization': 'Acme'}");

    assertThat(org.status()).isEqualTo(404);
    assertThat(org.code()).isEqualTo("not_found");
    assertThat(org.json().path("error").path("field").asText()).isEqualTo("organization");
    assertThat(org.text()).contains("Initech");
    assertThat(action.status()).isEqualTo(404);
    assertThat(action.text()).contains("users.explode");
  }

  @Test
  void anOrganizationNotMapped_is409NamingIt() {
    api.duoctl.organizations().create(NewOrganization.named("Hooli"), "cli:tester");

    Reply run =
        api.post("/api/v1/actions/users.list/run", api.readToken, "{'organization': 'Hooli'}");

    assertThat(run.status()).as(run.text()).isEqualTo(409);
    assertThat(run.code()).isEqualTo("conflict");
    assertThat(run.json().path("error").path("field").asText()).isEqualTo("organization");
    assertThat(run.text()).contains("Hooli");
  }

  @Test
  void aRequestDuoRefuses_is422WithTheResultBody_carryingDuosCodeAndDetail() {
    api.post(
        "/api/v1/actions/users.create/run",
        api.runToken,
        "{'organization': 'Acme', 'input': {'username': 'jdoe'}}");
    api.post(
        "/api/v1/actions/users.create/run",
        api.runToken,
        "{'organization': 'Acme', 'input': {'username': 'jane'}}");

    Reply again =
        api.post(
            "/api/v1/actions/users.update/run",
            api.runToken,
            "{'organization': 'Acme', 'input': {'user': 'jane', 'username': 'jdoe'}}");

    assertThat(again.status()).as(again.text()).isEqualTo(422);
    assertThat(again.json().path("ok").asBoolean()).isFalse();
    assertThat(again.json().path("data").isNull()).isTrue();
    JsonNode error = again.json().path("error");
    assertThat(error.path("code").asText()).isEqualTo("duo_invalid_request");
    assertThat(error.path("duo_code").asInt()).isBetween(40000, 40099);
    assertThat(error.path("http_status").asInt()).isEqualTo(400);
    assertThat(error.path("message_detail").asText()).isNotBlank();
    assertThat(users("Acme").all()).hasSize(2);
  }

  @Test
  void aCreateRunAgain_answersWithTheExistingUser_insteadOfFailingOrDoubling() {
    String body = "{'organization': 'Acme', 'input': {'username': 'jdoe'}}";
    Reply first = api.post("/api/v1/actions/users.create/run", api.runToken, body);

    Reply again = api.post("/api/v1/actions/users.create/run", api.runToken, body);

    assertThat(again.status()).as(again.text()).isEqualTo(200);
    assertThat(again.json().path("data").path("outcome").asText()).isEqualTo("already_exists");
    assertThat(again.json().path("data").path("user_id"))
        .isEqualTo(first.json().path("data").path("user_id"));
    assertThat(users("Acme").all()).hasSize(1);
  }

  @Test
  void aUserDuoDoesNotHave_is422NamingIt() {
    Reply run =
        api.post(
            "/api/v1/actions/users.get/run",
            api.readToken,
            "{'organization': 'Acme', 'input': {'user': 'nobody'}}");

    assertThat(run.status()).as(run.text()).isEqualTo(422);
    assertThat(run.json().path("ok").asBoolean()).isFalse();
    assertThat(run.json().path("error").path("message").asText()).contains("nobody");
  }

  @Test
  void aDuoServerError_is502WithTheResultBody_andChangesNothing() {
    duo.faults().add(new FaultRule("POST", "/admin/v1/users", 1.0, 1, Fault.status(503)));

    Reply run =
        api.post(
            "/api/v1/actions/users.create/run",
            api.runToken,
            "{'organization': 'Acme', 'input': {'username': 'jdoe'}}");

    assertThat(run.status()).as(run.text()).isEqualTo(502);
    assertThat(run.json().path("ok").asBoolean()).isFalse();
    assertThat(run.json().path("organization").asText()).isEqualTo("Acme");
    assertThat(run.json().path("error").path("code").asText()).isEqualTo("duo_server");
    assertThat(run.json().path("error").path("http_status").asInt()).isEqualTo(503);
    assertThat(users("Acme").all()).isEmpty();
  }

  @Test
  void rateLimitedAfterEveryRetry_is502() {
    duo.faults().add(new FaultRule("GET", "/admin/v1/users", 1.0, 100, Fault.rateLimited()));

    Reply run =
        api.post("/api/v1/actions/users.list/run", api.readToken, "{'organization': 'Acme'}");

    assertThat(run.status()).as(run.text()).isEqualTo(502);
    assertThat(run.json().path("error").path("code").asText()).isEqualTo("duo_rate_limited");
  }

  @Test
  void aNamedConfiguration_runsForItsOwnOrganizationOfThatName() {
    Map<String, Account> eu = api.addConfiguration(duo.emulator(), "eu", List.of("Acme"));

    Reply run =
        api.post(
            "/api/v1/actions/users.create/run",
            api.runToken,
            "{'organization': 'Acme', 'configuration': 'eu', 'input': {'username': 'jdoe'}}");

    assertThat(run.status()).as(run.text()).isEqualTo(200);
    assertThat(UserDirectory.of(duo.world(), eu.get("Acme")).byUsernameOrAlias("jdoe")).isPresent();
    assertThat(users("Acme").all()).isEmpty();
  }

  @Test
  void anUnknownConfiguration_is404NamingIt() {
    Reply run =
        api.post(
            "/api/v1/actions/users.list/run",
            api.readToken,
            "{'organization': 'Acme', 'configuration': 'mars'}");

    assertThat(run.status()).as(run.text()).isEqualTo(404);
    assertThat(run.code()).isEqualTo("not_found");
    assertThat(run.json().path("error").path("field").asText()).isEqualTo("configuration");
    assertThat(run.json().path("error").path("message").asText()).contains("mars");
  }

  @Test
  void anOrganizationOfAnotherConfiguration_is404_andRunsNothing() {
    api.addConfiguration(duo.emulator(), "eu", List.of("Initech"));
    String acmeId = api.duoctl.organizations().getByNameOrId(null, "Acme").id();

    Reply run =
        api.post(
            "/api/v1/actions/users.create/run",
            api.runToken,
            "{'organization': '"
                + acmeId
                + "', 'configuration': 'eu', 'input': {'username': 'jdoe'}}");

    assertThat(run.status()).as(run.text()).isEqualTo(404);
    assertThat(run.json().path("error").path("field").asText()).isEqualTo("organization");
    assertThat(run.json().path("error").path("message").asText()).contains("\"default\"", "\"eu\"");
    assertThat(users("Acme").all()).isEmpty();
  }

  @Test
  void bypassCodes_areInTheResponseOnce_andNeverInTheAudit() {
    api.post(
        "/api/v1/actions/users.create/run",
        api.runToken,
        "{'organization': 'Acme', 'input': {'username': 'jdoe'}}");

    Reply run =
        api.post(
            "/api/v1/actions/bypass_codes.create/run",
            api.runToken,
            "{'organization': 'Acme', 'input': {'user': 'jdoe', 'count': 2}}");

    assertThat(run.status()).as(run.text()).isEqualTo(200);
    JsonNode codes = run.json().path("data").path("codes");
    assertThat(codes).hasSize(2);
    assertThat(run.json().path("secret_fields").toString()).contains("codes");
    String audit = api.duoctl.audit().find(AuditQuery.all()).entries().toString();
    assertThat(audit).contains("bypass_codes.create");
    codes.forEach(code -> assertThat(audit).doesNotContain(code.asText()));
  }

  @Test
  void withoutAToken_everyRouteIs401() {
    assertThat(api.get("/api/v1/actions", null).status()).isEqualTo(401);
    assertThat(
            api.post("/api/v1/actions/users.list/run", null, "{'organization': 'Acme'}").status())
        .isEqualTo(401);
  }

  private static JsonNode find(JsonNode actions, String id) {
    for (JsonNode action : actions) {
      if (action.path("id").asText().equals(id)) {
        return action;
      }
    }
    throw new AssertionError("no action " + id);
  }
}
