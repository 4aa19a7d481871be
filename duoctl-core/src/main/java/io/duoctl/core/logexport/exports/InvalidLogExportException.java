package io.duoctl.core.logexport.exports;

import io.duoctl.core.errors.FieldError;
import io.duoctl.core.errors.InvalidInputException;
import java.util.List;

/** An export's definition was rejected; {@link #errors()} names every bad field and its fix. */
public final class InvalidLogExportException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  public InvalidLogExportException(List<FieldError> errors) {
    super("the log export is not valid", errors);
  }
}
