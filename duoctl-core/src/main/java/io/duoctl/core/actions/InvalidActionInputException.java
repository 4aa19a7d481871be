package io.duoctl.core.actions;

import io.duoctl.core.errors.FieldError;
import io.duoctl.core.errors.InvalidInputException;
import java.util.List;

/** An action's input broke its schema; {@link #errors()} names every bad field and the fix. */
public final class InvalidActionInputException extends InvalidInputException {

  public InvalidActionInputException(String actionId, List<FieldError> errors) {
    super("invalid input for " + actionId, errors);
  }
}
