package io.duoctl.emulator.admin.bypass;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What to create (admin-api.md §6.5): {@code count} random codes, or the caller's {@code codes}.
 *
 * @param count how many random codes (1–10), used when {@code codes} is empty
 * @param codes caller-chosen codes, or empty
 * @param reuseCount uses per code, or null for unlimited
 * @param validFor lifetime, or {@link Duration#ZERO} for never expiring
 * @param preserveExisting keep the user's existing codes instead of replacing them
 */
public record BypassRequest(
    int count,
    List<String> codes,
    Integer reuseCount,
    Duration validFor,
    boolean preserveExisting) {

  public BypassRequest {
    codes = List.copyOf(codes);
    Objects.requireNonNull(validFor, "validFor");
  }

  /** Duo's defaults: ten single-use codes that never expire, replacing existing ones. */
  public static BypassRequest defaults() {
    return new BypassRequest(10, List.of(), 1, Duration.ZERO, false);
  }

  @Override
  public String toString() {
    return "BypassRequest[count="
        + (codes.isEmpty() ? count : codes.size())
        + " reuse="
        + reuseCount
        + " validFor="
        + validFor
        + " preserve="
        + preserveExisting
        + "]";
  }
}
