import com.fasterxml.jackson.databind.ObjectMapper;
import io.duoctl.app.AppConfig;
import io.duoctl.app.Duoctl;
import io.duoctl.core.access.ApiScope;
import io.duoctl.core.jobs.FanOutLimits;
import io.duoctl.core.workflows.runs.RunListener;
import io.duoctl.core.workflows.runs.RunState;
import io.duoctl.core.workflows.runs.RunTrigger;
import io.duoctl.core.workflows.runs.StepRun;
import io.duoctl.core.workflows.runs.StepState;
import io.duoctl.core.workflows.runs.WorkflowRunRequest;
import io.duoctl.core.workflows.runs.WorkflowRuns;
import io.duoctl.emulator.DuoEmulator;
import io.duoctl.emulator.admin.bypass.BypassCodes;
import io.duoctl.emulator.admin.phones.PhoneBook;
import io.duoctl.emulator.admin.users.UserDirectory;
import io.duoctl.emulator.admin.users.UserStatus;
import io.duoctl.emulator.faults.Latency;
import io.duoctl.emulator.fixture.Fixture;
import io.duoctl.emulator.http.RateClass;
import io.duoctl.emulator.ratelimit.RateLimitScope;
import io.duoctl.emulator.ratelimit.RateLimits;
import io.duoctl.emulator.record.RecordedRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The built-in {@code offboard-everywhere} over every organization of a generated MSP (default 200
 * children, each with the leaver, an activated phone and a bypass code; 80 ms latency), run
 * in-process through {@link Duoctl#workflowRuns()} as {@code POST /api/v1/workflows/{name}/run}
 * runs it (the stored run, its steps, leases and audit entries, the real runner and pacer), timed
 * against its critical path worked out from the emulator's request log: the longest chain of
 * requests one organization needs one after another, times the latency.
 *
 * <p>Run: bench/workflows/run.sh [orgs] [latency_ms] [account|integration|none]
 */
public final class WorkflowBench {

  private static final String CONFIG = "bench";
  private static final String ACTOR = "bench:workflows";

  public static void main(String[] args) throws Exception {
    int orgs = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    long latencyMs = args.length > 1 ? Long.parseLong(args[1]) : 80;
    String limited = args.length > 2 ? args[2] : "account";
    RateLimits limits = limited.equals("none") ? RateLimits.none() : RateLimits.duoDefaults();
    RateLimitScope scope =
        limited.equals("none") ? RateLimitScope.INTEGRATION : RateLimitScope.parse(limited);
    Path dataDir = Files.createTempDirectory("duoctl-workflow-bench");
    try (DuoEmulator duo =
        DuoEmulator.builder()
            .tls(false)
            .latency(Latency.ofMillis(latencyMs, 0))
            .rateLimits(limits)
            .rateLimitScope(scope)
            .build()) {
      Fixture.generate(orgs, 1, 1).applyTo(duo.world());
      duo.start();
      List<Leavers.Seeded> seeded = Leavers.seed(duo, 1, 0);
      System.out.printf(
          "emulator: %d child accounts, each with %s (an activated phone, a bypass code),"
              + " %d ms latency, rate limits %s%n",
          orgs,
          Leavers.USERNAME,
          latencyMs,
          limited.equals("none") ? "off" : limits.perMinute() + " per " + scope.label());
      try (Duoctl app = Duoctl.start(new AppConfig(dataDir, null, null, null, null, ACTOR))) {
        BenchMsp.configure(app, CONFIG, ACTOR, duo, orgs);
        duo.rateLimits(limits); // every bucket full again after the set-up calls
        duo.requests().clear();
        long cpuStart = cpuNanos();
        long start = System.nanoTime();
        WorkflowRuns.Finished finished =
            app.workflowRuns()
                .run(
                    new WorkflowRunRequest(
                        "offboard-everywhere",
                        new ObjectMapper().createObjectNode().put("user", Leavers.USERNAME),
                        ACTOR,
                        ApiScope.RUN,
                        false,
                        true,
                        Optional.of(CONFIG),
                        RunTrigger.byHand(RunTrigger.Kind.REST)),
                    RunListener.NONE);
        double seconds = seconds(start);
        double cpu = (cpuNanos() - cpuStart) / 1e9;
        double load =
            java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage();
        List<RecordedRequest> requests = duo.requests().all();
        List<StepRun> steps = app.workflowRuns().history().steps(finished.run().id());

        String problems = check(duo, seeded, finished);
        long rateLimited = requests.stream().filter(r -> r.status() == 429).count();
        System.out.printf(
            "run: %s in %.2f s (load average %.1f), %.1f s of CPU in this JVM (emulator included);"
                + " %d requests reached the emulator, %d of them answered 429%s; %d steps stored in"
                + " about %d transactions (a step's start and its end each in one; a skipped step,"
                + " its end only)%n",
            problems.isEmpty()
                ? finished.run().state().name().toLowerCase(java.util.Locale.ROOT)
                    + ", every leaver disabled with no phone or bypass code"
                : "FAILED " + problems,
            seconds,
            load,
            cpu,
            requests.size(),
            rateLimited,
            requests.size() >= 10_000 ? " (the journal keeps 10,000: more were sent)" : "",
            steps.size(),
            steps.size() + steps.stream().filter(s -> s.state() != StepState.SKIPPED).count());
        Limit limit = Limit.of(duo, requests, orgs, latencyMs, limits, scope);
        limit.print();
        System.out.printf(
            "run / critical path: %.2f s / %.2f s = %.1fx; run / largest bound: %.2f s / %.2f s ="
                + " %.1fx%n",
            seconds,
            limit.criticalPath(),
            seconds / limit.criticalPath(),
            seconds,
            limit.largest(),
            seconds / limit.largest());
        Map<String, String> names = new HashMap<>();
        duo.world().accounts().forEach(a -> names.put(a.id(), a.name()));
        Timeline.of(steps, requests, names, latencyMs).print();
        if (!problems.isEmpty()) {
          System.exit(1);
        }
      }
    } finally {
      BenchFiles.deleteTree(dataDir);
    }
  }

  /** Every organization offboarded: the leaver disabled, without phone or bypass code. */
  private static String check(
      DuoEmulator duo, List<Leavers.Seeded> seeded, WorkflowRuns.Finished finished) {
    if (finished.run().state() != RunState.SUCCEEDED) {
      return "the run " + finished.run().state() + ": " + finished.run().error();
    }
    int wrong = 0;
    for (Leavers.Seeded org : seeded) {
      boolean done =
          UserDirectory.of(duo.world(), org.child())
                  .byId(org.userId())
                  .map(u -> u.status() == UserStatus.DISABLED)
                  .orElse(false)
              && PhoneBook.of(duo.world(), org.child()).phonesOf(org.userId()).isEmpty()
              && BypassCodes.of(duo.world(), org.child()).codesOf(org.userId()).isEmpty();
      if (!done) {
        wrong++;
      }
    }
    return wrong == 0 ? "" : wrong + " organizations not offboarded";
  }

  /**
   * What no schedule can beat: the critical path (the longest chain of requests one organization
   * sent one after another, times the latency), the same with the engine's parallelism (it runs
   * {@link FanOutLimits#overall()} organizations at once), and the rate limits' bound (each token
   * bucket's requests past its minute's burst at its refill rate).
   */
  record Limit(
      double criticalPath, double parallel, double rate, String chainFormula, String rateFormula) {

    static Limit of(
        DuoEmulator duo,
        List<RecordedRequest> requests,
        int orgs,
        long latencyMs,
        RateLimits limits,
        RateLimitScope scope) {
      double latency = latencyMs / 1000.0;
      Map<String, List<RecordedRequest>> byChild = Leavers.byChild(requests);
      int longest = 0;
      String longestOrg = "";
      int shortest = Integer.MAX_VALUE;
      for (Map.Entry<String, List<RecordedRequest>> e : byChild.entrySet()) {
        int chain = chain(e.getValue(), latencyMs);
        if (chain > longest) {
          longest = chain;
          longestOrg = e.getKey();
        }
        shortest = Math.min(shortest, chain);
      }
      double critical = longest * latency;
      int concurrency = Math.min(FanOutLimits.defaults().overall(), orgs);
      double parallel = Math.ceil((double) orgs / concurrency) * critical;
      Map<String, Integer> perBucket = new TreeMap<>();
      for (RecordedRequest r : requests) {
        if (r.status() == 429 || r.param("account_id") == null) {
          continue;
        }
        RateClass rateClass = duo.routes().match(r.method(), r.path()).route().rateClass();
        String bucket =
            (scope == RateLimitScope.ACCOUNT ? r.param("account_id") + " " : "") + rateClass;
        perBucket.merge(bucket, 1, Integer::sum);
      }
      double rate = 0;
      String rateFormula = "no bucket past its burst";
      for (Map.Entry<String, Integer> e : perBucket.entrySet()) {
        RateClass rateClass = RateClass.valueOf(e.getKey().substring(e.getKey().indexOf(' ') + 1));
        int perMinute = limits.limitOf(rateClass);
        int n = e.getValue();
        if (perMinute > 0 && n > perMinute) {
          double bound = (n - perMinute) / (perMinute / 60.0) + latency;
          if (bound > rate) {
            rate = bound;
            rateFormula =
                String.format(
                    "%s: (%d requests - %d burst) / (%d/min) + %.3f s",
                    e.getKey(), n, perMinute, perMinute, latency);
          }
        }
      }
      String chainFormula =
          String.format(
              "%d requests in a row (in %s; the shortest chain: %d) x %.3f s",
              longest,
              duo.world().account(longestOrg).map(a -> a.name()).orElse(longestOrg),
              shortest,
              latency);
      return new Limit(critical, parallel, rate, chainFormula, rateFormula);
    }

    /**
     * The requests of one organization that went one after another: each arrived at least a latency
     * after the previous one of the chain did (a request that arrived sooner ran beside it).
     * Answers of 429 are left out: the organization did not need them.
     */
    static int chain(List<RecordedRequest> requests, long latencyMs) {
      int chain = 0;
      Instant free = Instant.MIN;
      for (RecordedRequest r : requests) {
        if (r.status() == 429) {
          continue;
        }
        if (!r.receivedAt().isBefore(free)) {
          chain++;
          free = r.receivedAt().plusMillis(latencyMs).minusMillis(1);
        }
      }
      return chain;
    }

    double largest() {
      return Math.max(criticalPath, Math.max(parallel, rate));
    }

    void print() {
      System.out.printf(
          "critical path: %s = %.2f s; with %d organizations at a time: %.2f s; rate limits: %s ="
              + " %.2f s%n",
          chainFormula,
          criticalPath,
          FanOutLimits.defaults().overall(),
          parallel,
          rateFormula,
          rate);
    }
  }

  /**
   * Where the run's time went, from its stored steps and the emulator's log. Per organization: the
   * wait for one of the engine's slots (its {@code offboard[i]} starts once it has one), then each
   * action step from its start (taken before the start is stored) to its end (taken before the end
   * and the audit entry are stored): its Duo requests (those of the organization that arrived
   * within the step) at the latency each, and the rest, duoctl's own (pacing, client, the start's
   * transaction); and the gap before each step (the previous step's end and audit transaction, the
   * next one's condition and inputs).
   */
  record Timeline(
      int orgs,
      double slotWait,
      double orgSpan,
      Map<String, double[]> perStep,
      Map<String, Integer> stepCounts) {

    // per step id: total duration, requests, own time, gap before
    private static final int DURATION = 0;
    private static final int REQUESTS = 1;
    private static final int OWN = 2;
    private static final int GAP = 3;

    /**
     * @param names the child accounts' names by id (each organization was imported under its
     *     account's name)
     */
    static Timeline of(
        List<StepRun> steps,
        List<RecordedRequest> requests,
        Map<String, String> names,
        long latencyMs) {
      Instant runStart =
          steps.stream().map(StepRun::startedAt).min(Comparator.naturalOrder()).orElseThrow();
      Map<String, List<StepRun>> byOrg = new HashMap<>();
      Map<String, StepRun> iterations = new HashMap<>();
      for (StepRun step : steps) {
        int slash = step.key().indexOf('/');
        if (slash < 0) {
          if (step.key().contains("[")) {
            iterations.put(step.key(), step);
          }
        } else if (step.target().contains(".")
            && step.items() == null
            && step.state() != StepState.SKIPPED
            && step.finishedAt() != null) {
          byOrg.computeIfAbsent(step.key().substring(0, slash), k -> new ArrayList<>()).add(step);
        }
      }
      Map<String, List<RecordedRequest>> byName = new HashMap<>();
      Leavers.byChild(requests).forEach((id, list) -> byName.put(names.get(id), list));
      Map<String, double[]> perStep = new TreeMap<>();
      Map<String, Integer> counts = new TreeMap<>();
      double slotWait = 0;
      double span = 0;
      for (Map.Entry<String, List<StepRun>> e : byOrg.entrySet()) {
        List<StepRun> ordered = new ArrayList<>(e.getValue());
        ordered.sort(Comparator.comparing(StepRun::startedAt));
        StepRun iteration = iterations.get(e.getKey());
        if (iteration != null) {
          slotWait += millis(runStart, iteration.startedAt());
          span += millis(iteration.startedAt(), iteration.finishedAt());
        }
        List<RecordedRequest> own =
            byName.getOrDefault(ordered.getFirst().organizationName(), List.of());
        Instant previousEnd = iteration == null ? null : iteration.startedAt();
        for (StepRun step : ordered) {
          String id =
              step.key().substring(step.key().lastIndexOf('/') + 1).replaceAll("\\[\\d+]", "[i]");
          double[] totals = perStep.computeIfAbsent(id, k -> new double[4]);
          counts.merge(id, 1, Integer::sum);
          double duration = millis(step.startedAt(), step.finishedAt());
          long sent =
              own.stream()
                  .filter(r -> !r.receivedAt().isBefore(step.startedAt()))
                  .filter(r -> r.receivedAt().isBefore(step.finishedAt()))
                  .count();
          totals[DURATION] += duration;
          totals[REQUESTS] += sent;
          totals[OWN] += duration - sent * latencyMs;
          if (previousEnd != null) {
            totals[GAP] += millis(previousEnd, step.startedAt());
          }
          previousEnd = step.finishedAt();
        }
      }
      int n = Math.max(1, byOrg.size());
      return new Timeline(byOrg.size(), slotWait / n, span / n, perStep, counts);
    }

    private static double millis(Instant from, Instant to) {
      return to == null ? 0 : Duration.between(from, to).toNanos() / 1e6;
    }

    void print() {
      System.out.printf(
          "per organization (mean of %d): waited %.0f ms for a slot, then offboard-organization"
              + " took %.0f ms%n",
          orgs, slotWait, orgSpan);
      System.out.printf(
          "  %-14s %6s %10s %9s %12s %14s%n",
          "step", "count", "mean ms", "requests", "duoctl's ms", "gap before ms");
      perStep.forEach(
          (id, totals) -> {
            int count = stepCounts.get(id);
            System.out.printf(
                "  %-14s %6d %10.0f %9.1f %12.0f %14.0f%n",
                id,
                count,
                totals[DURATION] / count,
                totals[REQUESTS] / count,
                totals[OWN] / count,
                totals[GAP] / count);
          });
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
