package io.duoctl.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.core.audit.AuditEntry;
import io.duoctl.core.audit.AuditQuery;
import io.duoctl.core.mapping.DuoImport;
import io.duoctl.core.secrets.Secret;
import io.duoctl.core.settings.AdvancedSettings;
import io.duoctl.core.settings.ConfigurationUpdate;
import io.duoctl.core.settings.DuoApi;
import io.duoctl.core.settings.ProxySettings;
import io.duoctl.core.testing.Backend;
import io.duoctl.core.workflows.runs.RunFilter;
import io.duoctl.core.workflows.runs.RunState;
import io.duoctl.core.workflows.runs.RunTrigger;
import io.duoctl.core.workflows.runs.StepRun;
import io.duoctl.core.workflows.runs.WorkflowRun;
import io.duoctl.core.workflows.schedules.LaunchOutcome;
import io.duoctl.core.workflows.schedules.ScheduleLaunch;
import io.duoctl.core.workflows.schedules.ScheduleRequest;
import io.duoctl.emulator.DuoEmulator;
import io.duoctl.emulator.admin.users.User;
import io.duoctl.emulator.admin.users.UserDirectory;
import io.duoctl.emulator.faults.Latency;
import io.duoctl.emulator.fixture.Fixture;
import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.model.Integration;
import io.duoctl.emulator.model.IntegrationType;
import io.duoctl.emulator.record.RecordedRequest;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code duoctl serve} processes on one PostgreSQL run a schedule due every five seconds for a
 * minute. Each run creates this run's user in every organization of an emulated MSP (named after
 * the run's start, so a second execution of a due time, or of a step, would show in Duo) and then
 * updates it. Halfway, the node running a run is killed ({@code kill -9}) between two of its steps;
 * the other node takes the run over and finishes it, and launches every later due time.
 */
@Tag("postgres")
@Tag("slow")
class ScheduledRunsOnTwoNodesPostgresTest {
  private static final int ORGANIZATIONS = 4;
  private static final String SCHEDULE = "stamp-every-five-seconds";
  private static final Duration EVERY = Duration.ofSeconds(5);
  private static final Duration FOR = Duration.ofMinutes(1);
  private static final String ACTOR = "cli:two-nodes";

  private static final String STAMP_ORGANIZATION =
      """
      name: stamp-organization
      title: Stamp one organization
      description: Creates this run's user in the organization, then names them.
      version: 1
      inputs:
        organization:
          type: string
          required: true
          description: The organization
      steps:
        - id: create
          name: Create this run's user
          action: users.create
          organization: ${{ inputs.organization }}
          with:
            username: ${{ "stamp-" + string(int(now)) }}
        - id: name
          name: Name them
          action: users.update
          organization: ${{ inputs.organization }}
          with:
            user: ${{ steps.create.output.user_id }}
            realname: Stamped
      """;

  private static final String STAMP_EVERYWHERE =
      """
      name: stamp-everywhere
      title: Stamp every organization
      description: Runs stamp-organization in every organization.
      version: 1
      steps:
        - id: stamp
          name: Stamp each organization
          for_each:
            organizations: all
          workflow: stamp-organization
          with:
            organization: ${{ organization }}
      """;

  @TempDir Path dataDir;

  @Test
  void everyDueTimeRunsOnce_andTheRunOfAKilledNodeIsFinishedByTheOther() throws Exception {
    String database = Backend.freshPostgresDatabase();
    try (DuoEmulator duo =
        DuoEmulator.builder().tls(false).latency(Latency.ofMillis(500, 0)).build()) {
      Fixture.generate(ORGANIZATIONS, 1, 7).applyTo(duo.world());
      duo.start();
      AppConfig config =
          new AppConfig(
              dataDir,
              database,
              "postgres",
              "postgres",
              null,
              ACTOR,
              Duration.ofSeconds(2),
              Duration.ofSeconds(1));
      try (Duoctl app = Duoctl.start(config)) {
        configure(app, duo);
        app.workflows().save(STAMP_ORGANIZATION, ACTOR);
        app.workflows().save(STAMP_EVERYWHERE, ACTOR);
        Map<String, String> environment =
            Map.of(
                AppConfig.DATA_DIR_VARIABLE, dataDir.toString(),
                AppConfig.DB_URL_VARIABLE, config.databaseUrl(),
                AppConfig.DB_USER_VARIABLE, "postgres",
                AppConfig.DB_PASSWORD_VARIABLE, "postgres",
                AppConfig.ACTOR_VARIABLE, ACTOR,
                AppConfig.JOB_LEASE_VARIABLE, "2",
                AppConfig.SCHEDULE_POLL_VARIABLE, "1");
        List<ServeProcess> nodes =
            List.of(
                ServeProcess.start("node A", environment),
                ServeProcess.start("node B", environment));
        try {
          Killed killed = runForAMinute(app, nodes);
          ServeProcess survivor = nodes.get(nodes.get(0) == killed.node() ? 1 : 0);
          app.schedules().setEnabled(SCHEDULE, false, ACTOR);
          List<ScheduleLaunch> launches = launches(app);
          awaitFinished(app, launches);
          survivor.close();

          assertEveryDueTimeLaunchedOnce(app, launches);
          WorkflowRun taken = app.workflowRuns().history().find(killed.runId()).orElseThrow();
          assertThat(taken.state())
              .as("the run %s killed with %s, finished by %s", taken.id(), killed, survivor.name())
              .isEqualTo(RunState.SUCCEEDED);
          assertThat(app.workflowRuns().history().steps(killed.runId()))
              .as("steps of %s that %s finished after the kill", killed.runId(), survivor.name())
              .filteredOn(s -> s.stepId().equals("name") && s.finishedAt().isAfter(killed.at()))
              .isNotEmpty();
          assertThat(launches)
              .filteredOn(l -> l.startedAt().isAfter(killed.at()))
              .as("due times after the kill")
              .isNotEmpty()
              .allSatisfy(l -> assertThat(survivor.isNode(l.node())).isTrue());
          assertEachChangeMadeOnce(app, duo, launches);
        } finally {
          for (ServeProcess node : nodes) {
            node.close();
          }
        }
      }
    }
  }

  /** A kill: the node, the run it was running, and when. */
  private record Killed(ServeProcess node, String runId, Instant at) {}

  /**
   * Creates the schedule, waits until a third of the minute has passed and a run is between two of
   * its steps (a user created, not every user named yet), kills the node that runs it, and returns
   * once the minute is over.
   */
  private static Killed runForAMinute(Duoctl app, List<ServeProcess> nodes)
      throws InterruptedException {
    app.schedules()
        .create(
            new ScheduleRequest(
                SCHEDULE, "stamp-everywhere", null, "0/5 * * * * *", "UTC", null, true, false),
            ACTOR);
    Instant end = Instant.now().plus(FOR);
    Instant earliestKill = Instant.now().plus(FOR.dividedBy(3));
    Killed killed = null;
    while (Instant.now().isBefore(end)) {
      if (killed == null && Instant.now().isAfter(earliestKill)) {
        killed = killMidRun(app, nodes);
      }
      Thread.sleep(50);
    }
    assertThat(killed).as("a run seen between two steps to kill its node").isNotNull();
    return killed;
  }

  private static Killed killMidRun(Duoctl app, List<ServeProcess> nodes)
      throws InterruptedException {
    for (ScheduleLaunch launch : launches(app)) {
      if (launch.runId().isEmpty()) {
        continue;
      }
      String runId = launch.runId().get();
      List<StepRun> steps = app.workflowRuns().history().steps(runId);
      long created = steps.stream().filter(s -> s.stepId().equals("create") && finished(s)).count();
      long stamped = steps.stream().filter(s -> s.stepId().equals("name") && finished(s)).count();
      boolean running =
          app.workflowRuns().history().find(runId).orElseThrow().state() == RunState.RUNNING;
      if (running && created >= 1 && stamped < ORGANIZATIONS) {
        ServeProcess node =
            nodes.stream().filter(n -> n.isNode(launch.node())).findFirst().orElseThrow();
        node.kill();
        System.out.printf(
            "killed %s while it ran %s (%d of %d users created, %d named)%n",
            node.name(), runId, created, ORGANIZATIONS, stamped);
        return new Killed(node, runId, Instant.now());
      }
    }
    return null;
  }

  private static boolean finished(StepRun step) {
    return step.finishedAt() != null;
  }

  private static void assertEveryDueTimeLaunchedOnce(Duoctl app, List<ScheduleLaunch> launches) {
    assertThat(launches)
        .as("a minute of due times every five seconds")
        .hasSizeGreaterThanOrEqualTo((int) (FOR.toSeconds() / EVERY.toSeconds()) - 1)
        .allSatisfy(l -> assertThat(l.outcome()).isEqualTo(LaunchOutcome.LAUNCHED));
    for (int i = 1; i < launches.size(); i++) {
      assertThat(Duration.between(launches.get(i - 1).dueAt(), launches.get(i).dueAt()))
          .as("no due time missed or doubled after %s", launches.get(i - 1).dueAt())
          .isEqualTo(EVERY);
    }
    List<String> launchedRuns = launches.stream().map(l -> l.runId().orElseThrow()).toList();
    List<String> scheduledRuns =
        app.workflowRuns().history().recent(runsOfStampEverywhere(), 0, 1000).stream()
            .filter(r -> r.trigger().equals(RunTrigger.schedule(SCHEDULE)))
            .map(WorkflowRun::id)
            .toList();
    assertThat(scheduledRuns)
        .as("one run per due time, and no other")
        .containsExactlyInAnyOrderElementsOf(launchedRuns);
    assertThat(launchedRuns)
        .allSatisfy(
            id ->
                assertThat(app.workflowRuns().history().find(id).orElseThrow().state())
                    .as("run %s", id)
                    .isEqualTo(RunState.SUCCEEDED));
  }

  /**
   * In every organization each run created its user once and named them once: one accepted {@code
   * POST /admin/v1/users} per user and one accepted {@code POST /admin/v1/users/{id}}, one audit
   * entry for each, and no user of a run that does not exist.
   */
  private static void assertEachChangeMadeOnce(
      Duoctl app, DuoEmulator duo, List<ScheduleLaunch> launches) {
    Map<String, Long> creations = countByUsername(duo.requests().toPath("/admin/v1/users"));
    List<User> stamped =
        duo.world().accounts().stream()
            .filter(Account::isChild)
            .flatMap(child -> UserDirectory.of(duo.world(), child).all().stream())
            .filter(u -> u.username().startsWith("stamp-"))
            .toList();
    assertThat(stamped).hasSize(launches.size() * ORGANIZATIONS);
    assertThat(stamped).allSatisfy(u -> assertThat(u.realname()).isEqualTo("Stamped"));
    Map<String, Long> perUsername =
        stamped.stream().collect(Collectors.groupingBy(User::username, Collectors.counting()));
    assertThat(perUsername.values())
        .as("each run's user in every organization")
        .containsOnly((long) ORGANIZATIONS);
    assertThat(creations).as("creations accepted by Duo per username").isEqualTo(perUsername);
    for (User user : stamped) {
      assertThat(
              duo.requests()
                  .matching(
                      r ->
                          r.method().equals("POST")
                              && r.path().equals("/admin/v1/users/" + user.userId())
                              && r.status() == 200))
          .as("updates of %s", user.username())
          .hasSize(1);
    }
    for (ScheduleLaunch launch : launches) {
      String runId = launch.runId().orElseThrow();
      List<AuditEntry> audit =
          app.audit().find(AuditQuery.all().withWorkflowRun(runId).page(0, 1000)).entries();
      assertThat(audit)
          .as("audit entries of run %s", runId)
          .extracting(AuditEntry::action)
          .containsOnly("run:users.create", "run:users.update")
          .hasSize(2 * ORGANIZATIONS);
    }
  }

  private static Map<String, Long> countByUsername(List<RecordedRequest> requests) {
    return requests.stream()
        .filter(r -> r.method().equals("POST") && r.status() == 200)
        .map(r -> r.param("username"))
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
  }

  private static RunFilter runsOfStampEverywhere() {
    return new RunFilter(Optional.of("stamp-everywhere"), Optional.empty());
  }

  private static void awaitFinished(Duoctl app, List<ScheduleLaunch> launches)
      throws InterruptedException {
    Instant deadline = Instant.now().plusSeconds(90);
    for (ScheduleLaunch launch : launches) {
      String runId = launch.runId().orElseThrow();
      while (!app.workflowRuns().history().find(runId).orElseThrow().state().finished()
          && Instant.now().isBefore(deadline)) {
        Thread.sleep(200);
      }
    }
  }

  /** The schedule's launches, oldest due time first. */
  private static List<ScheduleLaunch> launches(Duoctl app) {
    List<ScheduleLaunch> launches = new ArrayList<>(app.schedules().launches(SCHEDULE, 1000));
    launches.sort(Comparator.comparing(ScheduleLaunch::dueAt));
    return launches;
  }

  /**
   * Saves the parent's Accounts API keys (reached through the emulator's proxy over plain HTTP),
   * then imports and maps every child account as an organization.
   */
  private static void configure(Duoctl app, DuoEmulator duo) {
    Account parent =
        duo.world().accounts().stream().filter(a -> !a.isChild()).findFirst().orElseThrow();
    Integration accountsApi =
        duo.world().integrationsOf(parent.id()).stream()
            .filter(i -> i.type() == IntegrationType.ACCOUNTS_API)
            .findFirst()
            .orElseThrow();
    InetSocketAddress proxy = duo.proxyAddress();
    app.settings()
        .save(
            ConfigurationUpdate.named("default")
                .withApi(
                    DuoApi.ACCOUNTS,
                    parent.apiHostname(),
                    accountsApi.integrationKey(),
                    Secret.of(accountsApi.secretKey()))
                .withAdvanced(
                    AdvancedSettings.defaults()
                        .withProxy(
                            new ProxySettings(proxy.getHostString(), proxy.getPort(), null, null))
                        .withAllowPlainHttp(true)),
            ACTOR);
    app.mapping().refreshAccounts("default", app.accountDirectory(), ACTOR);
    DuoImport imported = app.organizationsFromDuo().importUnmapped("default", ACTOR);
    assertThat(imported.created()).hasSize(ORGANIZATIONS);
  }
}
