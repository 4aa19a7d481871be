package io.duoctl.core.actions;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The one result shape of every run, whether from the CLI, the REST API, the console or a fan-out
 * row.
 *
 * @param ok whether the action succeeded (for a dry-run: whether the plan was made)
 * @param action the action id as asked
 * @param organizationId the organization's id, or the reference as given when it did not resolve
 * @param organization the organization's name, or the reference as given
 * @param data the action's data on success (for a dry-run that planned changes: the planned
 *     requests, as {@link #plannedRequests()}), else null
 * @param error why it failed, else null
 * @param dryRun whether this was a dry-run
 * @param plannedRequests for a dry-run of a mutating action, the requests it would send
 * @param secretFields output field names holding secrets: show them once, never store them
 * @param duration wall time of the run
 */
public record ActionResult(
    boolean ok,
    String action,
    String organizationId,
    String organization,
    JsonNode data,
    ActionError error,
    boolean dryRun,
    List<PlannedRequest> plannedRequests,
    List<String> secretFields,
    Duration duration) {

  public ActionResult {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(organizationId, "organizationId");
    Objects.requireNonNull(organization, "organization");
    if (ok == (error != null)) {
      throw new IllegalArgumentException("a result has an error exactly when it is not ok");
    }
    plannedRequests = List.copyOf(plannedRequests);
    secretFields = List.copyOf(secretFields);
    Objects.requireNonNull(duration, "duration");
  }

  /** Whether {@code data} holds secrets the caller must show once and never keep. */
  public boolean hasSecrets() {
    return ok && !secretFields.isEmpty() && data != null;
  }

  /** This result with secret output fields replaced by {@code "[redacted]"}: safe to store. */
  public ActionResult withoutSecrets() {
    if (!hasSecrets()) {
      return this;
    }
    return new ActionResult(
        ok,
        action,
        organizationId,
        organization,
        Redaction.fields(data, secretFields),
        error,
        dryRun,
        plannedRequests,
        secretFields,
        duration);
  }

  /** Outcome only; data may hold secrets. */
  @Override
  public String toString() {
    return "ActionResult["
        + action
        + " @ "
        + organization
        + (ok ? ", ok" : ", " + error.code() + ": " + error.message())
        + (dryRun ? ", dry-run" : "")
        + ", "
        + duration.toMillis()
        + " ms]";
  }
}
