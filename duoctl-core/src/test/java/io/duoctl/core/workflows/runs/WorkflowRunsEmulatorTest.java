package io.duoctl.core.workflows.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.core.access.ApiScope;
import io.duoctl.core.actions.ActionCatalog;
import io.duoctl.core.actions.ActionJson;
import io.duoctl.core.actions.ActionNotAllowedException;
import io.duoctl.core.actions.ActionResult;
import io.duoctl.core.actions.RunOptions;
import io.duoctl.core.actions.handlers.StandardActions;
import io.duoctl.core.jobs.JobLease;
import io.duoctl.core.testing.Backend;
import io.duoctl.core.testing.CoreFixture;
import io.duoctl.core.testing.EmulatedMsp;
import io.duoctl.core.workflows.Workflows;
import io.duoctl.core.workflows.connections.ConnectionCalls;
import io.duoctl.core.workflows.connections.UnknownConnectionException;
import io.duoctl.emulator.admin.phones.DeviceBehaviour;
import io.duoctl.emulator.admin.phones.PhoneBook;
import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.record.RecordedRequest;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Built-in workflows run end to end against the emulator, twice: the second run changes nothing.
 */
class WorkflowRunsEmulatorTest {

  private static final List<String> ORGANIZATIONS = List.of("Org A", "Org B", "Org C");

  /** No connection exists: an http step fails naming the connection. */
  static final ConnectionCalls NO_CONNECTIONS =
      (connection, method, path, body) -> {
        throw new UnknownConnectionException(connection);
      };

  @TempDir Path tempDir;

  private EmulatedMsp msp;
  private CoreFixture db;
  private WorkflowRuns runs;

  @BeforeEach
  void start() {
    msp = new EmulatedMsp();
    ORGANIZATIONS.forEach(msp::childOrganization);
    db = new CoreFixture(Backend.H2, tempDir);
    ActionCatalog catalog = StandardActions.catalog();
    runs =
        new WorkflowRuns(
            new Workflows(catalog, Clock.systemUTC()),
            catalog,
            new WorkflowRunStore(db.jdbi(), JobLease.forThisProcess()),
            configuration -> new RunEnvironment(msp.runner(), selection -> ORGANIZATIONS),
            NO_CONNECTIONS,
            4,
            wait -> {},
            RunObserver.NONE,
            Clock.systemUTC());
  }

  @AfterEach
  void stop() {
    runs.close();
    db.close();
    msp.close();
  }

  @Test
  void onboardUser_createsAndTextsOnce_andASecondRunHasNothingToDo() {
    ObjectNode inputs =
        ActionJson.object()
            .put("organization", "Org A")
            .put("username", "jdoe")
            .put("email", "jdoe@acme.example")
            .put("phone", "+14155550123");

    WorkflowRun first = run("onboard-user", inputs, false);

    assertThat(first.state()).as(first.error()).isEqualTo(RunState.SUCCEEDED);
    assertThat(first.changed()).isEqualTo(3);
    JsonNode user = action("Org A", "users.get", ActionJson.object().put("user", "jdoe")).data();
    assertThat(user.path("phones").get(0).path("number").asText()).isEqualTo("+14155550123");
    assertThat(first.outputs().path("user_id").asText()).isEqualTo(user.path("user_id").asText());
    assertThat(first.outputs().path("enrolled_by").asText()).isEqualTo("sms");
    assertThat(smsSent()).isEqualTo(1);
    int changes = changingRequests();

    WorkflowRun second = run("onboard-user", inputs, false);

    assertThat(second.state()).isEqualTo(RunState.SUCCEEDED);
    assertThat(second.changed()).isZero();
    assertThat(second.summary()).startsWith("nothing to do");
    assertThat(changingRequests()).as("no change sent to Duo").isEqualTo(changes);
    assertThat(smsSent()).isEqualTo(1);
  }

  @Test
  void offboardEverywhere_needsConfirmation_thenActsWhereFound_andASecondRunHasNothingToDo() {
    for (String org : List.of("Org A", "Org C")) {
      action(org, "users.create", ActionJson.object().put("username", "leaver"));
      action(
          org,
          "phones.create",
          ActionJson.object().put("number", "+14155550199").put("user", "leaver"));
      action(org, "bypass_codes.create", ActionJson.object().put("user", "leaver"));
    }
    ObjectNode inputs = ActionJson.object().put("user", "leaver").put("mode", "disable");

    assertThatThrownBy(() -> run("offboard-everywhere", inputs, false))
        .isInstanceOf(ConfirmationNeededException.class)
        .hasMessageContaining("bypass_codes.delete_for_user");

    WorkflowRun first = run("offboard-everywhere", inputs, true);

    assertThat(first.state()).as(first.error()).isEqualTo(RunState.SUCCEEDED);
    assertThat(first.outputs().path("report"))
        .extracting(o -> o.path("organization").asText() + "=" + o.path("found").asBoolean())
        .containsExactly("Org A=true", "Org B=false", "Org C=true");
    for (String org : List.of("Org A", "Org C")) {
      JsonNode user = action(org, "users.get", ActionJson.object().put("user", "leaver")).data();
      assertThat(user.path("status").asText()).as(org).isEqualTo("disabled");
      assertThat(user.path("phones")).as(org).isEmpty();
      assertThat(
              action(org, "bypass_codes.list_for_user", ActionJson.object().put("user", "leaver"))
                  .data())
          .as(org)
          .isEmpty();
    }
    assertThat(runs.history().steps(first.id()))
        .filteredOn(s -> s.key().equals("offboard[1]/user"))
        .singleElement()
        .satisfies(s -> assertThat(s.organizationName()).isEqualTo("Org B"));
    int changes = changingRequests();

    WorkflowRun second = run("offboard-everywhere", inputs, true);

    assertThat(second.state()).isEqualTo(RunState.SUCCEEDED);
    assertThat(second.summary()).startsWith("nothing to do");
    assertThat(changingRequests()).as("no change sent to Duo").isEqualTo(changes);
  }

  @Test
  void replaceLostPhone_showsTheCodeOnce_neverStoresIt_andASecondRunHasNothingToDo() {
    action("Org A", "users.create", ActionJson.object().put("username", "jdoe"));
    action(
        "Org A",
        "phones.create",
        ActionJson.object().put("number", "+14155550111").put("user", "jdoe"));
    ObjectNode inputs =
        ActionJson.object()
            .put("organization", "Org A")
            .put("user", "jdoe")
            .put("lost_phone", "+14155550111")
            .put("new_phone", "+14155550122");

    WorkflowRuns.Finished first = runs.run(request("replace-lost-phone", inputs), RunListener.NONE);

    assertThat(first.run().state()).as(first.run().error()).isEqualTo(RunState.SUCCEEDED);
    String code = first.shownOnce().path("bypass_code").asText();
    assertThat(code).matches("\\d{8,9}");
    JsonNode user = action("Org A", "users.get", ActionJson.object().put("user", "jdoe")).data();
    assertThat(user.path("phones"))
        .extracting(p -> p.path("number").asText())
        .containsExactly("+14155550122");
    assertThat(smsSent()).isEqualTo(1);
    assertThat(first.run().outputs().path("bypass_code").asText()).isEqualTo("[redacted]");
    assertThat(runs.history().steps(first.run().id()).toString()).doesNotContain(code);
    int changes = changingRequests();

    WorkflowRuns.Finished second =
        runs.run(request("replace-lost-phone", inputs), RunListener.NONE);

    assertThat(second.run().summary()).startsWith("nothing to do");
    assertThat(second.shownOnce().path("bypass_code").asText()).isEmpty();
    assertThat(changingRequests()).isEqualTo(changes);
  }

  @Test
  void verifyCaller_reportsWhatThePhoneAnswered_andChangesNothing() {
    Account globex = msp.ownKeysOrganization("Globex");
    action("Globex", "users.create", ActionJson.object().put("username", "caller"));
    String phoneId =
        action(
                "Globex",
                "phones.create",
                ActionJson.object()
                    .put("number", "+14155550177")
                    .put("platform", "Apple iOS")
                    .put("user", "caller"))
            .data()
            .path("phone_id")
            .asText();
    PhoneBook.of(msp.duo.world(), globex).activate(phoneId);
    ObjectNode inputs =
        ActionJson.object()
            .put("organization", "Globex")
            .put("user", "caller")
            .put("help_desk", "Acme IT help desk");
    int changes = changingRequests();

    WorkflowRun approved = run("verify-caller", inputs, false);
    PhoneBook.of(msp.duo.world(), globex)
        .behaviour(phoneId, new DeviceBehaviour(DeviceBehaviour.Answer.FRAUD, Duration.ZERO));
    WorkflowRun fraud = run("verify-caller", inputs, false);

    assertThat(approved.outputs().path("outcome").asText()).isEqualTo("approved");
    assertThat(approved.outputs().path("sentence").asText())
        .isEqualTo("Caller verification of caller by Duo Push: approved on the user's phone.");
    assertThat(fraud.outputs().path("outcome").asText()).isEqualTo("fraud");
    assertThat(fraud.outputs().path("sentence").asText()).contains("impostor");
    assertThat(List.of(approved.summary(), fraud.summary())).containsOnly("nothing to do");
    assertThat(
            msp.duo.requests().matching(r -> r.path().equals("/auth/v2/auth")).stream()
                .map(r -> r.param("type"))
                .toList())
        .containsExactly("Acme IT help desk", "Acme IT help desk");
    assertThat(changingRequests() - changes).as("only the two pushes").isEqualTo(2);
  }

  @Test
  void rotateBreakGlassCodes_replacesThemEverywhere_showsThemOnce_andARerunHasNothingToDo() {
    msp.duo.clock().set(Instant.now().minus(Duration.ofDays(2)));
    for (String org : List.of("Org A", "Org C")) {
      action(org, "users.create", ActionJson.object().put("username", "breakglass"));
      action(org, "bypass_codes.create", ActionJson.object().put("user", "breakglass"));
    }
    msp.duo.clock().set(Instant.now());
    ObjectNode inputs = ActionJson.object();
    inputs.putArray("users").add("breakglass");

    WorkflowRuns.Finished first =
        runs.run(request("rotate-break-glass-codes", inputs, true), RunListener.NONE);

    assertThat(first.run().state()).as(first.run().error()).isEqualTo(RunState.SUCCEEDED);
    JsonNode codes = first.shownOnce().path("codes");
    assertThat(codes)
        .extracting(
            o ->
                o.path("organization").asText()
                    + "="
                    + o.path("accounts").get(0).path("found").asBoolean()
                    + "/"
                    + o.path("accounts").get(0).path("codes").size())
        .containsExactly("Org A=true/2", "Org B=false/0", "Org C=true/2");
    for (String org : List.of("Org A", "Org C")) {
      assertThat(
              action(
                      org,
                      "bypass_codes.list_for_user",
                      ActionJson.object().put("user", "breakglass"))
                  .data())
          .as(org + ": the old code replaced")
          .hasSize(2);
    }
    String aCode = codes.get(0).path("accounts").get(0).path("codes").get(0).asText();
    assertThat(first.run().outputs().toString()).doesNotContain(aCode);
    assertThat(runs.history().steps(first.run().id()).toString()).doesNotContain(aCode);
    int changes = changingRequests();

    WorkflowRuns.Finished second =
        runs.run(request("rotate-break-glass-codes", inputs, true), RunListener.NONE);

    assertThat(second.run().summary()).startsWith("nothing to do");
    assertThat(changingRequests()).isEqualTo(changes);
  }

  @Test
  void timeBoxedBypass_forAUserAlreadyInBypass_hasNothingToDo() {
    action("Org A", "users.create", ActionJson.object().put("username", "jdoe"));
    action(
        "Org A", "users.update", ActionJson.object().put("user", "jdoe").put("status", "bypass"));
    int changes = changingRequests();

    WorkflowRun run =
        run(
            "time-boxed-bypass",
            ActionJson.object().put("organization", "Org A").put("user", "jdoe"),
            false);

    assertThat(run.summary()).isEqualTo("nothing to do");
    assertThat(changingRequests()).isEqualTo(changes);
  }

  @Test
  void dryRun_plansPerOrganization_andChangesNothing() {
    action("Org B", "users.create", ActionJson.object().put("username", "leaver"));
    int changes = changingRequests();

    WorkflowRun plan =
        run("offboard-everywhere", ActionJson.object().put("user", "leaver"), false, true);

    assertThat(plan.state()).isEqualTo(RunState.SUCCEEDED);
    assertThat(plan.summary()).startsWith("dry run: ");
    assertThat(changingRequests()).isEqualTo(changes);
    assertThat(runs.history().steps(plan.id()))
        .filteredOn(s -> s.outcome() == StepOutcome.PLANNED)
        .extracting(StepRun::organizationName)
        .containsOnly("Org B");
  }

  @Test
  void aReadOnlyCaller_cannotStartAChangingWorkflow() {
    WorkflowRunRequest request =
        new WorkflowRunRequest(
            "onboard-user",
            ActionJson.object()
                .put("organization", "Org A")
                .put("username", "x")
                .put("email", "x@acme.example"),
            "test",
            ApiScope.READ,
            false,
            false,
            Optional.empty(),
            RunTrigger.byHand(RunTrigger.Kind.CLI));

    assertThatThrownBy(() -> runs.run(request, RunListener.NONE))
        .isInstanceOf(ActionNotAllowedException.class);
    assertThat(runs.history().recent(RunFilter.ALL, 0, 10)).isEmpty();
  }

  @Test
  void badInputs_nameEachField_andStoreNothing() {
    ObjectNode inputs =
        ActionJson.object().put("organization", "Org A").put("email", "not-an-email").put("x", 1);

    assertThatThrownBy(() -> run("onboard-user", inputs, false))
        .isInstanceOfSatisfying(
            InvalidRunInputException.class,
            e ->
                assertThat(e.errors())
                    .extracting(error -> error.field())
                    .containsExactlyInAnyOrder("x", "username", "email"));
    assertThat(runs.history().recent(RunFilter.ALL, 0, 10)).isEmpty();
  }

  private static WorkflowRunRequest request(String workflow, ObjectNode inputs) {
    return request(workflow, inputs, false);
  }

  private static WorkflowRunRequest request(String workflow, ObjectNode inputs, boolean confirmed) {
    return new WorkflowRunRequest(
        workflow,
        inputs,
        "test:tech",
        ApiScope.RUN,
        false,
        confirmed,
        Optional.empty(),
        RunTrigger.byHand(RunTrigger.Kind.CLI));
  }

  private WorkflowRun run(String workflow, ObjectNode inputs, boolean confirmed) {
    return run(workflow, inputs, confirmed, false);
  }

  private WorkflowRun run(String workflow, ObjectNode inputs, boolean confirmed, boolean dryRun) {
    return runs.run(
            new WorkflowRunRequest(
                workflow,
                inputs,
                "test:tech",
                ApiScope.RUN,
                dryRun,
                confirmed,
                Optional.empty(),
                RunTrigger.byHand(RunTrigger.Kind.CLI)),
            RunListener.NONE)
        .run();
  }

  private ActionResult action(String org, String actionId, ObjectNode input) {
    ActionResult result =
        msp.runner().run(org, actionId, input, RunOptions.as("test:setup", ApiScope.ADMIN));
    assertThat(result.ok()).as(actionId + " " + result.error()).isTrue();
    return result;
  }

  private int changingRequests() {
    return msp.duo.requests().matching(r -> !r.method().equals("GET")).size();
  }

  private int smsSent() {
    return msp.duo.requests().matching(RunsRequests::isActivationSms).size();
  }

  /** Which recorded requests are which. */
  private static final class RunsRequests {
    static boolean isActivationSms(RecordedRequest request) {
      return request.path().endsWith("/send_sms_activation");
    }
  }
}
