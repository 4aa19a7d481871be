package io.duoctl.core.logexport;

/**
 * A batch was not delivered. Messages name the sink and what to do, never a secret. Subclasses tell
 * whether retrying can help.
 */
public abstract sealed class SinkException extends RuntimeException
    permits SinkUnavailableException, SinkRejectedException {
  private static final long serialVersionUID = 1L;

  private final String sink;

  SinkException(String sink, String message, Throwable cause) {
    super("sink " + sink + ": " + message, cause);
    this.sink = sink;
  }

  /** The name of the sink that failed. */
  public String sink() {
    return sink;
  }
}
