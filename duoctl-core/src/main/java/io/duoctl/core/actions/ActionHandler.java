package io.duoctl.core.actions;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Executes one action against the organization's Duo account through the typed client APIs in
 * {@code context}. Throws {@link io.duoctl.client.DuoApiException} or {@link ActionFailure}; the
 * runner turns both into a result.
 */
@FunctionalInterface
public interface ActionHandler {

  /** The action's data: an object or an array, never null. */
  JsonNode handle(ActionContext context, ActionInput input);
}
