package io.duoctl.app.api.actions;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.app.AppConfig;
import io.duoctl.app.Duoctl;
import io.duoctl.app.api.actions.MspApi.Reply;
import io.duoctl.core.access.ApiScope;
import io.duoctl.core.actions.ActionJson;
import io.duoctl.core.actions.ActionResult;
import io.duoctl.core.actions.ErrorCode;
import io.duoctl.core.actions.RunOptions;
import io.duoctl.core.settings.DuoClientFactory;
import io.duoctl.emulator.admin.users.UserDirectory;
import io.duoctl.emulator.faults.Fault;
import io.duoctl.emulator.faults.FaultRule;
import io.duoctl.emulator.junit.DuoEmulatorExtension;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Over real HTTP against the emulator: every Duo call of a synchronous run ends within the
 * configuration's sync_call_deadline and says how many attempts it made; an unanswered change is
 * 504 outcome_unknown unless looking it up settles it; and a settings change reaches the next run
 * of a running server, and of a second node on the same database, without a restart.
 */
@Tag("slow")
class DeadlinesAndLiveSettingsApiTest {

  @RegisterExtension static DuoEmulatorExtension duo = new DuoEmulatorExtension();

  @TempDir Path dataDir;
  VirtualTime time = new VirtualTime();
  MspApi api;
  String adminToken;

  @BeforeEach
  void msp() {
    api = new MspApi(duo.emulator(), dataDir, List.of("Acme"), time);
    adminToken = api.token("admin", ApiScope.ADMIN);
  }

  @AfterEach
  void stop() {
    api.close();
  }

  private Reply listUsers() {
    return api.post("/api/v1/actions/users.list/run", api.runToken, "{'organization': 'Acme'}");
  }

  private void patchAdvanced(String advanced) {
    Reply patched =
        api.send(
            "PATCH",
            "/api/v1/configurations/default?validate=false",
            adminToken,
            "{'advanced': " + advanced + "}");
    assertThat(patched.status()).as(patched.text()).isEqualTo(200);
  }

  private void holdUserLists(int count) {
    duo.faults().clear();
    duo.faults()
        .add(
            new FaultRule(
                "GET", "/admin/v1/users", 1.0, count, Fault.delay(Duration.ofSeconds(3))));
  }

  @Test
  void run_againstAServerThatKeepsFailing_endsWithinTheSyncDeadline_andReportsTheAttempts() {
    duo.faults().add(FaultRule.onPath("/admin/v1/users", 1.0, Fault.status(503)));
    duo.requests().clear();

    Reply run = listUsers();

    assertThat(run.status()).as(run.text()).isEqualTo(502);
    assertThat(run.json().path("error").path("code").asText()).isEqualTo("duo_server");
    assertThat(run.json().path("error").path("message").asText())
        .contains("503")
        .contains("after 5 attempts in")
        .contains("the call deadline left no time for another");
    assertThat(duo.requests().toPath("/admin/v1/users")).hasSize(5);
    assertThat(api.waits.stream().reduce(Duration.ZERO, Duration::plus))
        .isLessThan(Duration.ofSeconds(25));
  }

  @Test
  void job_getsTheLongerCallDeadline_andASettingsChangeShortensTheNextRun() throws Exception {
    duo.faults().add(FaultRule.onPath("/admin/v1/users", 1.0, Fault.status(503)));
    patchAdvanced("{'sync_call_deadline': 4}");

    Reply run = listUsers();

    assertThat(run.json().path("error").path("message").asText())
        .as("a wait of 2 s after 1 s would leave less than a second of the 4 s")
        .contains("after 2 attempts");
    Reply started =
        api.post(
            "/api/v1/jobs",
            api.runToken,
            "{'action': 'users.list', 'organizations': ['Acme'], 'input': {}}");
    assertThat(started.status()).as(started.text()).isEqualTo(202);
    String id = started.json().path("id").asText();
    Reply rows = awaitRows(id);
    assertThat(rows.json().path("rows").get(0).path("message").asText())
        .as("1+2+4+8+16+32 s of back-off fit in the job's 120 s")
        .contains("after 7 attempts")
        .doesNotContain("deadline");
  }

  @Test
  void aRequestTimeoutChange_reachesTheNextRunOfTheRunningServer_andOfASecondNode() {
    holdUserLists(1);
    assertThat(listUsers().status()).as("answered after 3 s within 60 s").isEqualTo(200);

    patchAdvanced("{'request_timeout': 1}");
    holdUserLists(FaultRule.UNLIMITED);
    Reply impatient = listUsers();

    assertThat(impatient.status()).as(impatient.text()).isEqualTo(502);
    assertThat(impatient.json().path("error").path("message").asText())
        .contains("no answer")
        .contains("within the request timeout");

    try (Duoctl secondNode =
        Duoctl.start(
            new AppConfig(dataDir, null, null, null, null, "cli:node2"),
            Clock.systemUTC(),
            new DuoClientFactory(time, time))) {
      assertThat(runOn(secondNode).error().code()).isEqualTo(ErrorCode.DUO_CONNECTION);

      patchAdvanced("{'request_timeout': 60}");
      holdUserLists(1);

      ActionResult patient = runOn(secondNode);
      assertThat(patient.ok()).as(String.valueOf(patient.error())).isTrue();
    }
  }

  @Test
  void create_whoseAnswerNeverComes_is504OutcomeUnknown_orConfirmedWhenDuoDidIt() {
    patchAdvanced("{'request_timeout': 1}");
    duo.faults()
        .add(new FaultRule("POST", "/admin/v1/users", 1.0, 1, Fault.delay(Duration.ofSeconds(3))));

    Reply unknown =
        api.post(
            "/api/v1/actions/users.create/run",
            api.runToken,
            "{'organization': 'Acme', 'input': {'username': 'late'}}");

    assertThat(unknown.status()).as(unknown.text()).isEqualTo(504);
    assertThat(unknown.json().path("error").path("code").asText()).isEqualTo("outcome_unknown");

    duo.faults()
        .add(
            new FaultRule(
                "POST", "/admin/v1/users", 1.0, 1, Fault.slowAnswer(Duration.ofSeconds(3))));
    Reply confirmed =
        api.post(
            "/api/v1/actions/users.create/run",
            api.runToken,
            "{'organization': 'Acme', 'input': {'username': 'slow'}}");

    assertThat(confirmed.status()).as(confirmed.text()).isEqualTo(200);
    assertThat(confirmed.json().path("data").path("note").asText())
        .isEqualTo("created (confirmed after the answer timed out)");
    assertThat(UserDirectory.of(duo.world(), api.accounts.get("Acme")).byUsernameOrAlias("slow"))
        .isPresent();
  }

  private static ActionResult runOn(Duoctl node) {
    return node.actionRunner(null)
        .run("Acme", "users.list", ActionJson.object(), RunOptions.as("cli:node2", ApiScope.RUN));
  }

  private Reply awaitRows(String id) throws InterruptedException {
    long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < until) {
      Reply job = api.get("/api/v1/jobs/" + id, api.readToken);
      if (!job.json().path("finished_at").isNull() && job.json().path("finished_at").isTextual()) {
        return api.get("/api/v1/jobs/" + id + "/rows", api.readToken);
      }
      Thread.sleep(50);
    }
    throw new AssertionError("job " + id + " did not finish");
  }
}
