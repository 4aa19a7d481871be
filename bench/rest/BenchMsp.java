import io.duoctl.app.Duoctl;
import io.duoctl.core.mapping.DuoImport;
import io.duoctl.core.secrets.Secret;
import io.duoctl.core.settings.AdvancedSettings;
import io.duoctl.core.settings.ConfigurationUpdate;
import io.duoctl.core.settings.DuoApi;
import io.duoctl.emulator.DuoEmulator;
import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.model.Integration;
import io.duoctl.emulator.model.IntegrationType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** What both REST benchmarks set up: duoctl configured against the emulator's one child account. */
final class BenchMsp {
  static final String ACTOR = "bench:rest";
  static final String CONFIG = "bench";

  private BenchMsp() {}

  /** Saves the parent's Accounts API keys, imports the one child account and maps it. */
  static String configure(Duoctl app, DuoEmulator duo) {
    Account parent =
        duo.world().accounts().stream().filter(a -> !a.isChild()).findFirst().orElseThrow();
    Integration accountsApi =
        duo.world().integrationsOf(parent.id()).stream()
            .filter(i -> i.type() == IntegrationType.ACCOUNTS_API)
            .findFirst()
            .orElseThrow();
    AdvancedSettings advanced =
        AdvancedSettings.defaults()
            .withProxy(
                new io.duoctl.core.settings.ProxySettings(
                    "127.0.0.1", duo.proxyAddress().getPort(), null, null))
            .withAllowPlainHttp(true);
    app.settings()
        .save(
            ConfigurationUpdate.named(CONFIG)
                .withApi(
                    DuoApi.ACCOUNTS,
                    parent.apiHostname(),
                    accountsApi.integrationKey(),
                    Secret.of(accountsApi.secretKey()))
                .withAdvanced(advanced),
            ACTOR);
    app.mapping().refreshAccounts(CONFIG, app.accountDirectory(), ACTOR);
    DuoImport imported = app.organizationsFromDuo().importUnmapped(CONFIG, ACTOR);
    if (imported.created().size() != 1) {
      throw new IllegalStateException("expected one organization, got " + imported.created());
    }
    return app.organizations().listAll(CONFIG).getFirst().name();
  }

  static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
