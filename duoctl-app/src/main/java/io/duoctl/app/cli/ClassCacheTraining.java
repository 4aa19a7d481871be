package io.duoctl.app.cli;

import io.duoctl.app.AppConfig;
import io.duoctl.app.Duoctl;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PipedReader;
import java.io.PipedWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * A training run of the launcher's class caches ({@code ./duoctl} runs it once per build and cache
 * with {@code -XX:AOTCacheOutput} on a scratch data directory named by {@code DUOCTL_DATA}). The
 * argument names the cache: {@code cli} runs the local commands people type most, {@code server}
 * runs {@code serve} and {@code demo} until their console answers. Two caches, because a JVM loads
 * every class of its cache at start: a command would otherwise load the web server's classes too.
 * Prints nothing of its own; exits 0 when every step worked, 1 otherwise (the cache then lacks the
 * classes of the failed step, which load from the jar as without a cache), 2 for an unknown cache.
 */
public final class ClassCacheTraining {
  private static final List<List<String>> LOCAL_COMMANDS =
      List.of(
          List.of("--help"),
          List.of("config", "show"),
          List.of("orgs", "list"),
          List.of("jobs", "list"),
          List.of("orgs", "list", "--output", "json"));

  private static final Pattern CONSOLE_URL = Pattern.compile("(http://\\S+/console/)");

  private final AppConfig config;
  private final HttpClient http = HttpClient.newHttpClient();

  private ClassCacheTraining(AppConfig config) {
    this.config = config;
  }

  /** The class caches the launcher keeps. */
  enum Cache {
    /** Every command but the servers. */
    CLI,
    /** {@code serve}, {@code demo} and {@code emulator}. */
    SERVER
  }

  public static void main(String[] args) {
    Cache cache;
    try {
      cache = Cache.valueOf(args[0].toUpperCase(Locale.ROOT));
    } catch (ArrayIndexOutOfBoundsException | IllegalArgumentException e) {
      System.err.println("usage: ClassCacheTraining cli|server");
      System.exit(2);
      return;
    }
    AppConfig config =
        AppConfig.fromEnvironment(
            System.getenv(), System.getProperty("user.home"), System.getProperty("user.name"));
    boolean trained;
    try {
      trained = train(config, cache);
    } catch (IOException | RuntimeException e) {
      trained = false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      trained = false;
    }
    System.exit(trained ? 0 : 1);
  }

  /**
   * Runs every step of {@code cache} on the data of {@code config}, and says whether each of them
   * worked.
   */
  static boolean train(AppConfig config, Cache cache) throws IOException, InterruptedException {
    ClassCacheTraining training = new ClassCacheTraining(config);
    return switch (cache) {
      case CLI -> training.runLocalCommands();
      case SERVER -> training.runServers();
    };
  }

  private boolean runServers() throws IOException, InterruptedException {
    boolean served = serveUntilTheConsoleAnswers("serve", "--port", "0");
    boolean demonstrated = serveUntilTheConsoleAnswers("demo", "--port", "0");
    return served && demonstrated;
  }

  private boolean runLocalCommands() {
    boolean trained = true;
    for (List<String> command : LOCAL_COMMANDS) {
      String[] args = command.toArray(String[]::new);
      trained &= commandLine(args, Writer.nullWriter()).execute(args) == ErrorHandler.OK;
    }
    return trained;
  }

  private CommandLine commandLine(String[] args, Writer out) {
    DuoctlCommand root = new DuoctlCommand(config, Terminal.system(System.in, null), Duoctl::start);
    CommandLine cli = DuoctlCommand.commandLine(root, args);
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(Writer.nullWriter()));
    return cli;
  }

  /** Runs a foreground command until it prints its console's URL and that URL answers. */
  private boolean serveUntilTheConsoleAnswers(String... args)
      throws IOException, InterruptedException {
    PipedWriter pipe = new PipedWriter();
    BufferedReader printed = new BufferedReader(new PipedReader(pipe, 1 << 16));
    CommandLine cli = commandLine(args, pipe);
    Thread running = Thread.ofPlatform().start(() -> cli.execute(args));
    try {
      for (String line = printed.readLine(); line != null; line = printed.readLine()) {
        Matcher console = CONSOLE_URL.matcher(line);
        if (console.find()) {
          return answers(console.group(1)) && answers(console.group(1) + "../health");
        }
      }
      return false;
    } finally {
      running.interrupt();
      Thread.ofPlatform().start(() -> drain(printed));
      running.join(Duration.ofSeconds(30));
    }
  }

  private boolean answers(String url) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url).normalize()).timeout(Duration.ofSeconds(30)).build();
    int status = http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    return status < 400;
  }

  private static void drain(BufferedReader printed) {
    try {
      while (printed.readLine() != null) {
        // what the command prints while it stops is of no use here
      }
    } catch (IOException closed) {
      // the command has ended
    }
  }
}
