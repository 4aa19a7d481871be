package io.duoctl.core.access;

import io.duoctl.core.errors.FieldError;
import io.duoctl.core.errors.InvalidInputException;
import java.util.List;

/** The request for a new API token was rejected; nothing was stored. */
public final class InvalidApiTokenException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  InvalidApiTokenException(List<FieldError> errors) {
    super("API token not created", errors);
  }
}
