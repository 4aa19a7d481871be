package io.duoctl.emulator.admin.history;

/**
 * How many events {@link LiveLogs} appends to each account's logs a minute.
 *
 * @param authPerMinute authentications
 * @param adminPerMinute administrator log entries
 * @param telephonyPerMinute SMS and calls
 * @param activityPerMinute activity log entries
 */
public record LiveRates(
    int authPerMinute, int adminPerMinute, int telephonyPerMinute, int activityPerMinute) {

  /** The most events a minute in one log of one account. */
  public static final int MAX_PER_MINUTE = 60_000;

  /** No live events. */
  public static final LiveRates NONE = new LiveRates(0, 0, 0, 0);

  public LiveRates {
    check("authPerMinute", authPerMinute);
    check("adminPerMinute", adminPerMinute);
    check("telephonyPerMinute", telephonyPerMinute);
    check("activityPerMinute", activityPerMinute);
  }

  private static void check(String field, int value) {
    if (value < 0 || value > MAX_PER_MINUTE) {
      throw new IllegalArgumentException(
          field + " must be from 0 to " + MAX_PER_MINUTE + ", not " + value);
    }
  }

  /** {@code perMinute} authentications a minute and nothing else. */
  public static LiveRates auth(int perMinute) {
    return new LiveRates(perMinute, 0, 0, 0);
  }

  /** The rate of {@code kind}. */
  public int perMinute(LogKind kind) {
    return switch (kind) {
      case AUTHENTICATION -> authPerMinute;
      case ADMINISTRATOR -> adminPerMinute;
      case TELEPHONY -> telephonyPerMinute;
      case ACTIVITY -> activityPerMinute;
    };
  }

  /** Whether any events are appended. */
  public boolean any() {
    return authPerMinute + adminPerMinute + telephonyPerMinute + activityPerMinute > 0;
  }
}
