package io.duoctl.core.workflows.connections;

import io.duoctl.core.errors.FieldError;
import io.duoctl.core.errors.InvalidInputException;
import java.util.List;

/** A connection's name, base URL, headers or description was rejected; nothing was stored. */
public final class InvalidConnectionException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  InvalidConnectionException(List<FieldError> errors) {
    super("connection not saved", errors);
  }
}
