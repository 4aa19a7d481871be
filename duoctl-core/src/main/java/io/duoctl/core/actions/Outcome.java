package io.duoctl.core.actions;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * Why a changing action's result is not a plain change: the {@code outcome} field of its data,
 * beside a {@code note} for people. A result without one made the change it was asked for. Actions
 * that look before they change ({@link ActionDefinition#rerunSafe()}) report the first three
 * instead of sending anything, so a workflow run twice says "nothing to do" the second time.
 */
public enum Outcome {
  /**
   * What a create, or an add of a link (user to group, phone or token to user), would make was
   * there: nothing was sent.
   */
  ALREADY_EXISTS("already_exists", true),
  /** What a delete, or the removal of a link, would remove was not there: nothing was sent. */
  ALREADY_ABSENT("already_absent", true),
  /** Every field an update names had that value already: nothing was sent. */
  UNCHANGED("unchanged", true),
  /** Made (created or added), confirmed by looking after Duo's answer never came. */
  CREATED_UNANSWERED("created_unanswered", false),
  /** Removed (deleted or taken off), confirmed by looking after Duo's answer never came. */
  DELETED_UNANSWERED("deleted_unanswered", false);

  /** The result field that holds the outcome. */
  public static final String FIELD = "outcome";

  /** The result field that says in words what was found. */
  public static final String NOTE = "note";

  private final String wireValue;
  private final boolean noChange;

  Outcome(String wireValue, boolean noChange) {
    this.wireValue = wireValue;
    this.noChange = noChange;
  }

  /** How results spell it, e.g. {@code already_exists}. */
  public String wireValue() {
    return wireValue;
  }

  /** Whether the action found nothing to do and sent no change. */
  public boolean noChange() {
    return noChange;
  }

  /**
   * The outcome a result's data reports.
   *
   * @param data an action result's data; may be null
   * @return empty when it reports none (a plain change, or a read) or one this version does not
   *     know
   */
  public static Optional<Outcome> of(JsonNode data) {
    if (data == null || !data.path(FIELD).isTextual()) {
      return Optional.empty();
    }
    String value = data.path(FIELD).asText();
    for (Outcome outcome : values()) {
      if (outcome.wireValue.equals(value)) {
        return Optional.of(outcome);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a result's data says the action changed nothing because Duo was already as asked
   * ({@link #ALREADY_EXISTS}, {@link #ALREADY_ABSENT}, {@link #UNCHANGED}). False for a plain
   * change and for a read; a workflow step asks this to tell "changed" from "nothing to do".
   *
   * @param data an action result's data; may be null
   */
  public static boolean isNoChange(JsonNode data) {
    return of(data).map(Outcome::noChange).orElse(false);
  }
}
