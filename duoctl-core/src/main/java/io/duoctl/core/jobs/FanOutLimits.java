package io.duoctl.core.jobs;

/**
 * How many runs may be in flight at once: overall, and per Duo account (host plus child account),
 * so one account's rate limit never holds back the others.
 */
public record FanOutLimits(int overall, int perAccount) {

  public FanOutLimits {
    if (overall < 1 || perAccount < 1) {
      throw new IllegalArgumentException("limits must be at least 1");
    }
  }

  /** 32 overall, 4 per account. */
  public static FanOutLimits defaults() {
    return new FanOutLimits(32, 4);
  }
}
