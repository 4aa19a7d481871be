package io.duoctl.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.core.jobs.JobProgress;
import io.duoctl.core.jobs.JobState;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressDisplayTest {
  final StringWriter err = new StringWriter();
  final AtomicLong nanos = new AtomicLong(1_000);

  static JobProgress progress(int total, int done, int failed) {
    return new JobProgress(
        "j1", done < total ? JobState.RUNNING : JobState.PARTIAL, total, done, failed);
  }

  @Test
  void line_givesCountsRateAndEta() {
    assertThat(ProgressDisplay.line(progress(50, 12, 1), Duration.ofSeconds(3)))
        .isEqualTo("12/50 done, 11 ok, 1 failed, 4.0/s, ETA 0:10");
    assertThat(ProgressDisplay.line(progress(50, 0, 0), Duration.ofSeconds(3)))
        .isEqualTo("0/50 done, 0 ok, 0 failed");
    assertThat(ProgressDisplay.line(progress(20_000, 1, 0), Duration.ofSeconds(1)))
        .endsWith("1.0/s, ETA 5:33:19");
    assertThat(ProgressDisplay.line(progress(4, 4, 0), Duration.ofSeconds(2)))
        .isEqualTo("4/4 done, 4 ok, 0 failed, 2.0/s");
  }

  @Test
  void onATerminal_redrawsInPlaceOnlyWhenSomethingChanged_andEndsTheLine() {
    ProgressDisplay display = new ProgressDisplay(new PrintWriter(err), true, nanos::get);

    display.update(progress(4, 0, 0));
    display.update(progress(4, 0, 0));
    nanos.addAndGet(Duration.ofSeconds(1).toNanos());
    display.update(progress(4, 2, 1));
    display.finish(progress(4, 4, 1));

    assertThat(err.toString())
        .isEqualTo(
            "\r[........................] 0/4 done, 0 ok, 0 failed\u001b[K"
                + "\r[############............] 2/4 done, 1 ok, 1 failed, 2.0/s, ETA 0:01\u001b[K"
                + "\r[########################] 4/4 done, 3 ok, 1 failed, 4.0/s\u001b[K"
                + System.lineSeparator());
  }

  @Test
  void withoutATerminal_printsAPlainLineEveryTenSeconds_andNothingAtTheEnd() {
    ProgressDisplay display = new ProgressDisplay(new PrintWriter(err), false, nanos::get);

    display.update(progress(100, 1, 0));
    nanos.addAndGet(Duration.ofSeconds(10).toNanos());
    display.update(progress(100, 20, 0));
    nanos.addAndGet(Duration.ofSeconds(5).toNanos());
    display.update(progress(100, 30, 0));
    display.finish(progress(100, 100, 0));

    assertThat(err.toString())
        .isEqualTo(
            "duoctl: 20/100 done, 20 ok, 0 failed, 2.0/s, ETA 0:40" + System.lineSeparator());
  }
}
