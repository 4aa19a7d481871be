package io.duoctl.core.logexport.sinks.syslog;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One CEF record: {@code CEF:0|Cisco|Duo|VERSION|SIGNATURE|NAME|SEVERITY|k=v k=v}, with CEF's
 * escaping: in the header {@code \} and {@code |} are escaped and line breaks become spaces; in
 * extension values {@code \}, {@code =} and line breaks ({@code \n}, {@code \r}) are escaped. Not
 * thread-safe while built.
 */
final class Cef {
  private final String deviceVersion;
  private final String signature;
  private final String name;
  private final int severity;
  private final Map<String, String> extension = new LinkedHashMap<>();

  Cef(String deviceVersion, String signature, String name, int severity) {
    this.deviceVersion = deviceVersion;
    this.signature = signature;
    this.name = name;
    this.severity = severity;
  }

  /** Adds {@code key=value} unless the value is null or empty; keys are CEF's (alphanumeric). */
  Cef put(String key, String value) {
    if (value != null && !value.isEmpty()) {
      extension.put(key, value);
    }
    return this;
  }

  /** A custom string field with its label: {@code cs1=value cs1Label=label}. */
  Cef custom(int number, String label, String value) {
    if (value != null && !value.isEmpty()) {
      put("cs" + number, value);
      put("cs" + number + "Label", label);
    }
    return this;
  }

  String text() {
    return "CEF:0|"
        + header("Cisco")
        + "|"
        + header("Duo")
        + "|"
        + header(deviceVersion)
        + "|"
        + header(signature)
        + "|"
        + header(name)
        + "|"
        + severity
        + "|"
        + extension.entrySet().stream()
            .map(field -> field.getKey() + "=" + extensionValue(field.getValue()))
            .collect(Collectors.joining(" "));
  }

  static String header(String value) {
    return value
        .replace("\\", "\\\\")
        .replace("|", "\\|")
        .replace("\r\n", " ")
        .replace('\r', ' ')
        .replace('\n', ' ');
  }

  static String extensionValue(String value) {
    return value
        .replace("\\", "\\\\")
        .replace("=", "\\=")
        .replace("\r\n", "\\n")
        .replace("\r", "\\r")
        .replace("\n", "\\n");
  }
}
