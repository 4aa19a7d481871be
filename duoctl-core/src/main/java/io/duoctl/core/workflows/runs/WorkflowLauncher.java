package io.duoctl.core.workflows.runs;

import java.util.Optional;

/**
 * Starts workflow runs; what webhooks and schedules call. The run goes on in the background and is
 * stored from its first step, so it survives the caller and the node.
 */
public interface WorkflowLauncher {

  /**
   * Checks the request (the workflow exists, the inputs are valid, the caller's scope and
   * confirmation suffice), stores the run and starts it.
   *
   * @return the new run's id
   * @throws io.duoctl.core.workflows.UnknownWorkflowException if there is no such workflow
   * @throws InvalidRunInputException naming every bad input
   * @throws io.duoctl.core.actions.ActionNotAllowedException if the scope does not allow it
   * @throws ConfirmationNeededException if the run needs a confirmation it does not carry
   */
  String launch(WorkflowRunRequest request);

  /**
   * The id of the newest run stored with exactly {@code trigger}, if any: a caller that gives each
   * launch a trigger of its own finds, after a crash, whether its launch had been stored before.
   */
  default Optional<String> launchedBy(RunTrigger trigger) {
    return Optional.empty();
  }
}
