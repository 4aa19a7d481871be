package io.duoctl.core.access;

import io.duoctl.core.vocabulary.InvalidValueException;
import io.duoctl.core.vocabulary.WireNames;

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

  /** The name used on every surface: {@code read}, {@code run} or {@code admin}. */
  public String wireName() {
    return WireNames.of(this);
  }

  /**
   * The scope named {@code text} ({@code read}, {@code run} or {@code admin}, any case).
   *
   * @throws InvalidValueException naming {@code field} and the allowed values
   */
  public static ApiScope parse(String text, String field) {
    return WireNames.parse(ApiScope.class, text, field);
  }
}
