package io.duoctl.app.console.workflows;

import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.app.console.Frame;
import io.duoctl.core.vocabulary.WireNames;
import io.duoctl.core.workflows.WorkflowDefinition;
import io.duoctl.core.workflows.WorkflowInput;
import java.util.List;

/**
 * The workflows page: every workflow that can run, with its inputs, each linking to its form.
 *
 * @param query the chosen configuration as a query string for the forms' links, or ""
 */
public record WorkflowsView(Frame frame, String query, List<Entry> workflows) {

  public WorkflowsView {
    workflows = List.copyOf(workflows);
  }

  /**
   * One workflow.
   *
   * @param builtIn shipped with duoctl, rather than saved by an operator
   */
  public record Entry(
      String name, String title, String description, boolean builtIn, List<Input> inputs) {
    static Entry of(WorkflowDefinition workflow, boolean builtIn) {
      return new Entry(
          workflow.name(),
          WorkflowsController.title(workflow),
          workflow.description(),
          builtIn,
          workflow.inputs().values().stream().map(Input::of).toList());
    }
  }

  /**
   * One input.
   *
   * @param type its wire name, e.g. {@code user}, {@code string_list}
   * @param choices the only values allowed, or empty
   */
  public record Input(
      String name,
      String type,
      boolean required,
      boolean secret,
      String description,
      List<String> choices) {
    static Input of(WorkflowInput input) {
      return new Input(
          input.name(),
          WireNames.of(input.type()),
          input.required(),
          input.secret(),
          input.description(),
          input.oneOf().stream().map(JsonNode::asText).toList());
    }
  }
}
