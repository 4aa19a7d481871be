package io.duoctl.core.orgs.check;

import java.util.Objects;

/**
 * One finding of an organization check.
 *
 * @param part what was checked: {@code admin}, {@code auth}, {@code mapping} or {@code
 *     directory_key}
 * @param status what the check found: a {@link io.duoctl.core.settings.ValidationStatus} wire name
 *     for the APIs, else {@code ok}, {@code not_mapped}, {@code stale_mapping}, {@code
 *     unknown_account}, {@code missing_keys}, {@code not_set}, {@code not_checked}, {@code
 *     well_formed} or {@code malformed}
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
