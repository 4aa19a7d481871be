package io.duoctl.app.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.core.access.ApiScope;
import io.duoctl.core.secrets.Secret;
import io.duoctl.core.workflows.connections.Connection;
import io.duoctl.core.workflows.connections.ConnectionService;
import io.duoctl.core.workflows.connections.NewConnection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /api/v1/connections}: the HTTP connections of workflow {@code http} steps, as {@code
 * duoctl connections} manages them. Header values are accepted when a connection is created or its
 * headers replaced, and never returned: answers name the headers only.
 */
final class ConnectionRoutes {
  private static final String BASE = "/api/v1/connections";
  private static final String TAG = "connections";

  private final ConnectionService connections;

  ConnectionRoutes(ConnectionService connections) {
    this.connections = connections;
  }

  /** {@code POST /api/v1/connections}. */
  record Create(String name, String baseUrl, String description, Map<String, String> headers) {}

  /** {@code PUT /api/v1/connections/{name}/headers}. */
  record Headers(Map<String, String> headers) {}

  record ConnectionView(
      String name,
      String baseUrl,
      String description,
      List<String> headerNames,
      String createdAt,
      String createdBy,
      String updatedAt) {}

  List<ApiRoute> routes() {
    return List.of(
        ApiRoute.get(BASE, ApiScope.READ)
            .operationId("listConnections")
            .summary("Lists the HTTP connections of workflow http steps; header names only")
            .tag(TAG)
            .response(JsonSchemas.array(viewSchema()))
            .handle(this::list),
        ApiRoute.post(BASE, ApiScope.ADMIN)
            .operationId("createConnection")
            .summary("Stores a connection; its header values are encrypted and never shown again")
            .tag(TAG)
            .body(createSchema())
            .response(201, viewSchema())
            .handle(this::create),
        ApiRoute.get(BASE + "/{name}", ApiScope.READ)
            .operationId("getConnection")
            .summary("One connection; header names only")
            .tag(TAG)
            .pathParam("name", "Connection name")
            .response(viewSchema())
            .handle(this::get),
        ApiRoute.put(BASE + "/{name}/headers", ApiScope.ADMIN)
            .operationId("replaceConnectionHeaders")
            .summary("Replaces every header of a connection (new values encrypted, never shown)")
            .tag(TAG)
            .pathParam("name", "Connection name")
            .body(headersSchema())
            .response(viewSchema())
            .handle(this::replaceHeaders),
        ApiRoute.delete(BASE + "/{name}", ApiScope.ADMIN)
            .operationId("deleteConnection")
            .summary("Deletes a connection and its stored header values")
            .tag(TAG)
            .pathParam("name", "Connection name")
            .response(viewSchema())
            .handle(this::delete));
  }

  private Object list(ApiCall call) {
    return connections.list().stream().map(ConnectionRoutes::view).toList();
  }

  private Object create(ApiCall call) {
    Create body = call.body(Create.class);
    Connection created =
        connections.create(
            new NewConnection(
                body.name(), body.baseUrl(), secrets(body.headers()), body.description()),
            call.actor());
    return new ApiResponse(201, view(created));
  }

  private Object get(ApiCall call) {
    return view(connections.get(call.pathParam("name")));
  }

  private Object replaceHeaders(ApiCall call) {
    Headers body = call.body(Headers.class);
    return view(
        connections.replaceHeaders(call.pathParam("name"), secrets(body.headers()), call.actor()));
  }

  private Object delete(ApiCall call) {
    return view(connections.delete(call.pathParam("name"), call.actor()));
  }

  /** Header values as secrets; an empty one is left for core to name ("needs a value"). */
  private static Map<String, Secret> secrets(Map<String, String> headers) {
    Map<String, Secret> secrets = new LinkedHashMap<>();
    if (headers != null) {
      headers.forEach(
          (name, value) ->
              secrets.put(
                  name,
                  value == null || value.isBlank()
                      ? null
                      : SecretFields.of("headers." + name, value)));
    }
    return secrets;
  }

  private static ConnectionView view(Connection c) {
    return new ConnectionView(
        c.name(),
        c.baseUrl(),
        c.description().orElse(null),
        c.headerNames(),
        c.createdAt().toString(),
        c.createdBy(),
        c.updatedAt().toString());
  }

  private static ObjectNode viewSchema() {
    return JsonSchemas.object()
        .description("A stored HTTP connection; never its header values")
        .required("name", JsonSchemas.string("Lower-case words joined by dashes, e.g. connectwise"))
        .required(
            "base_url", JsonSchemas.string("Where requests go; a step's path is appended to it"))
        .optional("description", JsonSchemas.string("What the connection is for"))
        .required(
            "header_names",
            JsonSchemas.array("The headers sent with every request, by name", JsonSchemas.string()))
        .required("created_at", JsonSchemas.dateTime("When it was created"))
        .required("created_by", JsonSchemas.string("Who created it"))
        .required("updated_at", JsonSchemas.dateTime("When its headers last changed"))
        .build();
  }

  private static ObjectNode headerValues() {
    return JsonSchemas.mapOf(
        "Header name to value, e.g. {\"Authorization\": \"Basic …\", \"clientId\": \"…\"};"
            + " values are stored encrypted and never returned",
        JsonSchemas.string());
  }

  private static ObjectNode createSchema() {
    return JsonSchemas.object()
        .required(
            "name",
            JsonSchemas.string("1 to 64 lower-case letters and digits in words joined by dashes"))
        .required(
            "base_url",
            JsonSchemas.string("https URL (plain http only for localhost, 127.0.0.1 or [::1])"))
        .optional("description", JsonSchemas.string("What the connection is for"))
        .optional("headers", headerValues())
        .closed();
  }

  private static ObjectNode headersSchema() {
    return JsonSchemas.object()
        .required("headers", headerValues().put("description", "The new headers; {} for none"))
        .closed();
  }
}
