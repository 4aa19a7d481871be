package io.duoctl.core.workflows.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.client.http.HttpMethod;
import io.duoctl.client.http.Transport;
import io.duoctl.core.access.ApiScope;
import io.duoctl.core.actions.ActionCatalog;
import io.duoctl.core.actions.ActionJson;
import io.duoctl.core.actions.ActionResult;
import io.duoctl.core.actions.RunOptions;
import io.duoctl.core.actions.handlers.StandardActions;
import io.duoctl.core.db.SqlTimes;
import io.duoctl.core.jobs.JobLease;
import io.duoctl.core.testing.Backend;
import io.duoctl.core.testing.CoreFixture;
import io.duoctl.core.testing.EmulatedMsp;
import io.duoctl.core.workflows.Workflows;
import io.duoctl.emulator.record.RecordedRequest;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A node dies in the middle of offboard-everywhere (its transport stops answering and it stops
 * renewing its lease); another node on the same database takes the run over, finishes it, and Duo
 * receives each change once. Run against every backend.
 */
abstract class WorkflowRunTakeOverContract {

  private static final List<String> ORGANIZATIONS =
      IntStream.rangeClosed(1, 8).mapToObj(i -> "Org " + i).toList();
  private static final Duration LEASE = Duration.ofMillis(600);

  @TempDir Path tempDir;

  private EmulatedMsp msp;
  private CoreFixture db;

  abstract Backend backend();

  @BeforeEach
  void start() {
    msp = new EmulatedMsp();
    ORGANIZATIONS.forEach(msp::childOrganization);
    db = new CoreFixture(backend(), tempDir);
    for (int i = 0; i < ORGANIZATIONS.size(); i++) {
      String org = ORGANIZATIONS.get(i);
      action(org, "users.create", ActionJson.object().put("username", "leaver"));
      action(
          org,
          "phones.create",
          ActionJson.object().put("number", "+14155550" + (100 + i)).put("user", "leaver"));
      action(org, "bypass_codes.create", ActionJson.object().put("user", "leaver"));
    }
  }

  @AfterEach
  void stop() {
    if (db != null) {
      db.close();
    }
    msp.close();
  }

  @Test
  void aRunWhoseNodeDies_isFinishedByAnotherNode_withEachChangeSentOnce() throws Exception {
    msp.duo.requests().clear();
    AtomicInteger changes = new AtomicInteger();
    Transport dying =
        (target, request) -> {
          if (request.method() != HttpMethod.GET && changes.incrementAndGet() > 9) {
            throw new NodeDied();
          }
          return msp.client.transport().send(target, request);
        };
    WorkflowRuns first = node(msp.runner(dying));
    ObjectNode inputs = ActionJson.object().put("user", "leaver");

    assertThatThrownBy(() -> first.run(request(inputs), RunListener.NONE))
        .isInstanceOf(NodeDied.class);
    first.close();
    String runId = first.history().recent(RunFilter.ALL, 0, 1).getFirst().id();
    assertThat(first.history().find(runId).orElseThrow().state()).isEqualTo(RunState.RUNNING);

    WorkflowRuns second = node(msp.runner());
    Thread.sleep(LEASE.toMillis() + 200);
    assertThat(second.resumeLapsedRuns()).isEqualTo(1);
    WorkflowRun finished = awaitEnd(second, runId);
    second.close();

    assertThat(finished.state()).as(finished.error()).isEqualTo(RunState.SUCCEEDED);
    for (String org : ORGANIZATIONS) {
      JsonNode user = action(org, "users.get", ActionJson.object().put("user", "leaver")).data();
      assertThat(user.path("status").asText()).as(org).isEqualTo("disabled");
      assertThat(user.path("phones")).as(org).isEmpty();
    }
    Map<String, Long> sent =
        msp.duo.requests().matching(r -> !r.method().equals("GET") && r.status() < 300).stream()
            .collect(
                Collectors.groupingBy(WorkflowRunTakeOverContract::change, Collectors.counting()));
    assertThat(sent).allSatisfy((change, times) -> assertThat(times).as(change).isEqualTo(1));
    assertThat(sent).hasSize(ORGANIZATIONS.size() * 3);
  }

  @Test
  void aNodeWhoseLeaseLapsedWhileItRunsTheRun_goesOnWithoutASecondExecution() throws Exception {
    msp.duo.requests().clear();
    CountDownLatch changing = new CountDownLatch(1);
    CountDownLatch goOn = new CountDownLatch(1);
    Transport held =
        (target, request) -> {
          if (request.method() != HttpMethod.GET) {
            changing.countDown();
            awaitUninterruptibly(goOn);
          }
          return msp.client.transport().send(target, request);
        };
    // No heartbeat within the test: the lease lapses as when the heartbeat is held up.
    WorkflowRuns node =
        node(
            msp.runner(held),
            new JobLease(
                "node-" + UUID.randomUUID(), Duration.ofMinutes(2), Duration.ofMinutes(1)));
    String runId = node.launch(request(ActionJson.object().put("user", "leaver")));
    assertThat(changing.await(30, TimeUnit.SECONDS)).isTrue();
    db.jdbi()
        .useHandle(
            h ->
                h.createUpdate("UPDATE workflow_run SET lease_expires_at = :past WHERE id = :id")
                    .bind("past", SqlTimes.toDb(Instant.now().minusSeconds(10)))
                    .bind("id", runId)
                    .execute());

    assertThat(node.resumeLapsedRuns()).isZero();
    goOn.countDown();
    WorkflowRun finished = awaitEnd(node, runId);
    node.close();

    assertThat(finished.state()).as(finished.error()).isEqualTo(RunState.SUCCEEDED);
    Map<String, Long> sent =
        msp.duo.requests().matching(r -> !r.method().equals("GET")).stream()
            .collect(
                Collectors.groupingBy(WorkflowRunTakeOverContract::change, Collectors.counting()));
    assertThat(sent).allSatisfy((change, times) -> assertThat(times).as(change).isEqualTo(1));
    assertThat(sent).hasSize(ORGANIZATIONS.size() * 3);
    assertThat(node.history().steps(runId))
        .allSatisfy(s -> assertThat(s.state().finished()).isTrue());
  }

  @Test
  void aTimeBoxedBypass_endsOnTime_althoughTheNodeThatSetItStopped() throws Exception {
    WorkflowRuns first = node(msp.runner());
    String runId =
        first.launch(
            new WorkflowRunRequest(
                "time-boxed-bypass",
                ActionJson.object()
                    .put("organization", "Org 1")
                    .put("user", "leaver")
                    .put("duration", "3s"),
                "test:tech",
                ApiScope.RUN,
                false,
                false,
                Optional.empty(),
                RunTrigger.byHand(RunTrigger.Kind.REST)));
    awaitStatus("Org 1", "bypass");
    Instant setAt = Instant.now();
    first.close();

    WorkflowRuns second = node(msp.runner());
    Thread.sleep(LEASE.toMillis() + 200);
    assertThat(second.resumeLapsedRuns()).isEqualTo(1);
    WorkflowRun finished = awaitEnd(second, runId);
    second.close();

    assertThat(finished.state()).as(finished.error()).isEqualTo(RunState.SUCCEEDED);
    assertThat(status("Org 1")).isEqualTo("active");
    assertThat(Duration.between(setAt, Instant.now()))
        .isGreaterThanOrEqualTo(Duration.ofSeconds(2));
    assertThat(msp.audit)
        .filteredOn(r -> r.action().equals("users.update") && r.ok())
        .extracting(r -> r.redactedInput().path("status").asText())
        .containsExactly("bypass", "active");
  }

  private String status(String org) {
    return action(org, "users.get", ActionJson.object().put("user", "leaver"))
        .data()
        .path("status")
        .asText();
  }

  private void awaitStatus(String org, String status) throws InterruptedException {
    Instant deadline = Instant.now().plusSeconds(10);
    while (!status(org).equals(status)) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError(org + " never reached status " + status);
      }
      Thread.sleep(50);
    }
  }

  private static String change(RecordedRequest request) {
    return request.method() + " " + request.path() + "?" + request.query() + " " + request.body();
  }

  private WorkflowRuns node(io.duoctl.core.actions.ActionRunner runner) {
    return node(runner, new JobLease("node-" + UUID.randomUUID(), LEASE, Duration.ofMillis(100)));
  }

  private WorkflowRuns node(io.duoctl.core.actions.ActionRunner runner, JobLease lease) {
    ActionCatalog catalog = StandardActions.catalog();
    return new WorkflowRuns(
        new Workflows(catalog, Clock.systemUTC()),
        catalog,
        new WorkflowRunStore(db.jdbi(), lease),
        configuration -> new RunEnvironment(runner, selection -> ORGANIZATIONS),
        WorkflowRunsEmulatorTest.NO_CONNECTIONS,
        3,
        wait -> {},
        RunObserver.NONE,
        Clock.systemUTC());
  }

  private static WorkflowRunRequest request(ObjectNode inputs) {
    return new WorkflowRunRequest(
        "offboard-everywhere",
        inputs,
        "test:tech",
        ApiScope.RUN,
        false,
        true,
        Optional.empty(),
        RunTrigger.byHand(RunTrigger.Kind.REST));
  }

  private static WorkflowRun awaitEnd(WorkflowRuns runs, String id) throws InterruptedException {
    Instant deadline = Instant.now().plusSeconds(30);
    while (Instant.now().isBefore(deadline)) {
      WorkflowRun run = runs.history().find(id).orElseThrow();
      if (run.state().finished()) {
        return run;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("run " + id + " did not end");
  }

  private ActionResult action(String org, String actionId, ObjectNode input) {
    ActionResult result =
        msp.runner().run(org, actionId, input, RunOptions.as("test:setup", ApiScope.ADMIN));
    assertThat(result.ok()).as(actionId + " " + result.error()).isTrue();
    return result;
  }

  private static void awaitUninterruptibly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The node's process is gone: nothing it was doing goes on. */
  private static final class NodeDied extends Error {
    private static final long serialVersionUID = 1L;
  }
}
