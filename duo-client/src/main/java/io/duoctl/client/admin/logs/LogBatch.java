package io.duoctl.client.admin.logs;

import java.util.List;
import java.util.Objects;

/**
 * One read of a log for an exporter: the events, oldest first, and the cursor that resumes right
 * after the last of them (or, when there were none, the cursor the read started from).
 *
 * @param events the events read
 * @param resume where the next read starts; store it once the events are safely delivered
 * @param caughtUp true when Duo had nothing more to show at the time of the read (its last page)
 * @param <T> the log's entry type
 * @param <C> the log's cursor type
 */
public record LogBatch<T, C>(List<T> events, C resume, boolean caughtUp) {

  public LogBatch {
    events = List.copyOf(events);
    Objects.requireNonNull(resume, "resume");
  }
}
