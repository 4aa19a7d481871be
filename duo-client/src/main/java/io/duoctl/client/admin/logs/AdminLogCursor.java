package io.duoctl.client.admin.logs;

import java.time.Instant;

/**
 * Where a read of the v1 administrator log resumes. That log has no cursor and no entry ids: it
 * answers the 1000 earliest entries at or after a whole second. So the cursor is a second and how
 * many entries of that second were already read; it is exact as long as Duo lists the entries of
 * one second in the same order every time and adds none to a second already read. Neither is
 * documented, so an exporter should also drop repeats by {@link AdminLogEntry#key()}.
 *
 * @param second the Unix second to ask for
 * @param seen how many entries of that second were already read
 */
public record AdminLogCursor(long second, int seen) {

  public AdminLogCursor {
    if (second < 0 || seen < 0) {
      throw new IllegalArgumentException("second and seen must not be negative");
    }
  }

  /** A starting point: every entry from the second of {@code start} on. */
  public static AdminLogCursor startingAt(Instant start) {
    return new AdminLogCursor(start.getEpochSecond(), 0);
  }

  /**
   * The cursor stored as {@link #token()}.
   *
   * @throws IllegalArgumentException if {@code token} is not {@code <second>,<seen>}
   */
  public static AdminLogCursor parse(String token) {
    int comma = token.indexOf(',');
    try {
      return new AdminLogCursor(
          Long.parseLong(token.substring(0, comma)), Integer.parseInt(token.substring(comma + 1)));
    } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
      throw new IllegalArgumentException("an administrator log cursor is <second>,<seen>", e);
    }
  }

  /** {@code <second>,<seen>}: what to store. */
  public String token() {
    return second + "," + seen;
  }
}
