package io.duoctl.core.workflows.runs;

import java.util.List;
import java.util.Objects;

/**
 * A workflow that may run a destructive action in more than one organization was started without
 * confirmation. Nothing was stored or started; ask the caller, naming {@link
 * #destructiveActions()}, and start again confirmed.
 */
public final class ConfirmationNeededException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String workflow;
  private final transient List<String> destructiveActions;

  public ConfirmationNeededException(String workflow, List<String> destructiveActions) {
    super(
        "workflow "
            + workflow
            + " may run destructive actions ("
            + String.join(", ", destructiveActions)
            + ") in more than one organization; confirm to go ahead");
    this.workflow = Objects.requireNonNull(workflow, "workflow");
    this.destructiveActions = List.copyOf(destructiveActions);
  }

  public String workflow() {
    return workflow;
  }

  /** The destructive actions it may run across organizations, by id. */
  public List<String> destructiveActions() {
    return destructiveActions;
  }
}
