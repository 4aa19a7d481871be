package io.duoctl.core.baseline;

import io.duoctl.core.errors.FieldError;
import io.duoctl.core.errors.InvalidInputException;
import java.util.List;

/** Drift or a fix was asked for a configuration whose baseline names no setting. */
public final class EmptyBaselineException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  EmptyBaselineException(String configuration) {
    super(
        "no baseline",
        List.of(
            new FieldError(
                "baseline",
                "configuration "
                    + configuration
                    + " has no baseline yet; set one first, e.g. `duoctl baseline set"
                    + " lockout_threshold=5 helpdesk_bypass=deny`")));
  }
}
