package io.duoctl.core.jobs;

import io.duoctl.core.actions.ActionDefinition;
import io.duoctl.core.errors.FieldError;
import io.duoctl.core.errors.InvalidInputException;
import java.util.List;

/**
 * An action that hands out secrets (bypass codes, activation links) was asked to run as a job whose
 * results nobody holds: duoctl never stores secrets, so nobody would see them. Nothing ran.
 */
public final class SecretsInJobException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  SecretsInJobException(ActionDefinition action) {
    super(
        "invalid job",
        List.of(
            new FieldError(
                "action",
                action.id()
                    + " returns secrets (bypass codes, activation links) that duoctl never"
                    + " stores, so a job could not hand them to you; run it for one organization"
                    + " at a time, or with the CLI, which prints them once")));
  }
}
