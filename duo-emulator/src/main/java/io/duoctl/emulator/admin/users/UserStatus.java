package io.duoctl.emulator.admin.users;

import io.duoctl.emulator.http.DuoError;
import java.util.Locale;

/** A user's status as Duo writes it: lower case (admin-api.md §6.1, §7.12). */
public enum UserStatus {
  ACTIVE("active"),
  BYPASS("bypass"),
  DISABLED("disabled"),
  /** Set only by the system after too many failed attempts (§7.6). */
  LOCKED_OUT("locked out"),
  /** In the Trash after bulk_send_to_trash (§7.5). */
  PENDING_DELETION("pending deletion");

  private final String wire;

  UserStatus(String wire) {
    this.wire = wire;
  }

  /** The value Duo writes, e.g. {@code locked out}. */
  public String wire() {
    return wire;
  }

  /**
   * The status an API caller may set: {@code active}, {@code bypass} or {@code disabled}, any case.
   *
   * @throws DuoError 400 40002 {@code status} for anything else, including {@code locked out}
   */
  public static UserStatus settable(String value) {
    return switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "active" -> ACTIVE;
      case "bypass" -> BYPASS;
      case "disabled" -> DISABLED;
      default -> throw DuoError.invalidParameter("status");
    };
  }
}
