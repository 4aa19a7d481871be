package io.duoctl.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.app.Duoctl;
import io.duoctl.app.cli.CliHarness.Result;
import io.duoctl.core.access.ApiScope;
import io.duoctl.core.actions.ActionJson;
import io.duoctl.core.actions.ErrorCode;
import io.duoctl.core.actions.RunOptions;
import io.duoctl.core.jobs.Job;
import io.duoctl.core.jobs.JobRow;
import io.duoctl.core.jobs.JobState;
import io.duoctl.core.jobs.OrganizationSelection;
import io.duoctl.emulator.faults.Latency;
import io.duoctl.emulator.junit.DuoEmulatorExtension;
import io.duoctl.emulator.ratelimit.RateLimits;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cancelling fan-outs: Ctrl-C in the CLI, and {@code jobs cancel} for a job another process (a
 * server on the same database) runs. 40 organizations with slow Duo, more than run at once.
 */
@Tag("slow")
class JobsCancelCliTest {
  static final int ORGANIZATIONS = 40;

  @RegisterExtension
  static final DuoEmulatorExtension duo =
      new DuoEmulatorExtension(b -> b.seed(19).rateLimits(RateLimits.duoDefaults()));

  @TempDir Path dataDir;
  CliHarness cli;

  @BeforeEach
  void manyCustomersOnASlowDuo() {
    cli = new CliHarness(dataDir);
    new CliMsp(
        duo.emulator(),
        cli,
        IntStream.range(0, ORGANIZATIONS)
            .mapToObj(i -> String.format("Org %02d", i))
            .toArray(String[]::new));
    duo.faults().latency(Latency.ofMillis(400, 0));
  }

  @AfterEach
  void fastDuoAgain() {
    duo.faults().latency(Latency.NONE);
  }

  @Test
  void ctrlC_cancelsTheJob_showsWhatRan_andExits130() {
    Terminal interrupted =
        new Terminal(
            new ByteArrayInputStream(new byte[0]),
            null,
            false,
            onInterrupt -> {
              Thread.ofPlatform().daemon().start(onInterrupt);
              return () -> {};
            });

    Result run = cli.runOn(interrupted, "users", "list", "--all-orgs", "-o", "jsonl");

    assertThat(run.code()).isEqualTo(130);
    assertThat(run.err())
        .containsPattern("interrupted: job \\S+ cancelled; \\d+ of 40 organizations ran");
    // one line per item: the organizations hold no users, so only the cancelled ones have a line
    assertThat(run.out().lines())
        .isNotEmpty()
        .hasSizeLessThanOrEqualTo(ORGANIZATIONS)
        .allSatisfy(
            l ->
                assertThat(l)
                    .startsWith("{\"organization\":\"Org ")
                    .contains("\"code\":\"cancelled\""));
    String id = JobsCliTest.jobId(run);
    assertThat(cli.run("jobs", "show", id).out()).containsPattern("state\\s+cancelled");
  }

  @Test
  void ctrlC_saysWhichOrganizationsItStillWaitsFor_andHowLong() {
    duo.faults().latency(Latency.ofMillis(1500, 0));
    Terminal interruptedAfterASecond =
        new Terminal(
            new ByteArrayInputStream(new byte[0]),
            null,
            false,
            onInterrupt -> {
              Thread.ofPlatform()
                  .daemon()
                  .start(
                      () -> {
                        try {
                          Thread.sleep(1000);
                        } catch (InterruptedException e) {
                          return;
                        }
                        onInterrupt.run();
                      });
              return () -> {};
            });

    Result run = cli.runOn(interruptedAfterASecond, "users", "list", "--all-orgs", "-o", "jsonl");

    assertThat(run.code()).isEqualTo(130);
    assertThat(run.err())
        .containsPattern(
            "duoctl: cancelling: waiting for \\d+ organizations? in flight \\(Org \\d\\d[^)]*\\) to"
                + " answer, at most 25 s each Duo call; Ctrl-C again to leave now — their outcome"
                + " will be unknown");
    assertThat(run.err().indexOf("cancelling:")).isLessThan(run.err().indexOf("interrupted:"));
  }

  @Test
  void jobsCancel_stopsAJobThatAServerOnTheSameDatabaseRuns() throws Exception {
    try (Duoctl server = CliHarness.start(cli.config())) {
      Job job =
          server
              .fanOut(null)
              .start(
                  "users.list",
                  ActionJson.object(),
                  OrganizationSelection.allMapped(),
                  RunOptions.as("api:server", ApiScope.RUN));

      Result cancel = cli.run("jobs", "cancel", job.id());

      assertThat(cancel.code()).as(cancel.err()).isZero();
      assertThat(cancel.out()).contains("Cancelling job " + job.id());
      assertThat(job.await(Duration.ofSeconds(60))).isTrue();
      List<JobRow> rows = server.jobs().rows(job.id());
      assertThat(rows).hasSize(ORGANIZATIONS);
      assertThat(rows).anyMatch(r -> r.errorCode() == ErrorCode.CANCELLED);
      assertThat(rows).allMatch(r -> r.ok() || r.errorCode() == ErrorCode.CANCELLED);
      assertThat(server.jobs().find(job.id()).orElseThrow().progress().state())
          .isEqualTo(JobState.CANCELLED);
    }
  }
}
