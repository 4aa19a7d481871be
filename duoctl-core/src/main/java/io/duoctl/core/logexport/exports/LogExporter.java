package io.duoctl.core.logexport.exports;

import io.duoctl.core.jobs.JobLease;
import io.duoctl.core.jobs.LeaseHeartbeat;
import io.duoctl.core.logexport.LogKind;
import io.duoctl.core.logexport.Sink;
import io.duoctl.core.logexport.SinkConfig;
import io.duoctl.core.logexport.sinks.SinkFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The log-export engine of one node ({@code duoctl serve}). At every lease heartbeat it renews its
 * leases and claims each unowned (or lapsed) organization log of every running export; each claimed
 * one is exported by a {@link PartitionWorker} on a virtual thread until the export stops, the
 * lease is lost or the engine closes. At most {@link LogExportSettings#maxReading()} of them read
 * from Duo at once (mostly waiting for Duo's allowance, which the configuration's pacer in the
 * transport keeps) and at most {@link LogExportSettings#maxConcurrent()} deliver at once. Each
 * export's sinks are opened once per node and shared by its workers. Thread-safe.
 */
public final class LogExporter implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(LogExporter.class);
  private static final long CLOSE_WAIT_SECONDS = 30;

  private final LogExports exports;
  private final LogExportStore store;
  private final ExportSources sources;
  private final SinkFactory sinkFactory;
  private final JobLease lease;
  private final LogExportSettings settings;
  private final Clock clock;
  private final LeaseHeartbeat heartbeat;
  private final Semaphore readers;
  private final Semaphore permits;
  private final CountDownLatch closing = new CountDownLatch(1);
  private final Map<Partition, Thread> workers = new ConcurrentHashMap<>();
  private final Map<String, Map<String, Sink>> openSinks = new HashMap<>();
  private volatile Set<Partition> held = Set.of();

  public LogExporter(
      LogExports exports,
      LogExportStore store,
      ExportSources sources,
      SinkFactory sinkFactory,
      JobLease lease,
      LogExportSettings settings,
      Clock clock) {
    this.exports = exports;
    this.store = store;
    this.sources = sources;
    this.sinkFactory = sinkFactory;
    this.lease = lease;
    this.settings = settings;
    this.clock = clock;
    this.readers = new Semaphore(settings.maxReading());
    this.permits = new Semaphore(settings.maxConcurrent());
    this.heartbeat = new LeaseHeartbeat("log-export", lease, clock, this::renew, this::claimWork);
  }

  /** Starts exporting: claims work now and at every heartbeat. Later calls do nothing. */
  public synchronized void start() {
    if (closing.getCount() == 0) {
      throw new IllegalStateException("the log exporter is closed");
    }
    renew();
    claimWork();
    heartbeat.takeOverFromNowOn();
  }

  /** The organization logs this node exports now. */
  public Set<Partition> owned() {
    return Set.copyOf(workers.keySet());
  }

  /** When this node last renewed its export leases; empty before {@link #start()}. */
  public Optional<Instant> lastHeartbeat() {
    return heartbeat.last();
  }

  private void renew() {
    Instant now = clock.instant();
    held = store.renew(lease.node(), now, now.plus(lease.length()));
  }

  private synchronized void claimWork() {
    if (closing.getCount() == 0) {
      return;
    }
    Set<String> running = new HashSet<>(store.running());
    for (String name : running) {
      try {
        claimExport(name);
      } catch (RuntimeException e) {
        LOG.warn("log export {}: cannot start its work: {}", name, e.toString());
      }
    }
    closeIdleSinks(running);
  }

  private void claimExport(String name) {
    LogExport export = exports.withSecrets(name).orElse(null);
    if (export == null) {
      return;
    }
    List<ExportOrganization> organizations =
        sources.organizations(export.configuration(), export.organizations());
    for (ExportOrganization org : organizations) {
      for (LogKind log : export.orderedLogs()) {
        Partition partition = new Partition(name, org.id(), log);
        if (workers.containsKey(partition)) {
          continue;
        }
        Instant now = clock.instant();
        if (!store.claim(partition, lease.node(), now, now.plus(lease.length()))) {
          continue;
        }
        Set<Partition> now2 = new HashSet<>(held);
        now2.add(partition);
        held = now2;
        PartitionWorker worker =
            new PartitionWorker(
                partition, export, org, sinksOf(export), store, sources, engine(), settings, clock);
        workers.put(
            partition, Thread.ofVirtual().name("duoctl-log-export-" + partition).start(worker));
      }
    }
  }

  private Map<String, Sink> sinksOf(LogExport export) {
    return openSinks.computeIfAbsent(
        export.name(),
        name -> {
          Map<String, Sink> sinks = new LinkedHashMap<>();
          for (SinkConfig config : export.sinks()) {
            sinks.put(config.name(), sinkFactory.open(config));
          }
          return Map.copyOf(sinks);
        });
  }

  private void closeIdleSinks(Set<String> running) {
    for (var it = openSinks.entrySet().iterator(); it.hasNext(); ) {
      var entry = it.next();
      boolean busy = workers.keySet().stream().anyMatch(p -> p.export().equals(entry.getKey()));
      if (!running.contains(entry.getKey()) && !busy) {
        entry.getValue().values().forEach(LogExporter::closeQuietly);
        it.remove();
      }
    }
  }

  private PartitionWorker.Engine engine() {
    return new PartitionWorker.Engine() {
      @Override
      public boolean holds(Partition partition) {
        return held.contains(partition);
      }

      @Override
      public boolean closing() {
        return closing.getCount() == 0;
      }

      @Override
      public void pause(Duration duration) {
        try {
          var unused = closing.await(duration.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }

      @Override
      public void acquireRead() throws InterruptedException {
        readers.acquire();
      }

      @Override
      public void releaseRead() {
        readers.release();
      }

      @Override
      public void acquire() throws InterruptedException {
        permits.acquire();
      }

      @Override
      public void release() {
        permits.release();
      }

      @Override
      public void finished(Partition partition) {
        workers.remove(partition);
        if (closing.getCount() > 0 && store.state(partition.export()).isPresent()) {
          try {
            store.release(partition, lease.node());
          } catch (RuntimeException e) {
            LOG.debug("log export {}: lease not released: {}", partition, e.toString());
          }
        }
      }
    };
  }

  /**
   * Stops exporting: workers finish the delivery under way (no interrupt, so a file write or a
   * database write is never cut), then the sinks close. The leases lapse for another node to take.
   */
  @Override
  public void close() {
    closing.countDown();
    heartbeat.close();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(CLOSE_WAIT_SECONDS);
    for (Thread worker : List.copyOf(workers.values())) {
      try {
        long left = deadline - System.nanoTime();
        if (left > 0) {
          worker.join(Duration.ofNanos(left));
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    synchronized (this) {
      openSinks.values().forEach(sinks -> sinks.values().forEach(LogExporter::closeQuietly));
      openSinks.clear();
    }
  }

  private static void closeQuietly(Sink sink) {
    try {
      sink.close();
    } catch (RuntimeException e) {
      LOG.debug("sink {} did not close cleanly: {}", sink.name(), e.toString());
    }
  }
}
