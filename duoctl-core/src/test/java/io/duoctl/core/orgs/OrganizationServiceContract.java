package io.duoctl.core.orgs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.duoctl.core.audit.AuditEntry;
import io.duoctl.core.audit.AuditQuery;
import io.duoctl.core.audit.AuditSubject;
import io.duoctl.core.errors.FieldError;
import io.duoctl.core.secrets.Secret;
import io.duoctl.core.settings.ApiCredentials;
import io.duoctl.core.settings.ApiCredentialsInput;
import io.duoctl.core.settings.ConfigurationInUseException;
import io.duoctl.core.settings.ConfigurationUpdate;
import io.duoctl.core.settings.DuoApi;
import io.duoctl.core.settings.SettingsService;
import io.duoctl.core.testing.Backend;
import io.duoctl.core.testing.CoreFixture;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

abstract class OrganizationServiceContract {
  static final Secret SKEY = Secret.of("Zh5eGmUq9zpfQnyUIu5OL9iWoMMv5ZNmk3zLJ4Ep");

  @TempDir Path dir;
  CoreFixture fixture;
  SettingsService settings;
  OrganizationService orgs;
  OrganizationKeyService keys;

  abstract Backend backend();

  @BeforeEach
  void open() {
    fixture = new CoreFixture(backend(), dir);
    settings = new SettingsService(fixture.jdbi(), fixture.vault, fixture.audit, fixture.clock);
    settings.save(
        ConfigurationUpdate.named("production")
            .withApi(DuoApi.ADMIN, "api-1234abcd.duosecurity.com", "DIWJ8X6AEYOR5OMC6TQ1", SKEY),
        "alice");
    settings.save(ConfigurationUpdate.named("test"), "alice");
    orgs =
        new OrganizationService(
            fixture.jdbi(), fixture.vault, settings, fixture.audit, fixture.clock);
    keys = new OrganizationKeyService(fixture.jdbi(), fixture.vault, fixture.audit, fixture.clock);
  }

  @AfterEach
  void close() {
    if (fixture != null) { // null when PostgreSQL could not start and the test was skipped
      fixture.close();
    }
  }

  @Test
  void create_storesEverythingInTheDefaultConfiguration() {
    Organization created =
        orgs.create(
            new NewOrganization(
                null,
                " Acme Corp ",
                "PSA-17",
                Set.of("gold", "eu"),
                Map.of("psa_company_id", "17"),
                null),
            "alice");

    Organization stored = orgs.get(created.id());
    assertThat(stored.name()).isEqualTo("Acme Corp");
    assertThat(stored.configurationName()).isEqualTo("production");
    assertThat(stored.externalId()).isEqualTo("PSA-17");
    assertThat(stored.tags()).containsExactly("eu", "gold");
    assertThat(stored.variables()).containsExactly(Map.entry("psa_company_id", "17"));
    assertThat(stored.accessMode()).isEqualTo(AccessMode.CHILD_ACCOUNT);
    assertThat(stored.isMapped()).isFalse();
  }

  @Test
  void create_rejectsBadFieldsAllAtOnce() {
    NewOrganization bad =
        new NewOrganization(null, " ", null, Set.of("!bad"), Map.of("1x", "v"), null);

    assertThatThrownBy(() -> orgs.create(bad, "alice"))
        .isInstanceOfSatisfying(
            InvalidOrganizationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactlyInAnyOrder("name", "tags", "variables.1x"));
  }

  @Test
  void namesAreUniquePerConfiguration_caseInsensitively() {
    orgs.create(NewOrganization.named("Acme Corp"), "alice");

    assertThatThrownBy(() -> orgs.create(NewOrganization.named("ACME corp"), "alice"))
        .isInstanceOf(DuplicateOrganizationException.class)
        .hasMessageContaining("already exists in configuration \"production\"");
    assertThat(orgs.create(NewOrganization.named("Acme Corp").inConfiguration("test"), "alice"))
        .extracting(Organization::configurationName)
        .isEqualTo("test");
  }

  @Test
  void rename_tag_variables_andAccessMode_change_andAreFoundByNewName() {
    Organization org = orgs.create(NewOrganization.named("Acme"), "alice");

    orgs.rename(org.id(), "Acme Corporation", "bob");
    orgs.tag(org.id(), "gold", "bob");
    orgs.tag(org.id(), "eu", "bob");
    orgs.untag(org.id(), "eu", "bob");
    orgs.setVariable(org.id(), "psa_id", "42", "bob");
    orgs.setVariable(org.id(), "psa_id", "43", "bob");
    orgs.setAccessMode(org.id(), AccessMode.PARENT, "bob");

    Organization stored = orgs.getByNameOrId(null, "acme corporation");
    assertThat(stored.id()).isEqualTo(org.id());
    assertThat(stored.tags()).containsExactly("gold");
    assertThat(stored.variables()).containsExactly(Map.entry("psa_id", "43"));
    assertThat(stored.accessMode()).isEqualTo(AccessMode.PARENT);
    assertThat(orgs.removeVariable(org.id(), "psa_id", "bob").variables()).isEmpty();
  }

  @Test
  void tag_withSeveralTags_addsNoneWhenOneIsInvalid_andAllOtherwise() {
    Organization org = orgs.create(NewOrganization.named("Acme"), "alice");

    assertThatThrownBy(() -> orgs.tag(org.id(), List.of("gold", "not valid!"), "bob"))
        .isInstanceOf(InvalidOrganizationException.class)
        .hasMessageContaining("not valid!");
    assertThat(orgs.get(org.id()).tags()).isEmpty();

    assertThat(orgs.tag(org.id(), List.of("gold", "eu"), "bob").tags())
        .containsExactly("eu", "gold");
    assertThat(orgs.untag(org.id(), List.of("eu", "gold"), "bob").tags()).isEmpty();
  }

  @Test
  void ownKeysAndDirectoryKey_areStoredEncrypted_andSecretKeysAreWriteOnly() {
    Organization org =
        orgs.create(NewOrganization.named("Acme").withAccessMode(AccessMode.OWN_KEYS), "alice");

    keys.setOwnKeys(
        org.id(),
        DuoApi.ADMIN,
        new ApiCredentialsInput("api-99.duosecurity.com", "DIOWNKEY000000000001", SKEY),
        "alice");
    keys.setOwnKeys(
        org.id(),
        DuoApi.ADMIN,
        new ApiCredentialsInput("api-98.duosecurity.com", "DIOWNKEY000000000001", null),
        "alice");
    keys.setDirectoryKey(org.id(), Secret.of("dirkey-0123456789abcdef"), "alice");

    Organization stored = orgs.get(org.id());
    assertThat(stored.ownKeys(DuoApi.ADMIN))
        .contains(new ApiCredentials("api-98.duosecurity.com", "DIOWNKEY000000000001", SKEY));
    assertThat(stored.directoryKey()).isEqualTo(Secret.of("dirkey-0123456789abcdef"));
    assertThat(stored.toString()).doesNotContain(SKEY.reveal(), "dirkey-0123456789abcdef");
    assertThat(keys.clearDirectoryKey(org.id(), "alice").directoryKey()).isNull();
    assertThat(keys.removeOwnKeys(org.id(), DuoApi.ADMIN, "alice").ownKeys()).isEmpty();
  }

  @Test
  void setOwnKeys_withBadKeys_namesTheOrganizationFields() {
    Organization org = orgs.create(NewOrganization.named("Acme"), "alice");

    assertThatThrownBy(
            () ->
                keys.setOwnKeys(
                    org.id(),
                    DuoApi.AUTH,
                    new ApiCredentialsInput("http://x", "DI1", null),
                    "alice"))
        .isInstanceOfSatisfying(
            InvalidOrganizationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactly(
                        "own_keys.auth.host",
                        "own_keys.auth.integration_key",
                        "own_keys.auth.secret_key"));
  }

  @Test
  void setOwnKeys_forTheAccountsApi_isRefused() {
    Organization org = orgs.create(NewOrganization.named("Acme"), "alice");

    assertThatThrownBy(
            () ->
                keys.setOwnKeys(
                    org.id(),
                    DuoApi.ACCOUNTS,
                    new ApiCredentialsInput("api-1.duosecurity.com", "DIOWNKEY000000000001", SKEY),
                    "alice"))
        .isInstanceOf(InvalidOrganizationException.class)
        .hasMessageContaining(
            "own_keys.accounts: organizations use the parent's Accounts API keys");
  }

  @Test
  void delete_removesTheOrganizationAndItsSecrets() {
    Organization org = orgs.create(NewOrganization.named("Acme"), "alice");
    keys.setDirectoryKey(org.id(), Secret.of("dirkey-0123456789abcdef"), "alice");

    orgs.delete(org.id(), "alice");

    assertThatThrownBy(() -> orgs.get(org.id())).isInstanceOf(OrganizationNotFoundException.class);
    int secrets =
        fixture
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            "SELECT COUNT(*) FROM secret_value WHERE owner_kind = 'organization'")
                        .mapTo(Integer.class)
                        .one());
    assertThat(secrets).isZero();
  }

  @Test
  void list_filtersByTagAndName_andPages() {
    for (String name : new String[] {"Delta", "Alpha", "Charlie", "Bravo", "Echo"}) {
      Organization org = orgs.create(NewOrganization.named(name), "alice");
      if (!name.equals("Charlie")) {
        orgs.tag(org.id(), "gold", "alice");
      }
    }

    OrganizationPage first =
        orgs.list(OrganizationQuery.of("production").withTag("gold").page(0, 2));
    OrganizationPage second =
        orgs.list(OrganizationQuery.of("production").withTag("gold").page(2, 2));

    assertThat(first.organizations())
        .extracting(Organization::name)
        .containsExactly("Alpha", "Bravo");
    assertThat(second.organizations())
        .extracting(Organization::name)
        .containsExactly("Delta", "Echo");
    assertThat(first.total()).isEqualTo(4);
    assertThat(first.hasMore()).isTrue();
    assertThat(orgs.list(OrganizationQuery.of(null).withNameContaining("HAR")).organizations())
        .extracting(Organization::name)
        .containsExactly("Charlie");
    orgs.create(NewOrganization.named("100% Pure_Water"), "alice");
    assertThat(orgs.list(OrganizationQuery.of(null).withNameContaining("0% p")).organizations())
        .extracting(Organization::name)
        .containsExactly("100% Pure_Water");
    orgs.create(NewOrganization.named("Pure Water Bros"), "alice");
    assertThat(orgs.list(OrganizationQuery.of(null).withNameContaining("e_w")).organizations())
        .extracting(Organization::name)
        .containsExactly("100% Pure_Water");
  }

  @Test
  void configurationWithOrganizations_cannotBeDeleted() {
    orgs.create(NewOrganization.named("Acme").inConfiguration("test"), "alice");

    assertThatThrownBy(() -> settings.delete("test", "alice"))
        .isInstanceOf(ConfigurationInUseException.class)
        .hasMessageContaining("1 organizations");
  }

  @Test
  void everyChange_isAuditedWithActorAndRedactedSecrets() {
    Organization org = orgs.create(NewOrganization.named("Acme"), "alice");
    orgs.rename(org.id(), "Acme Corp", "bob");
    keys.setDirectoryKey(org.id(), Secret.of("dirkey-0123456789abcdef"), "carol");

    var entries =
        fixture
            .audit
            .find(AuditQuery.all().withSubject(AuditSubject.ORGANIZATION, org.id()))
            .entries();

    assertThat(entries)
        .extracting(AuditEntry::action, AuditEntry::actor)
        .containsExactly(
            tuple("directory-key-set", "carol"),
            tuple("renamed", "bob"),
            tuple("created", "alice"));
    assertThat(entries.get(0).changes().toString())
        .doesNotContain("dirkey-0123456789abcdef")
        .contains("[redacted]");
  }
}
