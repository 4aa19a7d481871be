package io.duoctl.core.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.duoctl.core.access.ApiScope;
import io.duoctl.core.actions.ActionNotAllowedException;
import io.duoctl.core.actions.ActionResult;
import io.duoctl.core.actions.ActionRunner;
import io.duoctl.core.actions.ErrorCode;
import io.duoctl.core.actions.RunOptions;
import io.duoctl.core.testing.Backend;
import io.duoctl.core.testing.CoreFixture;
import io.duoctl.core.testing.EmulatedMsp;
import io.duoctl.core.testing.Json;
import io.duoctl.emulator.admin.users.UserDirectory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules of a run, decided in core for every front end: the caller's scope, secrets in jobs, and
 * the confirmation of a destructive action over several organizations. Every refusal comes before
 * anything runs or is stored.
 */
@Tag("slow")
class FanOutRulesTest {
  private static final List<String> CUSTOMERS = List.of("Acme", "Globex", "Initech");
  private static final RunOptions TECH = RunOptions.as("cli:tech", ApiScope.RUN);

  @TempDir Path tempDir;
  private final EmulatedMsp msp = new EmulatedMsp();
  private final ActionRunner runner = msp.runner();
  private CoreFixture db;
  private JobStore store;
  private FanOut fanOut;

  @BeforeEach
  void customers() {
    db = new CoreFixture(Backend.H2, tempDir);
    store = new JobStore(db.jdbi());
    fanOut =
        new FanOut(
            runner,
            msp.resolver(),
            OrganizationSelection::organizations,
            store,
            FanOutLimits.defaults(),
            Clock.systemUTC());
    for (String name : CUSTOMERS) {
      msp.childOrganization(name);
      assertThat(runner.run(name, "users.create", Json.of("{'username': 'jdoe'}"), TECH).ok())
          .isTrue();
    }
  }

  @AfterEach
  void stop() {
    fanOut.close();
    db.close();
    msp.close();
  }

  private long requestsToDuo() {
    return msp.duo.requests().all().size();
  }

  private long jdoes() {
    return msp.duo.world().accounts().stream()
        .filter(a -> CUSTOMERS.contains(a.name()))
        .filter(a -> UserDirectory.of(msp.duo.world(), a).byUsernameOrAlias("jdoe").isPresent())
        .count();
  }

  @Test
  void runner_refusesAChangingActionToTheReadScope_andSendsNothing() {
    long before = requestsToDuo();

    ActionResult result =
        runner.run(
            "Acme",
            "users.delete",
            Json.of("{'user': 'jdoe'}"),
            RunOptions.as("api:reader", ApiScope.READ));

    assertThat(result.ok()).isFalse();
    assertThat(result.error().code()).isEqualTo(ErrorCode.FORBIDDEN);
    assertThat(result.error().message()).contains("run scope");
    assertThat(requestsToDuo()).isEqualTo(before);
    assertThat(jdoes()).isEqualTo(3);
  }

  @Test
  void runner_letsTheReadScopeRunAReadOnlyAction() {
    ActionResult result =
        runner.run("Acme", "users.list", null, RunOptions.as("api:reader", ApiScope.READ));

    assertThat(result.ok()).as(String.valueOf(result.error())).isTrue();
  }

  @Test
  void start_refusesAChangingActionToTheReadScope_beforeAnythingIsStored() {
    assertThatThrownBy(
            () ->
                fanOut.start(
                    "users.delete",
                    Json.of("{'user': 'jdoe'}"),
                    OrganizationSelection.of(CUSTOMERS),
                    RunOptions.as("console:reader", ApiScope.READ).confirmed(3)))
        .isInstanceOf(ActionNotAllowedException.class)
        .hasMessageContaining("run scope");

    assertThat(store.recent(0, 10)).isEmpty();
    assertThat(jdoes()).isEqualTo(3);
  }

  @Test
  void start_refusesASecretHandingActionAsAJobNobodyHolds_butNotItsDryRun() {
    assertThatThrownBy(
            () ->
                fanOut.start(
                    "bypass_codes.create",
                    Json.of("{'user': 'jdoe'}"),
                    OrganizationSelection.of(CUSTOMERS),
                    TECH))
        .isInstanceOf(SecretsInJobException.class)
        .hasMessageContaining("one organization at a time");
    assertThat(store.recent(0, 10)).isEmpty();

    Job dryRun =
        fanOut.start(
            "bypass_codes.create",
            Json.of("{'user': 'jdoe'}"),
            OrganizationSelection.of(CUSTOMERS),
            TECH.withDryRun(true));
    assertThat(dryRun.progress().total()).isEqualTo(3);
  }

  @Test
  void start_givesSecretsToACallerWhoHoldsTheJob() throws Exception {
    List<ActionResult> handed = new CopyOnWriteArrayList<>();
    Job job =
        fanOut.start(
            "bypass_codes.create",
            Json.of("{'user': 'jdoe'}"),
            OrganizationSelection.of(CUSTOMERS),
            TECH.withResultsInHand(),
            (index, result) -> handed.add(result));

    assertThat(job.await(Duration.ofSeconds(30))).isTrue();
    assertThat(handed).hasSize(3).allMatch(ActionResult::ok);
  }

  @Test
  void destructiveOverSeveralOrganizations_withoutConfirmation_isRefusedNamingThem() {
    ConfirmationRequiredException refused =
        catchConfirmation(
            () ->
                fanOut.start(
                    "users.delete",
                    Json.of("{'user': 'jdoe'}"),
                    OrganizationSelection.of(CUSTOMERS),
                    TECH));

    assertThat(refused.count()).isEqualTo(3);
    assertThat(refused.organizations()).containsExactlyElementsOf(CUSTOMERS);
    assertThat(refused.getMessage()).contains("3 organizations (Acme, Globex, Initech)");
    assertThat(store.recent(0, 10)).isEmpty();
    assertThat(jdoes()).isEqualTo(3);
  }

  @Test
  void destructive_confirmedForAnotherCount_isRefusedAsAChangedSelection() {
    ConfirmationRequiredException refused =
        catchConfirmation(
            () ->
                fanOut.start(
                    "users.delete",
                    Json.of("{'user': 'jdoe'}"),
                    OrganizationSelection.of(CUSTOMERS),
                    TECH.confirmed(2)));

    assertThat(refused.getMessage()).contains("not the 2 confirmed").contains("changed");
    assertThat(store.recent(0, 10)).isEmpty();
    assertThat(jdoes()).isEqualTo(3);
  }

  @Test
  void destructive_confirmedForTheSelection_runs() throws Exception {
    Job job =
        fanOut.start(
            "users.delete",
            Json.of("{'user': 'jdoe'}"),
            OrganizationSelection.of(CUSTOMERS),
            TECH.confirmed(3));

    assertThat(job.await(Duration.ofSeconds(30))).isTrue();
    assertThat(store.rows(job.id())).hasSize(3).allMatch(JobRow::ok);
    assertThat(jdoes()).isZero();
  }

  @Test
  void destructive_dryRunOrOneOrganization_needsNoConfirmation() throws Exception {
    Job dryRun =
        fanOut.start(
            "users.delete",
            Json.of("{'user': 'jdoe'}"),
            OrganizationSelection.of(CUSTOMERS),
            TECH.withDryRun(true));
    Job one =
        fanOut.start(
            "users.delete",
            Json.of("{'user': 'jdoe'}"),
            OrganizationSelection.of(List.of("Acme")),
            TECH);

    assertThat(dryRun.await(Duration.ofSeconds(30))).isTrue();
    assertThat(one.await(Duration.ofSeconds(30))).isTrue();
    assertThat(jdoes()).isEqualTo(2);
  }

  private static ConfirmationRequiredException catchConfirmation(Runnable start) {
    try {
      start.run();
    } catch (ConfirmationRequiredException e) {
      return e;
    }
    throw new AssertionError("the job started without a confirmation");
  }
}
