package io.duoctl.app.cli;

import io.duoctl.core.jobs.JobProgress;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Shows a fan-out's progress on stderr: on a terminal, one bar redrawn in place (done/total, ok,
 * failed, rate, ETA); otherwise a plain line every {@link #PLAIN_EVERY}, so logs of long jobs show
 * life without filling up with bars.
 */
final class ProgressDisplay {
  static final Duration PLAIN_EVERY = Duration.ofSeconds(10);
  private static final int BAR = 24;
  private static final String CLEAR_TO_END = "\u001b[K";

  private final PrintWriter err;
  private final boolean terminal;
  private final LongSupplier nanos;
  private final long started;
  private long lastPlain;
  private String drawn = "";

  ProgressDisplay(PrintWriter err, boolean terminal, LongSupplier nanos) {
    this.err = err;
    this.terminal = terminal;
    this.nanos = nanos;
    this.started = nanos.getAsLong();
    this.lastPlain = started;
  }

  void update(JobProgress progress) {
    long now = nanos.getAsLong();
    if (terminal) {
      draw(progress, now);
    } else if (now - lastPlain >= PLAIN_EVERY.toNanos()) {
      lastPlain = now;
      err.println("duoctl: " + line(progress, Duration.ofNanos(now - started)));
      err.flush();
    }
  }

  /** Draws the final state and ends the bar's line. */
  void finish(JobProgress progress) {
    if (terminal) {
      draw(progress, nanos.getAsLong());
      err.println();
      err.flush();
    }
  }

  private void draw(JobProgress progress, long now) {
    String line = bar(progress) + " " + line(progress, Duration.ofNanos(now - started));
    if (!line.equals(drawn)) {
      drawn = line;
      err.print("\r" + line + CLEAR_TO_END);
      err.flush();
    }
  }

  static String bar(JobProgress p) {
    int filled = p.total() == 0 ? BAR : (int) ((long) BAR * p.done() / p.total());
    return "[" + "#".repeat(filled) + ".".repeat(BAR - filled) + "]";
  }

  /** E.g. {@code 12/50 done, 11 ok, 1 failed, 4.0/s, ETA 0:10}. */
  static String line(JobProgress p, Duration elapsed) {
    StringBuilder text =
        new StringBuilder()
            .append(p.done())
            .append('/')
            .append(p.total())
            .append(" done, ")
            .append(p.succeeded())
            .append(" ok, ")
            .append(p.failed())
            .append(" failed");
    if (p.unknown() > 0) {
      text.append(", ").append(p.unknown()).append(" outcome unknown");
    }
    double seconds = elapsed.toMillis() / 1000.0;
    if (p.done() > 0 && seconds > 0) {
      double rate = p.done() / seconds;
      text.append(String.format(Locale.ROOT, ", %.1f/s", rate));
      if (p.done() < p.total()) {
        text.append(", ETA ").append(clock(Math.round((p.total() - p.done()) / rate)));
      }
    }
    return text.toString();
  }

  private static String clock(long seconds) {
    return seconds >= 3600
        ? String.format(
            Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
        : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
  }
}
