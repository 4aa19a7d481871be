package io.duoctl.emulator.admin.bypass;

import java.util.Objects;

/**
 * One bypass code's metadata (admin-api.md §6.5) and the salted hash that checks it; the code
 * itself is returned once at creation and never kept. Immutable.
 *
 * @param created Unix seconds
 * @param expiration Unix seconds, or null for never
 * @param reuseCount remaining uses, or null for unlimited
 * @param adminEmail the creating administrator's email, or null for API-created codes
 */
public record BypassCode(
    String bypassCodeId,
    String userId,
    long created,
    Long expiration,
    Integer reuseCount,
    String adminEmail,
    String codeHash) {

  public BypassCode {
    Objects.requireNonNull(bypassCodeId, "bypassCodeId");
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(codeHash, "codeHash");
  }

  /** Whether the code can no longer be used at {@code epochSecond}. */
  public boolean expiredAt(long epochSecond) {
    return expiration != null && epochSecond >= expiration;
  }

  BypassCode withReuseCount(Integer v) {
    return new BypassCode(bypassCodeId, userId, created, expiration, v, adminEmail, codeHash);
  }

  @Override
  public String toString() {
    return "BypassCode[" + bypassCodeId + " of " + userId + "]";
  }
}
