package io.duoctl.core.workflows.connections;

/** No stored connection has the requested name. */
public final class UnknownConnectionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UnknownConnectionException(String name) {
    super("no connection " + name + "; `duoctl connections list` shows them");
  }
}
