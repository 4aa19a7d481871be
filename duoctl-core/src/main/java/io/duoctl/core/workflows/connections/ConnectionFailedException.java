package io.duoctl.core.workflows.connections;

/** A request through a connection got no answer: refused, timed out, or TLS failed. */
public final class ConnectionFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ConnectionFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
