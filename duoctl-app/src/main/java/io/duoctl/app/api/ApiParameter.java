package io.duoctl.app.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * A path or query parameter of an {@link ApiRoute}, as the OpenAPI document describes it.
 *
 * @param name the parameter name, e.g. {@code id} for the path segment {@code {id}}
 * @param in where it is sent
 * @param description what it means, for people
 * @param required whether it must be sent (always true for path parameters)
 * @param schema its JSON Schema, e.g. {@code {"type":"integer","minimum":0}}
 */
public record ApiParameter(
    String name, Location in, String description, boolean required, ObjectNode schema) {
  /** Where a parameter is sent. */
  public enum Location {
    PATH,
    QUERY;

    /** The OpenAPI {@code in} value: {@code path} or {@code query}. */
    public String openApiName() {
      return this == PATH ? "path" : "query";
    }
  }

  public ApiParameter {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(schema, "schema");
    if (in == Location.PATH && !required) {
      throw new IllegalArgumentException("path parameter " + name + " must be required");
    }
  }
}
