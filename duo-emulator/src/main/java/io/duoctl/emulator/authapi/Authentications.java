package io.duoctl.emulator.authapi;

import io.duoctl.emulator.admin.authlog.AuthLog;
import io.duoctl.emulator.admin.authlog.AuthLogEntry;
import io.duoctl.emulator.admin.internal.AdminIds;
import io.duoctl.emulator.admin.users.User;
import io.duoctl.emulator.admin.users.UserDirectory;
import io.duoctl.emulator.http.ApiCall;
import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.model.World;
import java.util.function.Consumer;

/**
 * Starts and ends authentications: gives each a txid, keeps it for {@code auth_status}, hands it to
 * the auth log, and applies its consequences once its outcome is known — a success resets the
 * user's failure count, a denial, fraud report or wrong passcode counts toward lockout
 * (admin-api.md §7.6).
 */
final class Authentications {

  private final World world;

  Authentications(World world) {
    this.world = world;
  }

  /** Records an authentication that ended now. */
  AuthTransaction end(
      ApiCall call, User user, String factor, Outcome outcome, AuthLogEntry.AuthDevice device) {
    AuthTransaction tx =
        AuthTransaction.ended(
            context(call, user, device), factor, outcome, call.now(), consequences(call, user));
    start(call, tx);
    return tx;
  }

  /** Records a push or call that waits for the device. */
  AuthTransaction await(
      ApiCall call,
      User user,
      String factor,
      AuthTransaction.Wait wait,
      io.duoctl.emulator.admin.phones.DeviceBehaviour behaviour,
      AuthLogEntry.AuthDevice device) {
    AuthTransaction tx =
        AuthTransaction.waiting(
            context(call, user, device),
            factor,
            wait,
            behaviour,
            call.now(),
            consequences(call, user));
    start(call, tx);
    return tx;
  }

  private void start(ApiCall call, AuthTransaction tx) {
    AuthTransactions.of(call.account()).add(tx);
    if (!tx.logged()) {
      return;
    }
    AuthLog log = AuthLog.of(call.account());
    log.defer(tx);
    log.settle(call.now());
  }

  private AuthTransaction.Context context(ApiCall call, User user, AuthLogEntry.AuthDevice device) {
    return new AuthTransaction.Context(
        AdminIds.uuid(world.ids()),
        user.userId(),
        AuthRequest.subject(world, call.account(), user),
        AuthRequest.alias(call, user),
        user.email(),
        AuthRequest.application(call),
        AuthRequest.accessDevice(call),
        device);
  }

  private Consumer<Outcome> consequences(ApiCall call, User user) {
    Account account = call.account();
    String userId = user.userId();
    return outcome -> {
      UserDirectory users = UserDirectory.of(world, account);
      if (users.byId(userId).isEmpty()) {
        return;
      }
      if (outcome.equals(Outcome.APPROVED) || outcome.equals(Outcome.VALID_PASSCODE)) {
        users.recordSuccessfulLogin(userId);
      } else if (outcome.equals(Outcome.DENIED)
          || outcome.equals(Outcome.FRAUD)
          || outcome.equals(Outcome.INVALID_PASSCODE)) {
        users.recordFailedAttempt(userId);
      }
    };
  }
}
