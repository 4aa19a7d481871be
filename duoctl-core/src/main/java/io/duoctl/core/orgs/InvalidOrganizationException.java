package io.duoctl.core.orgs;

import io.duoctl.core.errors.FieldError;
import io.duoctl.core.errors.InvalidInputException;
import java.util.List;

/** Organization input was rejected; nothing was stored. */
public final class InvalidOrganizationException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  InvalidOrganizationException(List<FieldError> errors) {
    super("organization not saved", errors);
  }
}
