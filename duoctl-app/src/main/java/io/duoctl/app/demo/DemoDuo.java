package io.duoctl.app.demo;

import io.duoctl.core.settings.DuoApi;
import io.duoctl.emulator.DuoEmulator;
import io.duoctl.emulator.EmulatorLauncher;
import io.duoctl.emulator.IntegrationKeys;
import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.model.IntegrationType;
import io.duoctl.emulator.model.World;
import io.duoctl.emulator.ratelimit.RateLimitScope;

/**
 * The emulated Duo of the demo: the emulator seeded with the {@code demo} fixture (an MSP parent
 * with three customer child accounts), plus Admin API and Auth API applications on the parent so
 * that all nine integration parameters can be filled in, exactly as an MSP does in its own Duo
 * Admin Panel.
 *
 * @param emulator the running emulator (stopped by {@link #close()})
 * @param parent the MSP's parent account
 * @param accountsApi the parent's Accounts API keys
 * @param adminApi the parent's Admin API keys
 * @param authApi the parent's Auth API keys
 */
public record DemoDuo(
    DuoEmulator emulator,
    Account parent,
    IntegrationKeys accountsApi,
    IntegrationKeys adminApi,
    IntegrationKeys authApi)
    implements AutoCloseable {

  /** The directory key of the demo fixture's Harbor Dental Group directory. */
  public static final String HARBOR_DENTAL_DIRECTORY_KEY = "DEMODIRECTORYKEY0001";

  /** The parent's keys for {@code api}. */
  public IntegrationKeys keys(DuoApi api) {
    return switch (api) {
      case AUTH -> authApi;
      case ACCOUNTS -> accountsApi;
      case ADMIN -> adminApi;
    };
  }

  /**
   * Starts the emulator on {@code port} (0: any free port), plain HTTP on loopback, with Duo's
   * published rate limits.
   */
  public static DemoDuo start(int port) {
    DuoEmulator emulator =
        EmulatorLauncher.start(
            new EmulatorLauncher.Options(
                port,
                "127.0.0.1",
                "demo",
                null,
                null,
                1,
                0,
                0,
                false,
                null,
                true,
                RateLimitScope.INTEGRATION));
    try {
      return around(emulator);
    } catch (RuntimeException e) {
      emulator.close();
      throw e;
    }
  }

  /** The demo's keys in an emulator already seeded with the demo fixture. */
  public static DemoDuo around(DuoEmulator emulator) {
    World world = emulator.world();
    Account parent =
        world.accounts().stream()
            .filter(account -> !account.isChild())
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("the demo fixture has no parent account"));
    IntegrationKeys accounts =
        world.integrationsOf(parent.id()).stream()
            .filter(integration -> integration.type() == IntegrationType.ACCOUNTS_API)
            .findFirst()
            .map(
                integration ->
                    new IntegrationKeys(
                        integration.integrationKey(),
                        integration.secretKey(),
                        parent.apiHostname(),
                        parent.id(),
                        integration.type()))
            .orElseThrow(
                () -> new IllegalStateException("the demo parent has no Accounts API application"));
    return new DemoDuo(
        emulator, parent, accounts, emulator.givenAdminApi(parent), emulator.givenAuthApi(parent));
  }

  /** Stops the emulator. */
  @Override
  public void close() {
    emulator.close();
  }
}
