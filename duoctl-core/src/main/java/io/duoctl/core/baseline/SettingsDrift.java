package io.duoctl.core.baseline;

import io.duoctl.core.actions.ActionResult;
import io.duoctl.core.actions.RunOptions;
import io.duoctl.core.jobs.FanOut;
import io.duoctl.core.jobs.Job;
import io.duoctl.core.jobs.OrganizationSelection;
import io.duoctl.core.jobs.SkippedOrganization;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;

/**
 * The drift report: reads the settings of the selected organizations ({@value #READ_ACTION} as a
 * fan-out job, so the selection, concurrency limits and skipping of unreachable organizations are
 * those of every action) and compares them to the baseline with Duo's value semantics ({@link
 * DuoSetting#matches}). Rows stream per organization as each one is read; an organization whose
 * read failed or that was skipped is a row of its own, never counted as clean. Thread-safe.
 */
public final class SettingsDrift {

  /** The action that reads an organization's settings. */
  public static final String READ_ACTION = "settings.get";

  private static final Duration TICK = Duration.ofMillis(100);

  private final FanOut fanOut;

  /**
   * @param fanOut the fan-out of the baseline's configuration
   */
  public SettingsDrift(FanOut fanOut) {
    this.fanOut = fanOut;
  }

  /**
   * Reads and compares every selected organization, handing each row to {@code rows} on the calling
   * thread: first the organizations skipped, then each organization's rows as it is read, its
   * differences in the order of Duo's parameter names.
   *
   * @throws EmptyBaselineException when the baseline names no setting
   * @throws io.duoctl.core.jobs.NoOrganizationTaggedException for a tag nobody has
   * @throws IllegalStateException when interrupted (the job is cancelled)
   */
  public DriftSummary run(
      Baseline baseline,
      OrganizationSelection selection,
      RunOptions options,
      Consumer<DriftRow> rows) {
    if (baseline.isEmpty()) {
      throw new EmptyBaselineException(baseline.configuration());
    }
    BlockingQueue<ActionResult> read = new LinkedBlockingQueue<>();
    Job job = fanOut.start(READ_ACTION, null, selection, options, (index, r) -> read.add(r));
    Tally tally = new Tally();
    for (SkippedOrganization skipped : job.skipped()) {
      tally.notRead++;
      rows.accept(
          DriftRow.notRead(
              skipped.organizationId(), skipped.organization(), "skipped: " + skipped.reason()));
    }
    try {
      boolean done;
      do {
        done = job.await(TICK);
        for (ActionResult result = read.poll(); result != null; result = read.poll()) {
          compare(baseline, result, tally).forEach(rows);
        }
      } while (!done);
    } catch (InterruptedException e) {
      job.cancel();
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted; the drift job was cancelled", e);
    }
    return new DriftSummary(
        job.id(), tally.onBaseline, tally.drifted, tally.notRead, tally.differences);
  }

  private static List<DriftRow> compare(Baseline baseline, ActionResult result, Tally tally) {
    if (!result.ok()) {
      tally.notRead++;
      return List.of(
          DriftRow.notRead(
              result.organizationId(),
              result.organization(),
              "reading the settings failed: " + result.error().message()));
    }
    List<SettingDifference> differences = baseline.differences(result.data());
    if (differences.isEmpty()) {
      tally.onBaseline++;
    } else {
      tally.drifted++;
      tally.differences += differences.size();
    }
    return differences.stream()
        .map(d -> DriftRow.differs(result.organizationId(), result.organization(), d))
        .toList();
  }

  /** Counts of one run, kept by the calling thread. */
  private static final class Tally {
    int onBaseline;
    int drifted;
    int notRead;
    int differences;
  }
}
