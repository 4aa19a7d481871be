package io.duoctl.core.logexport.rules;

import java.time.Duration;
import java.util.Objects;

/**
 * When a rule fires only on many matching events: at least {@code atLeast} of them with the same
 * {@code groupBy} key in one organization, their timestamps within {@code within} of each other.
 *
 * @param groupBy a CEL expression giving the group key, e.g. {@code event.user.name}
 * @param atLeast how many matching events fire the rule; at least 1
 * @param within how close in event time they must be; positive
 */
public record Aggregation(String groupBy, int atLeast, Duration within) {
  public Aggregation {
    Objects.requireNonNull(groupBy, "groupBy");
    Objects.requireNonNull(within, "within");
  }
}
