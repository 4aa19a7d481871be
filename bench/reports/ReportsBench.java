import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.app.AppConfig;
import io.duoctl.app.Duoctl;
import io.duoctl.core.access.ApiScope;
import io.duoctl.core.jobs.FanOutLimits;
import io.duoctl.core.jobs.OrganizationSelection;
import io.duoctl.core.reports.ReportRequest;
import io.duoctl.core.reports.ReportRunner;
import io.duoctl.core.reports.output.ReportFormat;
import io.duoctl.core.reports.output.ReportOutput;
import io.duoctl.emulator.DuoEmulator;
import io.duoctl.emulator.faults.Latency;
import io.duoctl.emulator.fixture.Fixture;
import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.model.Integration;
import io.duoctl.emulator.ratelimit.RateLimitScope;
import io.duoctl.emulator.ratelimit.RateLimits;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code mfa_coverage} report over every organization of a generated MSP (default 200
 * children × 1,000 users, 80 ms latency, the emulator's published rate limits counted per account
 * or per integration key), set up the way an operator would, in two parts:
 *
 * <ol>
 *   <li>time: the report through core's {@link ReportRunner} and the writer the CLI and the REST
 *       API share, in this JVM, against the floor (the same pages fetched concurrently with signed
 *       raw requests, bodies discarded, rate limits off) and the critical-path limit, its figures
 *       checked against the ones counted here from the fixture itself;
 *   <li>memory: {@code POST /api/v1/reports/mfa_coverage/runs} over 50, 100, 200 (and 400)
 *       organizations of {@code duoctl serve} at {@code -Xmx256m}, a process of its own, against
 *       {@code duoctl emulator}, a process too; after each run the server's heap after a full GC.
 * </ol>
 *
 * <p>Run: bench/reports/run.sh [orgs] [users] [latency_ms] [account|integration] [memory_orgs]
 * [server_heap]
 */
public final class ReportsBench {

  private static final String CONFIG = "bench";
  private static final String ACTOR = "bench:reports";
  private static final String REPORT = "mfa_coverage";
  private static final ObjectMapper JSON = new ObjectMapper();

  public static void main(String[] args) throws Exception {
    int orgs = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    int users = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
    long latencyMs = args.length > 2 ? Long.parseLong(args[2]) : 80;
    RateLimitScope scope = args.length > 3 ? RateLimitScope.parse(args[3]) : RateLimitScope.ACCOUNT;
    int memoryOrgs = args.length > 4 ? Integer.parseInt(args[4]) : 400;
    String serverHeap = args.length > 5 ? args[5] : "256m";
    Path jar = Path.of("duoctl-app/target/duoctl.jar");
    if (memoryOrgs > 0 && !Files.isRegularFile(jar)) {
      throw new IllegalStateException("build the jar first: " + jar);
    }
    Fixture fixture = Fixture.generate(orgs, users, 1);
    Map<String, Coverage> expected = Coverage.fromFixture(fixture.json());
    boolean complete = time(fixture, expected, orgs, users, latencyMs, scope);
    if (memoryOrgs > 0) {
      complete &= memory(jar, expected, memoryOrgs, users, latencyMs, serverHeap);
    }
    if (!complete) {
      System.exit(1);
    }
  }

  /** Part 1: the report's wall time against the floor and the limit, its figures checked. */
  private static boolean time(
      Fixture fixture,
      Map<String, Coverage> expected,
      int orgs,
      int users,
      long latencyMs,
      RateLimitScope scope)
      throws Exception {
    RateLimits limits = RateLimits.duoDefaults();
    Path dataDir = Files.createTempDirectory("duoctl-reports-bench");
    try (DuoEmulator duo =
        DuoEmulator.builder()
            .tls(false)
            .latency(Latency.ofMillis(latencyMs, 0))
            .rateLimits(limits)
            .rateLimitScope(scope)
            .build()) {
      long loadStart = System.nanoTime();
      fixture.applyTo(duo.world());
      duo.start();
      System.out.printf(
          "emulator: %d child accounts x %d users, %d ms latency, rate limits %s per %s;"
              + " loaded in %.1f s%n",
          orgs, users, latencyMs, limits.perMinute(), scope.label(), seconds(loadStart));
      Integration accountsApi = BenchMsp.accountsApi(duo);
      List<Account> children =
          duo.world().children(BenchMsp.parent(duo).id()).stream()
              .sorted(Comparator.comparing(Account::name))
              .toList();
      try (Duoctl app = Duoctl.start(new AppConfig(dataDir, null, null, null, null, ACTOR))) {
        BenchMsp.configure(app, CONFIG, ACTOR, duo, orgs);
        CriticalPath limit =
            CriticalPath.of(orgs, users, latencyMs, limits, scope, FanOutLimits.defaults());
        limit.print();

        duo.rateLimits(RateLimits.none());
        duo.requests().clear();
        long floorCpu = cpuNanos();
        long floorStart = System.nanoTime();
        long floorFailures = PageFloor.fetch(duo, accountsApi, children, users);
        double floorSeconds = seconds(floorStart);
        System.out.printf(
            "(a) floor: the same %d pages, %d organizations at a time, signed raw requests, bodies"
                + " discarded, rate limits off: %.1f s, %.1f s of CPU (%d not 200)%n",
            (long) orgs * CriticalPath.pages(users),
            Math.min(FanOutLimits.defaults().overall(), orgs),
            floorSeconds,
            (cpuNanos() - floorCpu) / 1e9,
            floorFailures);

        duo.rateLimits(limits); // every bucket full again after the set-up calls
        duo.requests().clear();
        ReportRunner runner = app.reportRunner(CONFIG);
        ReportRequest<?> request =
            runner.prepare(REPORT, null, OrganizationSelection.allMapped(), ApiScope.READ);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long cpuStart = cpuNanos();
        long start = System.nanoTime();
        ReportOutput.run(runner, request, ACTOR, ReportFormat.JSON, out);
        double reportSeconds = seconds(start);
        double reportCpu = (cpuNanos() - cpuStart) / 1e9;
        Check check = Check.of(JSON.readTree(out.toByteArray()), expected, users);
        System.out.printf(
            "(b) %s over all mapped organizations, JSON as REST answers it: %d rows, %s, in %.1f s,"
                + " %.1f s of CPU in this JVM (emulator included) (%s)%n",
            REPORT,
            check.rows(),
            check.describe(orgs),
            reportSeconds,
            reportCpu,
            Traffic.of(duo.requests().all()));
        duo.rateLimits(RateLimits.none());
        long againCpu = cpuNanos();
        long againStart = System.nanoTime();
        long againFailures = PageFloor.fetch(duo, accountsApi, children, users);
        double againSeconds = seconds(againStart);
        System.out.printf(
            "(a2) the floor again after the report, the JIT warm: %.1f s, %.1f s of CPU"
                + " (%d not 200)%n",
            againSeconds, (cpuNanos() - againCpu) / 1e9, againFailures);
        System.out.printf(
            "(b)/(a) report / floor: %.1f s / %.1f s = %.2fx; / (a2) %.1f s = %.2fx%n",
            reportSeconds,
            floorSeconds,
            reportSeconds / floorSeconds,
            againSeconds,
            reportSeconds / againSeconds);
        System.out.printf(
            "(b)/limit report / critical-path limit: %.1f s / %.2f s = %.2fx%n",
            reportSeconds, limit.seconds(), reportSeconds / limit.seconds());
        return check.complete(orgs);
      }
    } finally {
      BenchFiles.deleteTree(dataDir);
    }
  }

  /** Part 2: the server's heap after report runs over more and more organizations. */
  private static boolean memory(
      Path jar,
      Map<String, Coverage> expected,
      int maxOrgs,
      int users,
      long latencyMs,
      String serverHeap)
      throws Exception {
    Path dataDir = Files.createTempDirectory("duoctl-reports-memory");
    long loading = System.nanoTime();
    EmulatorProcess emulator = EmulatorProcess.start(jar, maxOrgs, users, latencyMs, "account");
    Process server = null;
    try {
      System.out.printf(
          "%nemulator (pid %d): %d child accounts x %d users, %d ms latency, rate limits per"
              + " account; up in %.1f s%n",
          emulator.pid(), maxOrgs, users, latencyMs, seconds(loading));
      String token;
      try (Duoctl app = Duoctl.start(new AppConfig(dataDir, null, null, null, null, ACTOR))) {
        emulator.configure(app, CONFIG, ACTOR);
        token = app.apiTokens().create("reports", ApiScope.READ, Optional.empty(), ACTOR).plaintext();
      }
      int port = BenchServer.freePort();
      server =
          BenchServer.start(
              jar,
              port,
              List.of("-Xmx" + serverHeap),
              Map.of("DUOCTL_DATA", dataDir.toString(), "DUOCTL_ACTOR", ACTOR),
              line -> line.contains("ERROR") || line.contains("OutOfMemory"));
      BenchApi api = new BenchApi(port, token);
      System.out.printf(
          "server (pid %d): duoctl serve -Xmx%s; heap used after GC at start: %.1f MB%n",
          server.pid(), serverHeap, ServerHeap.afterFullGc(server.pid()));
      System.out.printf(
          "%6s %6s %6s %10s %8s %10s %22s%n",
          "orgs", "rows", "ok", "users", "checked", "wall s", "heap after GC (MB)");
      boolean complete = true;
      for (int orgs = 50; orgs <= maxOrgs; orgs *= 2) {
        ObjectNode body = JSON.createObjectNode();
        emulator.organizations().subList(0, orgs).forEach(body.putArray("organizations")::add);
        long start = System.nanoTime();
        JsonNode rows = api.post("/api/v1/reports/" + REPORT + "/runs?format=json", body, 200);
        double wall = seconds(start);
        Check check = Check.of(rows, expected, users);
        double heap = ServerHeap.afterFullGc(server.pid());
        complete &= check.complete(orgs);
        System.out.printf(
            "%6d %6d %6d %10d %8d %10.1f %22.1f%s%n",
            orgs,
            check.rows(),
            check.ok(),
            check.users(),
            check.matched(),
            wall,
            heap,
            check.complete(orgs) ? "" : "  " + check.describe(orgs));
      }
      return complete;
    } finally {
      if (server != null) {
        BenchServer.stop(server);
      }
      emulator.stop();
      BenchFiles.deleteTree(dataDir);
    }
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }
}
