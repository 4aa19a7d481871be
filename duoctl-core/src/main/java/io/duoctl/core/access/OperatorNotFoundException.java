package io.duoctl.core.access;

/** No console operator has the given username. */
public final class OperatorNotFoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  OperatorNotFoundException(String username) {
    super("no operator named \"" + username + "\"; list them with duoctl operators list");
  }
}
