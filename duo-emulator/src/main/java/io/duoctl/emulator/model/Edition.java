package io.duoctl.emulator.model;

/** A child account's Duo edition as the billing API names it (signing-auth-accounts.md §5.3). */
public enum Edition {
  /** Duo Essentials. */
  ENTERPRISE,
  /** Duo Advantage. */
  PLATFORM,
  /** Duo Premier. */
  BEYOND,
  /** Duo Free. */
  PERSONAL
}
