package io.duoctl.app.api;

/**
 * The stable error codes of the REST API, each with its HTTP status. Clients branch on {@link
 * #code()}, never on the message.
 */
public enum ApiErrorCode {
  /** No bearer token, or one that is unknown, revoked or expired. */
  UNAUTHORIZED(401, "unauthorized"),
  /** The token is valid but its scope is too small for the route. */
  FORBIDDEN(403, "forbidden"),
  /** Unknown route, organization, configuration, action, job or connection. */
  NOT_FOUND(404, "not_found"),
  /** The route exists but not for this HTTP method. */
  METHOD_NOT_ALLOWED(405, "method_not_allowed"),
  /** The request was understood but fields are invalid; {@code fields} lists each one. */
  INVALID_INPUT(400, "invalid_input"),
  /**
   * The request is not valid HTTP for the server: a bad percent-encoding, a control or illegal
   * character in the path, a header too large. The web server refuses it before any route.
   */
  BAD_REQUEST(400, "bad_request"),
  /** The body is not well-formed JSON. */
  MALFORMED_JSON(400, "malformed_json"),
  /** The body has a field the route does not know; the message lists the allowed ones. */
  UNKNOWN_FIELD(400, "unknown_field"),
  /** The state does not allow the request: a duplicate, a configuration in use, a stale mapping. */
  CONFLICT(409, "conflict"),
  /**
   * A destructive action over more than one organization needs {@code confirm}: the number of
   * organizations, which the error's {@code count} and {@code organizations} give.
   */
  CONFIRMATION_REQUIRED(409, "confirmation_required"),
  /**
   * A signed webhook delivery whose JSON its mapping could not turn into valid workflow inputs;
   * {@code fields} names them. Sending it again will not help.
   */
  UNPROCESSABLE_PAYLOAD(422, "unprocessable_payload"),
  /** The body is larger than the server accepts. */
  BODY_TOO_LARGE(413, "body_too_large"),
  /** The body is not {@code application/json}. */
  UNSUPPORTED_MEDIA_TYPE(415, "unsupported_media_type"),
  /** Duo answered with an error (its message and code are in the message). */
  DUO_ERROR(502, "duo_error"),
  /** A dependency (the database, Duo) cannot be reached right now; retry later. */
  UNAVAILABLE(503, "unavailable"),
  /** An unexpected failure; details are in the server log, never in the response. */
  INTERNAL(500, "internal");

  private final int status;
  private final String code;

  ApiErrorCode(int status, String code) {
    this.status = status;
    this.code = code;
  }

  public int status() {
    return status;
  }

  /** The code as it appears in {@code error.code}, e.g. {@code invalid_input}. */
  public String code() {
    return code;
  }
}
