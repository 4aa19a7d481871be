package io.duoctl.core.workflows;

import java.util.Objects;

/** No built-in or saved workflow has the requested name. */
public final class UnknownWorkflowException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String name;

  public UnknownWorkflowException(String name) {
    super("no workflow " + name + "; `duoctl workflows list` shows them");
    this.name = Objects.requireNonNull(name, "name");
  }

  /** The name asked for. */
  public String name() {
    return name;
  }
}
