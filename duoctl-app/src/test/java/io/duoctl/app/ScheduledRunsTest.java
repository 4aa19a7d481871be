package io.duoctl.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.duoctl.core.settings.DuoClientFactory;
import io.duoctl.core.workflows.schedules.LaunchOutcome;
import io.duoctl.core.workflows.schedules.ScheduleLaunch;
import io.duoctl.core.workflows.schedules.ScheduleRequest;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server's schedules start their runs through {@link Duoctl#workflowLauncher()}. Until the
 * workflow engine lands that launcher refuses, so each due time is recorded as failed with its
 * reason; with the engine this test should see launched runs instead.
 */
@Tag("slow")
class ScheduledRunsTest {
  @TempDir Path dataDir;

  @Test
  void aServersSchedules_startRunsThroughTheWorkflowLauncher_andRecordEachDueTime() {
    AppConfig config =
        new AppConfig(dataDir, null, null, null, null, "cli:tester")
            .withSchedulePoll(Duration.ofMillis(200));
    try (Duoctl duoctl =
        Duoctl.start(config, Clock.systemUTC(), new DuoClientFactory(Clock.systemUTC(), d -> {}))) {
      duoctl
          .schedules()
          .create(
              new ScheduleRequest(
                  "every-two-seconds",
                  "offboard-organization",
                  new ObjectMapper()
                      .createObjectNode()
                      .put("organization", "Harbor Dental")
                      .put("user", "jdoe"),
                  "0/2 * * * * *",
                  "UTC",
                  null,
                  true,
                  false),
              "cli:tester");

      duoctl.runSchedules();

      List<ScheduleLaunch> launches = awaitLaunch(duoctl);
      ScheduleLaunch first = launches.getFirst();
      assertThat(first.outcome()).isEqualTo(LaunchOutcome.FAILED);
      assertThat(first.error()).contains("workflow runs are being built");
      assertThat(first.node()).startsWith("node-");
    }
  }

  private static List<ScheduleLaunch> awaitLaunch(Duoctl duoctl) {
    long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < end) {
      List<ScheduleLaunch> launches = duoctl.schedules().launches("every-two-seconds", 10);
      if (!launches.isEmpty() && launches.getFirst().outcome() != LaunchOutcome.LAUNCHING) {
        return launches;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    return fail("no due time was taken up within 20 s");
  }
}
