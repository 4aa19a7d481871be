package io.duoctl.core.workflows.connections;

/** A connection with this name exists already. */
public final class DuplicateConnectionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  DuplicateConnectionException(String name) {
    super(
        "a connection named "
            + name
            + " exists already; choose another name, or change its headers with"
            + " `duoctl connections set-headers "
            + name
            + "`");
  }
}
