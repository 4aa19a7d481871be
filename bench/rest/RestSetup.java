import io.duoctl.app.Duoctl;
import io.duoctl.emulator.DuoEmulator;
import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.model.Integration;
import io.duoctl.emulator.model.IntegrationType;

/** What both REST benchmarks set up: duoctl configured against the emulator's one child account. */
final class RestSetup {
  static final String ACTOR = "bench:rest";
  static final String CONFIG = "bench";

  private RestSetup() {}

  /** Configures and maps the emulator's one child account; returns its organization's name. */
  static String configure(Duoctl app, DuoEmulator duo) {
    Account parent =
        duo.world().accounts().stream().filter(a -> !a.isChild()).findFirst().orElseThrow();
    Integration accountsApi =
        duo.world().integrationsOf(parent.id()).stream()
            .filter(i -> i.type() == IntegrationType.ACCOUNTS_API)
            .findFirst()
            .orElseThrow();
    BenchMsp.configure(
        app,
        CONFIG,
        ACTOR,
        parent.apiHostname(),
        accountsApi.integrationKey(),
        accountsApi.secretKey(),
        duo.proxyAddress(),
        1);
    return app.organizations().listAll(CONFIG).getFirst().name();
  }
}
