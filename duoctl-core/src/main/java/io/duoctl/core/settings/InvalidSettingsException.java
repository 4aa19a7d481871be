package io.duoctl.core.settings;

import io.duoctl.core.errors.FieldError;
import io.duoctl.core.errors.InvalidInputException;
import java.util.List;

/** Settings input was rejected; nothing was stored. */
public final class InvalidSettingsException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  InvalidSettingsException(List<FieldError> errors) {
    super("settings not saved", errors);
  }
}
