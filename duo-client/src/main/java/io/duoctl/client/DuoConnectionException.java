package io.duoctl.client;

/** No HTTP answer arrived: the host did not resolve, refused, timed out, or TLS failed. */
public final class DuoConnectionException extends DuoApiException {

  private static final long serialVersionUID = 1L;

  /** Why no answer arrived. */
  public enum Kind {
    /** The host name did not resolve; nothing was sent. */
    UNKNOWN_HOST,
    /** The connection was refused; nothing was sent. */
    CONNECTION_REFUSED,
    /** The connection could not be set up in time; nothing was sent. */
    CONNECT_TIMEOUT,
    /** No answer in time after the request may have been sent. */
    TIMEOUT,
    /** The TLS handshake failed (untrusted certificate, wrong host name, protocol). */
    TLS,
    /** The calling thread was interrupted. */
    INTERRUPTED,
    /** Any other I/O failure, such as a connection reset. */
    IO;

    /** Whether the failure happened before any byte of the request left, so a resend is safe. */
    public boolean beforeSending() {
      return this == UNKNOWN_HOST || this == CONNECTION_REFUSED || this == CONNECT_TIMEOUT;
    }
  }

  private final Kind kind;

  public DuoConnectionException(
      Kind kind, String what, String method, String path, Throwable cause) {
    super(0, null, what, null, method, path, cause);
    this.kind = kind;
  }

  /** Why no answer arrived. */
  public Kind kind() {
    return kind;
  }
}
