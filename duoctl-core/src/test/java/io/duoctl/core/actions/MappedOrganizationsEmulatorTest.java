package io.duoctl.core.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.duoctl.core.access.ApiScope;
import io.duoctl.core.actions.handlers.StandardActions;
import io.duoctl.core.errors.FieldError;
import io.duoctl.core.jobs.FanOut;
import io.duoctl.core.jobs.FanOutLimits;
import io.duoctl.core.jobs.Job;
import io.duoctl.core.jobs.JobRow;
import io.duoctl.core.jobs.JobStore;
import io.duoctl.core.jobs.NoOrganizationTaggedException;
import io.duoctl.core.jobs.OrganizationSelection;
import io.duoctl.core.jobs.OrganizationServiceDirectory;
import io.duoctl.core.jobs.SkippedOrganization;
import io.duoctl.core.mapping.ChildAccount;
import io.duoctl.core.mapping.MappingService;
import io.duoctl.core.mapping.TargetResolver;
import io.duoctl.core.orgs.AccessMode;
import io.duoctl.core.orgs.NewOrganization;
import io.duoctl.core.orgs.Organization;
import io.duoctl.core.orgs.OrganizationKeyService;
import io.duoctl.core.orgs.OrganizationService;
import io.duoctl.core.secrets.Secret;
import io.duoctl.core.settings.ApiCredentialsInput;
import io.duoctl.core.settings.ConfigurationUpdate;
import io.duoctl.core.settings.DuoApi;
import io.duoctl.core.settings.SettingsService;
import io.duoctl.core.testing.Backend;
import io.duoctl.core.testing.CoreFixture;
import io.duoctl.core.testing.EmulatedMsp;
import io.duoctl.core.testing.Json;
import io.duoctl.emulator.IntegrationKeys;
import io.duoctl.emulator.admin.directory.Directories;
import io.duoctl.emulator.admin.directory.DirectoryEntry;
import io.duoctl.emulator.admin.users.UserDirectory;
import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.model.Edition;
import io.duoctl.emulator.record.RecordedRequest;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runner over the real settings, organizations and mapping: a mapped child account reached
 * through the parent's Accounts keys, an organization with its own keys, and an unmapped one.
 */
@Tag("slow")
class MappedOrganizationsEmulatorTest {

  private static final String CONFIG = "production";

  @TempDir Path tempDir;
  private final EmulatedMsp msp = new EmulatedMsp();
  private CoreFixture db;
  private OrganizationService orgs;
  private ActionRunner runner;
  private Account acmeAccount;
  private Account globexAccount;
  private Organization acme;
  private Organization globex;
  private OrganizationKeyService keys;
  private MappedOrganizationResolver resolver;

  @BeforeEach
  void mspWithOrganizations() {
    db = new CoreFixture(Backend.H2, tempDir);
    SettingsService settings = new SettingsService(db.jdbi(), db.vault, db.audit, db.clock);
    settings.save(
        ConfigurationUpdate.named(CONFIG)
            .withApi(
                DuoApi.ACCOUNTS,
                msp.accountsKeys.apiHostname(),
                msp.accountsKeys.integrationKey(),
                Secret.of(msp.accountsKeys.secretKey())),
        "alice");
    orgs = new OrganizationService(db.jdbi(), db.vault, settings, db.audit, db.clock);
    keys = new OrganizationKeyService(db.jdbi(), db.vault, db.audit, db.clock);
    MappingService mapping = new MappingService(db.jdbi(), settings, orgs, db.audit, db.clock);

    acmeAccount = msp.duo.givenChildAccount(msp.parent, "Acme Dental");
    globexAccount = msp.duo.givenChildAccount(msp.parent, "Globex");
    acme =
        orgs.create(
            NewOrganization.named("Acme Dental").inConfiguration(CONFIG).withTags(Set.of("dental")),
            "alice");
    globex =
        orgs.create(
            NewOrganization.named("Globex")
                .inConfiguration(CONFIG)
                .withAccessMode(AccessMode.OWN_KEYS)
                .withTags(Set.of("dental")),
            "alice");
    orgs.create(NewOrganization.named("Initech").inConfiguration(CONFIG), "alice");
    mapping.refreshAccounts(
        CONFIG,
        configuration ->
            msp.duo.world().children(msp.parent.id()).stream()
                .map(a -> new ChildAccount(a.id(), a.name(), a.apiHostname()))
                .toList(),
        "alice");
    mapping.map(acme.id(), acmeAccount.id(), "alice");
    keys.setDirectoryKey(acme.id(), Secret.of("DIRKEY0123456789"), "alice");
    IntegrationKeys admin = msp.duo.givenAdminApi(globexAccount);
    IntegrationKeys auth = msp.duo.givenAuthApi(globexAccount);
    keys.setOwnKeys(globex.id(), DuoApi.ADMIN, input(admin), "alice");
    keys.setOwnKeys(globex.id(), DuoApi.AUTH, input(auth), "alice");

    resolver =
        new MappedOrganizationResolver(orgs, new TargetResolver(db.jdbi(), settings, orgs), CONFIG);
    runner =
        new ActionRunner(
            StandardActions.catalog(),
            resolver,
            msp.client.transport(),
            new AuditLogActionTrail(db.jdbi(), db.audit),
            Clock.systemUTC());
  }

  private static ApiCredentialsInput input(IntegrationKeys keys) {
    return new ApiCredentialsInput(
        keys.apiHostname(), keys.integrationKey(), Secret.of(keys.secretKey()));
  }

  @AfterEach
  void stop() {
    msp.close();
    db.close();
  }

  private ActionResult run(String org, String action, String input) {
    ActionResult result =
        runner.run(org, action, Json.of(input), RunOptions.as("cli:alice", ApiScope.RUN));
    assertThat(result.ok()).as(action + ": " + result.error()).isTrue();
    return result;
  }

  @Test
  void mappedChild_isReachedThroughTheParentsAccountsKeys_byNameOrId() {
    run(
        null,
        "billing.set_edition",
        "{'account_id': '" + acmeAccount.id() + "', 'edition': 'PLATFORM'}");
    run(acme.id(), "users.create", "{'username': 'jdoe'}");

    assertThat(msp.duo.world().requireAccount(acmeAccount.id()).edition())
        .isEqualTo(Edition.PLATFORM);
    assertThat(UserDirectory.of(msp.duo.world(), acmeAccount).byUsernameOrAlias("jdoe"))
        .isPresent();
    assertThat(UserDirectory.of(msp.duo.world(), globexAccount).all()).isEmpty();
  }

  @Test
  void usersSync_usesTheOrganizationsStoredDirectoryKey() {
    Directories directories = Directories.of(acmeAccount);
    directories.add("DIRKEY0123456789", "Entra ID");
    directories.put("DIRKEY0123456789", DirectoryEntry.of("jdoe", "John Doe", "jdoe@acme.test"));

    run("Acme Dental", "users.sync", "{'username': 'jdoe'}");

    assertThat(UserDirectory.of(msp.duo.world(), acmeAccount).byUsernameOrAlias("jdoe"))
        .hasValueSatisfying(u -> assertThat(u.email()).isEqualTo("jdoe@acme.test"));
  }

  @Test
  void ownKeysOrganization_reachesItsOwnAccountForAdminAndAuth() {
    run("Globex", "users.create", "{'username': 'hank'}");
    run("Globex", "auth.check", "{}");

    assertThat(UserDirectory.of(msp.duo.world(), globexAccount).byUsernameOrAlias("hank"))
        .isPresent();
  }

  @Test
  void unmappedOrganization_failsWithTheMappingsExplanation() {
    ActionResult result =
        runner.run("Initech", "users.list", null, RunOptions.as("cli:alice", ApiScope.RUN));

    assertThat(result.error().code()).isEqualTo(ErrorCode.ORGANIZATION_UNAVAILABLE);
    assertThat(result.error().message()).contains("Initech", "not mapped");
  }

  @Test
  void anAuthRun_resolvesOnlyTheAuthApi_evenForAMappedChild() {
    keys.setOwnKeys(acme.id(), DuoApi.AUTH, input(msp.duo.givenAuthApi(acmeAccount)), "alice");

    assertThat(resolver.resolve("Acme Dental", DuoApi.AUTH).targets())
        .containsOnlyKeys(DuoApi.AUTH);
    run("Acme Dental", "auth.check", "{}");
  }

  @Test
  void anAuthAction_worksOnAnOrganizationWithoutAdminAccess() {
    Organization initech = orgs.getByNameOrId(CONFIG, "Initech");
    keys.setOwnKeys(initech.id(), DuoApi.AUTH, input(msp.duo.givenAuthApi(globexAccount)), "alice");

    run("Initech", "auth.check", "{}");

    assertThat(resolver.resolve("Initech", DuoApi.AUTH).unavailable()).isEmpty();
  }

  private FanOut fanOut() {
    return new FanOut(
        runner,
        new MappedOrganizationResolver(
            orgs,
            new TargetResolver(
                db.jdbi(), new SettingsService(db.jdbi(), db.vault, db.audit, db.clock), orgs),
            CONFIG),
        new OrganizationServiceDirectory(orgs, CONFIG),
        new JobStore(db.jdbi()),
        FanOutLimits.defaults(),
        Clock.systemUTC());
  }

  @Test
  void fanOutOverAll_skipsTheUnmappedOrganization_namingWhy_andStoresIt() throws Exception {
    try (FanOut fanOut = fanOut()) {
      Job job =
          fanOut.start(
              "users.list",
              null,
              OrganizationSelection.allMapped(),
              RunOptions.as("cli:alice", ApiScope.RUN));

      assertThat(job.await(Duration.ofSeconds(30))).isTrue();
      assertThat(fanOut.rows(job.id()))
          .extracting(JobRow::organization)
          .containsExactlyInAnyOrder("Acme Dental", "Globex");
      assertThat(job.skipped()).singleElement().satisfies(this::initechIsNotMapped);
      assertThat(new JobStore(db.jdbi()).find(job.id()).orElseThrow().skipped())
          .singleElement()
          .satisfies(this::initechIsNotMapped);
    }
  }

  private void initechIsNotMapped(SkippedOrganization skipped) {
    assertThat(skipped.organization()).isEqualTo("Initech");
    assertThat(skipped.reason()).contains("not mapped", "duoctl mapping set");
  }

  @Test
  void fanOutByATagNoOrganizationHas_isRefusedNamingTheTag_andNothingIsStored() {
    try (FanOut fanOut = fanOut()) {
      assertThatThrownBy(
              () ->
                  fanOut.start(
                      "users.list",
                      null,
                      OrganizationSelection.tagged("dentl"),
                      RunOptions.as("cli:alice", ApiScope.RUN)))
          .isInstanceOf(NoOrganizationTaggedException.class)
          .satisfies(
              e ->
                  assertThat(((NoOrganizationTaggedException) e).errors())
                      .singleElement()
                      .satisfies(
                          error -> {
                            assertThat(error.field()).isEqualTo("tag");
                            assertThat(error.message()).contains("\"dentl\"", "dental");
                          }));
    }
    assertThat(new JobStore(db.jdbi()).recent(0, 10)).isEmpty();
  }

  @Test
  void fanOutByTag_runsForEveryReachableTaggedOrganization() throws Exception {
    try (FanOut fanOut = fanOut()) {
      Job job =
          fanOut.start(
              "users.create",
              Json.of("{'username': 'svc-backup'}"),
              OrganizationSelection.tagged("dental"),
              RunOptions.as("cli:alice", ApiScope.RUN));

      assertThat(job.await(Duration.ofSeconds(30))).isTrue();
      assertThat(fanOut.rows(job.id()))
          .extracting(JobRow::organization)
          .containsExactlyInAnyOrder("Acme Dental", "Globex");
      assertThat(fanOut.rows(job.id())).allMatch(JobRow::ok);
    }
    assertThat(UserDirectory.of(msp.duo.world(), acmeAccount).byUsernameOrAlias("svc-backup"))
        .isPresent();
    assertThat(UserDirectory.of(msp.duo.world(), globexAccount).byUsernameOrAlias("svc-backup"))
        .isPresent();
  }

  @Test
  void accountsDelete_forAMappedOrganization_isRefusedAndItsAccountStays() {
    ActionResult result =
        runner.run(
            "Acme Dental",
            "accounts.delete",
            Json.of("{'account_id': 'DANOSUCHACCOUNT00001'}"),
            RunOptions.as("cli:alice", ApiScope.RUN));

    assertThat(result.ok()).isFalse();
    assertThat(result.error().code()).isEqualTo(ErrorCode.INVALID_INPUT);
    assertThat(result.error().fields())
        .extracting(FieldError::field)
        .containsExactly("organization");
    assertThat(msp.duo.world().account(acmeAccount.id())).isPresent();
    assertThat(msp.duo.requests().toPath("/accounts/v1/account/delete")).isEmpty();
  }

  @Test
  void accountsDelete_onTheParent_deletesOnlyTheAccountItNames() {
    ActionResult unknown =
        runner.run(
            null,
            "accounts.delete",
            Json.of("{'account_id': 'DANOSUCHACCOUNT00001'}"),
            RunOptions.as("cli:alice", ApiScope.RUN));
    run(null, "accounts.delete", "{'account_id': '" + globexAccount.id() + "'}");

    assertThat(unknown.data().path("outcome").asText()).isEqualTo("already_absent");
    assertThat(msp.duo.world().account(globexAccount.id())).isEmpty();
    assertThat(msp.duo.world().account(acmeAccount.id())).isPresent();
    assertThat(msp.duo.requests().toPath("/accounts/v1/account/delete"))
        .extracting(r -> r.params().asMap())
        .containsExactly(Map.of("account_id", List.of(globexAccount.id())));
  }

  @Test
  void rawAdmin_withAnotherAccountId_isRefusedNamingBothIds_dryRunToo() {
    String input =
        "{'path': '/admin/v1/users', 'params': {'account_id': '" + globexAccount.id() + "'}}";
    long before = msp.duo.requests().all().size();

    for (boolean dryRun : List.of(true, false)) {
      ActionResult result =
          runner.run(
              "Acme Dental",
              "raw.admin",
              Json.of(input),
              RunOptions.as("cli:alice", ApiScope.RUN).withDryRun(dryRun));

      assertThat(result.ok()).as("dry run " + dryRun).isFalse();
      assertThat(result.error().code()).isEqualTo(ErrorCode.INVALID_INPUT);
      assertThat(result.error().message()).contains(globexAccount.id(), acmeAccount.id());
    }
    assertThat(msp.duo.requests().all()).hasSize((int) before);
  }

  @Test
  void dryRun_plansExactlyWhatTheRealRunSends() {
    String create = "{'username': 'jdoe', 'email': 'jdoe@acme.test'}";
    String delete = "{'account_id': '" + globexAccount.id() + "'}";

    PlannedRequest plannedCreate = plan("Acme Dental", "users.create", create);
    PlannedRequest plannedDelete = plan(null, "accounts.delete", delete);
    run("Acme Dental", "users.create", create);
    run(null, "accounts.delete", delete);

    assertSentAsPlanned(plannedCreate, msp.duo.requests().toPath("/admin/v1/users"));
    assertSentAsPlanned(plannedDelete, msp.duo.requests().toPath("/accounts/v1/account/delete"));
    assertThat(plannedCreate.parameters()).containsEntry("account_id", List.of(acmeAccount.id()));
  }

  private PlannedRequest plan(String org, String action, String input) {
    ActionResult dry =
        runner.run(
            org, action, Json.of(input), RunOptions.as("cli:alice", ApiScope.RUN).withDryRun(true));
    assertThat(dry.ok()).as(action + ": " + dry.error()).isTrue();
    assertThat(dry.plannedRequests()).hasSize(1);
    return dry.plannedRequests().get(0);
  }

  private static void assertSentAsPlanned(PlannedRequest planned, List<RecordedRequest> sent) {
    RecordedRequest wire = sent.stream().filter(r -> r.method().equals("POST")).findFirst().get();
    assertThat(wire.host()).startsWith(planned.host());
    assertThat(wire.path()).isEqualTo(planned.path());
    assertThat(wire.params().asMap()).isEqualTo(planned.parameters());
  }
}
