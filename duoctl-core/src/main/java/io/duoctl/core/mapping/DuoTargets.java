package io.duoctl.core.mapping;

import io.duoctl.client.DuoTarget;

/** Converts resolved organization targets into duo-client targets. */
public final class DuoTargets {
  private DuoTargets() {}

  /**
   * The duo-client target of {@code resolved}: its host and keys, plus the child {@code account_id}
   * when the call goes through the parent's Accounts API keys.
   */
  public static DuoTarget of(ResolvedTarget resolved) {
    return new DuoTarget(
        resolved.host(),
        resolved.integrationKey(),
        resolved.secretKey().reveal(),
        resolved.childAccountId());
  }
}
