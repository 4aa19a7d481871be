import io.duoctl.app.Duoctl;
import io.duoctl.core.mapping.DuoImport;
import io.duoctl.core.secrets.Secret;
import io.duoctl.core.settings.AdvancedSettings;
import io.duoctl.core.settings.ConfigurationUpdate;
import io.duoctl.core.settings.DuoApi;
import io.duoctl.core.settings.ProxySettings;
import io.duoctl.emulator.DuoEmulator;
import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.model.Integration;
import io.duoctl.emulator.model.IntegrationType;
import java.net.InetSocketAddress;

/** Sets duoctl up over an emulated MSP as an operator would: the benches' shared setup. */
final class BenchMsp {

  private BenchMsp() {}

  /** The emulated MSP's parent account. */
  static Account parent(DuoEmulator duo) {
    return duo.world().accounts().stream().filter(a -> !a.isChild()).findFirst().orElseThrow();
  }

  /** The parent's Accounts API integration. */
  static Integration accountsApi(DuoEmulator duo) {
    return duo.world().integrationsOf(parent(duo).id()).stream()
        .filter(i -> i.type() == IntegrationType.ACCOUNTS_API)
        .findFirst()
        .orElseThrow();
  }

  /** {@link #configure(Duoctl, String, String, String, String, String, InetSocketAddress, int)} with
   * the parent's keys of an emulator in this process. */
  static void configure(Duoctl app, String name, String actor, DuoEmulator duo, int orgs) {
    Integration accountsApi = accountsApi(duo);
    configure(
        app,
        name,
        actor,
        parent(duo).apiHostname(),
        accountsApi.integrationKey(),
        accountsApi.secretKey(),
        duo.proxyAddress(),
        orgs);
  }

  /**
   * Saves configuration {@code name} with the parent's Accounts API keys (reached through the
   * emulator's proxy over plain HTTP), then fetches the child accounts and imports and maps every
   * one as an organization.
   *
   * @throws IllegalStateException unless exactly {@code orgs} organizations were imported
   */
  static void configure(
      Duoctl app,
      String name,
      String actor,
      String apiHostname,
      String integrationKey,
      String secretKey,
      InetSocketAddress proxy,
      int orgs) {
    AdvancedSettings advanced =
        AdvancedSettings.defaults()
            .withProxy(new ProxySettings(proxy.getHostString(), proxy.getPort(), null, null))
            .withAllowPlainHttp(true);
    app.settings()
        .save(
            ConfigurationUpdate.named(name)
                .withApi(DuoApi.ACCOUNTS, apiHostname, integrationKey, Secret.of(secretKey))
                .withAdvanced(advanced),
            actor);
    app.mapping().refreshAccounts(name, app.accountDirectory(), actor);
    DuoImport imported = app.organizationsFromDuo().importUnmapped(name, actor);
    if (imported.created().size() != orgs) {
      throw new IllegalStateException(
          "expected " + orgs + " organizations imported, got " + imported.created().size());
    }
  }
}
