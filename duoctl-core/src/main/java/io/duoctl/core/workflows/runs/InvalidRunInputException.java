package io.duoctl.core.workflows.runs;

import io.duoctl.core.errors.FieldError;
import io.duoctl.core.errors.InvalidInputException;
import java.util.List;

/** A run's inputs broke the workflow's declared inputs; nothing was stored or started. */
public final class InvalidRunInputException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  public InvalidRunInputException(String workflow, List<FieldError> errors) {
    super("invalid input for workflow " + workflow, errors);
  }
}
