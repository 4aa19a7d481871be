package io.duoctl.core.actions;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * A Duo request a dry-run would have sent, exactly as it would reach Duo, secrets redacted.
 *
 * @param parameters the parameters in the order given, then the {@code account_id} the target adds
 *     for a child account
 * @param jsonBody the JSON body for endpoints that take one, else null
 */
public record PlannedRequest(
    String method,
    String host,
    String path,
    Map<String, List<String>> parameters,
    JsonNode jsonBody) {

  public PlannedRequest {
    parameters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
  }
}
