package io.duoctl.core.access;

import io.duoctl.core.errors.FieldError;
import io.duoctl.core.errors.InvalidInputException;
import java.util.List;

/** An operator's username, password or role was rejected; nothing was stored. */
public final class InvalidOperatorException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  InvalidOperatorException(List<FieldError> errors) {
    super("operator not saved", errors);
  }
}
