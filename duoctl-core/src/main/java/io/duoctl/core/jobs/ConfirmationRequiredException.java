package io.duoctl.core.jobs;

import java.util.List;
import java.util.OptionalInt;

/**
 * A destructive action over more than one organization was not confirmed, or was confirmed for a
 * different number of organizations than the selection now holds. Nothing ran and nothing was
 * stored; ask the caller, naming {@link #organizations()}, and start again with {@code
 * RunOptions.confirmed(count())}.
 */
public final class ConfirmationRequiredException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String actionId;
  private final transient List<String> organizations;

  ConfirmationRequiredException(
      String actionId, List<String> organizations, OptionalInt confirmed) {
    super(message(actionId, organizations, confirmed));
    this.actionId = actionId;
    this.organizations = List.copyOf(organizations);
  }

  /** The action that was not started. */
  public String actionId() {
    return actionId;
  }

  /** How many organizations the selection holds now. */
  public int count() {
    return organizations.size();
  }

  /** The selected organizations' names (or the references given, for unknown ones), in order. */
  public List<String> organizations() {
    return organizations;
  }

  private static String message(
      String actionId, List<String> organizations, OptionalInt confirmed) {
    String what =
        actionId
            + " is destructive and would run for "
            + organizations.size()
            + " organizations ("
            + String.join(", ", organizations)
            + ")";
    return confirmed.isEmpty()
        ? what + "; confirm the " + organizations.size() + " organizations to go ahead"
        : what
            + ", not the "
            + confirmed.getAsInt()
            + " confirmed; the selection changed, check it and confirm again";
  }
}
