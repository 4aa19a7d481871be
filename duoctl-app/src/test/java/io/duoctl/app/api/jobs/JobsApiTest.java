package io.duoctl.app.api.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.app.api.actions.MspApi;
import io.duoctl.app.api.actions.MspApi.Reply;
import io.duoctl.core.orgs.NewOrganization;
import io.duoctl.core.orgs.OrganizationUpdate;
import io.duoctl.emulator.admin.users.UserDirectory;
import io.duoctl.emulator.faults.Fault;
import io.duoctl.emulator.faults.FaultRule;
import io.duoctl.emulator.junit.DuoEmulatorExtension;
import io.duoctl.emulator.model.Account;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Fan-out jobs over real HTTP, against the emulator with faults injected. */
@Tag("slow")
class JobsApiTest {

  @RegisterExtension static DuoEmulatorExtension duo = new DuoEmulatorExtension();

  @TempDir Path dataDir;
  MspApi api;

  @AfterEach
  void stop() {
    if (api != null) {
      api.close();
    }
  }

  MspApi msp(int organizations) {
    List<String> names =
        IntStream.rangeClosed(1, organizations)
            .mapToObj(i -> String.format("Org %02d", i))
            .toList();
    api = new MspApi(duo.emulator(), dataDir, names);
    return api;
  }

  boolean hasUser(String organization, String username) {
    return UserDirectory.of(duo.world(), api.accounts.get(organization))
        .byUsernameOrAlias(username)
        .isPresent();
  }

  void awaitFinished(String jobId) throws InterruptedException {
    var running = api.duoctl.fanOutRunning(jobId).flatMap(fanOut -> fanOut.running(jobId));
    if (running.isPresent()) {
      assertThat(running.get().await(Duration.ofSeconds(60))).as("job finished").isTrue();
    }
  }

  @Test
  void fanOutByTag_namesTheSkippedOrganization_andATagNobodyHasIsA400() throws Exception {
    msp(1);
    api.duoctl
        .organizations()
        .create(NewOrganization.named("Harbor Dental").withTags(Set.of("dental")), "cli:tester");
    api.duoctl
        .organizations()
        .update(
            api.duoctl.organizations().getByNameOrId("default", "Org 01").id(),
            OrganizationUpdate.none().withAddedTags(Set.of("dental")),
            "cli:tester");

    Reply started =
        api.post("/api/v1/jobs", api.readToken, "{'action': 'users.list', 'tag': 'dental'}");

    assertThat(started.status()).as(started.text()).isEqualTo(202);
    assertThat(started.json().path("total").asInt()).isEqualTo(1);
    awaitFinished(started.json().path("id").asText());
    Reply job = api.get(started.location().orElseThrow(), api.readToken);
    assertThat(job.json().path("skipped")).hasSize(1);
    assertThat(job.json().path("skipped").get(0).path("organization").asText())
        .isEqualTo("Harbor Dental");
    assertThat(job.json().path("skipped").get(0).path("reason").asText())
        .contains("not mapped", "duoctl mapping set");

    Reply nobody =
        api.post("/api/v1/jobs", api.readToken, "{'action': 'users.list', 'tag': 'dentl'}");
    assertThat(nobody.status()).as(nobody.text()).isEqualTo(400);
    assertThat(nobody.json().path("error").path("field").asText()).isEqualTo("tag");
    assertThat(nobody.json().path("error").path("message").asText()).contains("dentl", "dental");
  }

  @Test
  void fanOut_withServerErrorsAndRateLimits_givesOneRowPerOrganization_andNamesTheFailures()
      throws Exception {
    msp(6);
    duo.faults()
        .add(new FaultRule("POST", "/admin/v1/users", 1.0, 2, Fault.status(503)))
        .add(new FaultRule("POST", "/admin/v1/users", 1.0, 3, Fault.rateLimited()));

    Reply started =
        api.post(
            "/api/v1/jobs",
            api.runToken,
            "{'action': 'users.create', 'all_organizations': true, 'input': {'username': 'svc'}}");

    assertThat(started.status()).as(started.text()).isEqualTo(202);
    String id = started.json().path("id").asText();
    assertThat(started.location()).contains("/api/v1/jobs/" + id);
    assertThat(started.json().path("total").asInt()).isEqualTo(6);
    assertThat(started.json().path("actor").asText()).isEqualTo("api:runner");
    awaitFinished(id);
    Reply job = api.get(started.location().orElseThrow(), api.readToken);
    assertThat(job.json().path("state").asText()).isEqualTo("partial");
    assertThat(job.json().path("done").asInt()).isEqualTo(6);
    assertThat(job.json().path("failed").asInt()).isEqualTo(2);
    assertThat(job.json().path("finished_at").isTextual()).isTrue();
    Reply rows = api.get("/api/v1/jobs/" + id + "/rows", api.readToken);
    assertThat(rows.json().path("rows")).hasSize(6);
    List<String> failed = new ArrayList<>();
    for (JsonNode row : rows.json().path("rows")) {
      String org = row.path("organization").asText();
      if (row.path("ok").asBoolean()) {
        assertThat(hasUser(org, "svc")).as(org).isTrue();
      } else {
        failed.add(org);
        assertThat(row.path("error_code").asText()).isEqualTo("duo_server");
        assertThat(row.path("message").asText()).contains("503");
        assertThat(hasUser(org, "svc")).as(org).isFalse();
      }
    }
    assertThat(failed).hasSize(2);
    assertThat(duo.requests().matching(r -> r.status() == 429)).hasSize(3);
    Reply csv = api.get("/api/v1/jobs/" + id + "/rows?format=csv", api.readToken);
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.contentType()).startsWith("text/csv");
    assertThat(csv.text().strip().split("\n")).hasSize(7);
    assertThat(csv.text()).startsWith("organization,organization_id,ok,error.code,");
    failed.forEach(
        org -> assertThat(csv.text()).containsPattern("\n" + org + ",[^,]+,false,duo_server,"));
  }

  @Test
  void aJobInANamedConfiguration_runsOverItsOrganizationsOnly() throws Exception {
    msp(2);
    Map<String, Account> eu =
        api.addConfiguration(duo.emulator(), "eu", List.of("Org 01", "Euro 1", "Euro 2"));

    Reply started =
        api.post(
            "/api/v1/jobs",
            api.runToken,
            "{'action': 'users.create', 'configuration': 'eu', 'all_organizations': true,"
                + " 'input': {'username': 'svc'}}");

    assertThat(started.status()).as(started.text()).isEqualTo(202);
    String id = started.json().path("id").asText();
    awaitFinished(id);
    Reply job = api.get("/api/v1/jobs/" + id, api.readToken);
    assertThat(job.json().path("state").asText()).as(job.text()).isEqualTo("succeeded");
    Reply rows = api.get("/api/v1/jobs/" + id + "/rows", api.readToken);
    assertThat(rows.json().path("rows").findValuesAsText("organization"))
        .containsExactlyInAnyOrder("Org 01", "Euro 1", "Euro 2");
    eu.values()
        .forEach(
            account ->
                assertThat(UserDirectory.of(duo.world(), account).byUsernameOrAlias("svc"))
                    .isPresent());
    assertThat(hasUser("Org 01", "svc")).isFalse();
  }

  @Test
  void aJobInAnUnknownConfiguration_is404NamingIt() {
    msp(1);

    Reply started =
        api.post(
            "/api/v1/jobs",
            api.readToken,
            "{'action': 'users.list', 'configuration': 'mars', 'all_organizations': true}");

    assertThat(started.status()).as(started.text()).isEqualTo(404);
    assertThat(started.json().path("error").path("field").asText()).isEqualTo("configuration");
    assertThat(started.text()).contains("mars");
  }

  @Test
  void cancel_givesTheOrganizationsNotStartedACancelledRow() throws Exception {
    msp(40);
    duo.faults()
        .add(
            new FaultRule(
                "POST",
                "/admin/v1/users",
                1.0,
                FaultRule.UNLIMITED,
                Fault.delay(Duration.ofSeconds(2))));
    Reply started =
        api.post(
            "/api/v1/jobs",
            api.runToken,
            "{'action': 'users.create', 'all_organizations': true, 'input': {'username': 'late'}}");
    assertThat(started.status()).as(started.text()).isEqualTo(202);
    assertThat(started.json().path("state").asText()).isEqualTo("running");
    String id = started.json().path("id").asText();
    Reply live = api.get("/api/v1/jobs/" + id, api.readToken);
    assertThat(live.json().path("state").asText()).isEqualTo("running");
    assertThat(live.json().path("total").asInt()).isEqualTo(40);
    assertThat(live.json().path("done").asInt()).isLessThan(40);

    Reply cancelled = api.post("/api/v1/jobs/" + id + "/cancel", api.runToken, null);

    assertThat(cancelled.status()).as(cancelled.text()).isEqualTo(202);
    awaitFinished(id);
    assertThat(api.get("/api/v1/jobs/" + id, api.readToken).json().path("state").asText())
        .isEqualTo("cancelled");
    Reply rows = api.get("/api/v1/jobs/" + id + "/rows?limit=100", api.readToken);
    assertThat(rows.json().path("rows")).hasSize(40);
    List<String> notRun = new ArrayList<>();
    rows.json()
        .path("rows")
        .forEach(
            r -> {
              if (r.path("error_code").asText().equals("cancelled")) {
                notRun.add(r.path("organization").asText());
              }
            });
    assertThat(notRun).isNotEmpty();
    notRun.forEach(org -> assertThat(hasUser(org, "late")).as(org).isFalse());
    Reply again = api.post("/api/v1/jobs/" + id + "/cancel", api.runToken, null);
    assertThat(again.status()).isEqualTo(409);
  }

  @Test
  void unknownJob_is404_forEveryJobRoute() {
    msp(1);
    assertThat(api.get("/api/v1/jobs/nope", api.readToken).status()).isEqualTo(404);
    assertThat(api.get("/api/v1/jobs/nope/rows", api.readToken).status()).isEqualTo(404);
    Reply cancel = api.post("/api/v1/jobs/nope/cancel", api.runToken, null);
    assertThat(cancel.status()).isEqualTo(404);
    assertThat(cancel.code()).isEqualTo("not_found");
  }

  @Test
  void aBadJobRequest_is400NamingEveryField() {
    msp(1);
    Reply empty = api.post("/api/v1/jobs", api.runToken, "{}");
    Reply bad =
        api.post(
            "/api/v1/jobs",
            api.runToken,
            "{'action': 'users.explode', 'tag': 'x', 'all_organizations': true, 'color': 1}");
    Reply badInput =
        api.post(
            "/api/v1/jobs",
            api.runToken,
            "{'action': 'users.create', 'organizations': ['Org 01'], 'input': {'status': 'x'}}");

    assertThat(empty.status()).isEqualTo(400);
    assertThat(fields(empty)).containsExactlyInAnyOrder("action", "organizations");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.code()).isEqualTo("unknown_field");
    assertThat(fields(bad)).containsExactlyInAnyOrder("color", "action", "organizations");
    assertThat(fields(badInput)).containsExactlyInAnyOrder("input.username", "input.status");
  }

  @Test
  void aJobOfAnActionThatHandsOutSecrets_isRefusedUnlessItIsADryRun() throws Exception {
    msp(2);
    String job =
        "{'action': 'bypass_codes.create', 'all_organizations': true, 'input': {'user': 'x'}";

    Reply refused = api.post("/api/v1/jobs", api.runToken, job + "}");
    Reply dryRun = api.post("/api/v1/jobs", api.runToken, job + ", 'dry_run': true}");

    assertThat(refused.status()).isEqualTo(400);
    assertThat(fields(refused)).containsExactly("action");
    assertThat(refused.text()).contains("/api/v1/actions/bypass_codes.create/run");
    assertThat(dryRun.status()).as(dryRun.text()).isEqualTo(202);
    awaitFinished(dryRun.json().path("id").asText());
  }

  @Test
  void readToken_mayStartAReadOnlyJob_butNotAMutatingOne_andJobsAreListedNewestFirst()
      throws Exception {
    msp(2);
    Reply mutating =
        api.post(
            "/api/v1/jobs",
            api.readToken,
            "{'action': 'users.create', 'organizations': ['Org 01'], 'input': {'username': 'x'}}");
    Reply first =
        api.post(
            "/api/v1/jobs", api.readToken, "{'action': 'users.list', 'all_organizations': true}");
    awaitFinished(first.json().path("id").asText());
    Reply second =
        api.post(
            "/api/v1/jobs", api.readToken, "{'action': 'users.list', 'organizations': ['Org 01']}");

    assertThat(mutating.status()).isEqualTo(403);
    assertThat(mutating.text()).contains("run");
    assertThat(first.status()).as(first.text()).isEqualTo(202);
    assertThat(second.status()).isEqualTo(202);
    assertThat(second.json().path("total").asInt()).isEqualTo(1);
    Reply page = api.get("/api/v1/jobs?limit=1", api.readToken);
    assertThat(page.json().path("jobs")).hasSize(1);
    assertThat(page.json().path("next_offset").asInt()).isEqualTo(1);
    Reply all = api.get("/api/v1/jobs", api.readToken);
    List<String> ids = new ArrayList<>();
    all.json().path("jobs").forEach(j -> ids.add(j.path("id").asText()));
    assertThat(ids)
        .containsExactly(second.json().path("id").asText(), first.json().path("id").asText());
    assertThat(api.get("/api/v1/jobs?limit=0", api.readToken).status()).isEqualTo(400);
  }

  private static List<String> fields(Reply reply) {
    List<String> names = new ArrayList<>();
    reply.json().path("error").path("fields").forEach(f -> names.add(f.path("field").asText()));
    return names;
  }
}
