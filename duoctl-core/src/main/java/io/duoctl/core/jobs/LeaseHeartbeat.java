package io.duoctl.core.jobs;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The beat of a node's leases on one kind of work (jobs, workflow runs): every {@link
 * JobLease#heartbeat()} it renews this node's leases and, once {@link #takeOverFromNowOn()} was
 * called (a server does, at start), takes over the work whose node is gone. A failing beat is
 * logged and the next one tries again. Thread-safe.
 */
public final class LeaseHeartbeat implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(LeaseHeartbeat.class);
  private static final long CLOSE_WAIT_SECONDS = 10;

  private final String work;
  private final JobLease lease;
  private final Clock clock;
  private final Runnable renew;
  private final Runnable takeOver;
  private ScheduledExecutorService timer;
  private volatile boolean takingOver;
  private volatile Instant last;

  /**
   * @param work what the leases are on, for the thread's name and the log, e.g. {@code job}
   * @param renew renews this node's leases
   * @param takeOver claims and resumes the work whose lease lapsed
   */
  public LeaseHeartbeat(
      String work, JobLease lease, Clock clock, Runnable renew, Runnable takeOver) {
    this.work = Objects.requireNonNull(work, "work");
    this.lease = Objects.requireNonNull(lease, "lease");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.renew = Objects.requireNonNull(renew, "renew");
    this.takeOver = Objects.requireNonNull(takeOver, "takeOver");
  }

  /** Starts beating, once; later calls do nothing. */
  public synchronized void start() {
    if (timer != null) {
      return;
    }
    timer =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "duoctl-" + work + "-leases");
              thread.setDaemon(true);
              return thread;
            });
    last = clock.instant();
    long every = lease.heartbeat().toMillis();
    // beat() catches its own failures, so the schedule never ends with an exception to collect
    var unused = timer.scheduleWithFixedDelay(this::beat, every, every, TimeUnit.MILLISECONDS);
  }

  /** Starts beating if it has not, and takes over lapsed work at every beat from now on. */
  public void takeOverFromNowOn() {
    start();
    takingOver = true;
  }

  /**
   * When this node last renewed its leases, or began to keep them; empty before {@link #start()}. A
   * time further back than the lease's length means the beat stalls or fails, and other nodes may
   * take this node's work over.
   */
  public Optional<Instant> last() {
    return Optional.ofNullable(last);
  }

  private void beat() {
    try {
      renew.run();
      last = clock.instant();
      if (takingOver) {
        takeOver.run();
      }
    } catch (RuntimeException e) {
      LOG.warn("{} lease heartbeat failed: {}", work, e.toString());
    }
  }

  /**
   * Stops beating; a beat under way finishes first. No interrupt: a thread interrupted in the
   * middle of a write closes the embedded database for every other user of it.
   */
  @Override
  public synchronized void close() {
    if (timer == null) {
      return;
    }
    timer.shutdown();
    try {
      if (!timer.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
        LOG.warn("{} lease heartbeat still busy after {} s; left to end", work, CLOSE_WAIT_SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
