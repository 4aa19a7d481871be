package io.duoctl.core.baseline;

import io.duoctl.core.errors.FieldError;
import io.duoctl.core.errors.InvalidInputException;
import java.util.List;

/**
 * Setting values were rejected (for a baseline, or to align an organization to), every bad one
 * named; nothing was stored or sent.
 */
public final class InvalidBaselineException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  InvalidBaselineException(List<FieldError> errors) {
    super("settings rejected", errors);
  }
}
