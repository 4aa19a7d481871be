package io.duoctl.core.jobs;

import io.duoctl.core.actions.ActionResult;
import io.duoctl.core.actions.ErrorCode;
import java.time.Duration;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A running (or finished) fan-out job as seen by the process that started it: live progress,
 * in-flight organizations and cancel. It holds no results: each organization's result goes to its
 * stored row (secrets redacted) and, secrets included, to the caller that started the job with a
 * {@link ResultListener}, once. Thread-safe.
 */
public final class Job {

  private final String id;
  private final String actionId;
  private final int total;
  private final BitSet recorded;
  private final List<SkippedOrganization> skipped;
  private final CountDownLatch finished = new CountDownLatch(1);
  private final AtomicInteger stored = new AtomicInteger();
  private final Map<Integer, String> inFlight = new TreeMap<>();
  private volatile boolean cancelled;
  private int done;
  private int failed;
  private int unknown;

  Job(String id, String actionId, int total, List<SkippedOrganization> skipped) {
    this.id = id;
    this.actionId = actionId;
    this.total = total;
    this.recorded = new BitSet(total);
    this.skipped = List.copyOf(skipped);
  }

  /**
   * A stored job taken over after its node was gone: its stored rows count as done; their results
   * are not held here.
   */
  static Job resumed(JobSummary stored) {
    Job job = new Job(stored.id(), stored.actionId(), stored.progress().total(), stored.skipped());
    JobProgress progress = stored.progress();
    job.done = progress.done();
    job.failed = progress.failed();
    job.unknown = progress.unknown();
    job.stored.set(progress.done());
    return job;
  }

  public String id() {
    return id;
  }

  public String actionId() {
    return actionId;
  }

  /** The organizations of the selection that did not run, and why; they have no rows. */
  public List<SkippedOrganization> skipped() {
    return skipped;
  }

  /** Done, failed and total now; the state is RUNNING until every row is in. */
  public synchronized JobProgress progress() {
    return new JobProgress(id, state(), total, done, failed, unknown);
  }

  /** Stops scheduling: organizations not yet started get a CANCELLED row; runs in flight finish. */
  public void cancel() {
    cancelled = true;
  }

  public boolean isCancelled() {
    return cancelled;
  }

  /**
   * Waits until every row is in and stored.
   *
   * @return whether the job finished within {@code timeout}
   */
  public boolean await(Duration timeout) throws InterruptedException {
    return finished.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  /**
   * The organizations whose run has started and not answered yet, by name, in selection order: what
   * a cancelled job still waits for.
   */
  public synchronized List<String> inFlight() {
    return List.copyOf(inFlight.values());
  }

  synchronized void started(int index, String organization) {
    inFlight.put(index, organization);
  }

  synchronized JobProgress record(int index, ActionResult result) {
    Objects.requireNonNull(result, "result");
    if (recorded.get(index)) {
      throw new IllegalStateException("row " + index + " of job " + id + " recorded twice");
    }
    recorded.set(index);
    inFlight.remove(index);
    done++;
    if (!result.ok() && result.error().code() == ErrorCode.OUTCOME_UNKNOWN) {
      unknown++;
    } else if (!result.ok()) {
      failed++;
    }
    return progress();
  }

  /** Counts a stored row; true for the last one. */
  boolean rowStored() {
    return stored.incrementAndGet() == total;
  }

  /** Whether every row is stored. */
  boolean allRowsStored() {
    return stored.get() == total;
  }

  void markFinished() {
    finished.countDown();
  }

  private JobState state() {
    if (done < total) {
      return JobState.RUNNING;
    }
    if (cancelled && failed > 0) {
      return JobState.CANCELLED;
    }
    if (failed == 0 && unknown == 0) {
      return JobState.SUCCEEDED;
    }
    return failed == total ? JobState.FAILED : JobState.PARTIAL;
  }
}
