package io.duoctl.core.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.duoctl.core.access.ApiScope;
import io.duoctl.core.actions.ErrorCode;
import io.duoctl.core.testing.Backend;
import io.duoctl.core.testing.CoreFixture;
import io.duoctl.core.testing.Json;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job store's behaviour, run against every backend. */
abstract class JobStoreContract {

  private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

  @TempDir Path tempDir;
  private CoreFixture fixture;
  private JobStore store;

  abstract Backend backend();

  @BeforeEach
  void open() {
    fixture = new CoreFixture(backend(), tempDir);
    store = new JobStore(fixture.jdbi());
  }

  @AfterEach
  void close() {
    if (fixture != null) { // null when PostgreSQL could not start and the test was skipped
      fixture.close();
    }
  }

  private JobSummary job(String id, Instant at, int total) {
    return new JobSummary(
        id,
        "users.list",
        "cli:alice",
        false,
        "tag:dental",
        "{\"status\":\"bypass\"}",
        new JobProgress(id, JobState.RUNNING, total, 0, 0),
        at,
        null);
  }

  private static JobRow row(String jobId, int index, boolean ok) {
    return new JobRow(
        jobId,
        index,
        "org-" + index,
        "Org " + index,
        ok,
        ok ? null : ErrorCode.DUO_SERVER,
        ok ? null : "Duo answered 503",
        ok ? null : 50301,
        ok ? null : "try later",
        ok ? Json.of("[{'username': 'jdoe', 'status': 'bypass'}]") : null,
        Duration.ofMillis(120 + index),
        T0.plusSeconds(index));
  }

  @Test
  void job_keepsTheOrganizationsItSkipped_inOrder_withTheirReasons() {
    JobSummary running = job("j1", T0, 1);
    List<SkippedOrganization> skipped =
        List.of(
            new SkippedOrganization("o2", "Harbor Dental", "not mapped to a Duo account"),
            new SkippedOrganization("o1", "Acme", "has no Admin API keys"));
    store.insertJob(
        new JobSummary(
            running.id(),
            running.actionId(),
            running.actor(),
            running.dryRun(),
            running.selection(),
            running.input(),
            running.progress(),
            running.createdAt(),
            null,
            skipped));
    store.insertJob(job("j2", T0.plusSeconds(1), 1));

    assertThat(store.find("j1").orElseThrow().skipped()).isEqualTo(skipped);
    assertThat(store.recent(0, 10))
        .extracting(JobSummary::skipped)
        .containsExactly(List.of(), skipped);
  }

  private static JobRow unknownRow(String jobId, int index) {
    JobRow failed = row(jobId, index, false);
    return new JobRow(
        jobId,
        index,
        failed.organizationId(),
        failed.organization(),
        false,
        ErrorCode.OUTCOME_UNKNOWN,
        "no answer",
        null,
        null,
        null,
        failed.duration(),
        failed.finishedAt());
  }

  @Test
  void job_countsRowsOfUnknownOutcomeApartFromFailedOnes() {
    store.insertJob(job("j1", T0, 3));
    store.insertRow(row("j1", 0, false));
    store.insertRow(unknownRow("j1", 1));
    JobProgress running = store.find("j1").orElseThrow().progress();
    store.insertRow(row("j1", 2, true));
    store.finishJob(new JobProgress("j1", JobState.PARTIAL, 3, 3, 1, 1), T0.plusSeconds(5));

    assertThat(running.unknown()).isEqualTo(1);
    JobProgress stored = store.find("j1").orElseThrow().progress();
    assertThat(stored).isEqualTo(new JobProgress("j1", JobState.PARTIAL, 3, 3, 1, 1));
    assertThat(stored.succeeded()).isEqualTo(1);
  }

  @Test
  void job_roundTripsWithItsRowsInOrder() {
    store.insertJob(job("j1", T0, 2));
    store.insertRow(row("j1", 1, false));
    store.insertRow(row("j1", 0, true));
    store.finishJob(new JobProgress("j1", JobState.PARTIAL, 2, 2, 1), T0.plusSeconds(5));

    JobSummary stored = store.find("j1").orElseThrow();
    assertThat(stored.progress()).isEqualTo(new JobProgress("j1", JobState.PARTIAL, 2, 2, 1));
    assertThat(stored.selection()).isEqualTo("tag:dental");
    assertThat(stored.input()).isEqualTo("{\"status\":\"bypass\"}");
    assertThat(stored.createdAt()).isEqualTo(T0);
    assertThat(stored.finishedAt()).isEqualTo(T0.plusSeconds(5));
    assertThat(store.rows("j1")).containsExactly(row("j1", 0, true), row("j1", 1, false));
  }

  @Test
  void rowsAfter_pagesInOrganizationOrder_fromTheIndexGiven() {
    store.insertJob(job("j1", T0, 5));
    for (int index : List.of(4, 0, 2, 1)) {
      store.insertRow(row("j1", index, true));
    }

    assertThat(store.rows("j1", -1, 2)).extracting(JobRow::index).containsExactly(0, 1);
    assertThat(store.rows("j1", 1, 2)).extracting(JobRow::index).containsExactly(2, 4);
    assertThat(store.rows("j1", 4, 2)).isEmpty();
    assertThat(store.rows("none", -1, 2)).isEmpty();
  }

  @Test
  void insertRow_countsEachStoredRowOnce_whateverOrderTheyComeIn() {
    store.insertJob(job("j1", T0, 3));
    store.insertRow(row("j1", 0, true));
    store.insertRow(row("j1", 1, true));

    assertThat(store.find("j1").orElseThrow().progress().done()).isEqualTo(2);
  }

  private JobStore node(String name) {
    return new JobStore(
        fixture.jdbi(), new JobLease(name, Duration.ofSeconds(30), Duration.ofSeconds(5)));
  }

  @Test
  void claimLapsed_takesAJobOnlyOnceItsLeaseLapsed_forOneOtherNode_whichAloneRunsItThen() {
    JobStore a = node("node-a");
    JobStore b = node("node-b");
    JobStore c = node("node-c");
    a.insertJob(
        job("j1", T0, 2),
        new JobPlan(Optional.of("eu"), ApiScope.RUN, OptionalInt.of(2)),
        List.of("o1", "o2"));
    a.markInFlight("j1", 0);

    assertThat(b.claimLapsed(T0.plusSeconds(10))).isEmpty();
    assertThat(a.renewLeases(T0.plusSeconds(25))).isEqualTo(1);
    assertThat(b.claimLapsed(T0.plusSeconds(40))).isEmpty();

    assertThat(a.claimLapsed(T0.plusSeconds(60))).isEmpty();
    List<ClaimedJob> claimed = b.claimLapsed(T0.plusSeconds(60));
    assertThat(c.claimLapsed(T0.plusSeconds(60))).isEmpty();
    assertThat(claimed).hasSize(1);
    ClaimedJob job = claimed.get(0);
    assertThat(job.summary().id()).isEqualTo("j1");
    assertThat(job.configuration()).contains("eu");
    assertThat(job.scope()).isEqualTo(ApiScope.RUN);
    assertThat(job.confirmedOrganizations()).hasValue(2);
    assertThat(job.intents())
        .containsExactly(new JobIntent(0, "o1", true), new JobIntent(1, "o2", false));
    assertThat(a.renewLeases(T0.plusSeconds(61))).isZero();
    assertThat(a.markInFlight("j1", 1)).isFalse();
    assertThat(b.markInFlight("j1", 1)).isTrue();
    assertThat(b.renewLeases(T0.plusSeconds(61))).isEqualTo(1);
  }

  @Test
  void insertRow_dropsTheIntent_andKeepsNothingWhenWhatGoesAlongFails() {
    JobStore a = node("node-a");
    a.insertJob(job("j1", T0, 2), null, List.of("o1", "o2"));

    assertThatThrownBy(
            () ->
                a.insertRow(
                    row("j1", 0, true),
                    h -> {
                      throw new IllegalStateException("audit failed");
                    }))
        .hasMessageContaining("audit failed");
    assertThat(a.rows("j1")).isEmpty();
    a.insertRow(row("j1", 1, true));

    assertThat(a.rows("j1")).extracting(JobRow::index).containsExactly(1);
    assertThat(a.find("j1").orElseThrow().progress().done()).isEqualTo(1);
    assertThat(node("node-b").claimLapsed(T0.plusSeconds(31)).get(0).intents())
        .containsExactly(new JobIntent(0, "o1", false));
  }

  @Test
  void requestCancel_marksOnlyARunningJob_andTheRunnerSeesTheMark() {
    store.insertJob(job("running", T0, 2));
    store.insertJob(job("done", T0, 0));
    store.finishJob(new JobProgress("done", JobState.SUCCEEDED, 0, 0, 0), T0);

    assertThat(store.cancelRequested("running")).isFalse();
    assertThat(store.requestCancel("running", T0.plusSeconds(3))).isTrue();
    assertThat(store.requestCancel("done", T0.plusSeconds(3))).isFalse();
    assertThat(store.requestCancel("nope", T0.plusSeconds(3))).isFalse();

    assertThat(store.cancelRequested("running")).isTrue();
    assertThat(store.cancelRequested("done")).isFalse();
    JobSummary cancelled = store.find("running").orElseThrow();
    assertThat(cancelled.progress().state()).isEqualTo(JobState.CANCELLED);
    assertThat(cancelled.finishedAt()).isEqualTo(T0.plusSeconds(3));
    store.finishJob(new JobProgress("running", JobState.PARTIAL, 2, 2, 1), T0.plusSeconds(5));
    assertThat(store.find("running").orElseThrow().finishedAt()).isEqualTo(T0.plusSeconds(5));
  }

  @Test
  void recent_listsNewestFirst() {
    store.insertJob(job("old", T0, 1));
    store.insertJob(job("new", T0.plusSeconds(1), 1));

    assertThat(store.recent(0, 10)).extracting(JobSummary::id).containsExactly("new", "old");
    assertThat(store.recent(1, 10)).extracting(JobSummary::id).containsExactly("old");
    assertThat(store.find("none")).isEmpty();
    assertThat(store.rows("none")).isEqualTo(List.of());
  }
}
