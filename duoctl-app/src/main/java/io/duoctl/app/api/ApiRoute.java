package io.duoctl.app.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.core.access.ApiScope;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One REST route: what the server registers (method, path, handler, the scope a token needs) and
 * everything the OpenAPI document says about it. Built with {@link #get}, {@link #post}, ... and
 * finished by {@link Builder#handle}; added to an {@link ApiRoutes}.
 *
 * @param method the HTTP method
 * @param path the path in Javalin's and OpenAPI's common syntax, e.g. {@code
 *     /api/v1/organizations/{id}}
 * @param scope the least scope a token needs
 * @param operationId unique, camelCase, e.g. {@code listOrganizations}
 * @param summary one line for people
 * @param description more detail, may be empty
 * @param tag the group in the document, e.g. {@code organizations}
 * @param parameters path and query parameters, every path parameter included
 * @param requestSchema the JSON Schema of the request body, or null when the route takes none
 * @param successStatus the status of a successful response, e.g. 200 or 201 (204: no body)
 * @param responseSchema the JSON Schema of the successful response body, or null for 204
 * @param outcomes other responses the route gives besides the errors every route may answer, each
 *     status at most once
 * @param handler the work
 * @param bodyMediaTypes the media types the request body may be sent as: {@code application/json}
 *     unless the route reads text ({@link Builder#textBody})
 * @param authentication how a request proves who sent it: a bearer token of {@code scope}, or its
 *     own signature, which the handler checks ({@link Builder#signed})
 */
public record ApiRoute(
    ApiMethod method,
    String path,
    ApiScope scope,
    String operationId,
    String summary,
    String description,
    String tag,
    List<ApiParameter> parameters,
    ObjectNode requestSchema,
    int successStatus,
    ObjectNode responseSchema,
    List<ApiOutcome> outcomes,
    ApiHandler handler,
    List<String> bodyMediaTypes,
    Authentication authentication) {
  /** The media type of JSON bodies, every route's unless it reads text. */
  public static final String JSON = "application/json";

  /** How a request to a route proves who sent it. */
  public enum Authentication {
    /** A bearer token whose scope includes the route's. */
    TOKEN,
    /**
     * No token: the request is signed by a secret it shares with duoctl (a webhook delivery), which
     * the handler checks; the route's scope is not used.
     */
    SIGNATURE
  }

  private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}/]+)}");

  public ApiRoute {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(operationId, "operationId");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(tag, "tag");
    Objects.requireNonNull(handler, "handler");
    Objects.requireNonNull(authentication, "authentication");
    parameters = List.copyOf(parameters);
    outcomes = List.copyOf(outcomes);
    bodyMediaTypes = List.copyOf(bodyMediaTypes);
    if (bodyMediaTypes.isEmpty()) {
      throw new IllegalArgumentException(operationId + ": a body needs a media type");
    }
    if (outcomes.stream().map(ApiOutcome::status).distinct().count() != outcomes.size()) {
      throw new IllegalArgumentException(operationId + ": an outcome status is given twice");
    }
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("path must start with /: " + path);
    }
    if ((successStatus == 204) != (responseSchema == null)) {
      throw new IllegalArgumentException(
          operationId + ": a response schema is needed exactly when the status is not 204");
    }
    Matcher m = PATH_PARAMETER.matcher(path);
    while (m.find()) {
      String name = m.group(1);
      if (parameters.stream()
          .noneMatch(p -> p.in() == ApiParameter.Location.PATH && p.name().equals(name))) {
        throw new IllegalArgumentException(
            operationId + ": path parameter {" + name + "} needs a description (pathParam)");
      }
    }
  }

  /**
   * A pattern for the request paths this route serves: its path with each {@code {parameter}} one
   * path segment.
   */
  public Pattern pathPattern() {
    StringBuilder regex = new StringBuilder();
    Matcher m = PATH_PARAMETER.matcher(path);
    int at = 0;
    while (m.find()) {
      regex.append(Pattern.quote(path.substring(at, m.start()))).append("[^/]+");
      at = m.end();
    }
    return Pattern.compile(regex.append(Pattern.quote(path.substring(at))).toString());
  }

  public static Builder get(String path, ApiScope scope) {
    return new Builder(ApiMethod.GET, path, scope);
  }

  public static Builder post(String path, ApiScope scope) {
    return new Builder(ApiMethod.POST, path, scope);
  }

  public static Builder put(String path, ApiScope scope) {
    return new Builder(ApiMethod.PUT, path, scope);
  }

  public static Builder patch(String path, ApiScope scope) {
    return new Builder(ApiMethod.PATCH, path, scope);
  }

  public static Builder delete(String path, ApiScope scope) {
    return new Builder(ApiMethod.DELETE, path, scope);
  }

  /** Builds a route; {@link #handle} finishes it. Not thread-safe. */
  public static final class Builder {
    private final ApiMethod method;
    private final String path;
    private final ApiScope scope;
    private String operationId;
    private String summary = "";
    private String description = "";
    private String tag = "default";
    private final List<ApiParameter> parameters = new ArrayList<>();
    private ObjectNode requestSchema;
    private int successStatus = 200;
    private ObjectNode responseSchema;
    private final List<ApiOutcome> outcomes = new ArrayList<>();
    private List<String> bodyMediaTypes = List.of(JSON);
    private Authentication authentication = Authentication.TOKEN;

    private Builder(ApiMethod method, String path, ApiScope scope) {
      this.method = method;
      this.path = path;
      this.scope = scope;
    }

    public Builder operationId(String value) {
      this.operationId = value;
      return this;
    }

    public Builder summary(String value) {
      this.summary = value;
      return this;
    }

    public Builder description(String value) {
      this.description = value;
      return this;
    }

    public Builder tag(String value) {
      this.tag = value;
      return this;
    }

    /** Describes the path parameter {@code {name}} (a string). */
    public Builder pathParam(String name, String description) {
      parameters.add(
          new ApiParameter(
              name, ApiParameter.Location.PATH, description, true, JsonSchemas.string()));
      return this;
    }

    /** Adds an optional query parameter. */
    public Builder query(String name, String description, ObjectNode schema) {
      parameters.add(
          new ApiParameter(name, ApiParameter.Location.QUERY, description, false, schema));
      return this;
    }

    /** The request body's JSON Schema (the body is then required). */
    public Builder body(ObjectNode schema) {
      this.requestSchema = schema;
      return this;
    }

    /**
     * A text body (required), read with {@link ApiCall#text()} and sent as one of {@code
     * mediaTypes}, e.g. a YAML document; {@code schema} describes it (a string).
     */
    public Builder textBody(ObjectNode schema, String... mediaTypes) {
      this.requestSchema = schema;
      this.bodyMediaTypes = List.of(mediaTypes);
      return this;
    }

    /** A 200 response with this body schema. */
    public Builder response(ObjectNode schema) {
      return response(200, schema);
    }

    /** A response with this status and body schema. */
    public Builder response(int status, ObjectNode schema) {
      this.successStatus = status;
      this.responseSchema = schema;
      return this;
    }

    /** A 204 response without a body. */
    public Builder noContent() {
      this.successStatus = 204;
      this.responseSchema = null;
      return this;
    }

    /** Documents another response with this status, e.g. a failed run's 422. */
    public Builder outcome(int status, String description, ObjectNode schema) {
      outcomes.add(new ApiOutcome(status, description, schema));
      return this;
    }

    /**
     * Takes no bearer token: the handler checks the request's own signature and answers 401 when it
     * fails. The server lets such requests past its token check for this method and path only.
     */
    public Builder signed() {
      this.authentication = Authentication.SIGNATURE;
      return this;
    }

    /** Finishes the route with its handler. */
    public ApiRoute handle(ApiHandler handler) {
      return new ApiRoute(
          method,
          path,
          scope,
          operationId,
          summary,
          description,
          tag,
          parameters,
          requestSchema,
          successStatus,
          responseSchema,
          outcomes,
          handler,
          bodyMediaTypes,
          authentication);
    }
  }
}
