package io.duoctl.core.logexport.rules;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import java.util.Optional;

/**
 * What a rule would do with one event, found without acting.
 *
 * @param matched whether the condition held
 * @param failure why an expression failed on the event (the rule's field and CEL's message), if it
 *     did
 * @param groupKey the event's group key, for a rule that aggregates
 * @param action what firing would do, in words
 * @param inputs the workflow inputs it would start the run with, for a workflow action
 */
public record RuleTestResult(
    boolean matched,
    Optional<String> failure,
    Optional<String> groupKey,
    String action,
    Optional<ObjectNode> inputs) {
  public RuleTestResult {
    Objects.requireNonNull(failure, "failure");
    Objects.requireNonNull(groupKey, "groupKey");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(inputs, "inputs");
  }
}
