package io.duoctl.emulator.admin.history;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * One event an account's log holds, as a test that checks an export sees it.
 *
 * @param kind which log
 * @param id the event's identity: {@code txid} (authentication), {@code telephony_id}, {@code
 *     activity_id}; the administrator log has no id, so its natural key {@code
 *     "<timestamp>|<username>|<action>|<object>|<description>"} (timestamp in Unix seconds, object
 *     empty when null), the fields Duo returns for it
 * @param time when it happened
 */
public record LoggedEvent(LogKind kind, String id, Instant time) {

  /** (time, id), the order of the v2 cursors. */
  public static final Comparator<LoggedEvent> ORDER =
      Comparator.comparing(LoggedEvent::time).thenComparing(LoggedEvent::id);

  public LoggedEvent {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(time, "time");
  }
}
