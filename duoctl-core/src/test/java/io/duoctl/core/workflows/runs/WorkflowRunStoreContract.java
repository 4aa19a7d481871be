package io.duoctl.core.workflows.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.core.access.ApiScope;
import io.duoctl.core.actions.ActionJson;
import io.duoctl.core.jobs.JobLease;
import io.duoctl.core.testing.Backend;
import io.duoctl.core.testing.CoreFixture;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workflow run store's behaviour, run against every backend. */
abstract class WorkflowRunStoreContract {

  private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
  private static final Duration LEASE = Duration.ofSeconds(30);

  @TempDir Path tempDir;
  private CoreFixture fixture;
  private WorkflowRunStore nodeA;
  private WorkflowRunStore nodeB;

  abstract Backend backend();

  @BeforeEach
  void open() {
    fixture = new CoreFixture(backend(), tempDir);
    nodeA =
        new WorkflowRunStore(fixture.jdbi(), new JobLease("node-a", LEASE, Duration.ofSeconds(5)));
    nodeB =
        new WorkflowRunStore(fixture.jdbi(), new JobLease("node-b", LEASE, Duration.ofSeconds(5)));
  }

  @AfterEach
  void close() {
    if (fixture != null) {
      fixture.close();
    }
  }

  private static WorkflowRun run(String id, Instant at) {
    return new WorkflowRun(
        id,
        "offboard-everywhere",
        1,
        RunTrigger.webhook("psa"),
        "webhook:psa",
        false,
        RunState.RUNNING,
        Optional.of("eu"),
        ActionJson.object().put("user", "jdoe"),
        null,
        null,
        0,
        0,
        0,
        at,
        null);
  }

  private StoredRun stored(String id, Instant at) {
    return new StoredRun(
        run(id, at),
        Map.of("offboard-everywhere", "name: offboard-everywhere\n"),
        ApiScope.RUN,
        true,
        false);
  }

  private static StepRun step(String runId, String key, int seq, StepState state, Instant at) {
    ObjectNode output = ActionJson.object().put("user_id", "DU1");
    return new StepRun(
        runId,
        key,
        seq,
        key.substring(key.lastIndexOf('/') + 1).replaceAll("\\[\\d+]", ""),
        "Find the user",
        "users.get",
        "org-1",
        "Acme",
        state,
        state == StepState.SUCCEEDED ? StepOutcome.READ : null,
        1,
        ActionJson.object().put("user", "jdoe"),
        null,
        state == StepState.SUCCEEDED ? output : null,
        null,
        null,
        at,
        state.finished() ? at.plusMillis(250) : null);
  }

  @Test
  void aRunAndItsSteps_readBackAsStored_inStartOrder() {
    nodeA.insert(stored("r1", T0), T0);
    StepRun started = step("r1", "offboard[0]/user", 1, StepState.STARTED, T0);
    nodeA.start(started);
    nodeA.start(step("r1", "offboard[1]/user", 2, StepState.STARTED, T0));
    nodeA.finish(step("r1", "offboard[0]/user", 1, StepState.SUCCEEDED, T0), h -> {});

    WorkflowRun found = nodeA.find("r1").orElseThrow();
    assertThat(found.trigger()).isEqualTo(RunTrigger.webhook("psa"));
    assertThat(found.configuration()).contains("eu");
    assertThat(found.inputs().path("user").asText()).isEqualTo("jdoe");
    List<StepRun> steps = nodeA.steps("r1");
    assertThat(steps)
        .extracting(StepRun::key)
        .containsExactly("offboard[0]/user", "offboard[1]/user");
    assertThat(steps.get(0).state()).isEqualTo(StepState.SUCCEEDED);
    assertThat(steps.get(0).duration()).contains(Duration.ofMillis(250));
    assertThat(steps.get(0).output().path("user_id").asText()).isEqualTo("DU1");
    assertThat(steps.get(0).parentKey()).contains("offboard[0]");
    assertThat(steps.get(1).state()).isEqualTo(StepState.STARTED);
  }

  @Test
  void aLapsedRun_isClaimedByExactlyOneOtherNode_andTheOldNodeIsFencedOff() {
    nodeA.insert(stored("r1", T0), T0);
    Instant later = T0.plus(LEASE).plusSeconds(1);

    List<StoredRun> claimed = nodeB.claimLapsed(later);

    assertThat(claimed)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.run().id()).isEqualTo("r1");
              assertThat(r.confirmed()).isTrue();
              assertThat(r.definitions()).containsKey("offboard-everywhere");
            });
    assertThat(nodeA.claimLapsed(later)).isEmpty();
    assertThatThrownBy(() -> nodeA.start(step("r1", "offboard[0]/user", 1, StepState.STARTED, T0)))
        .isInstanceOf(RunTakenOverException.class);
    assertThat(nodeA.steps("r1")).isEmpty();
  }

  @Test
  void renewedLeases_keepARunFromBeingClaimed() {
    nodeA.insert(stored("r1", T0), T0);
    Instant later = T0.plus(LEASE).minusSeconds(1);
    nodeA.renewLeases(later, List.of("r1"));

    assertThat(nodeB.claimLapsed(later.plus(LEASE).minusSeconds(1))).isEmpty();
    assertThat(nodeB.claimLapsed(later.plus(LEASE).plusSeconds(1))).hasSize(1);
  }

  @Test
  void onlyTheRunsANodeStillExecutes_haveTheirLeasesRenewed() {
    nodeA.insert(stored("r1", T0), T0);
    nodeA.insert(stored("r2", T0), T0);
    Instant later = T0.plus(LEASE).minusSeconds(1);

    assertThat(nodeA.renewLeases(later, List.of("r1"))).isEqualTo(1);

    assertThat(nodeB.claimLapsed(T0.plus(LEASE).plusSeconds(1)))
        .extracting(r -> r.run().id())
        .containsExactly("r2");
  }

  @Test
  void aFinishedRun_isListedByWorkflowAndOrganization_andNeverClaimed() {
    nodeA.insert(stored("r1", T0), T0);
    nodeA.insert(stored("r2", T0.plusSeconds(1)), T0);
    nodeA.finish(step("r1", "offboard[0]/user", 1, StepState.SUCCEEDED, T0), h -> {});
    nodeA.finishRun(
        run("r1", T0)
            .finished(RunState.SUCCEEDED, ActionJson.object(), null, 2, 3, 0, T0.plusSeconds(5)));

    assertThat(nodeA.find("r1").orElseThrow().summary())
        .isEqualTo("2 changes made, 3 already as asked");
    assertThat(nodeA.recent(RunFilter.ALL, 0, 10))
        .extracting(WorkflowRun::id)
        .containsExactly("r2", "r1");
    assertThat(nodeA.recent(new RunFilter(Optional.empty(), Optional.of("org-1")), 0, 10))
        .extracting(WorkflowRun::id)
        .containsExactly("r1");
    assertThat(nodeA.recent(new RunFilter(Optional.of("onboard-user"), Optional.empty()), 0, 10))
        .isEmpty();
    assertThat(nodeB.claimLapsed(T0.plus(LEASE).plusSeconds(10)))
        .extracting(r -> r.run().id())
        .containsExactly("r2");
  }
}
