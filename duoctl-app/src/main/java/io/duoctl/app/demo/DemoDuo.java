package io.duoctl.app.demo;

import io.duoctl.core.settings.DuoApi;
import io.duoctl.emulator.DuoEmulator;
import io.duoctl.emulator.EmulatorLauncher;
import io.duoctl.emulator.IntegrationKeys;
import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.model.IntegrationType;
import io.duoctl.emulator.ratelimit.RateLimitScope;
import java.util.Optional;

/**
 * The emulated Duo of the demo: the emulator seeded with the {@code demo} fixture, the one
 * definition of the demo MSP that {@code duoctl emulator --fixture demo} serves as well: a parent
 * with Accounts, Admin and Auth API applications (all nine integration parameters, as an MSP finds
 * them in its own Duo Admin Panel) and three customer child accounts, each with its own Admin and
 * Auth API applications.
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
   * The Auth API keys of the child account {@code accountId}, if it has an Auth API application.
   */
  public Optional<IntegrationKeys> childAuthApi(String accountId) {
    return emulator.world().account(accountId).stream()
        .flatMap(child -> emulator.integrationKeys(child, IntegrationType.AUTH_API).stream())
        .findFirst();
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

  /**
   * The demo's keys in an emulator already seeded with the demo fixture.
   *
   * @throws IllegalStateException if the fixture lacks the parent or one of its applications
   */
  public static DemoDuo around(DuoEmulator emulator) {
    Account parent =
        emulator.world().accounts().stream()
            .filter(account -> !account.isChild())
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("the demo fixture has no parent account"));
    return new DemoDuo(
        emulator,
        parent,
        parentApplication(emulator, parent, IntegrationType.ACCOUNTS_API),
        parentApplication(emulator, parent, IntegrationType.ADMIN_API),
        parentApplication(emulator, parent, IntegrationType.AUTH_API));
  }

  private static IntegrationKeys parentApplication(
      DuoEmulator emulator, Account parent, IntegrationType type) {
    return emulator.integrationKeys(parent, type).stream()
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "the demo fixture's parent has no " + type.duoName() + " application"));
  }

  /** Stops the emulator. */
  @Override
  public void close() {
    emulator.close();
  }
}
