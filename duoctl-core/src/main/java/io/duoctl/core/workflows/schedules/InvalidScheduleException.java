package io.duoctl.core.workflows.schedules;

import io.duoctl.core.errors.FieldError;
import io.duoctl.core.errors.InvalidInputException;
import java.util.List;

/** A schedule's fields were rejected; nothing was stored. */
public final class InvalidScheduleException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  InvalidScheduleException(List<FieldError> errors) {
    super("schedule not saved", errors);
  }
}
