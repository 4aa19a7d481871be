package io.duoctl.app.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * A response of an {@link ApiRoute} besides its success and the errors every route may answer, as
 * the OpenAPI document describes it: e.g. a run that reached Duo and failed answers 422 or 502 with
 * the run's own result body.
 *
 * @param status the HTTP status, 400 or above
 * @param description when it is answered, for people
 * @param schema the JSON Schema of its body
 */
public record ApiOutcome(int status, String description, ObjectNode schema) {
  public ApiOutcome {
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(schema, "schema");
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("an outcome's status is 4xx or 5xx, not " + status);
    }
  }
}
