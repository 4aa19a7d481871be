package io.duoctl.emulator.ratelimit;

import java.util.Locale;

/**
 * What one token bucket counts. Duo does not say whether a child account reached with the parent's
 * Accounts API keys spends the parent integration's allowance or its own; both are modelled.
 */
public enum RateLimitScope {
  /** One bucket per integration key and class: every child reached with a key shares it. */
  INTEGRATION,
  /** One bucket per account and class: each child account has its own allowance. */
  ACCOUNT;

  /**
   * The scope named {@code integration} or {@code account} (any case).
   *
   * @throws IllegalArgumentException naming both choices for anything else
   */
  public static RateLimitScope parse(String name) {
    for (RateLimitScope scope : values()) {
      if (scope.label().equalsIgnoreCase(name == null ? "" : name.trim())) {
        return scope;
      }
    }
    throw new IllegalArgumentException(
        "rate limit scope must be integration or account, not '" + name + "'");
  }

  /** The lower-case name used on the command line and the control endpoint. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
