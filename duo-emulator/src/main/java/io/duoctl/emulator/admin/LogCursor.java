package io.duoctl.emulator.admin;

import io.duoctl.emulator.http.DuoError;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The position of one entry in a v2 log: its time in milliseconds and its own id (the
 * authentication log's {@code txid}, the telephony log's {@code telephony_id}, the activity log's
 * {@code activity_id}). Entries are ordered by time, then id; a cursor stands for "after this
 * entry" in the query's order.
 *
 * @param epochMilli the entry's time in Unix milliseconds
 * @param id the entry's id
 */
public record LogCursor(long epochMilli, String id) implements Comparable<LogCursor> {

  private static final Comparator<LogCursor> ORDER =
      Comparator.comparingLong(LogCursor::epochMilli).thenComparing(LogCursor::id);

  public LogCursor {
    Objects.requireNonNull(id, "id");
  }

  /**
   * The cursor a client sent back: one value {@code ts,id} (Duo's Java example, the telephony and
   * activity logs' own form) or two repeated {@code next_offset} values, timestamp first
   * (duo_log_sync, Duo's community answer for the authentication log).
   *
   * @return null when none was sent
   * @throws DuoError 400 40002 {@code next_offset} when it is neither
   */
  static LogCursor parse(List<String> values) {
    List<String> sent = values.stream().filter(v -> !v.isBlank()).toList();
    if (sent.isEmpty()) {
      return null;
    }
    String ts;
    String id;
    if (sent.size() == 1 && sent.get(0).indexOf(',') > 0) {
      int comma = sent.get(0).indexOf(',');
      ts = sent.get(0).substring(0, comma);
      id = sent.get(0).substring(comma + 1);
    } else if (sent.size() == 2) {
      ts = sent.get(0);
      id = sent.get(1);
    } else {
      throw DuoError.invalidParameter("next_offset");
    }
    try {
      return new LogCursor(Long.parseLong(ts.strip()), id.strip());
    } catch (NumberFormatException notTimestampFirst) {
      throw DuoError.invalidParameter("next_offset");
    }
  }

  /** {@code ["<ts_ms>", "<id>"]}, the authentication log's form. */
  public List<String> pair() {
    return List.of(Long.toString(epochMilli), id);
  }

  /** {@code "<ts_ms>,<id>"}, the telephony and activity logs' form. */
  public String joined() {
    return epochMilli + "," + id;
  }

  @Override
  public int compareTo(LogCursor other) {
    return ORDER.compare(this, other);
  }
}
