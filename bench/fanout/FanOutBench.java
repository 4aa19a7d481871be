import com.fasterxml.jackson.databind.ObjectMapper;
import io.duoctl.app.AppConfig;
import io.duoctl.app.Duoctl;
import io.duoctl.client.DuoClient;
import io.duoctl.client.DuoTarget;
import io.duoctl.client.ProxySettings;
import io.duoctl.client.Sleeper;
import io.duoctl.client.http.Pacing;
import io.duoctl.core.access.ApiScope;
import io.duoctl.core.actions.RunOptions;
import io.duoctl.core.jobs.FanOut;
import io.duoctl.core.jobs.FanOutLimits;
import io.duoctl.core.jobs.Job;
import io.duoctl.core.jobs.JobRow;
import io.duoctl.core.jobs.OrganizationSelection;
import io.duoctl.core.pacing.RequestPacer;
import io.duoctl.emulator.DuoEmulator;
import io.duoctl.emulator.faults.Latency;
import io.duoctl.emulator.fixture.Fixture;
import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.model.Integration;
import io.duoctl.emulator.ratelimit.RateLimitScope;
import io.duoctl.emulator.ratelimit.RateLimits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code users.list} over every organization of a generated MSP (default 200 children × 1,000
 * users, 80 ms latency, the emulator's published rate limits counted per integration key or per
 * account) through duoctl's real fan-out, set up the way an operator would (settings saved,
 * organizations imported from Duo and mapped), timed against the critical-path limit worked out
 * from the emulator's latency and token buckets, against the floor (the same pages fetched
 * concurrently with signed raw requests, bodies discarded, rate limits off) and against the same
 * pages fetched one request at a time with duo-client, as scripts do today.
 *
 * <p>Run: bench/fanout/run.sh [orgs] [users] [latency_ms] [sequential_orgs] [integration|account]
 */
public final class FanOutBench {

  private static final String CONFIG = "bench";
  private static final String ACTOR = "bench:fanout";

  public static void main(String[] args) throws Exception {
    int orgs = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    int users = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
    long latencyMs = args.length > 2 ? Long.parseLong(args[2]) : 80;
    int sequentialOrgs = args.length > 3 ? Integer.parseInt(args[3]) : orgs;
    RateLimitScope scope =
        args.length > 4 ? RateLimitScope.parse(args[4]) : RateLimitScope.INTEGRATION;
    RateLimits limits = RateLimits.duoDefaults();
    Path dataDir = Files.createTempDirectory("duoctl-fanout-bench");
    try (DuoEmulator duo =
        DuoEmulator.builder()
            .tls(false)
            .latency(Latency.ofMillis(latencyMs, 0))
            .rateLimits(limits)
            .rateLimitScope(scope)
            .build()) {
      long loadStart = System.nanoTime();
      Fixture.generate(orgs, users, 1).applyTo(duo.world());
      duo.start();
      System.out.printf(
          "emulator: %d child accounts x %d users, %d ms latency, rate limits %s per %s;"
              + " loaded in %.1f s%n",
          orgs, users, latencyMs, limits.perMinute(), scope.label(), seconds(loadStart));
      Account parent = BenchMsp.parent(duo);
      Integration accountsApi = BenchMsp.accountsApi(duo);
      List<Account> children =
          duo.world().children(parent.id()).stream()
              .sorted(Comparator.comparing(Account::name))
              .toList();

      try (Duoctl app = Duoctl.start(new AppConfig(dataDir, null, null, null, null, ACTOR))) {
        BenchMsp.configure(app, CONFIG, ACTOR, duo, orgs);
        CriticalPath limit = CriticalPath.of(orgs, users, latencyMs, limits, scope, FanOutLimits.defaults());
        limit.print();

        duo.rateLimits(RateLimits.none());
        duo.requests().clear();
        long floorStart = System.nanoTime();
        long floorFailures = PageFloor.fetch(duo, accountsApi, children, users);
        double floorSeconds = seconds(floorStart);
        System.out.printf(
            "(a) floor: the same %d pages, %d organizations at a time, signed raw requests, bodies"
                + " discarded, rate limits off: %.1f s (%d not 200)%n",
            (long) orgs * CriticalPath.pages(users),
            Math.min(FanOutLimits.defaults().overall(), orgs),
            floorSeconds,
            floorFailures);

        duo.rateLimits(limits);
        duo.requests().clear();
        long unpacedStart = System.nanoTime();
        clientFetch(duo, accountsApi, children, users, Pacing.NONE);
        double unpacedSeconds = seconds(unpacedStart);
        System.out.printf(
            "(a'') the same pages through duo-client, not paced, rate limits on: %.1f s (%s)%n",
            unpacedSeconds, Traffic.of(duo.requests().all()));

        duo.rateLimits(limits);
        duo.requests().clear();
        long pacedStart = System.nanoTime();
        clientFetch(
            duo,
            accountsApi,
            children,
            users,
            RequestPacer.published(java.time.Clock.systemUTC(), Sleeper.SYSTEM));
        double pacedSeconds = seconds(pacedStart);
        System.out.printf(
            "(a') the same pages through duo-client paced by RequestPacer, %d organizations at a"
                + " time, rate limits on: %.1f s (%s); / floor = %.2fx, / not paced = %.2fx%n",
            Math.min(FanOutLimits.defaults().overall(), orgs),
            pacedSeconds,
            Traffic.of(duo.requests().all()),
            pacedSeconds / floorSeconds,
            pacedSeconds / unpacedSeconds);

        duo.rateLimits(limits); // every bucket full again after the set-up calls
        duo.requests().clear();
        long heapBefore = usedAfterGc();
        long cpuStart = cpuNanos();
        long start = System.nanoTime();
        FanOut fanOut = app.fanOut(CONFIG);
        Job job =
            fanOut.start(
                "users.list",
                new ObjectMapper().createObjectNode(),
                OrganizationSelection.allMapped(),
                RunOptions.as(ACTOR, ApiScope.RUN));
        if (!job.await(Duration.ofMinutes(30))) {
          throw new IllegalStateException("the fan-out did not finish within 30 minutes");
        }
        double fanOutSeconds = seconds(start);
        double fanOutCpu = (cpuNanos() - cpuStart) / 1e9;
        List<JobRow> rows = new ArrayList<>();
        List<Integer> usersListed = new ArrayList<>();
        app.jobs()
            .forEachRow(
                job.id(),
                -1,
                stored -> {
                  rows.add(stored.row());
                  usersListed.add(stored.data() == null ? -1 : stored.data().tree().size());
                });
        Traffic traffic = Traffic.of(duo.requests().all());
        long heapAfter = usedAfterGc();
        String failures = check(rows, usersListed, orgs, users);
        System.out.printf(
            "(b) fan-out: %d organizations, %s, in %.1f s, %.1f s of CPU"
                + " in this JVM (emulator included) (%s)%n",
            rows.size(),
            failures.isEmpty() ? "every row ok with " + users + " users" : failures,
            fanOutSeconds,
            fanOutCpu,
            traffic);
        System.out.printf(
            "fan-out / limit: %.1f s / %.1f s = %.2fx (target <= 1.25x when rate-bound)%n",
            fanOutSeconds, limit.seconds(), fanOutSeconds / limit.seconds());
        System.out.printf(
            "(b)/(a) fan-out / floor: %.1f s / %.1f s = %.2fx (target <= 1.5x when latency-bound)%n",
            fanOutSeconds, floorSeconds, fanOutSeconds / floorSeconds);
        System.out.printf(
            "heap used after GC: %.0f MB before the fan-out (emulator with its fixture, duoctl),"
                + " %.0f MB after it with the job's %d rows held; %+.0f MB%n",
            mb(heapBefore), mb(heapAfter), rows.size(), mb(heapAfter - heapBefore));

        if (sequentialOrgs == 0) {
          return;
        }
        duo.rateLimits(limits);
        duo.requests().clear();
        List<Account> sequential = children.subList(0, Math.min(sequentialOrgs, orgs));
        cpuStart = cpuNanos();
        start = System.nanoTime();
        sequential(duo, accountsApi, sequential, users);
        double sequentialSeconds = seconds(start);
        double sequentialCpu = (cpuNanos() - cpuStart) / 1e9;
        traffic = Traffic.of(duo.requests().all());
        System.out.printf(
            "(c) sequential: %d organizations one request at a time in %.1f s, %.1f s of CPU (%s)%n",
            sequential.size(), sequentialSeconds, sequentialCpu, traffic);
        CriticalPath seqLimit =
            CriticalPath.sequential(sequential.size(), users, latencyMs, limits, scope);
        System.out.printf("sequential lower bound: %s%n", seqLimit.formula());
        if (sequential.size() < orgs) {
          System.out.printf(
              "sequential, extrapolated to %d organizations (x %d/%d, rate-limit burst not"
                  + " rescaled): about %.0f s%n",
              orgs, orgs, sequential.size(), sequentialSeconds * orgs / sequential.size());
        }
        System.out.printf(
            "(c)/(b) speed-up of the fan-out over one request at a time: %.1fx"
                + " (target >= 20x when latency-bound)%n",
            sequentialSeconds * orgs / sequential.size() / fanOutSeconds);
      }
    } finally {
      BenchFiles.deleteTree(dataDir);
    }
  }

  /** The floor's schedule through duo-client with {@code pacing}, no fan-out. */
  private static void clientFetch(
      DuoEmulator duo, Integration accountsApi, List<Account> children, int users, Pacing pacing)
      throws InterruptedException {
    DuoTarget parent =
        DuoTarget.of("unused.duo.test", accountsApi.integrationKey(), accountsApi.secretKey());
    try (DuoClient client =
        DuoClient.builder()
            .allowPlainHttp(true)
            .proxy(ProxySettings.of("127.0.0.1", duo.proxyAddress().getPort()))
            .pacing(pacing)
            .build()) {
      PageFloor.concurrently(
          children,
          child -> {
            long count =
                client
                    .admin(DuoTarget.childAccount(parent, child.id(), child.apiHostname()))
                    .users()
                    .list()
                    .stream()
                    .count();
            if (count != users) {
              throw new IllegalStateException(child.name() + " listed " + count);
            }
          });
    }
  }

  /** The way scripts do it: each child account in turn, each page in turn, with duo-client. */
  private static void sequential(
      DuoEmulator duo, Integration accountsApi, List<Account> children, int users) {
    DuoTarget parent =
        DuoTarget.of("unused.duo.test", accountsApi.integrationKey(), accountsApi.secretKey());
    try (DuoClient client =
        DuoClient.builder()
            .allowPlainHttp(true)
            .proxy(ProxySettings.of("127.0.0.1", duo.proxyAddress().getPort()))
            .build()) {
      for (Account child : children) {
        long count =
            client
                .admin(DuoTarget.childAccount(parent, child.id(), child.apiHostname()))
                .users()
                .list()
                .stream()
                .count();
        if (count != users) {
          throw new IllegalStateException(child.name() + " listed " + count + " users");
        }
      }
    }
  }

  /**
   * Every stored row ok, and every run's data (as the caller got it; a stored row keeps at most
   * 900,000 characters of data) holding all the organization's users. Failures are counted by their
   * error and reported, not thrown, so a failing run still shows its figures.
   */
  private static String check(List<JobRow> rows, List<Integer> usersListed, int orgs, int users) {
    if (rows.size() != orgs) {
      return "expected " + orgs + " rows, got " + rows.size();
    }
    Map<String, Integer> failures = new TreeMap<>();
    for (int i = 0; i < orgs; i++) {
      JobRow row = rows.get(i);
      if (!row.ok()) {
        failures.merge(row.errorCode() + " (" + row.message() + ")", 1, Integer::sum);
      } else if (usersListed.get(i) != users) {
        failures.merge("ok but not " + users + " users", 1, Integer::sum);
      }
    }
    return failures.isEmpty() ? "" : "FAILED rows: " + failures;
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static double mb(long bytes) {
    return bytes / 1048576.0;
  }

  private static long usedAfterGc() throws InterruptedException {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 4; i++) {
      System.gc();
      Thread.sleep(200);
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }

}
