package io.duoctl.emulator.admin.groups;

import io.duoctl.emulator.http.DuoError;

/** A group's status; Duo writes it capitalised (admin-api.md §6.4, §7.12). */
public enum GroupStatus {
  ACTIVE("Active"),
  BYPASS("Bypass"),
  DISABLED("Disabled");

  private final String wire;

  GroupStatus(String wire) {
    this.wire = wire;
  }

  /** The value Duo writes, e.g. {@code Active}. */
  public String wire() {
    return wire;
  }

  /**
   * Parses a request value in any case.
   *
   * @throws DuoError 400 40002 {@code status} for anything else
   */
  public static GroupStatus parse(String value) {
    for (GroupStatus status : values()) {
      if (status.wire.equalsIgnoreCase(value.trim())) {
        return status;
      }
    }
    throw DuoError.invalidParameter("status");
  }
}
