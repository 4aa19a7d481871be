package io.duoctl.core.workflows.runs;

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
}
