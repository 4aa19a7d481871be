package io.duoctl.core.actions;

import io.duoctl.core.errors.FieldError;
import java.util.List;
import java.util.Objects;

/**
 * Why an action failed.
 *
 * @param code our stable code
 * @param message what went wrong and, where we know it, the fix; never secrets
 * @param duoCode Duo's numeric error code, or null when Duo did not answer with one
 * @param messageDetail Duo's {@code message_detail}, or null
 * @param httpStatus Duo's HTTP status, or null when the failure was not Duo's reply
 * @param fields the bad input fields for {@link ErrorCode#INVALID_INPUT}, else empty
 */
public record ActionError(
    ErrorCode code,
    String message,
    Integer duoCode,
    String messageDetail,
    Integer httpStatus,
    List<FieldError> fields) {

  public ActionError {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    fields = List.copyOf(fields);
  }

  public static ActionError of(ErrorCode code, String message) {
    return new ActionError(code, message, null, null, null, List.of());
  }
}
