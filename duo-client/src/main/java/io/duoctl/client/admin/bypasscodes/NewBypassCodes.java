package io.duoctl.client.admin.bypasscodes;

import io.duoctl.client.http.Params;
import io.duoctl.client.internal.Require;
import io.duoctl.client.internal.Wire;
import java.time.Duration;
import java.util.List;

/**
 * How to create a user's bypass codes: either {@code count} random codes or the caller's own {@code
 * codes}, never both. By default Duo first deletes the user's existing codes; with {@code
 * preserveExisting} it keeps them and fails without change if the user would exceed 100 codes or a
 * code already exists. {@link #toString()} never shows the codes.
 *
 * @param count how many random codes to create (1–10), or null
 * @param codes the caller's codes, or null
 * @param reuseCount how often each code may be used, 0 for unlimited; null for Duo's default of 1
 * @param validFor how long the codes stay valid, zero for ever; null for Duo's default (for ever)
 * @param preserveExisting whether to keep the user's existing codes
 */
public record NewBypassCodes(
    Integer count,
    List<String> codes,
    Integer reuseCount,
    Duration validFor,
    boolean preserveExisting) {

  /** Duo's limit on random codes per request. */
  public static final int MAX_COUNT = 10;

  /** Duo's limit on codes per user. */
  public static final int MAX_CODES = 100;

  public NewBypassCodes {
    if ((count == null) == (codes == null)) {
      throw new IllegalArgumentException("give exactly one of count and codes");
    }
    Require.range(count, 1, MAX_COUNT, "count");
    if (codes != null) {
      if (codes.isEmpty() || codes.size() > MAX_CODES) {
        throw new IllegalArgumentException(
            "codes must hold between 1 and " + MAX_CODES + " codes, held " + codes.size());
      }
      Require.noBlankElements(codes, "codes");
      if (codes.stream().anyMatch(code -> code.contains(","))) {
        throw new IllegalArgumentException("codes must not contain commas");
      }
      codes = List.copyOf(codes);
    }
    Require.range(reuseCount, 0, Integer.MAX_VALUE, "reuseCount");
    if (validFor != null && validFor.isNegative()) {
      throw new IllegalArgumentException("validFor must not be negative (zero means for ever)");
    }
  }

  /** A builder for {@code count} random codes. */
  public static Builder random(int count) {
    return new Builder(count, null);
  }

  /** A builder for the caller's own codes. */
  public static Builder ofCodes(List<String> codes) {
    return new Builder(null, codes);
  }

  Params toParams() {
    Params params =
        Params.of()
            .withIfPresent("count", count)
            .withIfPresent("reuse_count", reuseCount)
            .withIfPresent("valid_secs", validFor == null ? null : validFor.toSeconds());
    if (codes != null) {
      params = params.with("codes", Wire.csv(codes));
    }
    return preserveExisting ? params.with("preserve_existing", Wire.bool(true)) : params;
  }

  @Override
  public String toString() {
    return "NewBypassCodes["
        + (codes == null ? "count=" + count : codes.size() + " given codes")
        + ", reuseCount="
        + reuseCount
        + ", validFor="
        + validFor
        + ", preserveExisting="
        + preserveExisting
        + "]";
  }

  /** Collects the options of a {@link NewBypassCodes}. Not thread-safe. */
  public static final class Builder {
    private final Integer count;
    private final List<String> codes;
    private Integer reuseCount;
    private Duration validFor;
    private boolean preserveExisting;

    private Builder(Integer count, List<String> codes) {
      this.count = count;
      this.codes = codes;
    }

    public Builder reuseCount(int value) {
      this.reuseCount = value;
      return this;
    }

    public Builder validFor(Duration value) {
      this.validFor = value;
      return this;
    }

    public Builder preserveExisting(boolean value) {
      this.preserveExisting = value;
      return this;
    }

    /**
     * @throws IllegalArgumentException naming the field when a value is invalid
     */
    public NewBypassCodes build() {
      return new NewBypassCodes(count, codes, reuseCount, validFor, preserveExisting);
    }
  }
}
