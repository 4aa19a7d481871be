package io.duoctl.core.workflows.runs;

import java.util.List;
import java.util.Optional;

/** Workflow runs and their steps as stored, newest first; read-only. */
public interface WorkflowRunHistory {

  Optional<WorkflowRun> find(String runId);

  /** Runs matching {@code filter}, newest first. */
  List<WorkflowRun> recent(RunFilter filter, int offset, int limit);

  /** The run's steps in the order they started. */
  List<StepRun> steps(String runId);
}
