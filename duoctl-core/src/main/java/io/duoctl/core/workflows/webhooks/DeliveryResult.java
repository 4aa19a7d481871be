package io.duoctl.core.workflows.webhooks;

import java.util.Objects;
import java.util.Optional;

/**
 * What an accepted delivery did.
 *
 * @param runId the workflow run it started, or empty when its mapping yielded no inputs (the ticket
 *     was not one the webhook acts on)
 */
public record DeliveryResult(Optional<String> runId) {
  public DeliveryResult {
    Objects.requireNonNull(runId, "runId");
  }

  /** Whether a run was started. */
  public boolean started() {
    return runId.isPresent();
  }
}
