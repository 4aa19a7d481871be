package io.duoctl.core.settings;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks that text looks like a bare host (optionally {@code host:port}) and says what to fix when
 * it does not. Public so organization keys and proxy settings share the rule.
 */
public final class HostNames {
  private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
  private static final int MAX_LENGTH = 253;

  private HostNames() {}

  /** Empty when {@code text} is a valid host or host:port; otherwise what is wrong and the fix. */
  public static Optional<String> problem(String text) {
    if (text == null || text.isBlank()) {
      return Optional.of("is required; enter the API hostname, e.g. api-1234abcd.duosecurity.com");
    }
    String value = text.strip();
    if (value.contains("://")) {
      return Optional.of(
          "must be a hostname without a scheme; remove \""
              + value.substring(0, value.indexOf("://") + 3)
              + "\"");
    }
    if (value.contains("/") || value.contains("?") || value.contains("#")) {
      return Optional.of(
          "must be a hostname without a path; remove everything from the first \"/\"");
    }
    int colon = value.lastIndexOf(':');
    String host = colon < 0 ? value : value.substring(0, colon);
    if (colon >= 0 && !validPort(value.substring(colon + 1))) {
      return Optional.of("has an invalid port; use host or host:port with a port from 1 to 65535");
    }
    if (!validHost(host)) {
      return Optional.of(
          "is not a valid hostname; use letters, digits, hyphens and dots only,"
              + " e.g. api-1234abcd.duosecurity.com");
    }
    return Optional.empty();
  }

  private static boolean validHost(String host) {
    if (host.isEmpty() || host.length() > MAX_LENGTH || host.endsWith(".")) {
      return false;
    }
    for (String label : host.toLowerCase(Locale.ROOT).split("\\.", -1)) {
      if (!LABEL.matcher(label).matches()) {
        return false;
      }
    }
    return true;
  }

  private static boolean validPort(String port) {
    if (port.isEmpty() || port.length() > 5 || !port.chars().allMatch(Character::isDigit)) {
      return false;
    }
    int value = Integer.parseInt(port);
    return value >= 1 && value <= 65535;
  }
}
