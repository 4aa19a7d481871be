package io.duoctl.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.client.ConflictingParameterException;
import io.duoctl.client.http.DuoRequest;
import io.duoctl.client.http.DuoResponse;
import io.duoctl.client.http.HttpMethod;
import io.duoctl.client.signing.Canonical;
import io.duoctl.client.signing.SignatureVersion;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides where parameters travel, as Duo's clients do: the query for GET and DELETE; for POST, PUT
 * and PATCH a sorted compact JSON object under v4/v5 (single values as strings, repeated values as
 * arrays; merged into the request's explicit JSON body when it has one) or a form body under v2.
 * The query and form body are the canonical parameter string itself. A parameter never replaces a
 * field of the explicit JSON body: a name in both is refused.
 */
final class EncodingInterceptor implements Interceptor {

  static final String JSON = "application/json";
  static final String FORM = "application/x-www-form-urlencoded";

  private final SignatureVersion version;

  EncodingInterceptor(SignatureVersion version) {
    this.version = version;
  }

  @Override
  public DuoResponse intercept(Chain chain) {
    Call call = chain.call();
    return chain.proceed(call.withWire(encode(call.request())));
  }

  WireRequest encode(DuoRequest request) {
    Map<String, List<String>> params = request.params().asMap();
    HttpMethod method = request.method();
    if (request.jsonBody().isPresent()) {
      requireJsonAllowed(request);
    }
    if (!method.carriesBody()) {
      String query = Canonical.params(params);
      return request
          .jsonBody()
          .map(body -> new WireRequest(query, PythonJson.write(body), Optional.of(JSON), params))
          .orElseGet(() -> new WireRequest(query, new byte[0], Optional.empty(), params));
    }
    if (version.usesJsonBody()) {
      ObjectNode body = objectBody(request);
      params.forEach(
          (name, values) -> {
            if (body.has(name)) {
              throw new ConflictingParameterException(
                  name,
                  "parameter "
                      + name
                      + " of "
                      + request
                      + " is also a field of its jsonBody; give it once, in one of them");
            }
            body.set(name, jsonValue(values));
          });
      return new WireRequest("", PythonJson.write(body), Optional.of(JSON), Map.of());
    }
    byte[] form = Canonical.params(params).getBytes(StandardCharsets.US_ASCII);
    return new WireRequest("", form, Optional.of(FORM), params);
  }

  private void requireJsonAllowed(DuoRequest request) {
    if (!version.usesJsonBody()) {
      throw new IllegalArgumentException(
          "jsonBody of "
              + request
              + " needs signature version 5; this client signs with "
              + version
              + " (use params instead)");
    }
    if (request.method() == HttpMethod.GET) {
      throw new IllegalArgumentException("jsonBody of " + request + ": a GET has no body");
    }
  }

  private static ObjectNode objectBody(DuoRequest request) {
    Optional<JsonNode> explicit = request.jsonBody();
    if (explicit.isEmpty()) {
      return JsonNodeFactory.instance.objectNode();
    }
    if (!explicit.get().isObject()) {
      throw new IllegalArgumentException(
          "jsonBody of " + request + " must be a JSON object to carry the parameters");
    }
    return explicit.get().deepCopy();
  }

  private static JsonNode jsonValue(List<String> values) {
    if (values.size() == 1) {
      return JsonNodeFactory.instance.textNode(values.get(0));
    }
    ArrayNode array = JsonNodeFactory.instance.arrayNode(values.size());
    values.forEach(array::add);
    return array;
  }
}
