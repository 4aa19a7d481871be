package io.duoctl.core.orgs.check;

import java.util.Objects;

/**
 * One finding of an organization check.
 *
 * @param part what was checked: {@code admin}, {@code auth}, {@code mapping} or {@code
 *     directory_key}
 * @param status what the check found: a {@link io.duoctl.core.settings.ValidationStatus} name for
 *     the APIs, else {@code OK}, {@code NOT_MAPPED}, {@code STALE_MAPPING}, {@code
 *     UNKNOWN_ACCOUNT}, {@code MISSING_KEYS}, {@code NOT_SET}, {@code NOT_CHECKED}, {@code
 *     WELL_FORMED} or {@code MALFORMED}
 * @param failed whether this finding makes the check fail (a missing optional key does not)
 * @param message what it means; never a secret
 * @param fix the command that fixes it, or null when there is nothing to fix
 */
public record CheckItem(String part, String status, boolean failed, String message, String fix) {
  public CheckItem {
    Objects.requireNonNull(part, "part");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(message, "message");
  }

  static CheckItem ok(String part, String status, String message) {
    return new CheckItem(part, status, false, message, null);
  }

  static CheckItem failed(String part, String status, String message, String fix) {
    return new CheckItem(part, status, true, message, fix);
  }

  static CheckItem optional(String part, String status, String message, String fix) {
    return new CheckItem(part, status, false, message, fix);
  }
}
