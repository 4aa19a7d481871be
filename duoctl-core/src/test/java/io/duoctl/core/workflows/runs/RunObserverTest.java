package io.duoctl.core.workflows.runs;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.core.access.ApiScope;
import io.duoctl.core.actions.ActionCatalog;
import io.duoctl.core.actions.ActionJson;
import io.duoctl.core.actions.handlers.StandardActions;
import io.duoctl.core.jobs.JobLease;
import io.duoctl.core.testing.Backend;
import io.duoctl.core.testing.CoreFixture;
import io.duoctl.core.testing.EmulatedMsp;
import io.duoctl.core.workflows.Workflows;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run observer hears every run's start, each finished step and the end, however it was run. */
@Tag("slow")
class RunObserverTest {
  private static final List<String> ORGANIZATIONS = List.of("Org A", "Org B");

  @TempDir Path tempDir;

  private final List<String> heard = new CopyOnWriteArrayList<>();
  private final List<StepRun> steps = new CopyOnWriteArrayList<>();
  private EmulatedMsp msp;
  private CoreFixture db;
  private WorkflowRuns runs;

  @BeforeEach
  void start() {
    msp = new EmulatedMsp();
    ORGANIZATIONS.forEach(msp::childOrganization);
    db = new CoreFixture(Backend.H2, tempDir);
    ActionCatalog catalog = StandardActions.catalog();
    RunObserver observer =
        new RunObserver() {
          @Override
          public void runStarted(WorkflowRun run) {
            heard.add("started " + run.trigger() + " " + run.state());
          }

          @Override
          public void stepFinished(StepRun step) {
            steps.add(step);
          }

          @Override
          public void runFinished(WorkflowRun run) {
            heard.add("finished " + run.state());
          }
        };
    runs =
        new WorkflowRuns(
            new Workflows(catalog, Clock.systemUTC()),
            catalog,
            new WorkflowRunStore(db.jdbi(), JobLease.forThisProcess()),
            configuration -> new RunEnvironment(msp.runner(), selection -> ORGANIZATIONS),
            WorkflowRunsEmulatorTest.NO_CONNECTIONS,
            4,
            wait -> {},
            observer,
            Clock.systemUTC());
  }

  @AfterEach
  void stop() {
    runs.close();
    db.close();
    msp.close();
  }

  private static WorkflowRunRequest offboard(RunTrigger trigger) {
    return new WorkflowRunRequest(
        "offboard-everywhere",
        ActionJson.object().put("user", "nobody"),
        "test:tech",
        ApiScope.RUN,
        true,
        false,
        Optional.empty(),
        trigger);
  }

  @Test
  void aRunInTheCallersThread_isHeardFromStartToEnd_besideTheCallersListener() {
    List<StepRun> callerHeard = new CopyOnWriteArrayList<>();

    WorkflowRun run =
        runs.run(offboard(RunTrigger.byHand(RunTrigger.Kind.CLI)), callerHeard::add).run();

    assertThat(heard).containsExactly("started cli RUNNING", "finished SUCCEEDED");
    assertThat(steps).isNotEmpty().containsExactlyElementsOf(callerHeard);
    assertThat(steps)
        .extracting(StepRun::key)
        .containsExactlyInAnyOrderElementsOf(
            runs.history().steps(run.id()).stream().map(StepRun::key).toList());
  }

  @Test
  void aRunInTheBackground_isHeardToo() throws InterruptedException {
    String id = runs.launch(offboard(RunTrigger.webhook("psa")));

    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (heard.size() < 2 && Instant.now().isBefore(deadline)) {
      Thread.sleep(20);
    }
    assertThat(heard).containsExactly("started webhook:psa RUNNING", "finished SUCCEEDED");
    assertThat(steps).extracting(StepRun::runId).containsOnly(id);
  }
}
