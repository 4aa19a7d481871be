package io.duoctl.core.logexport;

import io.duoctl.core.errors.FieldError;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Collects the problems of one sink configuration, so that all are reported at once: create one in
 * a config record's constructor, check each field, then {@link #done()}. Not thread-safe.
 */
public final class ConfigCheck {
  private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final int MAX_NAME = 64;

  private final String sink;
  private final List<FieldError> errors = new ArrayList<>();

  /** Starts checking the sink named {@code name} (checked too, as field {@code name}). */
  public ConfigCheck(String name) {
    this.sink = name == null || name.isBlank() ? "(unnamed)" : name;
    if (name == null || !NAME.matcher(name).matches() || name.length() > MAX_NAME) {
      fail(
          "name",
          "must be lower-case letters and digits in words joined by dashes, at most "
              + MAX_NAME
              + " characters, e.g. siem-prod");
    }
  }

  /** Records {@code message} for {@code field}. */
  public ConfigCheck fail(String field, String message) {
    errors.add(new FieldError(field, message));
    return this;
  }

  /** Records {@code message} for {@code field} unless {@code ok}. */
  public ConfigCheck require(boolean ok, String field, String message) {
    if (!ok) {
      fail(field, message);
    }
    return this;
  }

  /** A value that must be present. */
  public boolean present(Object value, String field) {
    require(
        value != null && !(value instanceof String text && text.isBlank()), field, "is required");
    return value != null;
  }

  /** A duration from {@code min} to {@code max}, inclusive. */
  public ConfigCheck between(Duration value, Duration min, Duration max, String field) {
    if (present(value, field)) {
      require(
          value.compareTo(min) >= 0 && value.compareTo(max) <= 0,
          field,
          "must be from " + min + " to " + max + " (ISO-8601), was " + value);
    }
    return this;
  }

  /** A TCP port, 1 to 65535. */
  public ConfigCheck port(int port, String field) {
    return require(
        port >= 1 && port <= 65_535, field, "must be a port from 1 to 65535, was " + port);
  }

  /**
   * An absolute {@code http} or {@code https} URL without query, fragment or user info.
   *
   * @param plainAllowed whether {@code http} is accepted
   */
  public ConfigCheck url(String value, boolean plainAllowed, String field) {
    if (!present(value, field)) {
      return this;
    }
    try {
      URI uri = new URI(value);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("https") && !(plainAllowed && scheme.equals("http"))) {
        return fail(
            field,
            "must start with https://"
                + (plainAllowed ? " or http://" : "")
                + ", was "
                + (scheme.isEmpty() ? "no scheme" : scheme + "://"));
      }
      require(uri.getHost() != null, field, "must name a host, e.g. https://siem.example:8088");
      require(
          uri.getRawQuery() == null && uri.getRawFragment() == null && uri.getUserInfo() == null,
          field,
          "must not hold a query, fragment or user:password (credentials go in their own field)");
    } catch (URISyntaxException e) {
      fail(field, "is not a URL: " + e.getReason());
    }
    return this;
  }

  /**
   * Ends the check.
   *
   * @throws InvalidSinkConfigException listing every problem recorded
   */
  public void done() {
    if (!errors.isEmpty()) {
      throw new InvalidSinkConfigException(sink, errors);
    }
  }
}
