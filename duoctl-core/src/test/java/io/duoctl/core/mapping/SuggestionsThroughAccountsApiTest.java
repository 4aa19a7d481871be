package io.duoctl.core.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.core.orgs.NewOrganization;
import io.duoctl.core.orgs.Organization;
import io.duoctl.core.orgs.OrganizationService;
import io.duoctl.core.secrets.Secret;
import io.duoctl.core.settings.AdvancedSettings;
import io.duoctl.core.settings.ConfigurationUpdate;
import io.duoctl.core.settings.DuoApi;
import io.duoctl.core.settings.DuoClientFactory;
import io.duoctl.core.settings.ProxySettings;
import io.duoctl.core.settings.SettingsService;
import io.duoctl.core.testing.Backend;
import io.duoctl.core.testing.CoreFixture;
import io.duoctl.emulator.DuoEmulator;
import io.duoctl.emulator.IntegrationKeys;
import io.duoctl.emulator.model.Account;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 50-child fixture with messy names, end to end: child accounts created in the emulator, listed
 * over real HTTP by {@link DuoClientAccountDirectory}, cached and matched by {@link
 * MappingService}.
 */
class SuggestionsThroughAccountsApiTest {
  @TempDir Path dir;
  DuoEmulator duo;
  CoreFixture fixture;
  SettingsService settings;
  OrganizationService orgs;
  MappingService mapping;
  final Map<String, String> childNameById = new HashMap<>();

  @BeforeEach
  void setUp() {
    duo = DuoEmulator.builder().seed(5).build().start();
    Account parent = duo.givenParentAccount("Northwind MSP");
    IntegrationKeys accountsKeys = duo.givenAccountsApi(parent);
    for (MatchSuggester.Party party : MatchSuggesterTest.accounts()) {
      Account child = duo.givenChildAccount(parent, party.name());
      childNameById.put(child.id(), party.name());
    }
    fixture = new CoreFixture(Backend.H2, dir);
    settings = new SettingsService(fixture.jdbi(), fixture.vault, fixture.audit, fixture.clock);
    settings.save(
        ConfigurationUpdate.named("production")
            .withApi(
                DuoApi.ACCOUNTS,
                accountsKeys.apiHostname(),
                accountsKeys.integrationKey(),
                Secret.of(accountsKeys.secretKey()))
            .withAdvanced(
                AdvancedSettings.defaults()
                    .withAllowPlainHttp(true)
                    .withProxy(
                        new ProxySettings("127.0.0.1", duo.proxyAddress().getPort(), null, null))),
        "alice");
    orgs =
        new OrganizationService(
            fixture.jdbi(), fixture.vault, settings, fixture.audit, fixture.clock);
    mapping = new MappingService(fixture.jdbi(), settings, orgs, fixture.audit, fixture.clock);
    MatchSuggesterTest.organizations()
        .forEach(o -> orgs.create(NewOrganization.named(o.name()), "alice"));
  }

  @AfterEach
  void tearDown() {
    fixture.close();
    duo.close();
  }

  @Test
  void suggestAndApply_overFiftyChildAccountsListedByDuo_mapsOnlyTheUnambiguousOnes() {
    DuoClientAccountDirectory directory =
        new DuoClientAccountDirectory(new DuoClientFactory(Clock.systemUTC(), d -> {}));

    AccountRefresh refresh = mapping.refreshAccounts(null, directory, "alice");
    List<MatchSuggestion> applied = mapping.applySuggestions(null, "alice");

    assertThat(refresh.accounts()).hasSize(50);
    assertThat(refresh.accounts())
        .allSatisfy(a -> assertThat(a.apiHostname()).endsWith(".duo.test"));
    Map<String, String> mapped = new HashMap<>();
    orgs.listAll("production").stream()
        .filter(Organization::isMapped)
        .forEach(o -> mapped.put(o.name(), childNameById.get(o.duoAccountId())));
    assertThat(mapped).containsExactlyInAnyOrderEntriesOf(MatchSuggesterTest.MATCHES);
    assertThat(applied).hasSize(MatchSuggesterTest.MATCHES.size());
    List<MatchSuggestion> left = mapping.suggest(null);
    assertThat(left)
        .extracting(MatchSuggestion::organizationName)
        .containsExactlyInAnyOrderElementsOf(MatchSuggesterTest.REFUSED_ORGANIZATIONS);
    assertThat(left).noneMatch(MatchSuggestion::applicable);
    assertThat(left)
        .filteredOn(s -> s.organizationName().equals("Summit Medical"))
        .singleElement()
        .extracting(MatchSuggestion::confidence)
        .isEqualTo(MatchConfidence.AMBIGUOUS);
  }
}
