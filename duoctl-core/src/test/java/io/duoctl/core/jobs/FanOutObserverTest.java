package io.duoctl.core.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.core.access.ApiScope;
import io.duoctl.core.actions.ErrorCode;
import io.duoctl.core.actions.RunOptions;
import io.duoctl.core.testing.Backend;
import io.duoctl.core.testing.CoreFixture;
import io.duoctl.core.testing.EmulatedMsp;
import io.duoctl.core.testing.Json;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A job observer hears a job's start, each stored row and its end, before a waiter sees it. */
@Tag("slow")
class FanOutObserverTest {
  private static final RunOptions TECH = RunOptions.as("cli:tech", ApiScope.RUN);

  @TempDir Path tempDir;
  private final EmulatedMsp msp = new EmulatedMsp();
  private final List<String> heard = new CopyOnWriteArrayList<>();
  private CoreFixture db;
  private FanOut fanOut;

  @BeforeEach
  void customers() {
    db = new CoreFixture(Backend.H2, tempDir);
    JobObserver observer =
        new JobObserver() {
          @Override
          public void jobStarted(JobSummary job) {
            heard.add("started " + job.actionId());
          }

          @Override
          public void rowStored(JobRow row) {
            heard.add(row.organization() + " " + (row.ok() ? "ok" : row.errorCode()));
          }

          @Override
          public void jobFinished(JobProgress progress) {
            heard.add("finished " + progress.state());
          }
        };
    fanOut =
        new FanOut(
            msp.runner(),
            msp.resolver(),
            OrganizationSelection::organizations,
            new JobStore(db.jdbi()),
            FanOutLimits.defaults(),
            observer,
            Clock.systemUTC());
    msp.childOrganization("Acme");
    msp.childOrganization("Globex");
    assertThat(msp.runner().run("Acme", "users.create", Json.of("{'username': 'jdoe'}"), TECH).ok())
        .isTrue();
  }

  @AfterEach
  void stop() {
    fanOut.close();
    db.close();
    msp.close();
  }

  @Test
  void observer_hearsStartRowsAndEnd_inThatOrder() throws InterruptedException {
    Job job =
        fanOut.start(
            "users.get",
            Json.of("{'user': 'jdoe'}"),
            OrganizationSelection.of(List.of("Acme", "Globex")),
            TECH);

    assertThat(job.await(Duration.ofSeconds(30))).isTrue();
    assertThat(heard)
        .containsExactlyInAnyOrder(
            "started users.get", "Acme ok", "Globex " + ErrorCode.NOT_FOUND, "finished PARTIAL");
    assertThat(heard.getFirst()).isEqualTo("started users.get");
    assertThat(heard.getLast()).isEqualTo("finished PARTIAL");
  }
}
