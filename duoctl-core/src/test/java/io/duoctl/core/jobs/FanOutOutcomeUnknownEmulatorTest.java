package io.duoctl.core.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.client.DuoClient;
import io.duoctl.core.access.ApiScope;
import io.duoctl.core.actions.ErrorCode;
import io.duoctl.core.actions.RunOptions;
import io.duoctl.core.testing.Backend;
import io.duoctl.core.testing.CoreFixture;
import io.duoctl.core.testing.EmulatedMsp;
import io.duoctl.core.testing.Json;
import io.duoctl.emulator.admin.users.UserDirectory;
import io.duoctl.emulator.faults.Fault;
import io.duoctl.emulator.faults.FaultRule;
import io.duoctl.emulator.model.Account;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The users.create job whose answers come after the request timeout (1 s here, answers after 3 s),
 * at the scale of five organizations: no row is reported failed, the outcome is settled where Duo
 * already did the work, and a rerun neither doubles nor fails.
 */
@Tag("slow")
class FanOutOutcomeUnknownEmulatorTest {

  private static final Duration SLOW = Duration.ofSeconds(3);

  @TempDir Path tempDir;

  private final EmulatedMsp msp = new EmulatedMsp();
  private final DuoClient impatient =
      msp.clientBuilder().requestTimeout(Duration.ofSeconds(1)).build();
  private CoreFixture db;
  private JobStore store;
  private FanOut fanOut;
  private List<String> names;
  private List<Account> accounts;

  @BeforeEach
  void start() {
    db = new CoreFixture(Backend.H2, tempDir);
    store = new JobStore(db.jdbi());
    fanOut =
        new FanOut(
            msp.runner(impatient.transport()),
            msp.resolver(),
            OrganizationSelection::organizations,
            store,
            new FanOutLimits(5, 1),
            Clock.systemUTC());
    names = IntStream.range(0, 5).mapToObj(i -> "Org " + i).toList();
    accounts = names.stream().map(msp::childOrganization).toList();
  }

  @AfterEach
  void stop() {
    fanOut.close();
    db.close();
    impatient.close();
    msp.close();
  }

  private Job createJdoe() throws InterruptedException {
    Job job =
        fanOut.start(
            "users.create",
            Json.of("{'username': 'jdoe'}"),
            OrganizationSelection.of(names),
            RunOptions.as("test:job", ApiScope.RUN));
    assertThat(job.await(Duration.ofSeconds(60))).isTrue();
    return job;
  }

  private void slowUserCreates(Fault fault) {
    msp.duo.faults().add(new FaultRule("POST", "/admin/v1/users", 1.0, 5, fault));
  }

  private int users(Account account) {
    return UserDirectory.of(msp.duo.world(), account).all().size();
  }

  @Test
  void job_whoseAnswersTimeOutAfterDuoDidTheWork_reportsEveryUserCreated() throws Exception {
    slowUserCreates(Fault.slowAnswer(SLOW));

    Job job = createJdoe();

    JobProgress progress = store.find(job.id()).orElseThrow().progress();
    assertThat(progress.failed()).isZero();
    assertThat(progress.unknown()).isZero();
    assertThat(progress.succeeded()).isEqualTo(5);
    assertThat(store.rows(job.id()))
        .allSatisfy(
            row -> assertThat(row.data().path("outcome").asText()).isEqualTo("created_unanswered"));
    assertThat(accounts).allSatisfy(account -> assertThat(users(account)).isEqualTo(1));
  }

  @Test
  void job_whoseAnswersTimeOutBeforeDuoDidTheWork_isOutcomeUnknown_andARerunNeitherDoublesNorFails()
      throws Exception {
    slowUserCreates(Fault.delay(SLOW));

    Job first = createJdoe();

    JobSummary stored = store.find(first.id()).orElseThrow();
    assertThat(stored.progress().unknown()).isEqualTo(5);
    assertThat(stored.progress().failed()).isZero();
    assertThat(stored.progress().state()).isEqualTo(JobState.PARTIAL);
    assertThat(store.rows(first.id()))
        .allSatisfy(row -> assertThat(row.errorCode()).isEqualTo(ErrorCode.OUTCOME_UNKNOWN));
    awaitUsers();

    Job rerun = createJdoe();

    JobProgress progress = store.find(rerun.id()).orElseThrow().progress();
    assertThat(progress.state()).isEqualTo(JobState.SUCCEEDED);
    assertThat(store.rows(rerun.id()))
        .allSatisfy(
            row -> assertThat(row.data().path("outcome").asText()).isEqualTo("already_exists"));
    assertThat(accounts).allSatisfy(account -> assertThat(users(account)).isEqualTo(1));
  }

  private void awaitUsers() throws InterruptedException {
    long until = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while (accounts.stream().anyMatch(a -> users(a) == 0) && System.nanoTime() < until) {
      Thread.sleep(50);
    }
  }
}
