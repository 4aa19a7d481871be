package io.duoctl.client.admin.billing;

/** The Duo editions a parent account may give a child account. */
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
