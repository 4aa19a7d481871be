package io.duoctl.core.testing;

import io.duoctl.client.DuoClient;
import io.duoctl.client.DuoTarget;
import io.duoctl.client.http.Transport;
import io.duoctl.core.actions.ActionRun;
import io.duoctl.core.actions.ActionRunner;
import io.duoctl.core.actions.OrganizationResolver;
import io.duoctl.core.actions.OrganizationUnavailableException;
import io.duoctl.core.actions.ResolvedOrganization;
import io.duoctl.core.actions.handlers.StandardActions;
import io.duoctl.core.secrets.Secret;
import io.duoctl.core.settings.DuoApi;
import io.duoctl.emulator.DuoEmulator;
import io.duoctl.emulator.IntegrationKeys;
import io.duoctl.emulator.model.Account;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An MSP on the emulator: a parent account with Accounts, Admin and Auth API keys, and
 * organizations reached either as child accounts through the parent's Accounts keys or with their
 * own keys. Calls go over real HTTP through the emulator's forward proxy; the client's back-off
 * moves the emulator's clock instead of sleeping, so rate limits refill without real waits.
 */
public final class EmulatedMsp implements AutoCloseable {

  public final DuoEmulator duo;
  public final Account parent;
  public final IntegrationKeys accountsKeys;
  public final DuoClient client;
  public final Map<String, ResolvedOrganization> organizations = new ConcurrentHashMap<>();
  public final List<ActionRun> audit = new ArrayList<>();
  private final int proxyPort;

  public EmulatedMsp() {
    this(DuoEmulator.builder().seed(42).build().start(), null);
  }

  /**
   * On a started emulator; with {@code proxyPort}, Duo is called through that proxy instead of the
   * emulator's own.
   */
  public EmulatedMsp(DuoEmulator duo, Integer proxyPort) {
    this.duo = duo;
    this.parent = duo.givenParentAccount("Acme MSP");
    this.accountsKeys = duo.givenAccountsApi(parent);
    this.proxyPort = proxyPort != null ? proxyPort : duo.proxyAddress().getPort();
    this.client = clientBuilder().build();
    DuoTarget accounts =
        DuoTarget.of(
            accountsKeys.apiHostname(), accountsKeys.integrationKey(), accountsKeys.secretKey());
    organizations.put(
        "msp",
        new ResolvedOrganization(
            "org-msp", "Acme MSP", Map.of(DuoApi.ACCOUNTS, accounts), Optional.empty()));
  }

  /**
   * A builder of clients like {@link #client}: through the proxy, on the emulator's clock, with a
   * back-off that advances that clock instead of sleeping.
   */
  public DuoClient.Builder clientBuilder() {
    return DuoClient.builder()
        .allowPlainHttp(true)
        .proxy("127.0.0.1", proxyPort)
        .clock(duo.clock())
        .sleeper(duration -> duo.clock().advance(duration))
        .jitter(() -> 0.0);
  }

  /** A child account reached with the parent's Accounts API keys and its account_id. */
  public Account childOrganization(String name) {
    Account child = duo.givenChildAccount(parent, name);
    DuoTarget parentKeys = organizations.get("msp").target(DuoApi.ACCOUNTS);
    Map<DuoApi, DuoTarget> targets = new EnumMap<>(DuoApi.class);
    targets.put(DuoApi.ADMIN, DuoTarget.childAccount(parentKeys, child.id(), child.apiHostname()));
    organizations.put(
        name,
        new ResolvedOrganization(
            "org-" + child.id(), name, targets, Optional.of(Secret.of("dirkey-" + name))));
    return child;
  }

  /** A child account reached with its own Admin and Auth API keys (cross-deployment style). */
  public Account ownKeysOrganization(String name) {
    Account child = duo.givenChildAccount(parent, name);
    IntegrationKeys admin = duo.givenAdminApi(child);
    IntegrationKeys auth = duo.givenAuthApi(child);
    Map<DuoApi, DuoTarget> targets = new EnumMap<>(DuoApi.class);
    targets.put(
        DuoApi.ADMIN, DuoTarget.of(admin.apiHostname(), admin.integrationKey(), admin.secretKey()));
    targets.put(
        DuoApi.AUTH, DuoTarget.of(auth.apiHostname(), auth.integrationKey(), auth.secretKey()));
    organizations.put(
        name,
        new ResolvedOrganization(
            "org-" + child.id(),
            name,
            targets,
            Optional.empty(),
            Map.of(),
            java.util.Set.of(DuoApi.ADMIN, DuoApi.AUTH)));
    return child;
  }

  /** The organizations by key, and the parent account ("msp") for parent-level actions. */
  public OrganizationResolver resolver() {
    return new OrganizationResolver() {
      @Override
      public ResolvedOrganization resolve(String reference) {
        ResolvedOrganization org = organizations.get(reference);
        if (org == null) {
          throw OrganizationUnavailableException.unknown(reference);
        }
        return org;
      }

      @Override
      public ResolvedOrganization parentAccount() {
        return ResolvedOrganization.parent(organizations.get("msp").targets(), Map.of());
      }
    };
  }

  public ActionRunner runner() {
    return runner(client.transport());
  }

  /** A runner like {@link #runner()} that calls Duo through {@code transport}. */
  public ActionRunner runner(Transport transport) {
    return new ActionRunner(
        StandardActions.catalog(),
        resolver(),
        transport,
        run -> {
          synchronized (audit) {
            audit.add(run);
          }
        },
        Clock.systemUTC());
  }

  @Override
  public void close() {
    client.close();
    duo.close();
  }
}
