package io.duoctl.emulator.admin.history;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The four logs an export reads: authentication v2, administrator, telephony v2 and activity. */
public enum LogKind {
  AUTHENTICATION,
  ADMINISTRATOR,
  TELEPHONY,
  ACTIVITY;

  /** The lower-case name, as the control endpoint takes it ({@code authentication} …). */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The kind named {@code label}, in any case.
   *
   * @throws IllegalArgumentException naming the accepted values otherwise
   */
  public static LogKind parse(String label) {
    for (LogKind kind : values()) {
      if (kind.label().equalsIgnoreCase(label == null ? "" : label.strip())) {
        return kind;
      }
    }
    throw new IllegalArgumentException(
        "log must be one of "
            + Arrays.stream(values()).map(LogKind::label).collect(Collectors.joining(", "))
            + ", not '"
            + label
            + "'");
  }
}
