import com.fasterxml.jackson.databind.ObjectMapper;
import io.duoctl.app.AppConfig;
import io.duoctl.app.Duoctl;
import io.duoctl.client.DuoClient;
import io.duoctl.client.DuoTarget;
import io.duoctl.client.ProxySettings;
import io.duoctl.client.Sleeper;
import io.duoctl.client.admin.users.Users;
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
import io.duoctl.emulator.http.RateClass;
import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.model.Integration;
import io.duoctl.emulator.ratelimit.RateLimitScope;
import io.duoctl.emulator.ratelimit.RateLimits;
import io.duoctl.emulator.record.RecordedRequest;
import io.duoctl.client.signing.CanonicalRequest;
import io.duoctl.client.signing.DuoDates;
import io.duoctl.client.signing.HmacAlgorithm;
import io.duoctl.client.signing.SignatureVersion;
import io.duoctl.client.signing.Signatures;
import java.io.IOException;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

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
        Limit limit = Limit.of(orgs, users, latencyMs, limits, scope, FanOutLimits.defaults());
        limit.print();

        duo.rateLimits(RateLimits.none());
        duo.requests().clear();
        long floorStart = System.nanoTime();
        long floorFailures = floor(duo, accountsApi, children, users);
        double floorSeconds = seconds(floorStart);
        System.out.printf(
            "(a) floor: the same %d pages, %d organizations at a time, signed raw requests, bodies"
                + " discarded, rate limits off: %.1f s (%d not 200)%n",
            (long) orgs * Limit.pages(users),
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
        Limit seqLimit = Limit.sequential(sequential.size(), users, latencyMs, limits, scope);
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

  /**
   * The floor: every organization's pages in a chain ({@code offset} 0, 300, …, as {@code
   * next_offset} would give them), as many organizations at once as the fan-out runs, each request
   * signed (v5) with the parent's Accounts API keys and its {@code account_id}, bodies discarded.
   *
   * @return how many answers were not 200
   */
  private static long floor(
      DuoEmulator duo, Integration accountsApi, List<Account> children, int users)
      throws InterruptedException {
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .proxy(ProxySelector.of(duo.proxyAddress()))
            .build();
    AtomicLong failures = new AtomicLong();
    concurrently(
        children,
        child -> {
          for (int page = 0; page < Limit.pages(users); page++) {
            if (get(http, accountsApi, child, page * Users.PAGE_SIZE) != 200) {
              failures.incrementAndGet();
            }
          }
        });
    http.close();
    return failures.get();
  }

  /** Runs {@code work} for every child, as many children at once as the fan-out runs. */
  private static void concurrently(List<Account> children, java.util.function.Consumer<Account> work)
      throws InterruptedException {
    AtomicInteger next = new AtomicInteger();
    List<Thread> workers = new ArrayList<>();
    for (int w = 0; w < Math.min(FanOutLimits.defaults().overall(), children.size()); w++) {
      workers.add(
          Thread.ofVirtual()
              .start(
                  () -> {
                    for (int i = next.getAndIncrement();
                        i < children.size();
                        i = next.getAndIncrement()) {
                      work.accept(children.get(i));
                    }
                  }));
    }
    for (Thread worker : workers) {
      worker.join();
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
      concurrently(
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

  private static int get(HttpClient http, Integration keys, Account child, int offset) {
    String path = "/admin/v1/users";
    Map<String, List<String>> params =
        Map.of(
            "account_id", List.of(child.id()),
            "limit", List.of(String.valueOf(Users.PAGE_SIZE)),
            "offset", List.of(String.valueOf(offset)));
    String date = DuoDates.format(Instant.now());
    CanonicalRequest canonical =
        new CanonicalRequest(
            SignatureVersion.V5, date, "GET", child.apiHostname(), path, params, new byte[0],
            Map.of());
    String signature = Signatures.sign(HmacAlgorithm.SHA512, keys.secretKey(), canonical.text());
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(
                    "http://" + child.apiHostname() + path + "?account_id=" + child.id()
                        + "&limit=" + Users.PAGE_SIZE + "&offset=" + offset))
            .header("Date", date)
            .header("Authorization", Signatures.authorizationHeader(keys.integrationKey(), signature))
            .build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
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

  /**
   * The critical-path limit: no schedule can beat the longest of (a) one organization's pages in a
   * row, (b) all requests spread over the fan-out's concurrency, (c) the requests of one token
   * bucket (all of them per integration key, one child's per account) through it.
   */
  record Limit(double seconds, String formula) {

    static Limit of(
        int orgs,
        int users,
        long latencyMs,
        RateLimits limits,
        RateLimitScope scope,
        FanOutLimits fanOut) {
      int pages = pages(users);
      long requests = scope == RateLimitScope.ACCOUNT ? pages : (long) orgs * pages;
      double latency = latencyMs / 1000.0;
      double chain = pages * latency;
      int concurrency = Math.min(fanOut.overall(), orgs);
      double spread = Math.ceil((double) orgs / concurrency) * chain;
      int perMinute = limits.limitOf(RateClass.GET_PAGE);
      double rate = bucket(requests, perMinute, latency);
      double limit = Math.max(chain, Math.max(spread, rate));
      String formula =
          String.format(
              "max(chain %d pages x %.3f s = %.2f s,"
                  + " concurrency ceil(%d orgs / %d) x %.2f s = %.2f s,"
                  + " rate %s = %.1f s) = %.1f s",
              pages, latency, chain, orgs, concurrency, chain, spread,
              bucketFormula(requests, perMinute, latency), rate, limit);
      return new Limit(limit, formula);
    }

    static Limit sequential(
        int orgs, int users, long latencyMs, RateLimits limits, RateLimitScope scope) {
      long requests = (long) orgs * pages(users);
      long bucketed = scope == RateLimitScope.ACCOUNT ? pages(users) : requests;
      double latency = latencyMs / 1000.0;
      int perMinute = limits.limitOf(RateClass.GET_PAGE);
      double serial = requests * latency;
      double rate = bucket(bucketed, perMinute, latency);
      return new Limit(
          Math.max(serial, rate),
          String.format(
              "max(%d requests x %.3f s = %.1f s, rate %s = %.1f s) = %.1f s",
              requests, latency, serial, bucketFormula(bucketed, perMinute, latency), rate,
              Math.max(serial, rate)));
    }

    /**
     * Every child is called with the parent's Accounts API integration key. Counted per
     * integration, all requests share one GET_PAGE bucket holding a minute's allowance and refilling
     * at perMinute/60 per second; counted per account, each child's own pages go through its own
     * bucket, so the bound is one child's ({@code requests} is then one child's pages).
     */
    private static double bucket(long requests, int perMinute, double latency) {
      if (perMinute == 0 || requests <= perMinute) {
        return 0;
      }
      return (requests - perMinute) / (perMinute / 60.0) + latency;
    }

    private static String bucketFormula(long requests, int perMinute, double latency) {
      if (perMinute == 0) {
        return "(GET_PAGE not limited)";
      }
      if (requests <= perMinute) {
        return String.format("(%d requests fit the %d-token burst)", requests, perMinute);
      }
      return String.format(
          "(%d requests - %d burst) / (%d/min = %.2f/s) + %.3f s",
          requests, perMinute, perMinute, perMinute / 60.0, latency);
    }

    static int pages(int users) {
      return Math.max(1, (users + Users.PAGE_SIZE - 1) / Users.PAGE_SIZE);
    }

    void print() {
      System.out.println("critical-path limit: " + formula);
    }
  }

  /** What the emulator saw: requests answered, and how many of them were 429s. */
  record Traffic(int requests, long rateLimited, boolean truncated) {


    static Traffic of(List<RecordedRequest> recorded) {
      return new Traffic(
          recorded.size(),
          recorded.stream().filter(r -> r.status() == 429).count(),
          recorded.size() >= 10_000);
    }

    @Override
    public String toString() {
      return String.format(
          "%s%d requests reached the emulator, %d of them answered 429 (%.1f%%)",
          truncated ? ">= " : "", requests, rateLimited, 100.0 * rateLimited / Math.max(1, requests));
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
