package io.duoctl.core.workflows.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.core.access.ApiScope;
import io.duoctl.core.actions.ActionCatalog;
import io.duoctl.core.actions.ActionJson;
import io.duoctl.core.actions.ActionNotAllowedException;
import io.duoctl.core.actions.RunOptions;
import io.duoctl.core.actions.handlers.StandardActions;
import io.duoctl.core.audit.AuditQuery;
import io.duoctl.core.jobs.JobLease;
import io.duoctl.core.testing.Backend;
import io.duoctl.core.testing.CoreFixture;
import io.duoctl.core.testing.EmulatedMsp;
import io.duoctl.core.workflows.InvalidWorkflowException;
import io.duoctl.core.workflows.UnknownWorkflowException;
import io.duoctl.core.workflows.WorkflowDefinitionStore;
import io.duoctl.core.workflows.Workflows;
import io.duoctl.core.workflows.connections.ConnectionCalls;
import io.duoctl.core.workflows.connections.HttpReply;
import io.duoctl.core.workflows.connections.UnknownConnectionException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workflow the MSP wrote and saved: it offboards a user in one organization and writes a note
 * back to the PSA ticket through a stored connection ({@code http} step).
 */
class SavedWorkflowWithHttpStepTest {

  private static final String OFFBOARD_AND_NOTE =
      """
      name: offboard-and-note
      version: 1
      inputs:
        organization: {type: string, required: true}
        user: {type: user, required: true}
        ticket: {type: integer, required: true}
      steps:
        - id: offboard
          workflow: offboard-organization
          with:
            organization: ${{ inputs.organization }}
            user: ${{ inputs.user }}
        - id: note
          http:
            connection: psa
            method: POST
            path: '${{ "/service/tickets/" + string(inputs.ticket) + "/notes" }}'
            body:
              text: '${{ steps.offboard.output.found ? "Offboarded by duoctl" : "Not found" }}'
              internalAnalysisFlag: true
      outputs:
        note_status: {value: "${{ steps.note.output.status }}"}
      """;

  /** What the PSA received: method, path and body of each request. */
  private record Sent(String connection, String method, String path, JsonNode body) {}

  @TempDir Path tempDir;

  private final List<Sent> sent = new CopyOnWriteArrayList<>();
  private final ConnectionCalls psa =
      (connection, method, path, body) -> {
        if (!connection.equals("psa")) {
          throw new UnknownConnectionException(connection);
        }
        sent.add(new Sent(connection, method, path, body));
        return new HttpReply(201, ActionJson.object().put("id", 77));
      };
  private EmulatedMsp msp;
  private CoreFixture db;
  private Workflows workflows;
  private WorkflowRuns runs;

  @BeforeEach
  void start() {
    msp = new EmulatedMsp();
    msp.childOrganization("Acme");
    db = new CoreFixture(Backend.H2, tempDir);
    ActionCatalog catalog = StandardActions.catalog();
    workflows =
        new Workflows(
            catalog,
            Clock.systemUTC(),
            new WorkflowDefinitionStore(db.jdbi(), db.audit, Clock.systemUTC()));
    runs =
        new WorkflowRuns(
            workflows,
            catalog,
            new WorkflowRunStore(db.jdbi(), JobLease.forThisProcess()),
            configuration -> new RunEnvironment(msp.runner(), selection -> List.of("Acme")),
            psa,
            4,
            RunObserver.NONE,
            Clock.systemUTC());
    msp.runner()
        .run(
            "Acme",
            "users.create",
            ActionJson.object().put("username", "leaver"),
            RunOptions.as("test", ApiScope.ADMIN));
  }

  @AfterEach
  void stop() {
    runs.close();
    db.close();
    msp.close();
  }

  @Test
  void aSavedWorkflow_runs_andWritesBackToTheTicket() {
    workflows.save(OFFBOARD_AND_NOTE, "cli:alice");

    WorkflowRun run = runs.run(request(ApiScope.RUN, false), RunListener.NONE).run();

    assertThat(run.state()).as(run.error()).isEqualTo(RunState.SUCCEEDED);
    assertThat(sent)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.method()).isEqualTo("POST");
              assertThat(s.path()).isEqualTo("/service/tickets/4711/notes");
              assertThat(s.body().path("text").asText()).isEqualTo("Offboarded by duoctl");
              assertThat(s.body().path("internalAnalysisFlag").asBoolean()).isTrue();
            });
    assertThat(run.outputs().path("note_status").asInt()).isEqualTo(201);
    assertThat(runs.history().steps(run.id()))
        .filteredOn(s -> s.key().equals("note"))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.outcome()).isEqualTo(StepOutcome.CHANGED);
              assertThat(s.target()).isEqualTo("http:psa");
            });
    assertThat(workflows.all()).containsKey("offboard-and-note");
    assertThat(db.audit.find(AuditQuery.all().page(0, 50)).entries())
        .anySatisfy(e -> assertThat(e.subjectId()).isEqualTo("offboard-and-note"));
  }

  @Test
  void aDryRun_plansTheRequest_andAReadOnlyCallerIsRefused() {
    workflows.save(OFFBOARD_AND_NOTE, "cli:alice");

    WorkflowRun plan = runs.run(request(ApiScope.RUN, true), RunListener.NONE).run();

    assertThat(sent).isEmpty();
    assertThat(runs.history().steps(plan.id()))
        .filteredOn(s -> s.key().equals("note"))
        .singleElement()
        .satisfies(
            s ->
                assertThat(s.errorMessage())
                    .isEqualTo("would send POST /service/tickets/4711/notes to psa"));
    assertThatThrownBy(() -> runs.run(request(ApiScope.READ, false), RunListener.NONE))
        .isInstanceOf(ActionNotAllowedException.class);
  }

  @Test
  void builtInNamesCannotBeTaken_andOnlySavedWorkflowsDeleted() {
    assertThatThrownBy(
            () ->
                workflows.save(OFFBOARD_AND_NOTE.replace("offboard-and-note", "onboard-user"), "x"))
        .isInstanceOf(InvalidWorkflowException.class)
        .hasMessageContaining("built-in");
    assertThatThrownBy(() -> workflows.delete("onboard-user", "x"))
        .isInstanceOf(UnknownWorkflowException.class);
    workflows.save(OFFBOARD_AND_NOTE, "cli:alice");
    workflows.delete("offboard-and-note", "cli:alice");
    assertThat(workflows.all()).doesNotContainKey("offboard-and-note");
  }

  private static WorkflowRunRequest request(ApiScope scope, boolean dryRun) {
    ObjectNode inputs =
        ActionJson.object().put("organization", "Acme").put("user", "leaver").put("ticket", 4711);
    return new WorkflowRunRequest(
        "offboard-and-note",
        inputs,
        "test:tech",
        scope,
        dryRun,
        false,
        Optional.empty(),
        RunTrigger.byHand(RunTrigger.Kind.REST));
  }
}
