package io.duoctl.emulator.admin.phones;

import io.duoctl.emulator.http.DuoError;
import java.util.Locale;

/** A phone's type: request values lower case, response values capitalised (admin-api.md §6.2). */
public enum PhoneType {
  MOBILE("Mobile"),
  LANDLINE("Landline"),
  UNKNOWN("Unknown");

  private final String wire;

  PhoneType(String wire) {
    this.wire = wire;
  }

  /** The value Duo writes, e.g. {@code Mobile}. */
  public String wire() {
    return wire;
  }

  /**
   * Parses a request value in any case.
   *
   * @throws DuoError 400 40002 {@code type} for an unknown value
   */
  public static PhoneType parse(String value) {
    for (PhoneType type : values()) {
      if (type.wire.equalsIgnoreCase(value.trim())) {
        return type;
      }
    }
    throw DuoError.invalidParameter("type");
  }

  @Override
  public String toString() {
    return wire.toLowerCase(Locale.ROOT);
  }
}
