package io.duoctl.core.results;

import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.core.actions.ActionError;
import io.duoctl.core.actions.ActionResult;
import io.duoctl.core.actions.ErrorCode;
import io.duoctl.core.jobs.JobRow;
import io.duoctl.core.vocabulary.WireNames;
import java.util.Objects;

/**
 * One organization's outcome as every output shows it, from a live {@link ActionResult} or a stored
 * {@link JobRow}.
 *
 * @param errorCode why it failed, or null when it succeeded
 * @param message the failure's message, or null
 * @param duoCode Duo's numeric error code, or null
 * @param messageDetail Duo's {@code message_detail}, or null
 * @param data what the action returned (may be null); only meaningful when it succeeded
 */
public record OrganizationOutcome(
    String organizationId,
    String organization,
    ErrorCode errorCode,
    String message,
    Integer duoCode,
    String messageDetail,
    JsonNode data) {

  public OrganizationOutcome {
    Objects.requireNonNull(organizationId, "organizationId");
    Objects.requireNonNull(organization, "organization");
  }

  /** A live result; its data may still hold secrets, shown once by the caller. */
  public static OrganizationOutcome of(ActionResult result) {
    ActionError error = result.error();
    return error == null
        ? new OrganizationOutcome(
            result.organizationId(), result.organization(), null, null, null, null, result.data())
        : new OrganizationOutcome(
            result.organizationId(),
            result.organization(),
            error.code(),
            error.message(),
            error.duoCode(),
            error.messageDetail(),
            null);
  }

  /** A stored job row (secrets already redacted). */
  public static OrganizationOutcome of(JobRow row) {
    return new OrganizationOutcome(
        row.organizationId(),
        row.organization(),
        row.ok() ? null : Objects.requireNonNullElse(row.errorCode(), ErrorCode.INTERNAL),
        row.message(),
        row.duoCode(),
        row.messageDetail(),
        row.ok() ? row.data() : null);
  }

  public boolean ok() {
    return errorCode == null;
  }

  /**
   * An error code in the one spelling of every machine-readable output, e.g. {@code duo_not_found}.
   */
  public static String code(ErrorCode code) {
    return WireNames.of(code);
  }
}
