import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.app.AppConfig;
import io.duoctl.app.Duoctl;
import io.duoctl.core.access.ApiScope;
import io.duoctl.core.audit.AuditChange;
import io.duoctl.core.audit.AuditEntry;
import io.duoctl.core.audit.AuditLog;
import io.duoctl.core.audit.AuditQuery;
import io.duoctl.core.jobs.JobRow;
import io.duoctl.core.jobs.JobSummary;
import io.duoctl.emulator.DuoEmulator;
import io.duoctl.emulator.admin.users.UserDirectory;
import io.duoctl.emulator.faults.Latency;
import io.duoctl.emulator.fixture.Fixture;
import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.record.RecordedRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Kills {@code duoctl serve} ({@code kill -9}, a real process started from the built jar) again and
 * again during a {@code users.create} job over many organizations of an emulated MSP with latency,
 * restarts it each time, and after the last restart checks that the job ended, that every user Duo
 * created has exactly one row and one audit entry, and that none was created twice.
 *
 * <p>Half of the kills come at a random moment, the other half within milliseconds of a row's
 * commit (the moment the job's done count is seen to rise).
 *
 * <p>Run: bench/crash/run.sh [kills] [orgs] [latency_ms] [lease_seconds]
 */
public final class CrashHarness {

  private static final String CONFIG = "crash";
  private static final String ACTOR = "bench:crash";
  private static final String USERNAME = "crash.test";

  public static void main(String[] args) throws Exception {
    int kills = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    int orgs = args.length > 1 ? Integer.parseInt(args[1]) : 50;
    long latencyMs = args.length > 2 ? Long.parseLong(args[2]) : 300;
    int leaseSeconds = args.length > 3 ? Integer.parseInt(args[3]) : 2;
    Path jar = Path.of("duoctl-app/target/duoctl.jar");
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException("build the jar first: " + jar);
    }
    Path dataDir = Files.createTempDirectory("duoctl-crash");
    Random random = new Random(Long.getLong("seed", System.nanoTime()));
    try (DuoEmulator duo =
        DuoEmulator.builder().tls(false).latency(Latency.ofMillis(latencyMs, 0)).build()) {
      Fixture.generate(orgs, 1, 1).applyTo(duo.world());
      duo.start();
      Account parent = BenchMsp.parent(duo);
      String token;
      try (Duoctl app = Duoctl.start(new AppConfig(dataDir, null, null, null, null, ACTOR))) {
        BenchMsp.configure(app, CONFIG, ACTOR, duo, orgs);
        token =
            app.apiTokens().create("crash", ApiScope.ADMIN, Optional.empty(), ACTOR).plaintext();
      }
      duo.requests().clear();
      BenchApi api = new BenchApi(BenchServer.freePort(), token);
      LeasedServer server = start(jar, dataDir, api, leaseSeconds);
      String jobId = startJob(api);
      System.out.printf(
          "job %s: users.create over %d organizations, %d ms latency, lease %d s%n",
          jobId, orgs, latencyMs, leaseSeconds);
      int killed = 0;
      int nearCommit = 0;
      long started = System.nanoTime();
      while (killed < kills) {
        JsonNode job = api.get("/api/v1/jobs/" + jobId);
        if (!job.path("state").asText().equals("running")) {
          System.out.printf("the job ended after %d kills; stopping the kills there%n", killed);
          break;
        }
        boolean afterCommit = killed % 2 == 1;
        int done = job.path("done").asInt();
        if (afterCommit) {
          done = awaitNextCommit(api, jobId, done, 60_000);
          if (done < 0) {
            continue;
          }
          nearCommit++;
        } else {
          Thread.sleep(200 + random.nextInt(2500));
        }
        server.kill();
        killed++;
        System.out.printf(
            "kill %2d (%s): %d of %s done when last seen%n",
            killed,
            afterCommit ? "within milliseconds of a row's commit" : "at a random moment",
            done,
            job.path("total").asText());
        server = start(jar, dataDir, api, leaseSeconds);
      }
      JsonNode ended = awaitEnd(api, jobId, 600_000);
      System.out.printf(
          "after %d kills (%d right after a commit) and %.0f s: job %s, %s of %s done, %s failed,"
              + " %s unknown%n",
          killed,
          nearCommit,
          (System.nanoTime() - started) / 1e9,
          ended.path("state").asText(),
          ended.path("done").asText(),
          ended.path("total").asText(),
          ended.path("failed").asText(),
          ended.path("outcome_unknown").asText());
      server.stop();
      List<String> problems = check(duo, parent, dataDir, jobId, orgs);
      if (problems.isEmpty()) {
        System.out.println(
            "OK: the job ended; every user Duo created has exactly one row and one audit entry;"
                + " none was created twice");
      } else {
        problems.forEach(p -> System.out.println("PROBLEM: " + p));
        System.exit(1);
      }
    } finally {
      BenchFiles.deleteTree(dataDir);
    }
  }

  private static List<String> check(
      DuoEmulator duo, Account parent, Path dataDir, String jobId, int orgs) {
    List<String> problems = new ArrayList<>();
    try (Duoctl app = Duoctl.start(new AppConfig(dataDir, null, null, null, null, ACTOR))) {
      JobSummary job = app.jobs().find(jobId).orElseThrow();
      if (job.progress().state().name().equals("RUNNING")) {
        problems.add("the job is still running");
      }
      List<JobRow> rows = app.jobs().rows(jobId);
      if (rows.size() != orgs) {
        problems.add(rows.size() + " rows for " + orgs + " organizations");
      }
      Map<String, JobRow> rowByOrg = new HashMap<>();
      for (JobRow row : rows) {
        if (rowByOrg.put(row.organization(), row) != null) {
          problems.add("two rows for " + row.organization());
        }
      }
      long reconciled =
          rows.stream()
              .filter(row -> row.data() != null)
              .filter(row -> row.data().path("outcome").asText().equals("already_exists"))
              .count();
      Map<String, Integer> auditByOrg = new HashMap<>();
      List<AuditEntry> entries =
          app.audit()
              .find(AuditQuery.all().withAction("users.create").page(0, AuditQuery.MAX_LIMIT))
              .entries();
      for (AuditEntry entry : entries) {
        boolean ofJob =
            entry.action().equals(AuditLog.runAction("users.create"))
                && entry.changes().stream()
                    .anyMatch(c -> c.field().equals("job_id") && jobId.equals(value(c)));
        if (ofJob) {
          String org =
              entry.changes().stream()
                  .filter(c -> c.field().equals("organization"))
                  .map(CrashHarness::value)
                  .findFirst()
                  .orElse("?");
          auditByOrg.merge(org, 1, Integer::sum);
        }
      }
      int created = 0;
      for (Account child : duo.world().children(parent.id())) {
        long users =
            UserDirectory.of(duo.world(), child).all().stream()
                .filter(u -> u.username().equals(USERNAME))
                .count();
        long creates =
            duo.requests().all().stream()
                .filter(r -> r.method().equals("POST") && r.path().equals("/admin/v1/users"))
                .filter(r -> r.host().startsWith(child.apiHostname()) || ofAccount(r, child))
                .filter(r -> r.status() == 200)
                .count();
        if (users > 1 || creates > 1) {
          problems.add(child.name() + ": " + users + " users, " + creates + " creates answered");
        }
        if (users == 1) {
          created++;
          JobRow row = rowByOrg.get(child.name());
          if (row == null || !row.ok()) {
            problems.add(child.name() + ": the user exists but its row is " + row);
          }
          int audits = auditByOrg.getOrDefault(child.name(), 0);
          if (audits != 1) {
            problems.add(child.name() + ": " + audits + " audit entries for its create");
          }
        }
      }
      System.out.printf(
          "checked: %d users created in Duo, %d rows (%d of them reconciled after a restart:"
              + " the user was found, not created again), %d audit entries of the job%n",
          created,
          rows.size(),
          reconciled,
          auditByOrg.values().stream().mapToInt(Integer::intValue).sum());
    }
    return problems;
  }

  private static boolean ofAccount(RecordedRequest request, Account child) {
    return child.id().equals(request.param("account_id"));
  }

  private static String value(AuditChange change) {
    return change.after();
  }

  /** The job's done count once it rose above {@code done}; -1 if the job ended first. */
  private static int awaitNextCommit(BenchApi api, String jobId, int done, long timeoutMs)
      throws Exception {
    long until = System.currentTimeMillis() + timeoutMs;
    while (System.currentTimeMillis() < until) {
      JsonNode job;
      try {
        job = api.get("/api/v1/jobs/" + jobId);
      } catch (IOException notUpYet) {
        Thread.sleep(50);
        continue;
      }
      if (!job.path("state").asText().equals("running")) {
        return -1;
      }
      if (job.path("done").asInt() > done) {
        return job.path("done").asInt();
      }
      Thread.sleep(2);
    }
    return -1;
  }

  private static JsonNode awaitEnd(BenchApi api, String jobId, long timeoutMs) throws Exception {
    long until = System.currentTimeMillis() + timeoutMs;
    while (System.currentTimeMillis() < until) {
      JsonNode job = api.get("/api/v1/jobs/" + jobId);
      if (!job.path("state").asText().equals("running")) {
        return job;
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("the job did not end within " + timeoutMs / 1000 + " s");
  }

  private static String startJob(BenchApi api) throws Exception {
    return api.post(
            "/api/v1/jobs",
            Map.of(
                "action", "users.create",
                "all_organizations", true,
                "configuration", CONFIG,
                "input", Map.of("username", USERNAME)),
            202)
        .path("id")
        .asText();
  }

  /** {@code duoctl serve} as a process of its own on {@code api}'s port. */
  private static LeasedServer start(Path jar, Path dataDir, BenchApi api, int leaseSeconds)
      throws Exception {
    return LeasedServer.start(jar, dataDir, Map.of(), api.port(), leaseSeconds, ACTOR, "server");
  }
}
