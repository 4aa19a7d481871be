import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.app.AppConfig;
import io.duoctl.app.Duoctl;
import io.duoctl.core.access.ApiScope;
import io.duoctl.core.audit.AuditChange;
import io.duoctl.core.audit.AuditEntry;
import io.duoctl.core.audit.AuditPage;
import io.duoctl.core.audit.AuditQuery;
import io.duoctl.core.workflows.runs.RunState;
import io.duoctl.core.workflows.runs.StepOutcome;
import io.duoctl.core.workflows.runs.StepRun;
import io.duoctl.core.workflows.runs.StepState;
import io.duoctl.core.workflows.runs.WorkflowRun;
import io.duoctl.emulator.DuoEmulator;
import io.duoctl.emulator.admin.bypass.BypassCodes;
import io.duoctl.emulator.admin.phones.PhoneBook;
import io.duoctl.emulator.admin.tokens.HardwareTokens;
import io.duoctl.emulator.admin.users.User;
import io.duoctl.emulator.admin.users.UserDirectory;
import io.duoctl.emulator.admin.users.UserStatus;
import io.duoctl.emulator.faults.Latency;
import io.duoctl.emulator.fixture.Fixture;
import io.duoctl.emulator.record.RecordedRequest;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Kills {@code duoctl serve} ({@code kill -9}, a real process started from the built jar) again and
 * again while it runs the built-in {@code offboard-everywhere} over many organizations of an
 * emulated MSP with latency, and checks after the last start that the run succeeded, that every
 * organization's leaver is disabled without phone, token or bypass code, that Duo received each
 * change exactly once, and that each change has one audit entry naming the run and the step.
 *
 * <p>Half of the kills come at a random moment, the other half within milliseconds of a step's end
 * being stored (the moment the run's finished steps are seen to rise). With {@code restart} the
 * killed server is started again on the same data; with {@code second-node} two servers share one
 * database (the embedded H2 through {@code AUTO_SERVER}, or PostgreSQL): the one running the run is
 * killed, the other must take the run over by itself, and only then is the killed one started
 * again, to be the survivor next time. On H2 the first kill hits the node that serves the database
 * to the one running the run instead (see {@link Nodes}).
 *
 * <p>Run: bench/crash/run-workflow.sh [kills] [orgs] [latency_ms] [lease_seconds]
 * [restart|second-node] [h2|postgres]
 */
public final class WorkflowCrashHarness {

  private static final String CONFIG = "crash";
  private static final String ACTOR = "bench:crash";
  private static final int CODES = 2;
  private static final int TOKEN_EVERY = 3;

  public static void main(String[] args) throws Exception {
    int kills = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    int orgs = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    long latencyMs = args.length > 2 ? Long.parseLong(args[2]) : 1000;
    int leaseSeconds = args.length > 3 ? Integer.parseInt(args[3]) : 2;
    boolean secondNode = args.length > 4 && args[4].equals("second-node");
    if (args.length > 4 && !secondNode && !args[4].equals("restart")) {
      throw new IllegalArgumentException("the fifth argument is restart or second-node");
    }
    boolean postgres = args.length > 5 && args[5].equals("postgres");
    if (args.length > 5 && !postgres && !args[5].equals("h2")) {
      throw new IllegalArgumentException("the sixth argument is h2 or postgres");
    }
    Path jar = Path.of("duoctl-app/target/duoctl.jar");
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException("build the jar first: " + jar);
    }
    Path dataDir = Files.createTempDirectory("duoctl-crash-workflow");
    Random random = new Random(Long.getLong("seed", System.nanoTime()));
    try (Db db = postgres ? Db.postgres() : Db.embedded();
        DuoEmulator duo =
            DuoEmulator.builder().tls(false).latency(Latency.ofMillis(latencyMs, 0)).build()) {
      AppConfig config = db.config(dataDir, ACTOR);
      Fixture.generate(orgs, 1, 1).applyTo(duo.world());
      duo.start();
      List<Leavers.Seeded> seeded = Leavers.seed(duo, CODES, TOKEN_EVERY);
      String token;
      try (Duoctl app = Duoctl.start(config)) {
        BenchMsp.configure(app, CONFIG, ACTOR, duo, orgs);
        token =
            app.apiTokens().create("crash", ApiScope.ADMIN, Optional.empty(), ACTOR).plaintext();
      }
      duo.requests().clear();
      Nodes nodes = new Nodes(jar, dataDir, db, token, leaseSeconds, secondNode);
      String runId =
          nodes
              .api()
              .post(
                  "/api/v1/workflows/offboard-everywhere/runs",
                  Map.of(
                      "inputs",
                      Map.of("user", Leavers.USERNAME),
                      "confirm",
                      true,
                      "configuration",
                      CONFIG),
                  202)
              .path("id")
              .asText();
      System.out.printf(
          "run %s: offboard-everywhere over %d organizations (%d bypass codes each, a hardware"
              + " token in every %s), %d ms latency, lease %d s, %s%n",
          runId,
          orgs,
          CODES,
          TOKEN_EVERY == 1 ? "one" : ordinal(TOKEN_EVERY),
          latencyMs,
          leaseSeconds,
          (secondNode
                  ? postgres
                      ? "two nodes on one database"
                      : "two nodes on one database (node A serves it to node B, which runs the run)"
                  : "one node, started again after each kill")
              + (postgres ? ", PostgreSQL" : ", the embedded H2"));
      int killed = 0;
      int nearStepEnd = 0;
      List<String> lost = new ArrayList<>();
      int unsettled = 0;
      long started = System.nanoTime();
      while (killed < kills) {
        JsonNode run = run(nodes.api(), runId);
        if (!run.path("state").asText().equals("running")) {
          System.out.printf("the run ended after %d kills; stopping the kills there%n", killed);
          break;
        }
        boolean afterStepEnd = killed % 2 == 1;
        Set<String> finished = finishedSteps(run);
        if (afterStepEnd) {
          JsonNode later = awaitNextStepEnd(nodes.api(), runId, finished.size(), 60_000);
          if (later == null) {
            continue;
          }
          run = later;
          finished = finishedSteps(later);
          nearStepEnd++;
        } else {
          Thread.sleep(200 + random.nextInt(2500));
        }
        LeasedServer victim = nodes.victim(killed + 1);
        victim.kill();
        killed++;
        long killedAt = System.nanoTime();
        Instant killedAtInstant = Instant.now();
        System.out.printf(
            "kill %2d of %s, %s (%s): %d of %d steps finished when last seen%n",
            killed,
            victim.name(),
            nodes.role(victim),
            afterStepEnd ? "within milliseconds of a step's end" : "at a random moment",
            finished.size(),
            run.path("steps").size());
        if (secondNode) {
          LeasedServer survivor = nodes.survivor(victim);
          JsonNode after = awaitNextStepEnd(nodes.api(survivor), runId, finished.size(), 120_000);
          if (after == null
              && run(nodes.api(survivor), runId).path("state").asText().equals("running")) {
            lost.add(
                "kill "
                    + killed
                    + ": "
                    + survivor.name()
                    + " stored no step's end in the 120 s after it; the run is stuck");
            System.out.println("  " + lost.getLast());
          } else {
            System.out.printf(
                "  %s went on with the run: %s %.1f s after the kill%n",
                survivor.name(),
                after == null ? "it ended" : "a step's end stored",
                (System.nanoTime() - killedAt) / 1e9);
          }
        }
        nodes.restart(victim);
        Set<String> gone = new TreeSet<>(finished);
        gone.removeAll(finishedSteps(run(nodes.api(), runId)));
        for (String key : gone) {
          String seen = lostCommit(duo, run, key, killedAtInstant);
          System.out.println("  " + seen);
          if (seen.startsWith("LOST")) {
            lost.add("kill " + killed + ": " + seen);
          } else {
            unsettled++;
          }
        }
      }
      JsonNode ended = awaitEnd(nodes.api(), runId, 600_000);
      System.out.printf(
          "after %d kills (%d within milliseconds of a step's end) and %.0f s: run %s (%s)%n",
          killed,
          nearStepEnd,
          (System.nanoTime() - started) / 1e9,
          ended.path("state").asText(),
          ended.path("summary").asText());
      nodes.stop();
      System.out.printf(
          "%d step ends were seen through the REST API before a kill and not stored after it"
              + " (read before the database had written them; their node had not gone on)%n",
          unsettled);
      List<String> problems = new ArrayList<>(lost);
      problems.addAll(check(duo, seeded, config, runId));
      if (problems.isEmpty()) {
        System.out.println(
            "OK: the run succeeded; every leaver is disabled with no phone, token or bypass code;"
                + " Duo received each change once; each change has one audit entry naming the run"
                + " and its step");
      } else {
        problems.forEach(p -> System.out.println("PROBLEM: " + p));
        System.exit(1);
      }
    } finally {
      BenchFiles.deleteTree(dataDir);
    }
  }

  /**
   * The servers. One, started again after each kill; or two on one database. On the embedded H2
   * database node A, started first, opens it and serves it to node B ({@code AUTO_SERVER}), which
   * runs the run; the first kill hits node A, so node B loses its database under the running run
   * and must open it itself. Every other kill (every kill on PostgreSQL) hits the node running the
   * run, and the other must take it over. A killed node is started again (once the survivor went
   * on, with two).
   */
  private static final class Nodes {
    private final Path jar;
    private final Path dataDir;
    private final Db db;
    private final String token;
    private final int leaseSeconds;
    private final boolean two;
    private LeasedServer runner;
    private LeasedServer other;

    Nodes(Path jar, Path dataDir, Db db, String token, int leaseSeconds, boolean two)
        throws Exception {
      this.jar = jar;
      this.dataDir = dataDir;
      this.db = db;
      this.token = token;
      this.leaseSeconds = leaseSeconds;
      this.two = two;
      other = start(two ? "node A" : "server");
      runner = two ? start("node B") : other;
    }

    /** The node that kill number {@code kill} hits. */
    LeasedServer victim(int kill) {
      return two && kill == 1 && db.embeddedH2() ? other : runner;
    }

    String role(LeasedServer node) {
      return node == runner ? "running the run" : "serving the database to the node running it";
    }

    /** With two nodes, the one still alive after {@code victim} was killed. */
    LeasedServer survivor(LeasedServer victim) {
      return victim == runner ? other : runner;
    }

    /** Starts the killed node again; if it ran the run, the other one does from now on. */
    void restart(LeasedServer victim) throws Exception {
      LeasedServer restarted = start(victim.name());
      if (!two) {
        runner = restarted;
        other = restarted;
      } else if (victim == runner) {
        runner = other;
        other = restarted;
      } else {
        other = restarted;
      }
    }

    /** The API of the node running the run. */
    BenchApi api() {
      return api(runner);
    }

    BenchApi api(LeasedServer node) {
      return new BenchApi(node.port(), token);
    }

    void stop() throws InterruptedException {
      runner.stop();
      if (other != runner) {
        other.stop();
      }
    }

    private LeasedServer start(String name) throws Exception {
      return LeasedServer.start(
          jar, dataDir, db.environment(), BenchServer.freePort(), leaseSeconds, ACTOR, name);
    }
  }

  /**
   * The database the nodes share: the data directory's embedded H2 (shared through {@code
   * AUTO_SERVER}), or an embedded PostgreSQL started here, as several nodes would share one.
   */
  private record Db(String url, AutoCloseable server) implements AutoCloseable {

    static Db embedded() {
      return new Db(null, () -> {});
    }

    static Db postgres() throws Exception {
      EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
      try (java.sql.Connection c = pg.getPostgresDatabase().getConnection();
          java.sql.Statement statement = c.createStatement()) {
        statement.execute("CREATE DATABASE duoctl");
      }
      return new Db(pg.getJdbcUrl("postgres", "duoctl"), pg);
    }

    boolean embeddedH2() {
      return url == null;
    }

    AppConfig config(Path dataDir, String actor) {
      return embeddedH2()
          ? new AppConfig(dataDir, null, null, null, null, actor)
          : new AppConfig(dataDir, url, "postgres", "postgres", null, actor);
    }

    Map<String, String> environment() {
      return embeddedH2()
          ? Map.of()
          : Map.of(
              "DUOCTL_DB_URL", url, "DUOCTL_DB_USER", "postgres", "DUOCTL_DB_PASSWORD", "postgres");
    }

    @Override
    public void close() throws Exception {
      server.close();
    }
  }

  private static List<String> check(
      DuoEmulator duo, List<Leavers.Seeded> seeded, AppConfig config, String runId) {
    List<String> problems = new ArrayList<>();
    Map<String, List<RecordedRequest>> requests = Leavers.byChild(duo.requests().all());
    try (Duoctl app = Duoctl.start(config)) {
      WorkflowRun run = app.workflowRuns().history().find(runId).orElseThrow();
      if (run.state() != RunState.SUCCEEDED) {
        problems.add("the run is " + run.state() + ": " + run.error());
      }
      List<StepRun> steps = app.workflowRuns().history().steps(runId);
      Map<String, StepRun> stepByKey = new HashMap<>();
      Map<String, String> prefixByOrganization = new HashMap<>();
      for (StepRun step : steps) {
        stepByKey.put(step.key(), step);
        if (step.stepId().equals("user") && step.key().endsWith("/user")) {
          prefixByOrganization.put(
              step.organizationName(), step.key().substring(0, step.key().length() - 5));
        }
        if (!step.state().finished()) {
          problems.add("step " + step.key() + " is still " + step.state());
        }
      }
      Map<String, List<AuditEntry>> auditByStep = auditOfRun(app, runId);
      auditByStep.forEach(
          (key, entries) -> {
            if (entries.size() > 1) {
              problems.add("step " + key + " has " + entries.size() + " audit entries");
            }
          });
      int changes = 0;
      int expectedChanges = 0;
      for (Leavers.Seeded org : seeded) {
        String name = org.child().name();
        problems.addAll(checkDuoState(duo, org));
        Map<String, String> expected = expectedChanges(org);
        Map<String, List<RecordedRequest>> sent = new LinkedHashMap<>();
        for (RecordedRequest r : requests.getOrDefault(org.child().id(), List.of())) {
          if (!r.method().equals("GET")) {
            sent.computeIfAbsent(r.method() + " " + r.path(), k -> new ArrayList<>()).add(r);
          }
        }
        sent.forEach(
            (change, received) -> {
              if (!expected.containsKey(change)) {
                problems.add(name + ": Duo received " + change + ", which offboarding never sends");
              }
            });
        String prefix = prefixByOrganization.get(name);
        if (prefix == null) {
          problems.add(name + ": the run has no step in it");
          continue;
        }
        for (Map.Entry<String, String> e : expected.entrySet()) {
          List<RecordedRequest> received = sent.getOrDefault(e.getKey(), List.of());
          long accepted = received.stream().filter(r -> r.status() == 200).count();
          if (received.size() != 1 || accepted != 1) {
            problems.add(
                name
                    + ": Duo received "
                    + e.getKey()
                    + " "
                    + received.size()
                    + " times ("
                    + accepted
                    + " accepted), not once");
          }
          if (e.getKey().startsWith("POST ")
              && received.stream().anyMatch(r -> !"disabled".equals(r.param("status")))) {
            problems.add(name + ": " + e.getKey() + " without status=disabled");
          }
          expectedChanges++;
          if (received.size() == 1 && accepted == 1) {
            changes++;
          }
          String stepKey = prefix + "/" + e.getValue();
          StepRun step = stepByKey.get(stepKey);
          List<AuditEntry> audit = auditByStep.getOrDefault(stepKey, List.of());
          if (step == null || step.state() != StepState.SUCCEEDED) {
            problems.add(
                name
                    + ": step "
                    + stepKey
                    + " is "
                    + (step == null ? "missing" : step.state() + ": " + step.errorMessage()));
          } else if (audit.isEmpty()) {
            problems.add(name + ": step " + stepKey + " has no audit entry");
          } else if (!audit.getFirst().action().equals("run:" + step.target())
              || !audit.getFirst().subjectId().equals(step.organizationId())) {
            problems.add(name + ": the audit entry of " + stepKey + " is " + audit.getFirst());
          }
        }
      }
      long rerun = steps.stream().filter(s -> s.attempts() > 1).count();
      long reconciled =
          auditByStep.values().stream()
              .flatMap(List::stream)
              .filter(e -> note(e).contains("; reconciled"))
              .count();
      long foundDone = steps.stream().filter(s -> s.outcome() == StepOutcome.UNCHANGED).count();
      System.out.printf(
          "checked: %d steps (%d run again after a kill), %d of %d changes Duo received once,"
              + " %d audit entries of the run (%d reconciled after a kill), %d changing steps found"
              + " their change already made%n",
          steps.size(),
          rerun,
          changes,
          expectedChanges,
          auditByStep.values().stream().mapToInt(List::size).sum(),
          reconciled,
          foundDone);
    }
    return problems;
  }

  /** Each change offboarding must make in one organization, as "METHOD path", with its step. */
  private static Map<String, String> expectedChanges(Leavers.Seeded org) {
    Map<String, String> changes = new LinkedHashMap<>();
    changes.put("POST /admin/v1/users/" + org.userId(), "disable");
    for (String code : org.codeIds()) {
      changes.put("DELETE /admin/v1/bypass_codes/" + code, "bypass_codes");
    }
    changes.put("DELETE /admin/v1/users/" + org.userId() + "/phones/" + org.phoneId(), "phones[0]");
    if (org.tokenId() != null) {
      changes.put(
          "DELETE /admin/v1/users/" + org.userId() + "/tokens/" + org.tokenId(), "tokens[0]");
    }
    return changes;
  }

  private static List<String> checkDuoState(DuoEmulator duo, Leavers.Seeded org) {
    List<String> problems = new ArrayList<>();
    String name = org.child().name();
    Optional<User> user = UserDirectory.of(duo.world(), org.child()).byId(org.userId());
    if (user.isEmpty()) {
      problems.add(name + ": the leaver is gone (deleted, not disabled)");
    } else if (user.get().status() != UserStatus.DISABLED) {
      problems.add(name + ": the leaver is " + user.get().status());
    }
    if (!PhoneBook.of(duo.world(), org.child()).phonesOf(org.userId()).isEmpty()) {
      problems.add(name + ": the leaver still has a phone");
    }
    if (!BypassCodes.of(duo.world(), org.child()).codesOf(org.userId()).isEmpty()) {
      problems.add(name + ": the leaver still has bypass codes");
    }
    if (!HardwareTokens.of(duo.world(), org.child()).tokensOf(org.userId()).isEmpty()) {
      problems.add(name + ": the leaver still has a hardware token");
    }
    return problems;
  }

  /** The audit entries whose note names the run, by the step the note names. */
  private static Map<String, List<AuditEntry>> auditOfRun(Duoctl app, String runId) {
    String prefix = "workflow run " + runId + ", step ";
    Map<String, List<AuditEntry>> byStep = new HashMap<>();
    for (int offset = 0; ; offset += AuditQuery.MAX_LIMIT) {
      AuditPage page = app.audit().find(AuditQuery.all().page(offset, AuditQuery.MAX_LIMIT));
      for (AuditEntry entry : page.entries()) {
        String note = note(entry);
        if (note.startsWith(prefix)) {
          String key = note.substring(prefix.length()).split(";", 2)[0];
          byStep.computeIfAbsent(key, k -> new ArrayList<>()).add(entry);
        }
      }
      if (page.entries().size() < AuditQuery.MAX_LIMIT) {
        return byStep;
      }
    }
  }

  private static String note(AuditEntry entry) {
    return entry.changes().stream()
        .filter(c -> c.field().equals("note"))
        .map(AuditChange::after)
        .findFirst()
        .orElse("");
  }

  /**
   * Why a step seen finished before a kill is not finished after it. H2 shows a commit to other
   * sessions a moment before it has written it to its file, and the committing thread waits for the
   * write: a reader may see a step end that a kill then loses, and that is harmless as long as its
   * node had not gone on. It had, and the commit itself was lost, when Duo received a request for
   * the step's organization after the step's last one and before the kill.
   */
  private static String lostCommit(DuoEmulator duo, JsonNode run, String key, Instant killedAt) {
    JsonNode step = null;
    for (JsonNode s : run.path("steps")) {
      if (s.path("key").asText().equals(key)) {
        step = s;
      }
    }
    String organization = step == null ? "" : step.path("organization").asText();
    Instant ended = step == null ? Instant.MIN : Instant.parse(step.path("finished_at").asText());
    String childId =
        duo.world().accounts().stream()
            .filter(a -> a.name().equals(organization))
            .map(a -> a.id())
            .findFirst()
            .orElse("");
    List<String> later = new ArrayList<>();
    for (RecordedRequest r :
        Leavers.byChild(duo.requests().all()).getOrDefault(childId, List.of())) {
      if (r.receivedAt().isAfter(ended) && r.receivedAt().isBefore(killedAt)) {
        later.add(
            r.method()
                + " "
                + r.path()
                + " "
                + Duration.between(r.receivedAt(), killedAt).toMillis()
                + " ms before the kill");
      }
    }
    return later.isEmpty()
        ? "step "
            + key
            + " ("
            + organization
            + ") was seen finished before the kill and is not after it; Duo received nothing"
            + " more for "
            + organization
            + " before the kill"
        : "LOST: step "
            + key
            + " ("
            + organization
            + ") was stored finished, its node went on ("
            + String.join(", ", later)
            + "), and after the kill it is not finished: the commit was lost";
  }

  /** The keys of the run's finished steps. */
  private static Set<String> finishedSteps(JsonNode run) {
    Set<String> finished = new TreeSet<>();
    for (JsonNode step : run.path("steps")) {
      if (!step.path("finished_at").isNull()) {
        finished.add(step.path("key").asText());
      }
    }
    return finished;
  }

  /**
   * The run once more than {@code finished} of its steps are finished; null if it ended first or
   * the time ran out.
   */
  private static JsonNode awaitNextStepEnd(BenchApi api, String runId, int finished, long timeoutMs)
      throws Exception {
    long until = System.currentTimeMillis() + timeoutMs;
    while (System.currentTimeMillis() < until) {
      JsonNode run = run(api, runId);
      if (!run.path("state").asText().equals("running")) {
        return null;
      }
      if (finishedSteps(run).size() > finished) {
        return run;
      }
      Thread.sleep(2);
    }
    return null;
  }

  private static JsonNode awaitEnd(BenchApi api, String runId, long timeoutMs) throws Exception {
    long until = System.currentTimeMillis() + timeoutMs;
    while (System.currentTimeMillis() < until) {
      JsonNode run = run(api, runId);
      if (!run.path("state").asText().equals("running")) {
        return run;
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("the run did not end within " + timeoutMs / 1000 + " s");
  }

  /**
   * The run as the node answers; asks again while the node is not up or answers with an error (a
   * node whose database went away answers 503 until it has reopened it).
   */
  private static JsonNode run(BenchApi api, String runId) throws Exception {
    long until = System.currentTimeMillis() + 120_000;
    while (true) {
      try {
        JsonNode run = api.get(path(runId));
        if (run.has("state") || System.currentTimeMillis() > until) {
          return run;
        }
      } catch (IOException notUpYet) {
        if (System.currentTimeMillis() > until) {
          throw notUpYet;
        }
      }
      Thread.sleep(50);
    }
  }

  private static String path(String runId) {
    return "/api/v1/workflows/runs/" + runId;
  }

  private static String ordinal(int n) {
    return n + (n == 2 ? "nd" : n == 3 ? "rd" : "th");
  }
}
