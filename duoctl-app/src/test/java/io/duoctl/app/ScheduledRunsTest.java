package io.duoctl.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.duoctl.app.api.actions.MspApi;
import io.duoctl.core.workflows.runs.RunState;
import io.duoctl.core.workflows.runs.RunTrigger;
import io.duoctl.core.workflows.runs.WorkflowRun;
import io.duoctl.core.workflows.schedules.LaunchOutcome;
import io.duoctl.core.workflows.schedules.ScheduleLaunch;
import io.duoctl.core.workflows.schedules.ScheduleRequest;
import io.duoctl.emulator.admin.users.User;
import io.duoctl.emulator.admin.users.UserDirectory;
import io.duoctl.emulator.junit.DuoEmulatorExtension;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server's schedules start real workflow runs through {@link Duoctl#workflowLauncher()}: the due
 * time is recorded as launched with the run's id, and the run does its work at Duo.
 */
@Tag("slow")
class ScheduledRunsTest {
  @RegisterExtension static DuoEmulatorExtension duo = new DuoEmulatorExtension();

  @TempDir Path dataDir;

  @Test
  void aServersSchedule_startsARun_thatOffboardsTheUser() {
    try (MspApi api = new MspApi(duo.emulator(), dataDir, List.of("Harbor Dental"))) {
      UserDirectory.of(duo.world(), api.accounts.get("Harbor Dental")).create(User.builder("jdoe"));
      api.duoctl
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

      api.duoctl.runSchedules();

      ScheduleLaunch launch =
          await(
              () ->
                  api.duoctl.schedules().launches("every-two-seconds", 10).stream()
                      .filter(l -> l.outcome() != LaunchOutcome.LAUNCHING)
                      .findFirst()
                      .orElse(null));
      assertThat(launch.outcome()).as(launch.error().orElse("")).isEqualTo(LaunchOutcome.LAUNCHED);
      String runId = launch.runId().orElseThrow();
      WorkflowRun run =
          await(
              () ->
                  api.duoctl
                      .workflowRuns()
                      .history()
                      .find(runId)
                      .filter(r -> r.state().finished())
                      .orElse(null));
      assertThat(run.state()).as(run.error()).isEqualTo(RunState.SUCCEEDED);
      assertThat(run.trigger()).isEqualTo(RunTrigger.schedule("every-two-seconds"));
      assertThat(
              UserDirectory.of(duo.world(), api.accounts.get("Harbor Dental"))
                  .byUsernameOrAlias("jdoe")
                  .orElseThrow()
                  .status()
                  .toString())
          .isEqualToIgnoringCase("disabled");
    }
  }

  private static <T> T await(Supplier<T> found) {
    long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < end) {
      T value = found.get();
      if (value != null) {
        return value;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    return fail("nothing within 30 s");
  }
}
