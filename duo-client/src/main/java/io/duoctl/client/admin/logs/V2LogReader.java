package io.duoctl.client.admin.logs;

import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.client.http.ApiClient;
import io.duoctl.client.http.DuoRequest;
import io.duoctl.client.http.Envelope;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * Reads a v2 log from a {@link LogCursor}, oldest first: {@code mintime} is the cursor's
 * millisecond (Duo refuses more than 180 days back, so it is raised to that), {@code maxtime} the
 * caller's now, and {@code next_offset} the cursor itself, which Duo reads as "after this entry".
 * The resume cursor is Duo's {@code next_offset} when it sent one, else (its last page) the last
 * event's own position, else (nothing new) the cursor read from: never a cursor that repeats or
 * skips an event.
 */
final class V2LogReader<T> {

  private static final Duration REACH = Duration.ofDays(180).minusMinutes(1);

  private final ApiClient api;
  private final String path;
  private final String itemsField;
  private final Class<T> type;
  private final Function<T, LogCursor> position;

  V2LogReader(
      ApiClient api,
      String path,
      String itemsField,
      Class<T> type,
      Function<T, LogCursor> position) {
    this.api = api;
    this.path = path;
    this.itemsField = itemsField;
    this.type = type;
    this.position = position;
  }

  LogBatch<T, LogCursor> read(LogCursor after, Instant now, int limit) {
    long oldest = now.minus(REACH).toEpochMilli();
    long mintime = Math.max(after.epochMilli(), oldest);
    if (mintime >= now.toEpochMilli()) {
      return new LogBatch<>(List.of(), after, true);
    }
    DuoRequest request =
        DuoRequest.get(path)
            .param("mintime", Long.toString(mintime))
            .param("maxtime", Long.toString(now.toEpochMilli()))
            .param("limit", Integer.toString(limit))
            .param("sort", LogSort.OLDEST_FIRST.wireValue());
    if (!after.isStart()) {
      request = request.param("next_offset", after.token());
    }
    Envelope envelope = api.envelope(request);
    List<T> events = api.convertList(request, envelope.response().path(itemsField), type);
    JsonNode nextOffset = envelope.metadata().path("next_offset");
    boolean last = nextOffset.isMissingNode() || nextOffset.isNull();
    LogCursor resume;
    if (!last) {
      resume = LogCursor.parse(CursorPaging.joined(nextOffset));
    } else if (!events.isEmpty()) {
      resume = position.apply(events.get(events.size() - 1));
    } else {
      resume = after;
    }
    return new LogBatch<>(events, resume, last);
  }
}
