package io.duoctl.core.workflows.webhooks;

import io.duoctl.core.workflows.runs.WorkflowLauncher;
import io.duoctl.core.workflows.runs.WorkflowRunRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** A launcher that records what it is asked to start, and can be told to refuse. */
final class RecordingLauncher implements WorkflowLauncher {
  final List<WorkflowRunRequest> launched = new ArrayList<>();
  private Consumer<WorkflowRunRequest> check = request -> {};

  /** Runs {@code check} on each request before recording it; it may throw to refuse. */
  RecordingLauncher refusingWith(Consumer<WorkflowRunRequest> check) {
    this.check = check;
    return this;
  }

  @Override
  public synchronized String launch(WorkflowRunRequest request) {
    check.accept(request);
    launched.add(request);
    return "run-" + launched.size();
  }
}
