package io.duoctl.core.workflows.schedules;

import io.duoctl.core.workflows.runs.WorkflowLauncher;
import io.duoctl.core.workflows.runs.WorkflowRunRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A launcher that records every request and answers with run ids {@code run-1}, {@code run-2}, …;
 * or fails as told. Shared by several schedulers' threads. (Tests that start real runs use the
 * workflow engine instead, once it exists.)
 */
final class RecordingLauncher implements WorkflowLauncher {
  private final List<WorkflowRunRequest> requests = new ArrayList<>();
  private final AtomicInteger runs = new AtomicInteger();
  private volatile Function<WorkflowRunRequest, RuntimeException> failure = r -> null;

  @Override
  public String launch(WorkflowRunRequest request) {
    synchronized (requests) {
      requests.add(request);
    }
    RuntimeException refused = failure.apply(request);
    if (refused != null) {
      throw refused;
    }
    return "run-" + runs.incrementAndGet();
  }

  /** Every request so far, in order. */
  List<WorkflowRunRequest> requests() {
    synchronized (requests) {
      return List.copyOf(requests);
    }
  }

  /** From now on every launch fails with what {@code failure} gives (null: succeeds). */
  void failWith(Function<WorkflowRunRequest, RuntimeException> failure) {
    this.failure = failure;
  }
}
