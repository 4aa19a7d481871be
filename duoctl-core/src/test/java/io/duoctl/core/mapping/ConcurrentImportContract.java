package io.duoctl.core.mapping;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many refreshes and imports from Duo at once, as parallel {@code POST
 * /api/v1/organizations/import-duo} calls make them: each succeeds, and the result is as if they
 * had run one after another.
 */
abstract class ConcurrentImportContract {
  static final int CHILDREN = 12;
  static final int CALLS = 24;

  @TempDir Path dir;
  DuoEmulator duo;
  CoreFixture fixture;
  OrganizationService orgs;
  MappingService mapping;
  OrganizationsFromDuo fromDuo;
  DuoClientAccountDirectory directory;
  Set<String> childIds;

  abstract Backend backend();

  @BeforeEach
  void setUp() {
    duo = DuoEmulator.builder().seed(9).build().start();
    Account parent = duo.givenParentAccount("Busy MSP");
    IntegrationKeys keys = duo.givenAccountsApi(parent);
    childIds =
        IntStream.range(0, CHILDREN)
            .mapToObj(i -> duo.givenChildAccount(parent, "Customer " + i).id())
            .collect(Collectors.toSet());
    fixture = new CoreFixture(backend(), dir);
    SettingsService settings =
        new SettingsService(fixture.jdbi(), fixture.vault, fixture.audit, fixture.clock);
    settings.save(
        ConfigurationUpdate.named("production")
            .withApi(
                DuoApi.ACCOUNTS,
                keys.apiHostname(),
                keys.integrationKey(),
                Secret.of(keys.secretKey()))
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
    fromDuo =
        new OrganizationsFromDuo(fixture.jdbi(), settings, orgs, fixture.audit, fixture.clock);
    directory = new DuoClientAccountDirectory(new DuoClientFactory(Clock.systemUTC(), d -> {}));
  }

  @AfterEach
  void tearDown() {
    if (fixture != null) { // null when PostgreSQL could not start and the test was skipped
      fixture.close();
    }
    duo.close();
  }

  @Test
  void parallelRefreshesAndImports_allSucceed_andCacheMapAndCreateEachAccountOnce()
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(CALLS);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> calls = new ArrayList<>();
    for (int i = 0; i < CALLS; i++) {
      boolean alsoImport = i % 3 != 0;
      calls.add(
          pool.submit(
              () -> {
                start.await();
                mapping.refreshAccounts(null, directory, "alice");
                if (alsoImport) {
                  fromDuo.importUnmapped(null, "alice");
                }
                return null;
              }));
    }
    start.countDown();
    try {
      for (Future<?> call : calls) {
        call.get(); // rethrows any call's failure
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(mapping.accounts(null))
        .extracting(DuoAccount::accountId)
        .hasSize(CHILDREN)
        .containsExactlyInAnyOrderElementsOf(childIds);
    List<Organization> created = orgs.listAll("production");
    assertThat(created).hasSize(CHILDREN).allMatch(Organization::isMapped);
    assertThat(created)
        .extracting(Organization::duoAccountId)
        .containsExactlyInAnyOrderElementsOf(childIds);
    assertThat(created).extracting(Organization::name).doesNotHaveDuplicates();
  }
}
