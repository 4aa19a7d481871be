package io.duoctl.app.api.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.app.api.ApiParameter;
import io.duoctl.app.api.ApiRoute;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Renders the OpenAPI 3.1 document of the REST API from the very routes the server registers, so
 * the two cannot drift: every {@link ApiRoute} is one operation with its scope, parameters and body
 * schemas. Schemas that carry a {@code title} become named components and are referenced. Stateless
 * and thread-safe.
 */
public final class OpenApiDocument {

  /** The OpenAPI version of the document. */
  public static final String OPENAPI_VERSION = "3.1.0";

  /** The security scheme every operation names. */
  public static final String SECURITY_SCHEME = "bearerAuth";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final String version;

  /**
   * @param version duoctl's version, for {@code info.version}
   */
  public OpenApiDocument(String version) {
    this.version = version;
  }

  /**
   * The document for {@code routes}.
   *
   * @throws IllegalArgumentException if two routes share an operationId or a method and path, or
   *     two different schemas share a title
   */
  public ObjectNode render(List<ApiRoute> routes) {
    ObjectNode doc = NODES.objectNode().put("openapi", OPENAPI_VERSION);
    doc.set("info", info());
    doc.put("jsonSchemaDialect", "https://spec.openapis.org/oas/3.1/dialect/base");
    ObjectNode paths = doc.putObject("paths");
    Components components = new Components();
    Set<String> operationIds = new HashSet<>();
    Set<String> tags = new TreeSet<>();
    for (ApiRoute route : routes) {
      if (!operationIds.add(route.operationId())) {
        throw new IllegalArgumentException("operationId " + route.operationId() + " is used twice");
      }
      ObjectNode path =
          paths.has(route.path())
              ? (ObjectNode) paths.get(route.path())
              : paths.putObject(route.path());
      String method = route.method().openApiKey();
      if (path.has(method)) {
        throw new IllegalArgumentException("two routes for " + route.method() + " " + route.path());
      }
      path.set(method, Operations.of(route, components));
      tags.add(route.tag());
    }
    ArrayNode tagList = doc.putArray("tags");
    tags.forEach(tag -> tagList.addObject().put("name", tag));
    ObjectNode componentsNode = doc.putObject("components");
    componentsNode.set("schemas", components.schemas());
    componentsNode.putObject("securitySchemes").set(SECURITY_SCHEME, securityScheme());
    doc.putArray("security").addObject().putArray(SECURITY_SCHEME);
    return doc;
  }

  private ObjectNode info() {
    return NODES
        .objectNode()
        .put("title", "duoctl REST API")
        .put("version", version)
        .put(
            "description",
            "Automates Cisco Duo chores across an MSP's customer organizations: settings,"
                + " organizations and their mapping to Duo accounts, the action catalog, running"
                + " an action for one organization and fan-out jobs over many, and the audit"
                + " log. Every operation but a webhook's delivery (which is signed instead) needs"
                + " an API token (duoctl tokens create) sent as 'Authorization: Bearer <token>';"
                + " the scopes are read < run < admin.");
  }

  private static ObjectNode securityScheme() {
    return NODES
        .objectNode()
        .put("type", "http")
        .put("scheme", "bearer")
        .put(
            "description",
            "A duoctl API token. Each operation lists the least scope it needs (read, run or"
                + " admin); a higher scope includes the lower ones.");
  }

  /** Named schemas, collected while operations are rendered. */
  static final class Components {
    private final ObjectNode schemas = NODES.objectNode();

    /** {@code schema} with every titled schema inside it (itself included) made a reference. */
    JsonNode hoist(JsonNode schema) {
      if (schema instanceof ObjectNode object) {
        ObjectNode copy = NODES.objectNode();
        object.properties().forEach(e -> copy.set(e.getKey(), hoist(e.getValue())));
        JsonNode title = copy.get("title");
        if (title != null && title.isTextual()) {
          return reference(title.asText(), copy);
        }
        return copy;
      }
      if (schema != null && schema.isArray()) {
        ArrayNode copy = NODES.arrayNode();
        schema.forEach(item -> copy.add(hoist(item)));
        return copy;
      }
      return schema;
    }

    private ObjectNode reference(String title, ObjectNode schema) {
      JsonNode known = schemas.get(title);
      if (known != null && !known.equals(schema)) {
        throw new IllegalArgumentException("two different schemas are titled " + title);
      }
      schemas.set(title, schema);
      return NODES.objectNode().put("$ref", "#/components/schemas/" + title);
    }

    ObjectNode schemas() {
      return schemas;
    }
  }

  /** Whether the route has a parameter that can be malformed or a body. */
  static boolean takesInput(ApiRoute route) {
    return route.requestSchema() != null
        || route.parameters().stream().anyMatch(p -> p.in() == ApiParameter.Location.QUERY);
  }
}
