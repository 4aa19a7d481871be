package io.duoctl.emulator.http;

import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.model.Integration;
import io.duoctl.emulator.model.IntegrationType;
import io.duoctl.emulator.model.Permission;
import io.duoctl.emulator.model.World;
import java.util.Optional;

/**
 * Decides whether an integration may call a route, and on which account the call acts.
 *
 * <ul>
 *   <li>Auth API routes need Auth API keys and Accounts API routes Accounts API keys; other keys
 *       get 403 40301 "Wrong integration type for this API." (signing-auth-accounts.md §2).
 *   <li>Admin API keys need the route's grant (403 40301 otherwise, admin-api.md §4) and act on
 *       their own account.
 *   <li>Accounts API keys on {@code /admin/*} act on the child named by {@code account_id}, sent to
 *       the child's or the parent's hostname (signing-auth-accounts.md §5.2; duo_log_sync uses the
 *       parent's).
 *   <li>A request addressed to another account's hostname is refused with 40102: that host does not
 *       know the key. Hosts that name no account (localhost) fall back to the key's account.
 * </ul>
 */
final class Authorization {

  private final World world;

  Authorization(World world) {
    this.world = world;
  }

  Account authorize(Route route, Integration integration, String hostname, Params params) {
    checkPermission(route.permission(), integration);
    Account owner =
        world.account(integration.accountId()).orElseThrow(RequestVerifier::unknownIntegration);
    Optional<Account> addressed = world.accountByHostname(hostname);
    boolean childCall =
        integration.type() == IntegrationType.ACCOUNTS_API && route.pattern().startsWith("/admin/");
    if (!childCall) {
      if (addressed.isPresent() && addressed.get() != owner) {
        throw RequestVerifier.unknownIntegration();
      }
      return owner;
    }
    if (addressed.isPresent() && !isSelfOrChild(owner, addressed.get())) {
      throw RequestVerifier.unknownIntegration();
    }
    String accountId =
        params.first("account_id").orElseThrow(() -> DuoError.invalidParameter("account_id"));
    return world
        .account(accountId)
        .filter(child -> child.parentId().filter(owner.id()::equals).isPresent())
        .orElseThrow(() -> DuoError.invalidParameter("account_id"));
  }

  private static boolean isSelfOrChild(Account parent, Account addressed) {
    return addressed == parent || addressed.parentId().filter(parent.id()::equals).isPresent();
  }

  private static void checkPermission(Permission needed, Integration integration) {
    IntegrationType type = integration.type();
    switch (needed) {
      case AUTH -> requireType(type, IntegrationType.AUTH_API);
      case ACCOUNTS -> requireType(type, IntegrationType.ACCOUNTS_API);
      default -> {
        if (type == IntegrationType.AUTH_API) {
          throw DuoError.wrongIntegrationType();
        }
        if (type == IntegrationType.ADMIN_API && !integration.grants().contains(needed)) {
          throw DuoError.forbidden();
        }
      }
    }
  }

  private static void requireType(IntegrationType actual, IntegrationType wanted) {
    if (actual != wanted) {
      throw DuoError.wrongIntegrationType();
    }
  }
}
