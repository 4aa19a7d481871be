package io.duoctl.core.orgs.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.core.jobs.OrganizationSelection;
import io.duoctl.core.mapping.ChildAccount;
import io.duoctl.core.mapping.MappingService;
import io.duoctl.core.mapping.TargetResolver;
import io.duoctl.core.orgs.AccessMode;
import io.duoctl.core.orgs.NewOrganization;
import io.duoctl.core.orgs.Organization;
import io.duoctl.core.orgs.OrganizationKeyService;
import io.duoctl.core.orgs.OrganizationService;
import io.duoctl.core.secrets.Secret;
import io.duoctl.core.settings.AdvancedSettings;
import io.duoctl.core.settings.ApiCheck;
import io.duoctl.core.settings.ApiCredentialsInput;
import io.duoctl.core.settings.ConfigurationUpdate;
import io.duoctl.core.settings.DuoApi;
import io.duoctl.core.settings.DuoApiValidator;
import io.duoctl.core.settings.DuoClientFactory;
import io.duoctl.core.settings.ProxySettings;
import io.duoctl.core.settings.SettingsService;
import io.duoctl.core.settings.ValidationStatus;
import io.duoctl.core.testing.Backend;
import io.duoctl.core.testing.CoreFixture;
import io.duoctl.core.testing.EmulatedMsp;
import io.duoctl.emulator.IntegrationKeys;
import io.duoctl.emulator.model.Account;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Organization checks against the emulator over real HTTP: a healthy mapped child, an unmapped one,
 * own keys with a wrong secret, a mapping to an account Duo deleted, a missing directory key.
 */
@Tag("slow")
class OrganizationCheckEmulatorTest {
  private static final String CONFIG = "production";

  @TempDir Path tempDir;
  private final EmulatedMsp msp = new EmulatedMsp();
  private CoreFixture db;
  private OrganizationService orgs;
  private OrganizationKeyService keys;
  private MappingService mapping;
  private OrganizationCheck check;
  private Account acmeAccount;
  private Account globexAccount;
  private IntegrationKeys globexAdmin;

  @BeforeEach
  void msp() {
    db = new CoreFixture(Backend.H2, tempDir);
    SettingsService settings = new SettingsService(db.jdbi(), db.vault, db.audit, db.clock);
    settings.save(
        ConfigurationUpdate.named(CONFIG)
            .withApi(
                DuoApi.ACCOUNTS,
                msp.accountsKeys.apiHostname(),
                msp.accountsKeys.integrationKey(),
                Secret.of(msp.accountsKeys.secretKey()))
            .withAdvanced(
                AdvancedSettings.defaults()
                    .withAllowPlainHttp(true)
                    .withProxy(
                        new ProxySettings(
                            "127.0.0.1", msp.duo.proxyAddress().getPort(), null, null))),
        "alice");
    orgs = new OrganizationService(db.jdbi(), db.vault, settings, db.audit, db.clock);
    keys = new OrganizationKeyService(db.jdbi(), db.vault, db.audit, db.clock);
    mapping = new MappingService(db.jdbi(), settings, orgs, db.audit, db.clock);
    check =
        new OrganizationCheck(
            settings,
            orgs,
            new TargetResolver(db.jdbi(), settings, orgs),
            new DuoApiValidator(
                new DuoClientFactory(Clock.systemUTC(), d -> {}), Clock.systemUTC()));

    acmeAccount = msp.duo.givenChildAccount(msp.parent, "Acme Dental");
    globexAccount = msp.duo.givenChildAccount(msp.parent, "Globex");
    globexAdmin = msp.duo.givenAdminApi(globexAccount);
    Organization acme =
        orgs.create(
            NewOrganization.named("Acme Dental").inConfiguration(CONFIG).withTags(Set.of("dental")),
            "alice");
    orgs.create(NewOrganization.named("Initech").inConfiguration(CONFIG), "alice");
    orgs.create(
        NewOrganization.named("Globex")
            .inConfiguration(CONFIG)
            .withAccessMode(AccessMode.OWN_KEYS)
            .withTags(Set.of("dental")),
        "alice");
    refreshAccounts();
    mapping.map(acme.id(), acmeAccount.id(), "alice");
    keys.setDirectoryKey(acme.id(), Secret.of("DIRKEY0123456789"), "alice");
  }

  private void refreshAccounts() {
    mapping.refreshAccounts(
        CONFIG,
        configuration ->
            msp.duo.world().children(msp.parent.id()).stream()
                .map(a -> new ChildAccount(a.id(), a.name(), a.apiHostname()))
                .toList(),
        "alice");
  }

  @AfterEach
  void stop() {
    msp.close();
    db.close();
  }

  private Organization org(String name) {
    return orgs.findByName(CONFIG, name).orElseThrow();
  }

  private void globexAdminKeys(String secret) {
    keys.setOwnKeys(
        org("Globex").id(),
        DuoApi.ADMIN,
        new ApiCredentialsInput(
            globexAdmin.apiHostname(), globexAdmin.integrationKey(), Secret.of(secret)),
        "alice");
  }

  private static CheckItem item(OrganizationCheckReport report, String part) {
    return report.items().stream().filter(i -> i.part().equals(part)).findFirst().orElseThrow();
  }

  @Test
  void mappedChildWithDirectoryKey_passesEveryCheck() {
    OrganizationCheckReport report = check.check(org("Acme Dental"));

    assertThat(report.ok()).as(report.toString()).isTrue();
    assertThat(report.items())
        .extracting(CheckItem::part, CheckItem::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("admin", "ok"),
            org.assertj.core.groups.Tuple.tuple("auth", "not_set"),
            org.assertj.core.groups.Tuple.tuple("mapping", "ok"),
            org.assertj.core.groups.Tuple.tuple("directory_key", "well_formed"));
    assertThat(item(report, "auth").fix())
        .isEqualTo("duoctl orgs set-keys \"Acme Dental\" --api auth --host HOST --ikey IKEY");
    assertThat(
            msp.duo.requests().toPath("/admin/v1/info/summary").stream()
                .map(r -> r.params().first("account_id").orElse(null)))
        .contains(acmeAccount.id());
  }

  @Test
  void unmappedOrganization_failsOnTheMapping_withTheMappingCommand() {
    OrganizationCheckReport report = check.check(org("Initech"));

    assertThat(report.ok()).isFalse();
    CheckItem mapped = item(report, "mapping");
    assertThat(mapped.status()).isEqualTo("not_mapped");
    assertThat(mapped.failed()).isTrue();
    assertThat(mapped.fix()).isEqualTo("duoctl mapping set Initech ACCOUNT");
    assertThat(item(report, "admin").status()).isEqualTo("not_checked");
    assertThat(item(report, "directory_key").status()).isEqualTo("not_set");
    assertThat(item(report, "directory_key").failed()).isFalse();
    assertThat(item(report, "directory_key").fix())
        .isEqualTo("duoctl orgs set-directory-key Initech");
  }

  @Test
  void ownKeysWithAWrongSecret_failWithWrongSecretKey_andTheSetKeysCommand() {
    String wrong = "w".repeat(40);
    globexAdminKeys(wrong);

    OrganizationCheckReport report = check.check(org("Globex"));

    CheckItem admin = item(report, "admin");
    assertThat(admin.status()).isEqualTo("wrong_secret_key");
    assertThat(admin.failed()).isTrue();
    assertThat(admin.fix())
        .isEqualTo("duoctl orgs set-keys Globex --api admin --host HOST --ikey IKEY");
    assertThat(item(report, "auth").status()).isEqualTo("missing_keys");
    assertThat(report.toString()).doesNotContain(wrong);
  }

  @Test
  void checkOwnKeys_isOneSignedCall_okForRightKeys_wrongSecretOtherwise() {
    globexAdminKeys(globexAdmin.secretKey());
    ApiCheck right = check.checkOwnKeys(org("Globex"), DuoApi.ADMIN);
    globexAdminKeys("x".repeat(40));
    ApiCheck wrong = check.checkOwnKeys(org("Globex"), DuoApi.ADMIN);

    assertThat(right.status()).isEqualTo(ValidationStatus.OK);
    assertThat(wrong.status()).isEqualTo(ValidationStatus.WRONG_SECRET_KEY);
    assertThat(OrganizationCheck.fixFor(org("Globex"), DuoApi.ADMIN, wrong))
        .startsWith("duoctl orgs set-keys Globex --api admin");
  }

  @Test
  void mappingToAnAccountDuoDeleted_failsAsUnknownAccount() {
    msp.duo.world().deleteAccount(acmeAccount.id());

    OrganizationCheckReport report = check.check(org("Acme Dental"));

    assertThat(item(report, "mapping").status()).isEqualTo("unknown_account");
    assertThat(item(report, "mapping").fix()).contains("duoctl mapping refresh");
    assertThat(report.ok()).isFalse();
  }

  @Test
  void checkByTag_reportsEachTaggedOrganizationInOrder() {
    globexAdminKeys(globexAdmin.secretKey());

    List<OrganizationCheckReport> reports =
        check.check(null, OrganizationSelection.tagged("dental"));

    assertThat(reports)
        .extracting(OrganizationCheckReport::organization)
        .containsExactly("Acme Dental", "Globex");
    assertThat(check.check(CONFIG, OrganizationSelection.allMapped())).hasSize(3);
  }
}
