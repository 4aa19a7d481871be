package io.duoctl.emulator.http;

/**
 * A Duo failure answer: HTTP status, five-digit code, message and optional detail, written as
 * {@code {"code":…,"message":…,"message_detail":…,"stat":"FAIL"}}. Handlers throw it (or return it
 * through {@link ApiResult#failure(DuoError)}). Messages must never contain secrets.
 */
public final class DuoError extends RuntimeException {

  private final int status;
  private final int code;
  private final String detail;

  public DuoError(int status, int code, String message, String detail) {
    super(message, null, false, false);
    if (code / 100 != status) {
      throw new IllegalArgumentException("Duo codes start with the HTTP status: " + code);
    }
    this.status = status;
    this.code = code;
    this.detail = detail;
  }

  /** 400 40002 "Invalid request parameters" naming the offending parameter. */
  public static DuoError invalidParameter(String parameter) {
    return new DuoError(400, 40002, "Invalid request parameters", parameter);
  }

  /** 400 40001 "Missing required request parameters" naming the parameter. */
  public static DuoError missingParameter(String parameter) {
    return new DuoError(400, 40001, "Missing required request parameters", parameter);
  }

  /** 404 40401 "Resource not found". */
  public static DuoError notFound() {
    return new DuoError(404, 40401, "Resource not found", null);
  }

  /** 403 40301 "Access forbidden". */
  public static DuoError forbidden() {
    return new DuoError(403, 40301, "Access forbidden", null);
  }

  /** 403 40301 with Duo's detail for keys of the wrong integration type. */
  public static DuoError wrongIntegrationType() {
    return new DuoError(403, 40301, "Access forbidden", "Wrong integration type for this API.");
  }

  /** 429 42901 "Too Many Requests". */
  public static DuoError tooManyRequests() {
    return new DuoError(429, 42901, "Too Many Requests", null);
  }

  /** The HTTP status. */
  public int status() {
    return status;
  }

  /** Duo's code, the status times 100 plus a sub-code. */
  public int code() {
    return code;
  }

  /** Duo's {@code message_detail}, or null. */
  public String detail() {
    return detail;
  }

  @Override
  @SuppressWarnings(
      "OverrideThrowableToString") // the log line names status and code, not just text
  public String toString() {
    return "DuoError["
        + status
        + " "
        + code
        + " "
        + getMessage()
        + (detail == null ? "" : " (" + detail + ")")
        + "]";
  }
}
