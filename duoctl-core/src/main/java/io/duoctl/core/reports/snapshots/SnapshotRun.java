package io.duoctl.core.reports.snapshots;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a snapshot stored and what it could not read.
 *
 * @param day the day the snapshots are of
 * @param stored the snapshots stored (each with the figure sets that could be read)
 * @param failures the organizations (and figure sets) that got no row
 */
public record SnapshotRun(
    LocalDate day, Instant takenAt, List<Snapshot> stored, List<SnapshotFailure> failures) {

  public SnapshotRun {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(takenAt, "takenAt");
    stored = List.copyOf(stored);
    failures = List.copyOf(failures);
  }

  /** Whether every organization's every figure set was stored. */
  public boolean ok() {
    return failures.isEmpty();
  }

  /** This run and {@code other} (of the same day) as one. */
  SnapshotRun plus(SnapshotRun other) {
    List<Snapshot> allStored = new ArrayList<>(stored);
    allStored.addAll(other.stored);
    List<SnapshotFailure> allFailures = new ArrayList<>(failures);
    allFailures.addAll(other.failures);
    return new SnapshotRun(day, takenAt, allStored, allFailures);
  }
}
