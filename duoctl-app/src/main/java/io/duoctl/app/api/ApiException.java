package io.duoctl.app.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.core.errors.FieldError;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A request the API refuses, with the HTTP status, the stable error code and (for input errors)
 * every field at fault. Handlers throw it; the server writes it as {@code {"error":{...}}}.
 * Messages are shown to callers as they are, so they never carry secrets or internal details.
 */
public final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;
  private final transient List<FieldError> fields;
  private final transient ObjectNode details;

  /**
   * @param status the HTTP status, e.g. 400
   * @param code the stable error code, e.g. {@code invalid_input} (see {@link ApiErrorCode})
   * @param message what went wrong and how to fix it
   * @param fields every field at fault, in input order; may be empty
   */
  public ApiException(int status, String code, String message, List<FieldError> fields) {
    this(status, code, message, fields, null);
  }

  private ApiException(
      int status, String code, String message, List<FieldError> fields, ObjectNode details) {
    super(Objects.requireNonNull(message, "message"), null, false, false);
    this.status = status;
    this.code = Objects.requireNonNull(code, "code");
    this.fields = List.copyOf(fields);
    this.details = details == null ? null : details.deepCopy();
  }

  /** This error with more members of the error object, e.g. {@code count}; never secrets. */
  public ApiException withDetails(ObjectNode more) {
    return new ApiException(status, code, getMessage(), fields, more);
  }

  /** The error object's members besides code, message and fields; empty when none. */
  public Optional<ObjectNode> details() {
    return Optional.ofNullable(details).map(ObjectNode::deepCopy);
  }

  /** A refusal with one of the stable codes and no field errors. */
  public static ApiException of(ApiErrorCode code, String message) {
    return new ApiException(code.status(), code.code(), message, List.of());
  }

  /** 400 {@code invalid_input} naming every field at fault. */
  public static ApiException invalid(String message, List<FieldError> fields) {
    return new ApiException(
        ApiErrorCode.INVALID_INPUT.status(), ApiErrorCode.INVALID_INPUT.code(), message, fields);
  }

  /** 400 {@code invalid_input} for one field. */
  public static ApiException invalidField(String field, String message) {
    return invalid(field + ": " + message, List.of(new FieldError(field, message)));
  }

  /** 404 {@code not_found}. */
  public static ApiException notFound(String message) {
    return of(ApiErrorCode.NOT_FOUND, message);
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  /** Every field at fault, in input order; empty when the error is not about fields. */
  public List<FieldError> fields() {
    return fields;
  }
}
