import io.duoctl.app.AppConfig;
import io.duoctl.app.Duoctl;
import io.duoctl.client.DuoApiException;
import io.duoctl.client.DuoClient;
import io.duoctl.client.DuoTarget;
import io.duoctl.client.ProxySettings;
import io.duoctl.client.admin.logs.AuthLogEntry;
import io.duoctl.client.admin.logs.LogBatch;
import io.duoctl.client.admin.logs.LogCursor;
import io.duoctl.client.admin.logs.Logs;
import io.duoctl.core.access.ApiScope;
import io.duoctl.core.jobs.OrganizationSelection;
import io.duoctl.core.logexport.exports.ExportStatus;
import io.duoctl.core.logexport.exports.LogExporter;
import io.duoctl.core.logexport.exports.NewLogExport;
import io.duoctl.core.logexport.exports.SinkProgress;
import io.duoctl.core.orgs.Organization;
import io.duoctl.emulator.DuoEmulator;
import io.duoctl.emulator.admin.history.AccountLogs;
import io.duoctl.emulator.admin.history.HistoryPlan;
import io.duoctl.emulator.admin.history.LogKind;
import io.duoctl.emulator.admin.history.LoggedEvent;
import io.duoctl.emulator.faults.Latency;
import io.duoctl.emulator.fixture.Fixture;
import io.duoctl.emulator.http.RateClass;
import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.model.Integration;
import io.duoctl.emulator.ratelimit.RateLimitScope;
import io.duoctl.emulator.ratelimit.RateLimits;
import io.duoctl.emulator.record.RecordedRequest;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Authentication-log export from every child of a generated MSP with a 30-day backlog (default 50
 * children × 1,000 events a day), Duo's log rate limit (2 requests/min of up to 1,000 events, per
 * log endpoint, counted per integration key or per account), 80 ms latency. Measured in one run,
 * each over the same window W with every bucket full at its start: (a) what the limit allows, (b)
 * duoctl's {@code LogExporter} over the real engine into a JSON-lines file sink, (c) an exporter
 * built the way duo_log_sync works. Every exported event is checked against the emulator's log.
 *
 * <p>Run: bench/logexport/run.sh [integration|account] [window_minutes] [orgs] [auth_per_day]
 */
public final class LogExportBench {

  private static final String CONFIG = "bench";
  private static final String ACTOR = "bench:logexport";
  private static final String EXPORT = "bench-auth";
  private static final int DAYS = 30;
  private static final int USERS = 200;
  private static final int PAGE = Logs.V2_PAGE_SIZE;

  public static void main(String[] args) throws Exception {
    RateLimitScope scope =
        args.length > 0 ? RateLimitScope.parse(args[0]) : RateLimitScope.ACCOUNT;
    Duration window = Duration.ofMinutes(args.length > 1 ? Long.parseLong(args[1]) : 5);
    int orgs = args.length > 2 ? Integer.parseInt(args[2]) : 50;
    int authPerDay = args.length > 3 ? Integer.parseInt(args[3]) : 1000;
    long latencyMs = 80;
    RateLimits limits = RateLimits.duoDefaults();
    Path dataDir = Files.createTempDirectory("duoctl-logexport-bench");
    try (DuoEmulator duo =
        DuoEmulator.builder()
            .tls(false)
            .latency(Latency.ofMillis(latencyMs, 0))
            .rateLimits(limits)
            .rateLimitScope(scope)
            .build()) {
      long loadStart = System.nanoTime();
      Instant from = Instant.now().minus(Duration.ofDays(DAYS));
      Fixture.generate(orgs, USERS, 1, new HistoryPlan(DAYS, authPerDay, 0, 0, 0, 1))
          .applyTo(duo.world());
      duo.start();
      Account parent = BenchMsp.parent(duo);
      List<Account> children =
          duo.world().children(parent.id()).stream()
              .sorted(Comparator.comparing(Account::name))
              .toList();
      Map<String, List<LoggedEvent>> history = new HashMap<>();
      long total = 0;
      for (Account child : children) {
        List<LoggedEvent> events =
            AccountLogs.of(duo.world(), child).events(LogKind.AUTHENTICATION);
        history.put(child.name(), events);
        total += events.size();
      }
      System.gc();
      Runtime rt = Runtime.getRuntime();
      System.out.printf(
          "emulator: %d child accounts x %d users, %d days x %d authentications/day"
              + " (%d events held, %.0f per child), %d ms latency, rate limits %s per %s;"
              + " loaded in %.1f s, heap used %.0f MB of %.0f MB%n",
          orgs, USERS, DAYS, authPerDay, total, (double) total / orgs, latencyMs,
          limits.perMinute(), scope.label(), seconds(loadStart),
          (rt.totalMemory() - rt.freeMemory()) / 1048576.0, rt.maxMemory() / 1048576.0);

      Limit limit = Limit.of(scope, orgs, limits.limitOf(RateClass.LOGS), window);
      System.out.println("(a) " + limit.formula());

      try (Duoctl app = Duoctl.start(new AppConfig(dataDir, null, null, null, null, ACTOR))) {
        BenchMsp.configure(app, CONFIG, ACTOR, duo, orgs);
        Path sinkDir = Files.createDirectories(dataDir.resolve("sink"));

        duo.rateLimits(limits); // every bucket full again after the set-up calls
        duo.requests().clear();
        Result duoctl = duoctl(app, from, sinkDir, window);
        List<RecordedRequest> duoctlRequests = duo.requests().all();
        Check duoctlCheck = Check.of(readDuoctlFile(sinkDir, app), history);
        report("(b) duoctl LogExporter", duoctl, duoctlRequests, duoctlCheck, limit);

        duo.rateLimits(limits);
        duo.requests().clear();
        Path dlsDir = Files.createDirectories(dataDir.resolve("dls"));
        Result dls = DlsStyle.run(duo, children, from, dlsDir, window);
        List<RecordedRequest> dlsRequests = duo.requests().all();
        Check dlsCheck = Check.of(DlsStyle.read(dlsDir), history);
        report("(c) duo_log_sync-style", dls, dlsRequests, dlsCheck, limit);

        System.out.printf(
            "SUMMARY scope=%s W=%d min: (a) %d events, (b) %d, (c) %d; (b)/(a) = %.2f"
                + " (target >= 0.8), (b)/(c) = %.2f (target >= 4 per account);"
                + " (b) lost %d, duplicated %d, 429s after the first minute %d;"
                + " (c) lost %d, duplicated %d, 429s after the first minute %d%n",
            scope.label(), window.toMinutes(), limit.events(), duoctl.delivered(),
            dls.delivered(), (double) duoctl.delivered() / limit.events(),
            (double) duoctl.delivered() / Math.max(1, dls.delivered()),
            duoctlCheck.lost(), duoctlCheck.duplicated(), late429(duoctlRequests, duoctl.start()),
            dlsCheck.lost(), dlsCheck.duplicated(), late429(dlsRequests, dls.start()));
      }
    } finally {
      BenchFiles.deleteTree(dataDir);
    }
  }

  /** What one exporter delivered within the window, and when it started. */
  record Result(Instant start, long delivered, long inFile) {}

  /**
   * (b): the export created over every mapped organization from {@code from} into a file sink, run
   * by the node's real {@link LogExporter}; delivered = the sum of the checkpoints' exported counts
   * at the end of the window (a checkpoint advances only after the sink's write returned).
   */
  private static Result duoctl(Duoctl app, Instant from, Path sinkDir, Duration window)
      throws InterruptedException {
    app.logExports()
        .create(
            new NewLogExport(
                EXPORT,
                CONFIG,
                OrganizationSelection.allMapped(),
                List.of("authentication"),
                from.toString(),
                List.of(Map.of("kind", "file", "name", "file", "directory", sinkDir.toString()))),
            ApiScope.ADMIN,
            ACTOR);
    Instant start = Instant.now();
    LogExporter exporter = app.runLogExports();
    progress("(b)", start, window, () -> exported(app));
    long delivered = exported(app);
    long inFile = countLines(sinkDir);
    app.logExports().stop(EXPORT, ApiScope.ADMIN, ACTOR);
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    while (!exporter.owned().isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(500);
    }
    System.out.printf(
        "(b) stopped %.0f s after the window (%d organization logs still owned)%n",
        Duration.between(start.plus(window), Instant.now()).toMillis() / 1000.0,
        exporter.owned().size());
    return new Result(start, delivered, inFile);
  }

  private static long exported(Duoctl app) {
    ExportStatus status = app.logExports().status(EXPORT);
    return status.progress().stream().mapToLong(SinkProgress::eventsExported).sum();
  }

  /** Prints progress every minute until the window is over. */
  static void progress(
      String label, Instant start, Duration window, java.util.function.LongSupplier delivered)
      throws InterruptedException {
    Instant end = start.plus(window);
    for (Instant next = start.plus(Duration.ofMinutes(1));
        next.isBefore(end);
        next = next.plus(Duration.ofMinutes(1))) {
      sleepUntil(next);
      System.out.printf(
          "  %s after %d s: %d events delivered%n",
          label, Duration.between(start, Instant.now()).toSeconds(), delivered.getAsLong());
    }
    sleepUntil(end);
  }

  static void sleepUntil(Instant at) throws InterruptedException {
    long millis = Duration.between(Instant.now(), at).toMillis();
    if (millis > 0) {
      Thread.sleep(millis);
    }
  }

  /** The duoctl file sink's lines as (child account name, txid), in file order per account. */
  private static Map<String, List<String>> readDuoctlFile(Path sinkDir, Duoctl app)
      throws IOException {
    Map<String, String> nameById = new HashMap<>();
    for (Organization org : app.organizations().listAll(CONFIG)) {
      nameById.put(org.id(), org.name());
    }
    Map<String, List<String>> byAccount = new LinkedHashMap<>();
    for (Path file : jsonl(sinkDir)) {
      try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          String key = field(line, "\"key\":\"");
          int colon = key.indexOf(':');
          String name = nameById.getOrDefault(key.substring(0, colon), "?" + key);
          byAccount.computeIfAbsent(name, n -> new ArrayList<>()).add(key.substring(colon + 1));
        }
      }
    }
    return byAccount;
  }

  /** The sink's files, oldest first (rotated ones by name, then the current file). */
  static List<Path> jsonl(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(".jsonl"))
          .sorted(
              Comparator.comparing((Path f) -> !f.getFileName().toString().contains("-"))
                  .thenComparing(f -> f.getFileName().toString()))
          .toList();
    }
  }

  static long countLines(Path dir) {
    try {
      long lines = 0;
      for (Path file : jsonl(dir)) {
        try (Stream<String> s = Files.lines(file)) {
          lines += s.count();
        }
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String field(String line, String prefix) {
    int start = line.indexOf(prefix) + prefix.length();
    return line.substring(start, line.indexOf('"', start));
  }

  /**
   * Lost and duplicated, per child account: every exported id must be in the emulator's log, no id
   * twice, and what was exported must be exactly the first n events of the emulator's ordered log
   * (anything else means something was skipped: lost).
   */
  record Check(long exported, long duplicated, long lost, long unknown) {

    static Check of(Map<String, List<String>> exported, Map<String, List<LoggedEvent>> history) {
      long count = 0;
      long duplicated = 0;
      long lost = 0;
      long unknown = 0;
      for (var entry : exported.entrySet()) {
        List<LoggedEvent> log = history.get(entry.getKey());
        List<String> ids = entry.getValue();
        count += ids.size();
        Set<String> seen = new HashSet<>();
        List<String> unique = new ArrayList<>();
        for (String id : ids) {
          if (seen.add(id)) {
            unique.add(id);
          } else {
            duplicated++;
          }
        }
        if (log == null) {
          unknown += unique.size();
          continue;
        }
        Set<String> inLog = new HashSet<>();
        log.forEach(e -> inLog.add(e.id()));
        int prefix = Math.min(unique.size(), log.size());
        Set<String> expected = new HashSet<>();
        for (int i = 0; i < prefix; i++) {
          expected.add(log.get(i).id());
        }
        for (String id : unique) {
          if (!inLog.contains(id)) {
            unknown++;
          }
        }
        // events of the first n that were not exported were skipped
        for (String id : expected) {
          if (!seen.contains(id)) {
            lost++;
          }
        }
      }
      return new Check(count, duplicated, lost, unknown);
    }
  }

  private static void report(
      String label, Result result, List<RecordedRequest> requests, Check check, Limit limit) {
    long logRequests = requests.stream().filter(r -> r.path().contains("/logs/")).count();
    long limited = requests.stream().filter(r -> r.status() == 429).count();
    Map<Long, Long> perMinute = new java.util.TreeMap<>();
    for (RecordedRequest r : requests) {
      if (r.status() == 429) {
        perMinute.merge(
            Duration.between(result.start(), r.receivedAt()).toMinutes(), 1L, Long::sum);
      }
    }
    System.out.printf(
        "%s: %d events delivered in %d min = %.0f events/min, %.2f x (a); %d in its file at the"
            + " end of the window; %d log requests reached the emulator, %d answered 429"
            + " (per minute from the start: %s), %d of them after the first minute%n",
        label, result.delivered(), limit.window().toMinutes(),
        result.delivered() / (double) limit.window().toMinutes(),
        (double) result.delivered() / limit.events(), result.inFile(), logRequests, limited,
        perMinute, late429(requests, result.start()));
    System.out.printf(
        "%s check: %d events exported in all (to the stop), %d duplicated, %d lost (skipped before"
            + " an exported one), %d not in the emulator's log%n",
        label, check.exported(), check.duplicated(), check.lost(), check.unknown());
  }

  private static long late429(List<RecordedRequest> requests, Instant start) {
    Instant firstMinute = start.plus(Duration.ofMinutes(1));
    return requests.stream()
        .filter(r -> r.status() == 429 && r.receivedAt().isAfter(firstMinute))
        .count();
  }

  /**
   * (a): each bucket holds a minute's allowance (2 requests) at the start of the window and refills
   * at 2 per minute, so at most 2 + 2 × W requests of 1,000 events each per bucket; one bucket per
   * child account counted per account, one in all counted per integration key (every child is
   * reached with the parent's Accounts API keys).
   */
  record Limit(Duration window, long events, String formula) {

    static Limit of(RateLimitScope scope, int orgs, int perMinute, Duration window) {
      int buckets = scope == RateLimitScope.ACCOUNT ? orgs : 1;
      long minutes = window.toMinutes();
      long requests = (long) buckets * (perMinute + perMinute * minutes);
      long events = requests * PAGE;
      return new Limit(
          window,
          events,
          String.format(
              "limit over W = %d min: %d bucket(s) (%s) x (%d burst + %d/min x %d min) requests"
                  + " x %d events = %d events = %.0f events/min",
              minutes, buckets, scope == RateLimitScope.ACCOUNT ? "one per child account"
                  : "the parent's integration key", perMinute, perMinute, minutes, PAGE, events,
              events / (double) minutes));
    }
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  /**
   * (c): an exporter built the way duo_log_sync 2.x works (facts from its README and {@code
   * producer/producer.py}, {@code consumer/consumer.py}, {@code app.py}; no code taken): one
   * process; one producer per child account and log that sleeps the API timeout (at least 120 s)
   * before each call, then runs the blocking duo-client call on a small shared thread pool (asyncio's
   * default executor: min(32, cores + 4) threads); the batch is written to the output, then the
   * child's checkpoint file ({@code auth_checkpoint_data_<account>.txt}) is rewritten with its
   * offset. duo-client's stock retry handles 429 (1 s doubling to 32 s, plus jitter); a call that
   * still fails is logged and the producer sleeps again.
   */
  static final class DlsStyle {
    /** duo_log_sync's floor; {@code -Ddls.timeout=SECONDS} shortens it for a smoke run only. */
    static final Duration API_TIMEOUT =
        Duration.ofSeconds(Long.getLong("dls.timeout", 120));

    static Result run(
        DuoEmulator duo, List<Account> children, Instant from, Path dir, Duration window)
        throws InterruptedException, IOException {
      Integration keys = BenchMsp.accountsApi(duo);
      DuoTarget parent =
          DuoTarget.of("unused.duo.test", keys.integrationKey(), keys.secretKey());
      int threads = Math.min(32, Runtime.getRuntime().availableProcessors() + 4);
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      Path out = dir.resolve("dls-output.jsonl");
      AtomicLong delivered = new AtomicLong();
      AtomicLong failures = new AtomicLong();
      Instant start = Instant.now();
      Instant end = start.plus(window);
      List<Thread> producers = new ArrayList<>();
      try (DuoClient client =
              DuoClient.builder()
                  .allowPlainHttp(true)
                  .proxy(ProxySettings.of("127.0.0.1", duo.proxyAddress().getPort()))
                  .build();
          BufferedWriter writer =
              Files.newBufferedWriter(
                  out, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                  StandardOpenOption.APPEND)) {
        for (Account child : children) {
          Logs logs =
              client.admin(DuoTarget.childAccount(parent, child.id(), child.apiHostname())).logs();
          producers.add(
              Thread.ofVirtual()
                  .start(
                      () -> {
                        LogCursor cursor = LogCursor.startingAt(from);
                        Path checkpoint =
                            dir.resolve("auth_checkpoint_data_" + child.id() + ".txt");
                        while (true) {
                          if (!Instant.now().plus(API_TIMEOUT).isBefore(end.plusSeconds(30))) {
                            return;
                          }
                          try {
                            Thread.sleep(API_TIMEOUT);
                            LogCursor after = cursor;
                            Future<LogBatch<AuthLogEntry, LogCursor>> call =
                                pool.submit(
                                    () -> logs.authenticationAfter(after, Instant.now(), PAGE));
                            LogBatch<AuthLogEntry, LogCursor> batch = call.get();
                            write(writer, child, batch);
                            if (!Instant.now().isAfter(end)) {
                              delivered.addAndGet(batch.events().size());
                            }
                            cursor = batch.resume();
                            Files.writeString(checkpoint, cursor.token() + "\n");
                          } catch (ExecutionException e) {
                            if (!(e.getCause() instanceof DuoApiException)) {
                              throw new IllegalStateException(e.getCause());
                            }
                            failures.incrementAndGet();
                          } catch (InterruptedException e) {
                            return;
                          } catch (IOException e) {
                            throw new UncheckedIOException(e);
                          }
                        }
                      }));
        }
        progress("(c)", start, window, delivered::get);
        long inFile = countLines(dir);
        for (Thread producer : producers) {
          producer.join(Duration.ofMinutes(3));
        }
        System.out.printf(
            "(c) %d threads in its pool; %d calls failed after duo-client's retries%n",
            threads, failures.get());
        return new Result(start, delivered.get(), inFile);
      } finally {
        pool.shutdownNow();
      }
    }

    private static void write(BufferedWriter writer, Account child, LogBatch<AuthLogEntry, ?> batch)
        throws IOException {
      synchronized (writer) {
        for (AuthLogEntry entry : batch.events()) {
          writer.write(
              "{\"account\":\"" + child.name() + "\",\"txid\":\"" + entry.position().id()
                  + "\",\"ts\":" + entry.position().epochMilli() + "}\n");
        }
        writer.flush();
      }
    }

    static Map<String, List<String>> read(Path dir) throws IOException {
      Map<String, List<String>> byAccount = new LinkedHashMap<>();
      try (BufferedReader reader =
          Files.newBufferedReader(dir.resolve("dls-output.jsonl"), StandardCharsets.UTF_8)) {
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          byAccount
              .computeIfAbsent(field(line, "\"account\":\""), n -> new ArrayList<>())
              .add(field(line, "\"txid\":\""));
        }
      }
      return byAccount;
    }
  }
}
