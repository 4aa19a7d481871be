package io.duoctl.core.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.duoctl.core.audit.AuditQuery;
import io.duoctl.core.audit.AuditSubject;
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
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

abstract class MappingServiceContract {
  static final String PARENT_HOST = "api-parent01.duosecurity.com";
  static final Secret ACCOUNTS_SKEY = Secret.of("A".repeat(40));
  static final Secret ADMIN_SKEY = Secret.of("B".repeat(40));
  static final Secret OWN_SKEY = Secret.of("C".repeat(40));
  static final String ACME = "DA000000000000000001";
  static final String GLOBEX = "DA000000000000000002";

  @TempDir Path dir;
  CoreFixture fixture;
  SettingsService settings;
  OrganizationService orgs;
  OrganizationKeyService keys;
  MappingService mapping;
  TargetResolver resolver;
  MappingHealthCheck health;
  InMemoryDuoAccountDirectory duo = new InMemoryDuoAccountDirectory();

  abstract Backend backend();

  @BeforeEach
  void open() {
    fixture = new CoreFixture(backend(), dir);
    settings = new SettingsService(fixture.jdbi(), fixture.vault, fixture.audit, fixture.clock);
    settings.save(
        ConfigurationUpdate.named("production")
            .withApi(DuoApi.ACCOUNTS, PARENT_HOST, "DIACCOUNTS0000000001", ACCOUNTS_SKEY)
            .withApi(DuoApi.ADMIN, PARENT_HOST, "DIADMIN0000000000001", ADMIN_SKEY),
        "alice");
    orgs =
        new OrganizationService(
            fixture.jdbi(), fixture.vault, settings, fixture.audit, fixture.clock);
    keys = new OrganizationKeyService(fixture.jdbi(), fixture.vault, fixture.audit, fixture.clock);
    mapping = new MappingService(fixture.jdbi(), settings, orgs, fixture.audit, fixture.clock);
    resolver = new TargetResolver(fixture.jdbi(), settings, orgs);
    health = new MappingHealthCheck(fixture.jdbi(), settings, orgs);
    duo.add(ACME, "Acme Corporation").add(GLOBEX, "Globex, Inc.");
  }

  @AfterEach
  void close() {
    if (fixture != null) { // null when PostgreSQL could not start and the test was skipped
      fixture.close();
    }
  }

  Organization org(String name) {
    return orgs.create(NewOrganization.named(name), "alice");
  }

  @Test
  void refresh_fillsTheCache_andReportsAddedAndRemovedAccounts() {
    mapping.refreshAccounts(null, duo, "alice");
    duo.remove(GLOBEX).add("DA000000000000000003", "Initech");
    fixture.clock.advance(Duration.ofMinutes(5));

    AccountRefresh refresh = mapping.refreshAccounts("production", duo, "alice");

    assertThat(refresh.added()).containsExactly("DA000000000000000003");
    assertThat(refresh.removed()).containsExactly(GLOBEX);
    assertThat(mapping.accounts(null))
        .extracting(DuoAccount::name, DuoAccount::apiHostname)
        .containsExactly(
            tuple("Acme Corporation", "api-00000001.duosecurity.com"),
            tuple("Initech", "api-00000003.duosecurity.com"));
    assertThat(mapping.accounts(null).get(0).refreshedAt())
        .isEqualTo(fixture.clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
    assertThat(duo.calls).containsExactly("production", "production");
  }

  @Test
  void refresh_thatFails_keepsThePreviousCache() {
    mapping.refreshAccounts(null, duo, "alice");
    duo.failWith(new IllegalStateException("Duo said 40301"));

    assertThatThrownBy(() -> mapping.refreshAccounts(null, duo, "alice"))
        .hasMessageContaining("40301");
    assertThat(mapping.accounts(null)).hasSize(2);
  }

  @Test
  void suggestAndApply_overFiftyMessyChildAccounts_mapsOnlyTheUnambiguousOnes() {
    InMemoryDuoAccountDirectory fifty = new InMemoryDuoAccountDirectory();
    List<MatchSuggester.Party> accounts = MatchSuggesterTest.accounts();
    accounts.forEach(a -> fifty.add(a.id(), a.name()));
    MatchSuggesterTest.organizations().forEach(o -> org(o.name()));
    mapping.refreshAccounts(null, fifty, "alice");

    List<MatchSuggestion> applied = mapping.applySuggestions(null, "alice");

    Map<String, String> accountNames =
        accounts.stream()
            .collect(Collectors.toMap(MatchSuggester.Party::id, MatchSuggester.Party::name));
    Map<String, String> mapped = new HashMap<>();
    orgs.listAll("production").stream()
        .filter(Organization::isMapped)
        .forEach(o -> mapped.put(o.name(), accountNames.get(o.duoAccountId())));
    assertThat(mapped).containsExactlyInAnyOrderEntriesOf(MatchSuggesterTest.MATCHES);
    assertThat(applied).hasSize(MatchSuggesterTest.MATCHES.size());
    assertThat(mapping.suggest(null))
        .extracting(MatchSuggestion::organizationName)
        .containsExactlyInAnyOrderElementsOf(MatchSuggesterTest.REFUSED_ORGANIZATIONS);
    assertThat(mapping.suggest(null)).noneMatch(MatchSuggestion::applicable);
  }

  @Test
  void map_byHand_isOneToOne_andNeedsACachedAccount() {
    mapping.refreshAccounts(null, duo, "alice");
    Organization acme = org("Acme Corp");
    Organization other = org("Acme Two");

    assertThat(mapping.map(acme.id(), ACME, "alice").duoAccountId()).isEqualTo(ACME);
    assertThatThrownBy(() -> mapping.map(other.id(), ACME, "alice"))
        .isInstanceOf(AccountAlreadyMappedException.class)
        .hasMessageContaining("Acme Corp")
        .hasMessageContaining("Acme Two");
    assertThatThrownBy(() -> mapping.map(other.id(), "DA999999999999999999", "alice"))
        .isInstanceOf(DuoAccountNotFoundException.class)
        .hasMessageContaining("refresh the account list");
    assertThat(mapping.clear(acme.id(), "alice").isMapped()).isFalse();
  }

  @Test
  void saveMappings_swapsInOneTransaction_andAFailingBatchChangesNothing() {
    mapping.refreshAccounts(null, duo, "alice");
    Organization a = org("Acme");
    Organization g = org("Globex");
    mapping.saveMappings(null, Map.of(a.id(), ACME, g.id(), GLOBEX), "alice");

    mapping.saveMappings(null, Map.of(a.id(), GLOBEX, g.id(), ACME), "bob");

    assertThat(orgs.get(a.id()).duoAccountId()).isEqualTo(GLOBEX);
    assertThat(orgs.get(g.id()).duoAccountId()).isEqualTo(ACME);
    Map<String, String> bad = new HashMap<>();
    bad.put(a.id(), null);
    bad.put(g.id(), "DA999999999999999999");
    assertThatThrownBy(() -> mapping.saveMappings(null, bad, "bob"))
        .isInstanceOf(DuoAccountNotFoundException.class);
    assertThat(orgs.get(a.id()).duoAccountId()).isEqualTo(GLOBEX);
  }

  @Test
  void importFromDuo_createsAndMapsAnOrganizationPerUnmappedAccount_skippingTakenNames() {
    mapping.refreshAccounts(null, duo.add("DA000000000000000003", "Initech"), "alice");
    Organization acme = org("Acme");
    mapping.map(acme.id(), ACME, "alice");
    org("initech");

    DuoImport result =
        new OrganizationsFromDuo(fixture.jdbi(), settings, orgs, fixture.audit, fixture.clock)
            .importUnmapped(null, "alice");

    assertThat(result.created()).extracting(Organization::name).containsExactly("Globex, Inc.");
    assertThat(result.created()).extracting(Organization::duoAccountId).containsExactly(GLOBEX);
    assertThat(result.skipped()).extracting(DuoAccount::name).containsExactly("Initech");
    assertThat(orgs.findByName(null, "Globex, Inc.")).contains(result.created().getFirst());
  }

  @Test
  void resolve_childAccount_usesTheParentsAccountsKeysOnTheChildsHost() {
    mapping.refreshAccounts(null, duo, "alice");
    Organization acme = org("Acme Corp");
    mapping.map(acme.id(), ACME, "alice");

    ResolvedTarget admin = resolver.resolve(acme.id(), DuoApi.ADMIN);

    assertThat(admin.host()).isEqualTo("api-00000001.duosecurity.com");
    assertThat(admin.integrationKey()).isEqualTo("DIACCOUNTS0000000001");
    assertThat(admin.secretKey()).isEqualTo(ACCOUNTS_SKEY);
    assertThat(admin.childAccountId()).contains(ACME);
    assertThatThrownBy(() -> resolver.resolve(acme.id(), DuoApi.ACCOUNTS))
        .as("the Accounts API works on the parent, never bound to a child")
        .isInstanceOf(MissingApiKeysException.class)
        .hasMessageContaining("parent account");
    ResolvedTarget parent = resolver.parentAccount(null, DuoApi.ACCOUNTS);
    assertThat(parent.host()).isEqualTo(PARENT_HOST);
    assertThat(parent.childAccountId()).isEmpty();
    assertThat(admin.toString()).doesNotContain(ACCOUNTS_SKEY.reveal());
    assertThat(admin.toDuoTarget())
        .isEqualTo(
            io.duoctl.client.DuoTarget.childAccount(
                io.duoctl.client.DuoTarget.of(
                    PARENT_HOST, "DIACCOUNTS0000000001", ACCOUNTS_SKEY.reveal()),
                ACME,
                "api-00000001.duosecurity.com"));
  }

  @Test
  void resolve_failures_nameTheOrganizationAndTheFix() {
    Organization acme = org("Acme Corp");

    assertThatThrownBy(() -> resolver.resolve(acme.id(), DuoApi.ADMIN))
        .isInstanceOf(OrganizationNotMappedException.class)
        .hasMessageStartingWith("Acme Corp is not mapped to a Duo account");
    assertThatThrownBy(() -> resolver.resolve(acme.id(), DuoApi.AUTH))
        .isInstanceOf(MissingApiKeysException.class)
        .hasMessageStartingWith("Acme Corp has no Auth API keys");
    mapping.refreshAccounts(null, duo, "alice");
    mapping.map(acme.id(), ACME, "alice");
    mapping.refreshAccounts(null, duo.remove(ACME), "alice");
    assertThatThrownBy(() -> resolver.resolve(acme.id(), DuoApi.ADMIN))
        .isInstanceOf(StaleMappingException.class)
        .hasMessageContaining("no longer in the account list");
  }

  @Test
  void resolve_ownKeysAndParentModes() {
    Organization own =
        orgs.create(NewOrganization.named("Far Away").withAccessMode(AccessMode.OWN_KEYS), "alice");
    keys.setOwnKeys(
        own.id(),
        DuoApi.ADMIN,
        new ApiCredentialsInput("api-far.duosecurity.com", "DIOWN000000000000001", OWN_SKEY),
        "alice");
    Organization msp =
        orgs.create(NewOrganization.named("Our MSP").withAccessMode(AccessMode.PARENT), "alice");

    ResolvedTarget ownAdmin = resolver.resolve(own.id(), DuoApi.ADMIN);
    ResolvedTarget parentAdmin = resolver.resolve(msp.id(), DuoApi.ADMIN);

    assertThat(ownAdmin.host()).isEqualTo("api-far.duosecurity.com");
    assertThat(ownAdmin.secretKey()).isEqualTo(OWN_SKEY);
    assertThat(ownAdmin.childAccountId()).isEmpty();
    assertThat(parentAdmin.integrationKey()).isEqualTo("DIADMIN0000000000001");
    assertThat(parentAdmin.secretKey()).isEqualTo(ADMIN_SKEY);
    assertThatThrownBy(() -> resolver.resolve(own.id(), DuoApi.AUTH))
        .isInstanceOf(MissingApiKeysException.class)
        .hasMessageStartingWith("Far Away has no Auth API keys");
    assertThatThrownBy(() -> resolver.resolve(msp.id(), DuoApi.AUTH))
        .hasMessageContaining("configuration \"production\" has no Auth API keys");
  }

  @Test
  void health_reportsEveryKindOfProblem() {
    mapping.refreshAccounts(
        null,
        duo.add("DA000000000000000003", "Initech LLC").add("DA000000000000000004", "INITECH"),
        "alice");
    Organization mapped = org("Acme");
    mapping.map(mapped.id(), ACME, "alice");
    Organization stale = org("Globex");
    mapping.map(stale.id(), GLOBEX, "alice");
    mapping.refreshAccounts(null, duo.remove(GLOBEX), "alice");
    org("Hooli");
    org("Hooli Inc");
    orgs.create(NewOrganization.named("Far Away").withAccessMode(AccessMode.OWN_KEYS), "alice");

    MappingHealth report = health.check(null);

    assertThat(report.healthy()).isFalse();
    assertThat(report.unmappedOrganizations())
        .extracting(MappingHealth.OrganizationRef::name)
        .containsExactly("Hooli", "Hooli Inc");
    assertThat(report.unmappedAccounts())
        .extracting(DuoAccount::name)
        .containsExactly("INITECH", "Initech LLC");
    assertThat(report.duplicateNames())
        .extracting(MappingHealth.DuplicateName::side, MappingHealth.DuplicateName::normalizedName)
        .containsExactly(
            tuple(MappingHealth.Side.ORGANIZATIONS, "hooli"),
            tuple(MappingHealth.Side.DUO_ACCOUNTS, "initech"));
    assertThat(report.staleMappings())
        .containsExactly(new MappingHealth.StaleMapping(stale.id(), "Globex", GLOBEX));
    assertThat(report.missingKeys())
        .extracting(MappingHealth.MissingKeys::organizationName, MappingHealth.MissingKeys::api)
        .containsExactly(tuple("Far Away", DuoApi.ADMIN), tuple("Far Away", DuoApi.AUTH));
  }

  @Test
  void health_ofACleanMapping_isHealthy() {
    mapping.refreshAccounts(null, duo, "alice");
    mapping.map(org("Acme").id(), ACME, "alice");
    mapping.map(org("Globex").id(), GLOBEX, "alice");

    assertThat(health.check(null).healthy()).isTrue();
  }

  @Test
  void mappingChanges_areAudited() {
    mapping.refreshAccounts(null, duo, "alice");
    Organization acme = org("Acme");
    mapping.map(acme.id(), ACME, "bob");
    mapping.clear(acme.id(), "carol");

    var entries =
        fixture.audit.find(AuditQuery.all().withSubject(AuditSubject.MAPPING, acme.id())).entries();

    assertThat(entries)
        .extracting(e -> e.action(), e -> e.actor())
        .containsExactly(tuple("mapping.cleared", "carol"), tuple("mapping.set", "bob"));
    assertThat(entries.get(1).changes()).extracting(c -> c.after()).contains(ACME);
  }
}
