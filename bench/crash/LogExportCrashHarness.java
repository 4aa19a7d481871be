import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.duoctl.app.AppConfig;
import io.duoctl.app.Duoctl;
import io.duoctl.core.access.ApiScope;
import io.duoctl.emulator.DuoEmulator;
import io.duoctl.emulator.admin.history.AccountLogs;
import io.duoctl.emulator.admin.history.HistoryPlan;
import io.duoctl.emulator.admin.history.LiveLogs;
import io.duoctl.emulator.admin.history.LiveRates;
import io.duoctl.emulator.admin.history.LogKind;
import io.duoctl.emulator.admin.history.LoggedEvent;
import io.duoctl.emulator.fixture.Fixture;
import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.ratelimit.RateLimitScope;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Kills {@code duoctl serve} ({@code kill -9}, a real process started from the built jar) again and
 * again while it exports the four Duo logs of every organization of an emulated MSP (a two-day
 * backlog, live events arriving all along) to one JSON-lines file sink, restarts it each time, and
 * after the last restart checks every line of every file of the sink against the emulator's logs:
 * each event exactly once, none lost, none duplicated.
 *
 * <p>Half of the kills come at a random moment, the other half within milliseconds of a sink write
 * (the moment the sink's files are seen to grow: the file holds the batch, its checkpoint may not
 * be committed yet).
 *
 * <p>Run: bench/crash/run-logexport.sh [kills] [orgs] [live_per_minute] [log_delay_seconds]
 */
public final class LogExportCrashHarness {

  private static final String CONFIG = "crash";
  private static final String ACTOR = "bench:logexport-crash";
  private static final String EXPORT = "crash-export";
  private static final int LEASE_SECONDS = 2;
  private static final int POLL_SECONDS = 2;
  private static final int HISTORY_DAYS = 2;
  private static final long MAX_FILE_BYTES = 4L * 1024 * 1024;
  private static final ObjectMapper JSON = new ObjectMapper();

  public static void main(String[] args) throws Exception {
    int kills = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    int orgs = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    int livePerMinute = args.length > 2 ? Integer.parseInt(args[2]) : 30;
    int delaySeconds = args.length > 3 ? Integer.parseInt(args[3]) : 5;
    Path jar = Path.of("duoctl-app/target/duoctl.jar");
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException("build the jar first: " + jar);
    }
    Path dataDir = Files.createTempDirectory("duoctl-logexport-crash");
    Path sinkDir = Files.createTempDirectory("duoctl-logexport-sink");
    Random random = new Random(Long.getLong("seed", System.nanoTime()));
    long wallStart = System.nanoTime();
    LiveRates rates =
        new LiveRates(
            livePerMinute,
            Math.max(1, livePerMinute / 6),
            Math.max(1, livePerMinute / 3),
            Math.max(1, livePerMinute / 2));
    HistoryPlan history = new HistoryPlan(HISTORY_DAYS, 500, 20, 50, 100, 7);
    try (DuoEmulator duo =
        DuoEmulator.builder()
            .tls(false)
            .rateLimitScope(RateLimitScope.ACCOUNT)
            .logDelay(Duration.ofSeconds(delaySeconds))
            .build()) {
      Instant backlogStart = Instant.now().minus(Duration.ofDays(HISTORY_DAYS)).minusSeconds(60);
      Fixture.generate(orgs, 5, 1, history).applyTo(duo.world());
      duo.start();
      Account parent = BenchMsp.parent(duo);
      List<Account> children = duo.world().children(parent.id());
      String token;
      try (Duoctl app = Duoctl.start(new AppConfig(dataDir, null, null, null, null, ACTOR))) {
        BenchMsp.configure(app, CONFIG, ACTOR, duo, orgs);
        token =
            app.apiTokens()
                .create("logexport-crash", ApiScope.ADMIN, Optional.empty(), ACTOR)
                .plaintext();
      }
      BenchApi api = new BenchApi(BenchServer.freePort(), token);
      LiveLogs live = LiveLogs.start(duo.world(), rates, 11);
      LeasedServer server = start(jar, dataDir, api);
      createExport(api, sinkDir, backlogStart);
      System.out.printf(
          "export %s: %d organizations x 4 logs from %s (%d days of history), live %s per"
              + " account and minute, log delay %d s, Duo's rate limits per account, lease %d s,"
              + " poll %d s, files of %d MiB rotated every minute%n",
          EXPORT,
          orgs,
          backlogStart,
          HISTORY_DAYS,
          rates,
          delaySeconds,
          LEASE_SECONDS,
          POLL_SECONDS,
          MAX_FILE_BYTES >> 20);
      int killed = 0;
      int nearWrite = 0;
      while (killed < kills) {
        boolean afterWrite = killed % 2 == 1;
        if (afterWrite) {
          if (!awaitNextWrite(sinkDir, 120_000)) {
            System.out.println("no sink write within 120 s; killing at a random moment instead");
            afterWrite = false;
          } else {
            nearWrite++;
          }
        } else {
          Thread.sleep(500 + random.nextInt(4000));
        }
        server.kill();
        killed++;
        System.out.printf(
            "kill %2d (%s): %,d bytes in the sink, %,d live events so far%n",
            killed,
            afterWrite ? "within milliseconds of a sink write" : "at a random moment",
            sinkBytes(sinkDir),
            live.appended());
        server = start(jar, dataDir, api);
      }
      live.close();
      System.out.printf(
          "live events stopped after %,d; waiting for the export to catch up%n", live.appended());
      Map<String, Map<LogKind, List<LoggedEvent>>> expected = new TreeMap<>();
      for (Account child : children) {
        Map<LogKind, List<LoggedEvent>> logs = new HashMap<>();
        for (LogKind kind : LogKind.values()) {
          logs.put(kind, AccountLogs.of(duo.world(), child).events(kind));
        }
        expected.put(child.name(), logs);
      }
      Thread.sleep(delaySeconds * 1000L + 1000);
      long caughtUpAt = awaitCaughtUp(api, sinkDir, expected, 1_800_000);
      double wall = (System.nanoTime() - wallStart) / 1e9;
      server.stop();
      List<String> problems = new ArrayList<>();
      if (caughtUpAt < 0) {
        problems.add("the export did not catch up within 30 minutes of the last restart");
      }
      Totals totals = compare(sinkDir, expected, problems);
      System.out.printf(
          "after %d kills (%d within milliseconds of a sink write) and %.0f s: %,d events in the"
              + " emulator, %,d lines in %d files of the sink, %,d lost, %,d duplicated%n",
          killed,
          nearWrite,
          wall,
          totals.expected,
          totals.lines,
          totals.files,
          totals.lost,
          totals.duplicated);
      if (problems.isEmpty()) {
        System.out.println(
            "OK: every event the emulator logged reached the file sink exactly once");
      } else {
        problems.stream().limit(40).forEach(p -> System.out.println("PROBLEM: " + p));
        if (problems.size() > 40) {
          System.out.println("... and " + (problems.size() - 40) + " more problems");
        }
        System.exit(1);
      }
    } finally {
      BenchFiles.deleteTree(dataDir);
      if (!Boolean.getBoolean("keepSink")) {
        BenchFiles.deleteTree(sinkDir);
      } else {
        System.out.println("sink kept in " + sinkDir);
      }
    }
  }

  private record Totals(long expected, long lines, int files, long lost, long duplicated) {}

  /** Counts every line of every file per organization × log × key, against the emulator's. */
  private static Totals compare(
      Path sinkDir, Map<String, Map<LogKind, List<LoggedEvent>>> expected, List<String> problems)
      throws IOException {
    Map<String, Integer> seen = new HashMap<>();
    long lines = 0;
    int files = 0;
    List<Path> all;
    try (Stream<Path> listing = Files.list(sinkDir)) {
      all = listing.sorted().toList();
    }
    for (Path file : all) {
      files++;
      try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          lines++;
          JsonNode node = JSON.readTree(line);
          String org = node.path("organization").path("name").asText();
          String log = node.path("log").asText();
          seen.merge(org + "/" + log + "/" + emulatorId(log, node), 1, Integer::sum);
        }
      }
    }
    long total = 0;
    long lost = 0;
    long duplicated = 0;
    for (var org : expected.entrySet()) {
      for (LogKind kind : LogKind.values()) {
        String log = kind.name().toLowerCase(Locale.ROOT);
        Map<String, Integer> want = new HashMap<>();
        org.getValue().get(kind).forEach(e -> want.merge(e.id(), 1, Integer::sum));
        long orgLost = 0;
        long orgDuplicated = 0;
        int count = org.getValue().get(kind).size();
        total += count;
        for (var id : want.entrySet()) {
          int got = seen.getOrDefault(org.getKey() + "/" + log + "/" + id.getKey(), 0);
          seen.remove(org.getKey() + "/" + log + "/" + id.getKey());
          if (got < id.getValue()) {
            orgLost += id.getValue() - got;
            if (orgLost <= 3) {
              problems.add(org.getKey() + " " + log + ": lost " + id.getKey());
            }
          } else if (got > id.getValue()) {
            orgDuplicated += got - id.getValue();
            if (orgDuplicated <= 3) {
              problems.add(org.getKey() + " " + log + ": " + got + " lines of " + id.getKey());
            }
          }
        }
        if (orgLost + orgDuplicated > 0) {
          problems.add(
              String.format(
                  "%s %s: %d events, %d lost, %d duplicated",
                  org.getKey(), log, count, orgLost, orgDuplicated));
        }
        lost += orgLost;
        duplicated += orgDuplicated;
      }
    }
    seen.forEach(
        (key, count) -> problems.add(count + " lines of an event the emulator never logged: " + key));
    return new Totals(total, lines, files, lost, duplicated);
  }

  /**
   * The emulator's id of an exported line's event: Duo's id after the organization id in {@code
   * key}, or for the administrator log (no id) its natural key as {@link AccountLogs} gives it.
   */
  private static String emulatorId(String log, JsonNode line) {
    if (!log.equals("administrator")) {
      String key = line.path("key").asText();
      return key.substring(key.indexOf(':') + 1);
    }
    JsonNode event = line.path("event");
    return event.path("timestamp").asLong()
        + "|"
        + text(event.path("username"))
        + "|"
        + text(event.path("action"))
        + "|"
        + (event.path("object").isNull() || event.path("object").isMissingNode()
            ? ""
            : event.path("object").asText())
        + "|"
        + text(event.path("description"));
  }

  private static String text(JsonNode node) {
    return node.isNull() || node.isMissingNode() ? "null" : node.asText();
  }

  /**
   * Waits until every organization × log's checkpoint stands at or after the emulator's newest
   * event of it and the sink's files stopped changing for 10 s, or until the files stopped
   * changing for 90 s (the comparison then says what is missing); the time it did, or -1.
   */
  private static long awaitCaughtUp(
      BenchApi api,
      Path sinkDir,
      Map<String, Map<LogKind, List<LoggedEvent>>> expected,
      long timeoutMs)
      throws Exception {
    long started = System.currentTimeMillis();
    long until = started + timeoutMs;
    long lastBytes = -1;
    long stableSince = System.currentTimeMillis();
    long lastReport = 0;
    while (System.currentTimeMillis() < until) {
      long bytes = sinkBytes(sinkDir);
      if (bytes != lastBytes) {
        lastBytes = bytes;
        stableSince = System.currentTimeMillis();
      }
      int behind = behind(api, expected);
      long stable = System.currentTimeMillis() - stableSince;
      if ((behind == 0 && stable >= 10_000) || stable >= 90_000) {
        if (behind > 0) {
          System.out.printf(
              "the sink has not changed for 90 s with %d organization logs behind by their"
                  + " checkpoint's time; comparing the sink with the emulator's logs%n",
              behind);
        }
        System.out.printf(
            "caught up %.0f s after the last restart%n",
            (System.currentTimeMillis() - started) / 1000.0);
        return System.currentTimeMillis();
      }
      if (System.currentTimeMillis() - lastReport > 30_000) {
        lastReport = System.currentTimeMillis();
        System.out.printf(
            "  %d organization logs behind the emulator's newest event, %,d bytes in the sink%n",
            behind, bytes);
      }
      Thread.sleep(1000);
    }
    return -1;
  }

  private static long lastExample;

  private static int behind(BenchApi api, Map<String, Map<LogKind, List<LoggedEvent>>> expected)
      throws Exception {
    JsonNode status;
    try {
      status = api.get("/api/v1/log-exports/" + EXPORT);
    } catch (IOException notUp) {
      return Integer.MAX_VALUE;
    }
    Map<String, Instant> at = new HashMap<>();
    for (JsonNode p : status.path("progress")) {
      at.put(
          p.path("organization").asText() + "/" + p.path("log").asText(),
          Instant.parse(p.path("checkpoint_at").asText()));
    }
    int behind = 0;
    for (var org : expected.entrySet()) {
      for (var log : org.getValue().entrySet()) {
        List<LoggedEvent> events = log.getValue();
        if (events.isEmpty()) {
          continue;
        }
        Instant newest =
            events
                .getLast()
                .time()
                .truncatedTo(
                    log.getKey() == LogKind.ADMINISTRATOR ? ChronoUnit.SECONDS : ChronoUnit.MILLIS);
        Instant checkpoint =
            at.get(org.getKey() + "/" + log.getKey().name().toLowerCase(Locale.ROOT));
        if (checkpoint == null || checkpoint.isBefore(newest)) {
          if (behind == 0 && System.currentTimeMillis() - lastExample > 30_000) {
            lastExample = System.currentTimeMillis();
            System.out.printf(
                "  e.g. %s %s: checkpoint %s, the emulator's newest %s%n",
                org.getKey(), log.getKey(), checkpoint, newest);
          }
          behind++;
        }
      }
    }
    return behind;
  }

  /** Whether the sink's files grew within {@code timeoutMs}; watched every millisecond or so. */
  private static boolean awaitNextWrite(Path sinkDir, long timeoutMs) throws Exception {
    long before = sinkBytes(sinkDir);
    long until = System.currentTimeMillis() + timeoutMs;
    while (System.currentTimeMillis() < until) {
      if (sinkBytes(sinkDir) > before) {
        return true;
      }
      Thread.sleep(1);
    }
    return false;
  }

  /** The size of every file in the sink's directory: it only grows, rotation or not. */
  private static long sinkBytes(Path sinkDir) throws IOException {
    long total = 0;
    try (Stream<Path> files = Files.list(sinkDir)) {
      for (Path file : files.toList()) {
        try {
          total += Files.size(file);
        } catch (NoSuchFileException rotatedMeanwhile) {
          // counted under its new name next time
        }
      }
    }
    return total;
  }

  private static void createExport(BenchApi api, Path sinkDir, Instant from) throws Exception {
    api.post(
        "/api/v1/log-exports",
        Map.of(
            "name", EXPORT,
            "configuration", CONFIG,
            "all_organizations", true,
            "logs", List.of("authentication", "administrator", "telephony", "activity"),
            "from", from.toString(),
            "sinks",
                List.of(
                    Map.of(
                        "kind", "file",
                        "name", "file",
                        "directory", sinkDir.toString(),
                        "max_file_bytes", Long.toString(MAX_FILE_BYTES),
                        "rotate_every", "PT1M"))),
        201);
  }

  /** {@code duoctl serve} as a process of its own, polling Duo's logs every few seconds. */
  private static LeasedServer start(Path jar, Path dataDir, BenchApi api) throws Exception {
    return LeasedServer.start(
        jar,
        dataDir,
        Map.of("DUOCTL_LOG_EXPORT_POLL", String.valueOf(POLL_SECONDS)),
        api.port(),
        LEASE_SECONDS,
        ACTOR,
        "server");
  }
}
