package io.duoctl.app.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PipedReader;
import java.io.PipedWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine;

/**
 * A foreground command ({@code serve}, {@code demo}, {@code emulator}) running in-process on its
 * own thread, as a person runs it in a terminal: its stdout is read line by line while it runs, and
 * {@link #stop} interrupts it as Ctrl-C does.
 */
final class ForegroundRun {
  private final BufferedReader printed;
  private final StringWriter err = new StringWriter();
  private final AtomicInteger exitCode = new AtomicInteger(-1);
  private final Thread running;

  private ForegroundRun(String... args) throws IOException {
    PipedWriter pipe = new PipedWriter();
    printed = new BufferedReader(new PipedReader(pipe, 1 << 20));
    CommandLine cli = DuoctlCommand.commandLine(CliHarness.command());
    cli.setOut(new PrintWriter(pipe, true));
    cli.setErr(new PrintWriter(err, true));
    running = Thread.ofVirtual().start(() -> exitCode.set(cli.execute(args)));
  }

  static ForegroundRun start(String... args) {
    try {
      return new ForegroundRun(args);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The next line the command prints, waiting for it; null once the command has ended. */
  String readLine() throws IOException {
    return printed.readLine();
  }

  /** Interrupts the command and waits up to {@code timeoutMillis} for it to end. */
  void stop(long timeoutMillis) throws InterruptedException {
    running.interrupt();
    running.join(timeoutMillis);
  }

  boolean isAlive() {
    return running.isAlive();
  }

  /** The exit code, or -1 while the command runs. */
  int exitCode() {
    return exitCode.get();
  }

  /** Everything the command printed on stderr so far. */
  String err() {
    return err.toString();
  }
}
