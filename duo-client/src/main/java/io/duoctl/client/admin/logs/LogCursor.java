package io.duoctl.client.admin.logs;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a read of a v2 log (authentication, telephony, activity) resumes: right after the entry at
 * {@code epochMilli} with id {@code id} in Duo's order (time, then id), or, with an empty id, at
 * the first entry of that millisecond. Store {@link #token()} after the sink acknowledged the
 * events read up to here; {@link #parse(String)} restores it.
 *
 * @param epochMilli the entry's time in Unix milliseconds
 * @param id the entry's own id ({@code txid}, {@code telephony_id}, {@code activity_id}); empty for
 *     a starting point
 */
public record LogCursor(long epochMilli, String id) {

  public LogCursor {
    Objects.requireNonNull(id, "id");
    if (id.indexOf(',') >= 0) {
      throw new IllegalArgumentException("id must not contain a comma: " + id);
    }
  }

  /** A starting point: every entry from {@code start} on. */
  public static LogCursor startingAt(Instant start) {
    return new LogCursor(start.toEpochMilli(), "");
  }

  /**
   * The cursor stored as {@link #token()}.
   *
   * @throws IllegalArgumentException if {@code token} is not {@code <ms>,<id>}
   */
  public static LogCursor parse(String token) {
    int comma = token.indexOf(',');
    if (comma <= 0) {
      throw new IllegalArgumentException("a log cursor is <ms>,<id>, not " + token);
    }
    try {
      return new LogCursor(Long.parseLong(token.substring(0, comma)), token.substring(comma + 1));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("a log cursor is <ms>,<id>, not " + token, e);
    }
  }

  /** {@code <ms>,<id>}: what to store, and Duo's {@code next_offset} form. */
  public String token() {
    return epochMilli + "," + id;
  }

  boolean isStart() {
    return id.isEmpty();
  }
}
