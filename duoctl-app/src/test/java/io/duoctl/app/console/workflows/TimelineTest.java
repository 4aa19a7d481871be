package io.duoctl.app.console.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.duoctl.core.workflows.runs.StepOutcome;
import io.duoctl.core.workflows.runs.StepRun;
import io.duoctl.core.workflows.runs.StepState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineTest {
  private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");

  private static StepRun step(int seq, String key, StepState state, Long millis) {
    return new StepRun(
        "run-1",
        key,
        seq,
        key.replaceAll("[^a-z]", ""),
        "Step " + key,
        "users.get",
        "org-id",
        seq % 2 == 0 ? "org-id" : "Acme",
        state,
        state == StepState.SUCCEEDED ? StepOutcome.READ : null,
        1,
        null,
        null,
        null,
        state == StepState.FAILED ? "DUO_NOT_FOUND" : null,
        state == StepState.FAILED ? "no such user" : null,
        START.plusSeconds(seq),
        millis == null ? null : START.plusSeconds(seq).plus(Duration.ofMillis(millis)));
  }

  @Test
  void iterationsSitUnderTheirLoop_andCalledStepsUnderTheirCall_siblingsInStartOrder() {
    Timeline timeline =
        Timeline.of(
            List.of(
                step(1, "offboard", StepState.SUCCEEDED, 5000L),
                step(2, "offboard[1]", StepState.SUCCEEDED, 2000L),
                step(3, "offboard[0]", StepState.SUCCEEDED, 3000L),
                step(4, "offboard[1]/user", StepState.SUCCEEDED, 400L),
                step(5, "offboard[0]/user", StepState.FAILED, 90_500L),
                step(6, "offboard[1]/phones[0]", StepState.SUCCEEDED, 1250L),
                step(7, "report", StepState.STARTED, null)),
            true,
            s -> s.organizationName().equals(s.organizationId()) ? "Globex" : s.organizationName());

    assertThat(timeline.rows())
        .extracting(Timeline.Row::key, Timeline.Row::depth)
        .containsExactly(
            tuple("offboard", 0),
            tuple("offboard[1]", 1),
            tuple("offboard[1]/user", 2),
            tuple("offboard[1]/phones[0]", 2),
            tuple("offboard[0]", 1),
            tuple("offboard[0]/user", 2),
            tuple("report", 0));
    assertThat(timeline.longestMillis()).isEqualTo(90_500L);
  }

  @Test
  void rows_sayStateOutcomeDurationAndWhy_inPeoplesWords() {
    Timeline running =
        Timeline.of(
            List.of(
                step(1, "user", StepState.FAILED, 90_500L),
                step(2, "disable", StepState.SUCCEEDED, 1250L),
                step(3, "delete", StepState.STARTED, null)),
            true,
            StepRun::organizationName);
    Timeline ended =
        Timeline.of(List.of(step(3, "delete", StepState.STARTED, null)), false, s -> "x");

    assertThat(running.rows())
        .extracting(
            Timeline.Row::state,
            Timeline.Row::stateClass,
            Timeline.Row::outcome,
            Timeline.Row::duration,
            Timeline.Row::error,
            Timeline.Row::errorCode)
        .containsExactly(
            tuple("failed", "bad", null, "1 min 30 s", "no such user", "duo_not_found"),
            tuple("succeeded", "ok", "read", "1.3 s", null, null),
            tuple("running", "none", null, "", null, null));
    assertThat(ended.rows()).extracting(Timeline.Row::state).containsExactly("started");
  }
}
