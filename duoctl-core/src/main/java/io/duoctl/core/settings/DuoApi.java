package io.duoctl.core.settings;

import io.duoctl.core.vocabulary.WireNames;

/** The three Duo APIs duoctl speaks to. */
public enum DuoApi {
  AUTH("Auth API"),
  ACCOUNTS("Accounts API"),
  ADMIN("Admin API");

  private final String displayName;

  DuoApi(String displayName) {
    this.displayName = displayName;
  }

  /** The name users know, e.g. "Admin API". */
  public String displayName() {
    return displayName;
  }

  /** The prefix of this API's input fields, e.g. {@code admin} in {@code admin.host}. */
  public String fieldPrefix() {
    return WireNames.of(this);
  }
}
