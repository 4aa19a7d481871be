package io.duoctl.app.console.actions;

import io.duoctl.core.actions.ActionDefinition;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The form of one action: its controls generated from the action's input JSON Schema ({@link
 * InputForm}). Immutable and thread-safe.
 */
public final class ActionForm {

  private final ActionDefinition action;
  private final InputForm inputs;

  private ActionForm(ActionDefinition action, InputForm inputs) {
    this.action = action;
    this.inputs = inputs;
  }

  /** The form of {@code action}. */
  public static ActionForm of(ActionDefinition action) {
    return new ActionForm(action, InputForm.of(action.input()));
  }

  public ActionDefinition action() {
    return action;
  }

  /** The action's input controls. */
  public InputForm inputs() {
    return inputs;
  }

  public List<FormField> fields() {
    return inputs.fields();
  }

  /** The field of this name, if the action has one. */
  public Optional<FormField> field(String name) {
    return inputs.field(name);
  }

  /** The form as first shown: defaults filled in, no errors. */
  public FormState blank() {
    return inputs.blank();
  }

  /**
   * Reads submitted form parameters ({@code in.<field>}) into the action's JSON input. Empty
   * optional fields are left out; a value that cannot be read becomes an inline error.
   */
  public FormState read(Map<String, List<String>> params) {
    return inputs.read(params);
  }
}
