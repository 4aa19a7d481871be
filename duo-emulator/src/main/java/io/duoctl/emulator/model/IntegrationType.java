package io.duoctl.emulator.model;

import java.util.Locale;

/** The kinds of integration whose keys can call the emulated APIs. */
public enum IntegrationType {
  /** Admin API: {@code /admin/*} within its own account, limited by its grants. */
  ADMIN_API("adminapi"),
  /** Accounts API of a parent: {@code /accounts/v1/*}, and {@code /admin/*} on its children. */
  ACCOUNTS_API("accountsapi"),
  /** Auth API: {@code /auth/v2/*}. */
  AUTH_API("authapi");

  private final String duoName;

  IntegrationType(String duoName) {
    this.duoName = duoName;
  }

  /** The {@code type} value Duo shows for this integration, e.g. {@code adminapi}. */
  public String duoName() {
    return duoName;
  }

  /**
   * Parses Duo's name ({@code adminapi}, {@code accountsapi}, {@code authapi}).
   *
   * @throws IllegalArgumentException naming the accepted values
   */
  public static IntegrationType fromDuoName(String name) {
    for (IntegrationType type : values()) {
      if (type.duoName.equals(name == null ? null : name.toLowerCase(Locale.ROOT))) {
        return type;
      }
    }
    throw new IllegalArgumentException(
        "integration type must be adminapi, accountsapi or authapi, not " + name);
  }
}
