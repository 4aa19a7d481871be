package io.duoctl.app.api;

import io.duoctl.core.workflows.runs.WorkflowLauncher;
import io.duoctl.core.workflows.runs.WorkflowRunRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * Records the runs it is asked to start, until the workflow engine lands: the REST tests of
 * webhooks give it to {@link DuoctlApi#routes(io.duoctl.app.Duoctl, WorkflowLauncher)}.
 */
final class RecordingLauncher implements WorkflowLauncher {
  private final List<WorkflowRunRequest> launched = new ArrayList<>();

  @Override
  public synchronized String launch(WorkflowRunRequest request) {
    launched.add(request);
    return "run-" + launched.size();
  }

  synchronized List<WorkflowRunRequest> launched() {
    return List.copyOf(launched);
  }
}
