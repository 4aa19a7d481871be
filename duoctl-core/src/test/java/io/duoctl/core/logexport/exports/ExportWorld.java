package io.duoctl.core.logexport.exports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.duoctl.client.admin.AdminApi;
import io.duoctl.client.admin.logs.Logs;
import io.duoctl.client.http.ApiClient;
import io.duoctl.core.jobs.JobLease;
import io.duoctl.core.jobs.OrganizationSelection;
import io.duoctl.core.logexport.sinks.SinkFactory;
import io.duoctl.core.orgs.OrganizationService;
import io.duoctl.core.secrets.Secret;
import io.duoctl.core.settings.ConfigurationUpdate;
import io.duoctl.core.settings.DuoApi;
import io.duoctl.core.settings.SettingsService;
import io.duoctl.core.testing.Backend;
import io.duoctl.core.testing.CoreFixture;
import io.duoctl.core.testing.EmulatedMsp;
import io.duoctl.emulator.DuoEmulator;
import io.duoctl.emulator.admin.authlog.AuthLog;
import io.duoctl.emulator.admin.history.AccountHistory;
import io.duoctl.emulator.admin.users.User;
import io.duoctl.emulator.admin.users.UserDirectory;
import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.ratelimit.RateLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * An MSP on the emulator (no two-minute delay, no rate limits) with organizations that have
 * authentication history, a database with a configuration, and the engine's parts wired over them.
 */
final class ExportWorld implements AutoCloseable {
  static final ObjectMapper JSON = new ObjectMapper();

  final EmulatedMsp msp;
  final CoreFixture db;
  final Clock clock;
  final LogExportStore store;
  final LogExports exports;
  final Map<String, Account> accounts = new LinkedHashMap<>();
  final List<ExportOrganization> organizations = new ArrayList<>();
  private final List<LogExporter> exporters = new ArrayList<>();

  ExportWorld(Backend backend, Path tempDir) {
    this.msp =
        new EmulatedMsp(
            DuoEmulator.builder()
                .seed(42)
                .logDelay(Duration.ZERO)
                .rateLimits(RateLimits.none())
                .build()
                .start(),
            null);
    this.clock = msp.duo.clock();
    this.db = new CoreFixture(backend, tempDir);
    SettingsService settings = new SettingsService(db.jdbi(), db.vault, db.audit, db.clock);
    settings.save(
        ConfigurationUpdate.named("production")
            .withApi(
                DuoApi.ACCOUNTS,
                msp.accountsKeys.apiHostname(),
                msp.accountsKeys.integrationKey(),
                Secret.of(msp.accountsKeys.secretKey())),
        "alice");
    OrganizationService orgs =
        new OrganizationService(db.jdbi(), db.vault, settings, db.audit, db.clock);
    this.store = new LogExportStore(db.jdbi());
    this.exports = new LogExports(store, db.vault, db.audit, settings, orgs, clock);
  }

  /** A child organization with four users and {@code days} × {@code perDay} authentications. */
  Account organization(String name, int days, int perDay) {
    Account account = msp.childOrganization(name);
    UserDirectory users = UserDirectory.of(msp.duo.world(), account);
    for (String user : List.of("ana", "ben", "carla", "dev")) {
      users.create(User.builder(user));
    }
    AccountHistory.seed(msp.duo.world(), account, days, perDay, name.hashCode());
    accounts.put(name, account);
    organizations.add(new ExportOrganization("org-" + account.id(), name));
    return account;
  }

  /** The keys every authentication the emulator logged must reach a sink under. */
  Set<String> expectedAuthenticationKeys() {
    return accounts.values().stream()
        .flatMap(
            account ->
                AuthLog.of(account).entries().stream()
                    .map(entry -> "org-" + account.id() + ":" + entry.txid()))
        .collect(Collectors.toSet());
  }

  ExportSources sources() {
    return new ExportSources() {
      @Override
      public List<ExportOrganization> organizations(
          String configuration, OrganizationSelection selection) {
        return List.copyOf(organizations);
      }

      @Override
      public Logs logs(String configuration, String organizationId) {
        String name =
            organizations.stream()
                .filter(o -> o.id().equals(organizationId))
                .findFirst()
                .orElseThrow()
                .name();
        return new AdminApi(
                new ApiClient(
                    msp.client.transport(), msp.organizations.get(name).target(DuoApi.ADMIN)))
            .logs();
      }
    };
  }

  /** A started engine of a new node, polling every 200 ms. */
  LogExporter exporter() {
    LogExporter exporter =
        new LogExporter(
            exports,
            store,
            sources(),
            SinkFactory.system(),
            JobLease.forThisProcess(Duration.ofSeconds(3)),
            LogExportSettings.defaults().withPoll(Duration.ofMillis(200)),
            clock);
    exporters.add(exporter);
    exporter.start();
    return exporter;
  }

  /** The {@code key}s of the JSON lines in every file of {@code directory}, repeats kept. */
  static List<String> keysInFiles(Path directory) {
    List<String> keys = new ArrayList<>();
    if (!Files.isDirectory(directory)) {
      return keys;
    }
    try (var files = Files.list(directory)) {
      for (Path file : files.sorted().toList()) {
        for (String line : Files.readAllLines(file)) {
          if (!line.isBlank() && line.endsWith("}")) {
            // a torn last line, left by a crash, is cut by the sink when it opens the file
            JsonNode node = JSON.readTree(line);
            keys.add(node.get("key").asText());
          }
        }
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return keys;
  }

  static void await(BooleanSupplier condition, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within " + timeout);
      }
      Thread.sleep(50);
    }
  }

  @Override
  public void close() {
    exporters.forEach(LogExporter::close);
    db.close();
    msp.close();
  }
}
