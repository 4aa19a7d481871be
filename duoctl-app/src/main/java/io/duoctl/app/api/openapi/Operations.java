package io.duoctl.app.api.openapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.app.api.ApiOutcome;
import io.duoctl.app.api.ApiParameter;
import io.duoctl.app.api.ApiRoute;

/** One route as an OpenAPI operation object. */
final class Operations {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String JSON = "application/json";

  private Operations() {}

  static ObjectNode of(ApiRoute route, OpenApiDocument.Components components) {
    ObjectNode op = NODES.objectNode();
    op.put("operationId", route.operationId()).put("summary", route.summary());
    String scope = route.scope().wireName();
    boolean signed = route.authentication() == ApiRoute.Authentication.SIGNATURE;
    op.put(
        "description",
        (route.description().isBlank() ? "" : route.description() + "\n\n")
            + (signed
                ? "Takes no token: the request is authenticated by its own signature."
                : "Needs a token with scope `" + scope + "` or higher."));
    op.putArray("tags").add(route.tag());
    if (signed) {
      op.putArray("security");
    } else {
      op.put("x-duoctl-scope", scope);
      op.putArray("security").addObject().putArray(OpenApiDocument.SECURITY_SCHEME).add(scope);
    }
    if (!route.parameters().isEmpty()) {
      ArrayNode parameters = op.putArray("parameters");
      for (ApiParameter p : route.parameters()) {
        ObjectNode param =
            parameters
                .addObject()
                .put("name", p.name())
                .put("in", p.in().openApiName())
                .put("description", p.description())
                .put("required", p.required());
        param.set("schema", components.hoist(p.schema()));
      }
    }
    if (route.requestSchema() != null) {
      ObjectNode body = op.putObject("requestBody").put("required", true);
      ObjectNode content = body.putObject("content");
      for (String mediaType : route.bodyMediaTypes()) {
        content.putObject(mediaType).set("schema", components.hoist(route.requestSchema()));
      }
    }
    ObjectNode responses = op.putObject("responses");
    ObjectNode success =
        responses.putObject(String.valueOf(route.successStatus())).put("description", "Success");
    if (route.responseSchema() != null) {
      success
          .putObject("content")
          .putObject(JSON)
          .set("schema", components.hoist(route.responseSchema()));
    }
    if (OpenApiDocument.takesInput(route)) {
      error(responses, components, 400, "Bad input; error.fields names every field at fault");
    }
    if (signed) {
      error(
          responses,
          components,
          401,
          "The signature could not be verified; one answer, whichever check failed");
    } else {
      error(responses, components, 401, "No token, or an unknown, revoked or expired one");
      error(responses, components, 403, "The token's scope is below `" + scope + "`");
    }
    if (route.path().contains("{") || route.requestSchema() != null) {
      error(responses, components, 404, "Something the request names does not exist");
    }
    for (ApiOutcome outcome : route.outcomes()) {
      responses
          .putObject(String.valueOf(outcome.status()))
          .put("description", outcome.description())
          .putObject("content")
          .putObject(JSON)
          .set("schema", components.hoist(outcome.schema()));
    }
    return op;
  }

  private static void error(
      ObjectNode responses, OpenApiDocument.Components components, int status, String description) {
    responses
        .putObject(String.valueOf(status))
        .put("description", description)
        .putObject("content")
        .putObject(JSON)
        .set("schema", components.hoist(ErrorSchema.schema()));
  }
}
