package io.duoctl.core.reports.standard;

import io.duoctl.client.admin.users.User;
import java.time.Instant;

/** What the reports read from a Duo user. Stateless. */
final class Users {

  private Users() {}

  /** Duo's {@code last_login} (Unix seconds) as an instant; null when the user never logged in. */
  static Instant lastLogin(User user) {
    return user.lastLogin() == null ? null : Instant.ofEpochSecond(user.lastLogin());
  }

  static boolean enrolled(User user) {
    return Boolean.TRUE.equals(user.isEnrolled());
  }

  /** The user's status in Duo's spelling, e.g. {@code locked out}. */
  static String status(User user) {
    return user.status() == null ? "" : user.status();
  }
}
