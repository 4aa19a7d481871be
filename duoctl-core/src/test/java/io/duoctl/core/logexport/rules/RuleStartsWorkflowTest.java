package io.duoctl.core.logexport.rules;

import static io.duoctl.core.logexport.rules.RuleEvents.auth;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.duoctl.core.actions.ActionCatalog;
import io.duoctl.core.actions.ActionJson;
import io.duoctl.core.actions.handlers.StandardActions;
import io.duoctl.core.audit.AuditChange;
import io.duoctl.core.audit.AuditQuery;
import io.duoctl.core.audit.AuditSubject;
import io.duoctl.core.jobs.JobLease;
import io.duoctl.core.logexport.SinkUnavailableException;
import io.duoctl.core.testing.Backend;
import io.duoctl.core.testing.CoreFixture;
import io.duoctl.core.testing.EmulatedMsp;
import io.duoctl.core.workflows.WorkflowDefinitionStore;
import io.duoctl.core.workflows.WorkflowLookup;
import io.duoctl.core.workflows.Workflows;
import io.duoctl.core.workflows.connections.HttpReply;
import io.duoctl.core.workflows.runs.RunEnvironment;
import io.duoctl.core.workflows.runs.RunFilter;
import io.duoctl.core.workflows.runs.RunObserver;
import io.duoctl.core.workflows.runs.RunTrigger;
import io.duoctl.core.workflows.runs.WorkflowLauncher;
import io.duoctl.core.workflows.runs.WorkflowRun;
import io.duoctl.core.workflows.runs.WorkflowRunRequest;
import io.duoctl.core.workflows.runs.WorkflowRunStore;
import io.duoctl.core.workflows.runs.WorkflowRuns;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rule whose action starts a saved workflow: the run is stored with the inputs it mapped. */
@Tag("slow")
class RuleStartsWorkflowTest {
  private static final String NOTE_FRAUD =
      """
      name: note-fraud
      version: 1
      inputs:
        org: {type: string, required: true}
        username: {type: string, required: true}
      steps:
        - id: note
          http:
            connection: psa
            method: POST
            path: /notes
            body:
              text: '${{ "fraud reported by " + inputs.username }}'
      """;

  @TempDir Path dir;
  private EmulatedMsp msp;
  private CoreFixture db;
  private WorkflowRuns runs;
  private LogRuleService rules;
  private RuleSink sink;

  @BeforeEach
  void start() {
    msp = new EmulatedMsp();
    db = new CoreFixture(Backend.H2, dir);
    ActionCatalog catalog = StandardActions.catalog();
    Workflows workflows =
        new Workflows(
            catalog,
            Clock.systemUTC(),
            new WorkflowDefinitionStore(db.jdbi(), db.audit, Clock.systemUTC()));
    workflows.save(NOTE_FRAUD, "cli:alice");
    runs =
        new WorkflowRuns(
            workflows,
            catalog,
            new WorkflowRunStore(db.jdbi(), JobLease.forThisProcess()),
            configuration -> new RunEnvironment(msp.runner(), selection -> List.of()),
            (connection, method, path, body) -> new HttpReply(201, ActionJson.object()),
            2,
            RunObserver.NONE,
            Clock.systemUTC());
    rules =
        new LogRuleService(
            db.jdbi(), db.vault, db.audit, WorkflowLookup.of(workflows::all), db.clock);
    sink =
        new RuleSink(
            "rules", db.jdbi(), db.vault, db.audit, runs, HttpClient.newHttpClient(), db.clock);
  }

  @AfterEach
  void stop() {
    runs.close();
    db.close();
    msp.close();
  }

  @Test
  void aMatchingEvent_startsTheWorkflowOnce_withTheMappedInputs() {
    rules.create(
        LogRuleReader.parse(
            """
            name: fraud-note
            condition: event.result == "fraud"
            action:
              workflow:
                name: note-fraud
                inputs: {org: org.id, username: event.user.name}
            """),
        "alice");
    List<io.duoctl.core.logexport.ExportedEvent> batch =
        List.of(auth("tx-ok", "ann", "success", 0), auth("tx-fraud", "bob", "fraud", 1));

    sink.deliver(batch);
    sink.deliver(batch);

    List<String> runIds =
        db.audit.find(AuditQuery.all().page(0, 100)).entries().stream()
            .filter(e -> e.subject() == AuditSubject.LOG_RULE && e.action().equals("firing.sent"))
            .flatMap(e -> e.changes().stream())
            .filter(c -> c.field().equals("run_id"))
            .map(AuditChange::after)
            .toList();
    assertThat(runIds).hasSize(1);
    WorkflowRun run = runs.history().find(runIds.getFirst()).orElseThrow();
    assertThat(run.workflow()).isEqualTo("note-fraud");
    assertThat(run.inputs().path("org").asText()).isEqualTo("org-1");
    assertThat(run.inputs().path("username").asText()).isEqualTo("bob");
    assertThat(run.trigger().toString()).startsWith("log_rule:fraud-note#");
  }

  @Test
  void aRunStoredBeforeTheNodeDied_isNotStartedAgainWhenTheBatchComesBack() {
    rules.create(
        LogRuleReader.parse(
            """
            name: fraud-note
            condition: event.result == "fraud"
            action:
              workflow:
                name: note-fraud
                inputs: {org: org.id, username: event.user.name}
            """),
        "alice");
    List<io.duoctl.core.logexport.ExportedEvent> batch =
        List.of(auth("tx-fraud", "bob", "fraud", 1));
    WorkflowLauncher diesAfterStoringTheRun =
        new WorkflowLauncher() {
          @Override
          public String launch(WorkflowRunRequest request) {
            runs.launch(request);
            throw new IllegalStateException("the node died before marking the firing sent");
          }

          @Override
          public Optional<String> launchedBy(RunTrigger trigger) {
            return runs.launchedBy(trigger);
          }
        };
    RuleSink dying =
        new RuleSink(
            "rules",
            db.jdbi(),
            db.vault,
            db.audit,
            diesAfterStoringTheRun,
            HttpClient.newHttpClient(),
            db.clock);

    assertThatThrownBy(() -> dying.deliver(batch)).isInstanceOf(SinkUnavailableException.class);
    sink.deliver(batch);
    sink.deliver(batch);

    assertThat(runs.history().recent(RunFilter.ALL, 0, 10))
        .singleElement()
        .satisfies(run -> assertThat(run.inputs().path("username").asText()).isEqualTo("bob"));
  }
}
