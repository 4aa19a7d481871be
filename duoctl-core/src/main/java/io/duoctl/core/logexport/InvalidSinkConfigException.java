package io.duoctl.core.logexport;

import io.duoctl.core.errors.FieldError;
import io.duoctl.core.errors.InvalidInputException;
import java.util.List;

/** A sink's configuration was rejected; {@link #errors()} names every bad field and its fix. */
public final class InvalidSinkConfigException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  /**
   * @param errors every problem found, not empty
   */
  public InvalidSinkConfigException(String sink, List<FieldError> errors) {
    super("sink " + sink + " is not valid", errors);
  }
}
