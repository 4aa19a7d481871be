package io.duoctl.app.console.workflows;

import io.duoctl.app.console.ConfigurationChoice;
import io.duoctl.app.console.Frame;
import io.duoctl.app.console.actions.FormState;
import io.duoctl.app.console.actions.InputForm;
import io.duoctl.core.workflows.WorkflowSummary;
import io.duoctl.core.workflows.runs.ConfirmationNeededException;
import java.util.List;

/**
 * One workflow's form: what the workflow does, its inputs as controls generated like an action's,
 * and core's answer to the last submission.
 *
 * @param configurations the configuration a run starts in, and the others to switch to
 * @param title the workflow's title, or its name when it has none
 * @param state the form's values and errors (core's field errors among them)
 * @param error core's refusal of the request as a whole (scope, configuration), or null
 * @param question core asks to confirm before the run starts, or null
 */
public record WorkflowFormView(
    Frame frame,
    ConfigurationChoice configurations,
    WorkflowSummary workflow,
    String title,
    InputForm form,
    FormState state,
    String error,
    Question question) {

  /**
   * The workflow may run destructive actions in more than one organization: core starts it only
   * once confirmed.
   *
   * @param actions the destructive actions, by id
   */
  public record Question(String workflow, List<String> actions) {
    /** The question core's refusal asks. */
    public static Question of(ConfirmationNeededException refused) {
      return new Question(refused.workflow(), refused.destructiveActions());
    }
  }

  /** This view asking to confirm what {@code refused} names. */
  WorkflowFormView asking(ConfirmationNeededException refused) {
    return new WorkflowFormView(
        frame, configurations, workflow, title, form, state, error, Question.of(refused));
  }

  /** Whether some outputs are secrets shown once: a run started here does not show them. */
  public boolean hasShownOnceOutputs() {
    return workflow.outputs().stream().anyMatch(WorkflowSummary.Output::shownOnce);
  }

  /** Where the form posts. */
  public String action() {
    return WorkflowsController.PATH + "/" + workflow.name() + "/run";
  }
}
