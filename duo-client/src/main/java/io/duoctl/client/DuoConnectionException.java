package io.duoctl.client;

/**
 * No HTTP answer arrived: the host did not resolve, refused, timed out, or TLS failed. When {@link
 * #outcomeUnknown()} the call may nevertheless have been carried out.
 */
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

    /** Whether the request may have reached Duo although no answer came back. */
    public boolean mayHaveReachedDuo() {
      return this == TIMEOUT || this == IO;
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

  /**
   * Whether Duo may have carried out this call although its answer never came: a request that
   * changes something (not a GET) whose bytes may have left. The client never resends such a call;
   * the caller should look the object up before trying again.
   */
  public boolean outcomeUnknown() {
    return kind.mayHaveReachedDuo() && !"GET".equals(method());
  }
}
