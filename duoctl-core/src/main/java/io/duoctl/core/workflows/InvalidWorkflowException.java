package io.duoctl.core.workflows;

import io.duoctl.core.errors.FieldError;
import io.duoctl.core.errors.InvalidInputException;
import java.util.List;

/**
 * A workflow definition was refused. Each error's field is the JSON pointer of the place at fault
 * ({@code /steps/2/with/user}, {@code /} for the whole document) and its message starts with the
 * line and column in the YAML text when they are known, then says what is wrong and the fix.
 */
public final class InvalidWorkflowException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  InvalidWorkflowException(String name, List<FieldError> errors) {
    super(
        (name == null ? "the workflow definition" : "workflow " + name)
            + " is not valid ("
            + errors.size()
            + (errors.size() == 1 ? " error)" : " errors)"),
        errors);
  }
}
