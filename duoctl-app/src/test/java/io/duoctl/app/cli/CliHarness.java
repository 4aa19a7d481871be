package io.duoctl.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.app.AppConfig;
import io.duoctl.app.Duoctl;
import io.duoctl.core.settings.DuoClientFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import picocli.CommandLine;

/**
 * Runs {@code duoctl} in-process against one data directory, with the given stdin, capturing exit
 * code, stdout and stderr of every run (kept for the secret scan).
 */
final class CliHarness {
  record Result(int code, String out, String err) {}

  private AppConfig config;
  private Function<AppConfig, Duoctl> starter = CliHarness::start;
  private final List<Result> history = new ArrayList<>();

  CliHarness(Path dataDir) {
    this.config = new AppConfig(dataDir, null, null, null, null, "cli:tester");
  }

  /** A command for tests that never open the data (e.g. the emulator command). */
  static DuoctlCommand command() {
    return new DuoctlCommand(
        new AppConfig(Path.of("target", "unused-data"), null, null, null, null, "cli:tester"),
        new Terminal(new ByteArrayInputStream(new byte[0]), null),
        CliHarness::start);
  }

  static Duoctl start(AppConfig config) {
    return Duoctl.start(
        config, Clock.systemUTC(), new DuoClientFactory(Clock.systemUTC(), d -> {}));
  }

  /** Runs later commands with Duo clients from {@code clients} (e.g. on a virtual clock). */
  CliHarness withClients(DuoClientFactory clients) {
    starter = c -> Duoctl.start(c, Clock.systemUTC(), clients);
    return this;
  }

  CliHarness with(Function<AppConfig, AppConfig> change) {
    config = change.apply(config);
    return this;
  }

  AppConfig config() {
    return config;
  }

  Result run(String... args) {
    return runWithStdin("", args);
  }

  /** Runs with empty stdin and fails the test, showing stdout and stderr, unless it exits 0. */
  Result ok(String... args) {
    Result result = run(args);
    assertThat(result.code()).as(result.out() + result.err()).isZero();
    return result;
  }

  Result runWithStdin(String stdin, String... args) {
    return execute(
        new Terminal(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), null), args);
  }

  /** Runs with a terminal whose hidden prompt answers {@code answer} to every question. */
  Result runWithPrompt(String answer, String... args) {
    return execute(
        new Terminal(new ByteArrayInputStream(new byte[0]), q -> Optional.of(answer)), args);
  }

  /** Runs on the given terminal (one a person watches, or one that is interrupted). */
  Result runOn(Terminal terminal, String... args) {
    return execute(terminal, args);
  }

  /** Runs with stdout also written to {@code watcher} as it is printed (to see what streams). */
  Result runWatching(Writer watcher, String... args) {
    return execute(new Terminal(new ByteArrayInputStream(new byte[0]), null), watcher, args);
  }

  private Result execute(Terminal terminal, String... args) {
    return execute(terminal, Writer.nullWriter(), args);
  }

  private Result execute(Terminal terminal, Writer watcher, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = DuoctlCommand.commandLine(new DuoctlCommand(config, terminal, starter), args);
    cli.setOut(new PrintWriter(new TeeWriter(out, watcher), true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(args);
    Result result = new Result(code, out.toString(), err.toString());
    history.add(result);
    return result;
  }

  /** Everything printed so far, stdout and stderr of every run. */
  String allOutput() {
    StringBuilder text = new StringBuilder();
    history.forEach(r -> text.append(r.out()).append('\n').append(r.err()).append('\n'));
    return text.toString();
  }

  /** Writes to both writers. */
  private static final class TeeWriter extends Writer {
    private final Writer first;
    private final Writer second;

    TeeWriter(Writer first, Writer second) {
      this.first = first;
      this.second = second;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
      first.write(chars, offset, length);
      second.write(chars, offset, length);
    }

    @Override
    public void flush() throws IOException {
      first.flush();
      second.flush();
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
