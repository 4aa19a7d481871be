package io.duoctl.core.logexport.exports;

import io.duoctl.client.admin.logs.Logs;
import io.duoctl.core.logexport.ExportedEvent;
import io.duoctl.core.logexport.LogKind;
import io.duoctl.core.logexport.Sink;
import io.duoctl.core.logexport.SinkRejectedException;
import io.duoctl.core.logexport.SinkUnavailableException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exports one organization's log for one export while this node holds its lease: reads a batch from
 * the slowest due sink's checkpoint, gives each due sink the part after its own checkpoint, and
 * advances that sink's checkpoint only after its delivery returned. A failing sink backs off by
 * itself; the others go on. Runs on its own (virtual) thread.
 */
final class PartitionWorker implements Runnable {
  private static final Logger LOG = LoggerFactory.getLogger(PartitionWorker.class);
  private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);

  /** What the worker needs from the engine. */
  interface Engine {
    boolean holds(Partition partition);

    boolean closing();

    /** Waits up to {@code duration}, less when the engine closes. */
    void pause(Duration duration);

    /** Takes a place among the logs reading from Duo. */
    void acquireRead() throws InterruptedException;

    void releaseRead();

    /** Takes a place among the logs delivering to their sinks. */
    void acquire() throws InterruptedException;

    void release();

    void finished(Partition partition);
  }

  private final Partition partition;
  private final LogExport export;
  private final ExportOrganization organization;
  private final Map<String, Sink> sinks;
  private final LogExportStore store;
  private final ExportSources sources;
  private final Engine engine;
  private final LogExportSettings settings;
  private final Clock clock;
  private final Map<String, Instant> retryAt = new HashMap<>();
  private final Map<String, Duration> backoff = new HashMap<>();

  PartitionWorker(
      Partition partition,
      LogExport export,
      ExportOrganization organization,
      Map<String, Sink> sinks,
      LogExportStore store,
      ExportSources sources,
      Engine engine,
      LogExportSettings settings,
      Clock clock) {
    this.partition = partition;
    this.export = export;
    this.organization = organization;
    this.sinks = sinks;
    this.store = store;
    this.sources = sources;
    this.engine = engine;
    this.settings = settings;
    this.clock = clock;
  }

  @Override
  public void run() {
    try {
      while (!engine.closing()
          && engine.holds(partition)
          && store.state(export.name()).orElse(ExportState.STOPPED) == ExportState.RUNNING) {
        Duration wait = cycle();
        if (!wait.isZero()) {
          engine.pause(wait);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      LOG.warn("log export {} stopped: {}", partition, e.toString());
    } finally {
      engine.finished(partition);
    }
  }

  /** One read and its deliveries; returns how long to wait before the next. */
  Duration cycle() throws InterruptedException {
    Instant now = clock.instant();
    Map<String, Checkpoint> stored = new HashMap<>();
    store.checkpoints(partition).forEach(c -> stored.put(c.sink(), c));
    String start = LogSource.start(partition.log(), earliest(now));
    List<Checkpoint> due = new ArrayList<>();
    Instant nextRetry = null;
    for (String sink : sinks.keySet()) {
      Instant retry = retryAt.get(sink);
      if (retry != null && retry.isAfter(now)) {
        nextRetry = nextRetry == null || retry.isBefore(nextRetry) ? retry : nextRetry;
        continue;
      }
      due.add(
          stored.getOrDefault(
              sink,
              Checkpoint.start(
                  partition,
                  organization.name(),
                  sink,
                  start,
                  LogSource.timeOf(partition.log(), start))));
    }
    if (due.isEmpty()) {
      return Duration.between(now, nextRetry);
    }
    Checkpoint slowest = due.getFirst();
    for (Checkpoint c : due) {
      if (LogSource.compare(partition.log(), c.cursor(), slowest.cursor()) < 0) {
        slowest = c;
      }
    }
    LogSource.Read read;
    engine.acquireRead();
    try {
      Logs logs = sources.logs(export.configuration(), organization.id());
      read = LogSource.read(logs, partition.log(), organization, slowest.cursor(), now);
    } catch (RuntimeException e) {
      String message =
          "reading the " + partition.log().wireName() + " log failed: " + e.getMessage();
      LOG.warn("log export {}: {}", partition, message);
      for (Checkpoint c : due) {
        if (!saveFailure(c, stored.containsKey(c.sink()), message)) {
          return Duration.ZERO;
        }
      }
      return settings.poll();
    } finally {
      engine.releaseRead();
    }
    for (Checkpoint c : due) {
      if (!engine.holds(partition)) {
        return Duration.ZERO;
      }
      engine.acquire();
      try {
        if (!deliver(c, stored.containsKey(c.sink()), read)) {
          return Duration.ZERO;
        }
      } finally {
        engine.release();
      }
    }
    return read.caughtUp() ? settings.poll() : Duration.ZERO;
  }

  private Instant earliest(Instant now) {
    Instant oldest = now.minus(ExportStart.WINDOW).plus(Duration.ofMinutes(5));
    return export.start().isBefore(oldest) ? oldest : export.start();
  }

  /** Delivers to one sink; false when another node moved its checkpoint (this one lost it). */
  private boolean deliver(Checkpoint c, boolean isStored, LogSource.Read read) {
    LogKind log = partition.log();
    Set<String> known = log == LogKind.ADMINISTRATOR ? new HashSet<>(c.lastKeys()) : Set.of();
    List<LogSource.Positioned> part = new ArrayList<>();
    for (LogSource.Positioned p : read.events()) {
      if (LogSource.compare(log, p.position(), c.cursor()) > 0
          && !known.contains(p.event().key())) {
        part.add(p);
      }
    }
    String newCursor =
        LogSource.compare(log, read.resume(), c.cursor()) > 0 ? read.resume() : c.cursor();
    Sink sink = sinks.get(c.sink());
    Instant now = clock.instant();
    String expected = isStored ? c.cursor() : null;
    Checkpoint current = c;
    try {
      List<ExportedEvent> events = new ArrayList<>(part.size());
      part.forEach(p -> events.add(p.event()));
      if (!events.isEmpty() && c.inFlightSince() != null) {
        Set<String> held = sink.alreadyHeld(events, c.inFlightSince());
        events.removeIf(e -> held.contains(e.key()));
      }
      if (!events.isEmpty()) {
        Checkpoint inFlight = inFlight(c, now);
        if (!store.save(inFlight, expected)) {
          return false;
        }
        expected = c.cursor();
        current = inFlight;
        sink.deliver(events);
      }
      Checkpoint advanced =
          c.advanced(
              newCursor,
              LogSource.timeOf(log, newCursor),
              lastKeys(c, part, newCursor),
              events.size(),
              clock.instant());
      if (!store.save(advanced, expected)) {
        return false;
      }
      retryAt.remove(c.sink());
      backoff.remove(c.sink());
      return true;
    } catch (SinkUnavailableException e) {
      Duration wait = nextBackoff(c.sink());
      Duration asked = e.retryAfter().orElse(Duration.ZERO);
      if (asked.compareTo(wait) > 0) {
        wait = asked;
      }
      retryAt.put(c.sink(), now.plus(wait));
      return saveFailure(current, expected != null, e.getMessage());
    } catch (SinkRejectedException e) {
      retryAt.put(c.sink(), now.plus(settings.maxBackoff()));
      return saveFailure(current, expected != null, e.getMessage());
    }
  }

  private static Checkpoint inFlight(Checkpoint c, Instant now) {
    return new Checkpoint(
        c.partition(),
        c.organizationName(),
        c.sink(),
        c.cursor(),
        c.cursorAt(),
        c.lastKeys(),
        c.eventsExported(),
        c.inFlightSince() != null ? c.inFlightSince() : now,
        c.firstSuccessAt(),
        c.lastSuccessAt(),
        c.lastError(),
        c.lastErrorAt());
  }

  /**
   * The keys to drop when the same events are read again: for the administrator log, which has no
   * ids, those of every delivered event in the new cursor's second; else the last key.
   */
  private List<String> lastKeys(Checkpoint c, List<LogSource.Positioned> part, String newCursor) {
    if (part.isEmpty()) {
      return c.lastKeys();
    }
    if (partition.log() != LogKind.ADMINISTRATOR) {
      return List.of(part.getLast().event().key());
    }
    Instant second = LogSource.timeOf(LogKind.ADMINISTRATOR, newCursor);
    Set<String> keys = new LinkedHashSet<>();
    if (LogSource.timeOf(LogKind.ADMINISTRATOR, c.cursor()).equals(second)) {
      keys.addAll(c.lastKeys());
    }
    for (LogSource.Positioned p : part) {
      if (p.event().timestamp().equals(second)) {
        keys.add(p.event().key());
      }
    }
    return List.copyOf(keys);
  }

  private boolean saveFailure(Checkpoint c, boolean isStored, String message) {
    Instant now = clock.instant();
    Checkpoint failed =
        new Checkpoint(
            c.partition(),
            c.organizationName(),
            c.sink(),
            c.cursor(),
            c.cursorAt(),
            c.lastKeys(),
            c.eventsExported(),
            c.inFlightSince(),
            c.firstSuccessAt(),
            c.lastSuccessAt(),
            message,
            now);
    return store.save(failed, isStored ? c.cursor() : null);
  }

  private Duration nextBackoff(String sink) {
    Duration previous = backoff.get(sink);
    Duration next = previous == null ? FIRST_BACKOFF : previous.multipliedBy(2);
    if (next.compareTo(settings.maxBackoff()) > 0) {
      next = settings.maxBackoff();
    }
    backoff.put(sink, next);
    return next;
  }
}
