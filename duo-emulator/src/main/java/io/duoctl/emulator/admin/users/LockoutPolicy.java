package io.duoctl.emulator.admin.users;

import java.time.Duration;
import java.util.Optional;

/**
 * The account's lockout settings (admin-api.md §6.14, §7.6), read at the moment a failed attempt is
 * recorded. The settings feature supplies it; without one, {@link #DEFAULT} applies.
 */
public interface LockoutPolicy {

  /** Duo's default: lock out after 10 failed attempts, unlock only manually. */
  LockoutPolicy DEFAULT = fixed(10, null);

  /** Failed attempts that lock a user out (1–9999). */
  int lockoutThreshold();

  /** How long a lockout lasts before Duo lifts it; empty: until an admin unlocks. */
  Optional<Duration> lockoutExpireDuration();

  /** A policy with constant values; {@code expire} may be null. */
  static LockoutPolicy fixed(int threshold, Duration expire) {
    return new LockoutPolicy() {
      @Override
      public int lockoutThreshold() {
        return threshold;
      }

      @Override
      public Optional<Duration> lockoutExpireDuration() {
        return Optional.ofNullable(expire);
      }
    };
  }
}
