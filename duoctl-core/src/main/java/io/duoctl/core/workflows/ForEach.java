package io.duoctl.core.workflows;

import io.duoctl.core.jobs.OrganizationSelection;
import java.util.Objects;
import java.util.Optional;

/**
 * How a step repeats: once per organization (the step sees {@code organization}), per user or per
 * item of a list (the step sees {@code item}).
 *
 * @param values for {@link Over#ORGANIZATIONS} a literal {@code all}, {@code tag:NAME} or list of
 *     names, or an expression; for {@link Over#USERS} a literal list or an expression; for {@link
 *     Over#ITEMS} an expression
 */
public record ForEach(Over over, WorkflowValue values) {

  /** What a step repeats over. */
  public enum Over {
    ORGANIZATIONS,
    USERS,
    ITEMS
  }

  public ForEach {
    Objects.requireNonNull(over, "over");
    Objects.requireNonNull(values, "values");
  }

  /** The organizations a literal {@code organizations} value selects, like a fan-out job's. */
  public Optional<OrganizationSelection> selection() {
    if (over != Over.ORGANIZATIONS || !(values instanceof WorkflowValue.Literal literal)) {
      return Optional.empty();
    }
    if (literal.value().isArray()) {
      return Optional.of(
          OrganizationSelection.of(literal.value().valueStream().map(v -> v.asText()).toList()));
    }
    String text = literal.value().asText();
    return Optional.of(
        text.startsWith("tag:")
            ? OrganizationSelection.tagged(text.substring("tag:".length()).strip())
            : OrganizationSelection.allMapped());
  }
}
