package io.duoctl.emulator.authapi;

import io.duoctl.emulator.admin.users.User;
import io.duoctl.emulator.admin.users.UserDirectory;

/**
 * What a user's status decides before any factor (signing-auth-accounts.md §4; admin-api.md §7.6):
 * users in bypass are let in, disabled or trashed users and locked-out users are refused, users
 * without an authenticator must enroll.
 */
final class UserGate {

  private UserGate() {}

  /** The outcome the status forces, or null when the user may authenticate. */
  static Outcome forced(User user) {
    return switch (user.status()) {
      case BYPASS -> Outcome.BYPASS_USER;
      case DISABLED, PENDING_DELETION -> Outcome.DISABLED;
      case LOCKED_OUT -> Outcome.LOCKED_OUT;
      case ACTIVE -> null;
    };
  }

  static boolean enrolled(UserDirectory users, User user) {
    return users.isEnrolled(user.userId());
  }
}
