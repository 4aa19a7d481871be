package io.duoctl.client;

/** No HTTP answer arrived: the host did not resolve, refused, timed out, or TLS failed. */
public final class DuoConnectionException extends DuoApiException {

  private static final long serialVersionUID = 1L;

  /** Why no answer arrived. */
  public enum Kind {
    UNKNOWN_HOST,
    CONNECTION_REFUSED,
    TIMEOUT,
    TLS,
    INTERRUPTED,
    IO
  }

  private final Kind kind;

  public DuoConnectionException(
      Kind kind, String what, String method, String path, Throwable cause) {
    super(0, null, what, null, method, path, cause);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
