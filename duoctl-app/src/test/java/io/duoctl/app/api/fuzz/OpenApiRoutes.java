package io.duoctl.app.api.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The operations an OpenAPI document lists, with what a request to each needs. */
record OpenApiRoutes() {

  /**
   * One operation: method, path template, its request body schema (or a missing node), and whether
   * it takes a token ({@code security} not an empty list) or is signed instead.
   */
  record Route(
      String method, String template, JsonNode bodySchema, JsonNode parameters, boolean signed) {
    boolean hasBody() {
      return !bodySchema.isMissingNode();
    }

    /** The path with every {parameter} replaced by {@code value} (encoded as given). */
    String path(String value) {
      return template.replaceAll("\\{[^}]+}", value);
    }

    /** The path with each {parameter} replaced by what {@code values} gives for its name. */
    String path(java.util.function.UnaryOperator<String> values) {
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(template);
      StringBuilder out = new StringBuilder();
      while (m.find()) {
        m.appendReplacement(
            out, java.util.regex.Matcher.quoteReplacement(values.apply(m.group(1))));
      }
      m.appendTail(out);
      return out.toString();
    }

    /** The path with valid-looking parameters of the MSP fixture: Acme, admin, default, ... */
    String samplePath() {
      return path(
          name ->
              switch (name) {
                case "org" -> "Acme";
                case "api" -> "admin";
                case "name" -> "default";
                case "id" -> template.startsWith("/api/v1/jobs") ? "no-such-job" : "users.list";
                default -> "x";
              });
    }

    @Override
    public String toString() {
      return method + " " + template;
    }
  }

  static List<Route> of(JsonNode document) {
    List<Route> routes = new ArrayList<>();
    for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
      for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
        JsonNode op = operation.getValue();
        routes.add(
            new Route(
                operation.getKey().toUpperCase(Locale.ROOT),
                path.getKey(),
                op.path("requestBody").path("content").path("application/json").path("schema"),
                op.path("parameters"),
                op.path("security").isArray() && op.path("security").isEmpty()));
      }
    }
    return routes;
  }
}
