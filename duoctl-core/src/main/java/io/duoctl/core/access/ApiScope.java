package io.duoctl.core.access;

import java.util.Locale;

/**
 * What an API token or a console operator may do. Each scope includes the ones below it: {@link
 * #ADMIN} includes {@link #RUN}, which includes {@link #READ}.
 */
public enum ApiScope {
  /** Read settings (masked), organizations, mapping, the catalog, jobs and audit. */
  READ,
  /** Also run actions, including mutating ones, and start or cancel jobs. */
  RUN,
  /** Also change settings, organizations, mapping, tokens and operators. */
  ADMIN;

  /** Whether this scope grants everything {@code other} grants. */
  public boolean includes(ApiScope other) {
    return compareTo(other) >= 0;
  }

  /** The lower-case name used on the command line and in JSON: {@code read}, {@code run}, ... */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The scope named {@code text} ({@code read}, {@code run} or {@code admin}, any case).
   *
   * @throws IllegalArgumentException naming the allowed values if {@code text} is none of them
   */
  public static ApiScope parse(String text) {
    if (text != null) {
      for (ApiScope scope : values()) {
        if (scope.name().equalsIgnoreCase(text.strip())) {
          return scope;
        }
      }
    }
    throw new IllegalArgumentException(
        (text == null ? "no scope given" : "unknown scope \"" + text + "\"")
            + "; use read, run or admin");
  }
}
