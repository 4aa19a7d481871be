package io.duoctl.core.actions;

import io.duoctl.core.access.ApiScope;
import java.util.List;
import java.util.Objects;

/**
 * Which catalog actions a front end that hands results to software rather than to a person (an AI
 * assistant over MCP) offers a caller with {@code scope}: never an action that returns secrets
 * (bypass codes, activation codes and links, raw requests that may mint them), whatever the scope,
 * because nobody would see them once and nowhere else; of the others, those the scope allows
 * ({@link ActionScopes}). The confirmation of destructive actions over several organizations stays
 * the fan-out's rule ({@link io.duoctl.core.jobs.FanOut#start}). Immutable.
 *
 * @param scope what the caller may do
 */
public record ActionExposure(ApiScope scope) {

  public ActionExposure {
    Objects.requireNonNull(scope, "scope");
  }

  /** Whether {@code action} may be offered to any such caller at all: it returns no secrets. */
  public static boolean offerable(ActionDefinition action) {
    return !action.returnsSecrets();
  }

  /** Whether {@code action} is offered to this caller: offerable, and allowed by the scope. */
  public boolean offers(ActionDefinition action) {
    return offerable(action) && scope.includes(ActionScopes.required(action));
  }

  /** The actions offered to this caller, in catalog order. */
  public List<ActionDefinition> offered(ActionCatalog catalog) {
    return catalog.list().stream().filter(this::offers).toList();
  }

  /**
   * Refuses {@code action} unless it is offered to this caller.
   *
   * @throws ActionNotExposedException for an action that returns secrets
   * @throws ActionNotAllowedException when the scope does not allow it, naming the scope needed
   */
  public void check(ActionDefinition action) {
    if (!offerable(action)) {
      throw new ActionNotExposedException(action);
    }
    ActionScopes.check(action, scope);
  }
}
