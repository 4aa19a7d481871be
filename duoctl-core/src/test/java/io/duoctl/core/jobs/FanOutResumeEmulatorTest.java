package io.duoctl.core.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.core.access.ApiScope;
import io.duoctl.core.actions.ActionRunner;
import io.duoctl.core.actions.AuditLogActionTrail;
import io.duoctl.core.actions.ErrorCode;
import io.duoctl.core.actions.RunOptions;
import io.duoctl.core.actions.handlers.StandardActions;
import io.duoctl.core.audit.AuditChange;
import io.duoctl.core.audit.AuditEntry;
import io.duoctl.core.audit.AuditQuery;
import io.duoctl.core.settings.SettingsService;
import io.duoctl.core.testing.Backend;
import io.duoctl.core.testing.CoreFixture;
import io.duoctl.core.testing.EmulatedMsp;
import io.duoctl.core.testing.Json;
import io.duoctl.emulator.admin.users.UserDirectory;
import io.duoctl.emulator.model.Account;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A job whose node died mid-way (its lease lapsed an hour ago) is claimed and finished by another
 * node: organizations not started run, those in flight are settled by looking them up, and a change
 * that cannot be looked up is reported as of unknown outcome. Every row has its audit entry.
 */
@Tag("slow")
class FanOutResumeEmulatorTest {

  private static final List<String> ORGS = List.of("Org 0", "Org 1", "Org 2");

  @TempDir Path tempDir;

  private final EmulatedMsp msp = new EmulatedMsp();
  private CoreFixture db;
  private JobStore gone;
  private JobStore here;
  private FanOut fanOut;
  private List<Account> accounts;

  @BeforeEach
  void start() {
    db = new CoreFixture(Backend.H2, tempDir);
    gone =
        new JobStore(
            db.jdbi(), new JobLease("node-gone", Duration.ofSeconds(30), Duration.ofSeconds(5)));
    here =
        new JobStore(
            db.jdbi(), new JobLease("node-here", Duration.ofSeconds(30), Duration.ofSeconds(5)));
    ActionRunner runner =
        new ActionRunner(
            StandardActions.catalog(),
            msp.resolver(),
            msp.client.transport(),
            new AuditLogActionTrail(db.jdbi(), db.audit),
            Clock.systemUTC());
    fanOut =
        new FanOut(
            runner,
            msp.resolver(),
            OrganizationSelection::organizations,
            here,
            new FanOutLimits(4, 2),
            Clock.systemUTC());
    accounts = ORGS.stream().map(msp::childOrganization).toList();
  }

  @AfterEach
  void stop() {
    fanOut.close();
    db.close();
    msp.close();
  }

  /** A job a node that died an hour ago started, with organizations 0 and 1 in flight. */
  private String interruptedJob(String action, String input) {
    return interruptedJob(action, input, Optional.empty());
  }

  private String interruptedJob(String action, String input, Optional<String> configuration) {
    String id = UUID.randomUUID().toString();
    gone.insertJob(
        new JobSummary(
            id,
            action,
            "test:crash",
            false,
            "list",
            input,
            new JobProgress(id, JobState.RUNNING, ORGS.size(), 0, 0),
            Instant.now().minus(Duration.ofHours(1)),
            null),
        new JobPlan(configuration, ApiScope.RUN, OptionalInt.empty()),
        ORGS);
    gone.markInFlight(id, 0);
    gone.markInFlight(id, 1);
    return id;
  }

  private Job resume() throws InterruptedException {
    List<ClaimedJob> claimed = here.claimLapsed(Instant.now());
    assertThat(claimed).hasSize(1);
    assertThat(here.claimLapsed(Instant.now())).isEmpty();
    Job job = fanOut.resume(claimed.get(0));
    assertThat(job.await(Duration.ofSeconds(60))).isTrue();
    return job;
  }

  private Map<String, List<AuditEntry>> auditOf(String action, String jobId) {
    return db.audit.find(AuditQuery.all().withAction(action)).entries().stream()
        .filter(entry -> change(entry, "job_id").equals(jobId))
        .collect(Collectors.groupingBy(entry -> change(entry, "organization")));
  }

  private static String change(AuditEntry entry, String field) {
    return entry.changes().stream()
        .filter(c -> c.field().equals(field))
        .map(AuditChange::after)
        .findFirst()
        .orElse("");
  }

  private long creates() {
    return msp.duo.requests().all().stream()
        .filter(r -> r.method().equals("POST") && r.path().equals("/admin/v1/users"))
        .count();
  }

  @Test
  void resume_settlesCreatesInFlightByLookingThemUp_andRunsTheRest_withOneRowAndAuditEntryEach()
      throws Exception {
    msp.runner()
        .run(
            "Org 0",
            "users.create",
            Json.of("{'username': 'jdoe'}"),
            RunOptions.as("t", ApiScope.RUN));
    msp.duo.requests().clear();
    String id = interruptedJob("users.create", "{\"username\":\"jdoe\"}");

    Job job = resume();

    assertThat(here.find(job.id()).orElseThrow().progress())
        .extracting(JobProgress::state, JobProgress::done, JobProgress::failed)
        .containsExactly(JobState.SUCCEEDED, 3, 0);
    List<JobRow> rows = here.rows(id);
    assertThat(rows).extracting(JobRow::organization).containsExactlyElementsOf(ORGS);
    assertThat(rows).allSatisfy(row -> assertThat(row.ok()).isTrue());
    assertThat(rows.get(0).data().path("outcome").asText()).isEqualTo("already_exists");
    assertThat(creates()).isEqualTo(2);
    assertThat(accounts)
        .allSatisfy(
            account -> assertThat(UserDirectory.of(msp.duo.world(), account).all()).hasSize(1));
    Map<String, List<AuditEntry>> audit = auditOf("users.create", id);
    assertThat(audit).containsOnlyKeys(ORGS);
    assertThat(audit.values()).allSatisfy(entries -> assertThat(entries).hasSize(1));
    assertThat(change(audit.get("Org 0").get(0), "note")).startsWith("reconciled after restart");
    assertThat(change(audit.get("Org 1").get(0), "note")).startsWith("reconciled after restart");
    assertThat(change(audit.get("Org 2").get(0), "note")).startsWith("run after restart");
  }

  @Test
  void resume_ofAChangeThatCannotBeLookedUp_reportsItsOutcomeUnknown_neverSendsItAgain()
      throws Exception {
    for (String org : ORGS) {
      msp.runner()
          .run(
              org,
              "users.create",
              Json.of("{'username': 'jdoe'}"),
              RunOptions.as("t", ApiScope.RUN));
    }
    msp.duo.requests().clear();
    String id =
        interruptedJob("users.enroll", "{\"username\":\"jdoe\",\"email\":\"jdoe@acme.test\"}");

    Job job = resume();

    JobProgress progress = here.find(job.id()).orElseThrow().progress();
    assertThat(progress.state()).isEqualTo(JobState.PARTIAL);
    assertThat(progress.unknown()).isEqualTo(2);
    List<JobRow> rows = here.rows(id);
    assertThat(rows)
        .extracting(JobRow::errorCode)
        .containsExactly(ErrorCode.OUTCOME_UNKNOWN, ErrorCode.OUTCOME_UNKNOWN, null);
    assertThat(rows.get(0).message()).contains("check in Duo before running it again");
    assertThat(
            msp.duo.requests().all().stream()
                .filter(r -> r.method().equals("POST") && r.path().startsWith("/admin/v1/users/"))
                .count())
        .isEqualTo(1);
    Map<String, List<AuditEntry>> audit = auditOf("users.enroll", id);
    assertThat(audit).containsOnlyKeys(ORGS);
    assertThat(change(audit.get("Org 0").get(0), "error_code"))
        .containsIgnoringCase("outcome_unknown");
  }

  @Test
  void resume_ofAnUpdateInFlight_comparesFirst_andSendsItOnlyWhereDuoIsNotAsAskedYet()
      throws Exception {
    for (String org : ORGS) {
      msp.runner()
          .run(
              org,
              "users.create",
              Json.of("{'username': 'jdoe'}"),
              RunOptions.as("t", ApiScope.RUN));
    }
    msp.runner()
        .run(
            "Org 0",
            "users.update",
            Json.of("{'user': 'jdoe', 'realname': 'Jo Doe'}"),
            RunOptions.as("t", ApiScope.RUN));
    msp.duo.requests().clear();
    String id = interruptedJob("users.update", "{\"user\":\"jdoe\",\"realname\":\"Jo Doe\"}");

    Job job = resume();

    assertThat(here.find(job.id()).orElseThrow().progress())
        .extracting(JobProgress::state, JobProgress::done, JobProgress::failed)
        .containsExactly(JobState.SUCCEEDED, 3, 0);
    List<JobRow> rows = here.rows(id);
    assertThat(rows.get(0).data().path("outcome").asText()).isEqualTo("unchanged");
    assertThat(rows.get(1).data().has("outcome")).isFalse();
    assertThat(
            msp.duo.requests().all().stream()
                .filter(r -> r.method().equals("POST") && r.path().startsWith("/admin/v1/users/"))
                .count())
        .isEqualTo(2);
    assertThat(accounts)
        .allSatisfy(
            account ->
                assertThat(UserDirectory.of(msp.duo.world(), account).all())
                    .extracting(io.duoctl.emulator.admin.users.User::realname)
                    .containsExactly("Jo Doe"));
    assertThat(change(auditOf("users.update", id).get("Org 0").get(0), "note"))
        .startsWith("reconciled after restart");
  }

  @Test
  void keeper_endsAJobWhoseConfigurationWasDeleted_withARowAndWhereNeededAnAuditEntryEach()
      throws Exception {
    SettingsService settings = new SettingsService(db.jdbi(), db.vault, db.audit, db.clock);
    String id = interruptedJob("users.update", "{\"user\":\"jdoe\"}", Optional.of("acme"));
    msp.duo.requests().clear();
    JobKeeper keeper =
        new JobKeeper(
            here,
            configuration -> {
              configuration.ifPresent(settings::get); // "acme" is gone, as after its deletion
              return fanOut;
            },
            Clock.systemUTC());

    List<Job> ended = keeper.resumeNow();

    assertThat(ended).hasSize(1);
    assertThat(ended.get(0).await(Duration.ofSeconds(60))).isTrue();
    assertThat(here.find(id).orElseThrow().progress().state().finished()).isTrue();
    List<JobRow> rows = here.rows(id);
    assertThat(rows)
        .extracting(JobRow::errorCode)
        .containsExactly(ErrorCode.OUTCOME_UNKNOWN, ErrorCode.OUTCOME_UNKNOWN, ErrorCode.CANCELLED);
    assertThat(rows)
        .allSatisfy(
            row ->
                assertThat(row.message())
                    .contains("the configuration this job ran with (acme) was deleted"));
    assertThat(msp.duo.requests().all()).isEmpty();
    assertThat(auditOf("users.update", id)).containsOnlyKeys("Org 0", "Org 1");
    assertThat(keeper.resumeNow()).isEmpty();
    keeper.close();
  }
}
