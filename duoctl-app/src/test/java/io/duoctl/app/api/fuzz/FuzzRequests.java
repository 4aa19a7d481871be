package io.duoctl.app.api.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates hostile requests for one route of the OpenAPI document, deterministically from a seeded
 * {@link Random}: a body derived from the operation's request schema, then mutated (wrong types,
 * nulls, huge numbers, deep nesting, 1 MB strings, invalid UTF-8, unknown and duplicate keys,
 * broken JSON), odd methods and content types, odd path segments and query values.
 */
final class FuzzRequests {

  /** One request as sent: what was done to it (for reports), method, target, headers, body. */
  record FuzzRequest(
      String mutation, String method, byte[] target, Map<String, String> headers, byte[] body) {
    String targetText() {
      String t = new String(target, StandardCharsets.ISO_8859_1);
      return t.length() > 120 ? t.substring(0, 120) + "…" : t;
    }
  }

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int ONE_MB = 1024 * 1024;

  private static final List<String> ODD_SEGMENTS =
      List.of(
          "%ZZ",
          "%00",
          "%ff",
          "a<b",
          "%3Cscript%3E",
          "..",
          "%2e%2e",
          "%2F",
          "a%5Cb",
          ";x=1",
          "%20",
          "%E2%80%AE",
          "%C3%A4",
          "%F0%9F%98%80",
          "%C0%AF",
          "x".repeat(5000),
          "x".repeat(70_000),
          "-1",
          "0",
          "99999999999999999999",
          "null",
          "users.list",
          "Acme",
          "default",
          "admin");
  private static final List<String> ODD_METHODS =
      List.of("BREW", "PROPFIND", "OPTIONS", "HEAD", "TRACE", "PATCH", "PUT", "DELETE", "get");
  private static final List<String> ODD_CONTENT_TYPES =
      List.of(
          "text/plain",
          "application/x-www-form-urlencoded",
          "multipart/form-data; boundary=xyz",
          "application/json; charset=iso-8859-1",
          "application/jsonx",
          "APPLICATION/JSON",
          "application/json;;;",
          "*/*",
          "");
  private static final List<String> ODD_QUERIES =
      List.of(
          "limit=-1",
          "limit=99999999999999999999",
          "offset=abc",
          "offset=-5",
          "configuration=%00",
          "configuration=nope",
          "configuration=",
          "refresh=maybe",
          "validate=perhaps",
          "from=yesterday",
          "to=2026-13-45T99:00:00Z",
          "format=xml",
          "mapped=sometimes",
          "tag=%ZZ",
          "name=" + "n".repeat(3000),
          "a=1&a=2&a=3");
  private static final List<String> MALFORMED =
      List.of(
          "{",
          "{\"a\":",
          "{'a': 1}",
          "{\"a\": NaN}",
          "{\"a\": 1} trailing",
          "{\"a\": 1}{\"b\": 2}",
          "/* c */ {}",
          "[]",
          "\"text\"",
          "42",
          "true",
          "null",
          "{\"a\": 01}",
          "{\"a\": .5}",
          "{\"a\": \"\\uZZZZ\"}",
          "{\"a\" 1}",
          "\uFEFF{}");

  private final Random random;
  private final JsonNode components;

  FuzzRequests(long seed, JsonNode document) {
    this.random = new Random(seed);
    this.components = document.path("components").path("schemas");
  }

  FuzzRequest next(OpenApiRoutes.Route route, String token) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Authorization", "Bearer " + token);
    String method = route.method();
    String path = route.samplePath();
    String query = sampleQuery(route);
    ObjectNode body = route.hasBody() ? (ObjectNode) sample(route.bodySchema(), 0) : null;
    byte[] bytes = body == null ? null : write(body);
    String mutation;
    int kind = random.nextInt(16);
    switch (kind) {
      case 0 -> mutation = "valid";
      case 1 -> {
        mutation = "wrong type";
        bytes = write(mutateField(body, this::wrongValue));
      }
      case 2 -> {
        mutation = "null";
        bytes =
            random.nextBoolean()
                ? "null".getBytes(StandardCharsets.UTF_8)
                : write(mutateField(body, n -> NODES.nullNode()));
      }
      case 3 -> {
        mutation = "huge number";
        bytes =
            rawField(
                body,
                pick(
                    List.of(
                        "1e400",
                        "-1e400",
                        "99999999999999999999",
                        "-0.0",
                        "1" + "0".repeat(1200),
                        "1.0000000000000000000001",
                        "2147483648",
                        "-2147483649")));
      }
      case 4 -> {
        mutation = "deep nesting";
        int depth = pick(List.of(999, 1001, 5000, 50_000));
        String deep =
            random.nextBoolean()
                ? "[".repeat(depth) + "]".repeat(depth)
                : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
        bytes = random.nextBoolean() ? deep.getBytes(StandardCharsets.UTF_8) : rawField(body, deep);
      }
      case 5 -> {
        mutation = "1 MB string";
        int length = ONE_MB - 200 + random.nextInt(400);
        bytes = rawField(body, "\"" + "x".repeat(length) + "\"");
      }
      case 6 -> {
        mutation = "invalid UTF-8";
        bytes = invalidUtf8(body);
      }
      case 7 -> {
        mutation = "unknown or duplicate key";
        bytes = unknownOrDuplicate(body);
      }
      case 8 -> {
        mutation = "odd method";
        method = pick(ODD_METHODS);
      }
      case 9 -> {
        mutation = "odd content type";
        String type = pick(ODD_CONTENT_TYPES);
        if (!type.isEmpty()) {
          headers.put("Content-Type", type);
        }
        if (bytes == null) {
          bytes = "{}".getBytes(StandardCharsets.UTF_8);
        }
      }
      case 10 -> {
        mutation = "odd path segment";
        path = route.path(name -> pick(ODD_SEGMENTS));
      }
      case 11 -> {
        mutation = "odd query";
        query = pick(ODD_QUERIES);
      }
      case 12 -> {
        mutation = "malformed JSON";
        bytes = pick(MALFORMED).getBytes(StandardCharsets.UTF_8);
      }
      case 13 -> {
        mutation = "empty body";
        bytes = pick(List.of("", " ", "\r\n", "{}")).getBytes(StandardCharsets.UTF_8);
      }
      case 14 -> {
        mutation = "odd token";
        headers.put(
            "Authorization",
            pick(
                List.of(
                    "Bearer",
                    "Bearer ",
                    "Basic abc",
                    "Bearer duoctl_x",
                    "bearer " + token,
                    "Bearer " + token + " x")));
      }
      default -> {
        mutation = "raw bytes in path";
        return new FuzzRequest(
            mutation,
            method,
            concat(
                path.getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC3, '(', (byte) 0xFF}),
            headers,
            bytes);
      }
    }
    if (bytes != null && !headers.containsKey("Content-Type") && kind != 9) {
      headers.put("Content-Type", "application/json");
    }
    String target = query.isEmpty() ? path : path + "?" + query;
    return new FuzzRequest(
        mutation, method, target.getBytes(StandardCharsets.UTF_8), headers, bytes);
  }

  private String sampleQuery(OpenApiRoutes.Route route) {
    List<String> pairs = new ArrayList<>();
    for (JsonNode p : route.parameters()) {
      if (p.path("in").asText().equals("query") && random.nextInt(3) == 0) {
        pairs.add(p.path("name").asText() + "=" + sampleText(resolve(p.path("schema"))));
      }
    }
    if (route.template().contains("configurations") && route.method().matches("PUT|PATCH")) {
      pairs.add("validate=false");
    }
    return String.join("&", pairs);
  }

  private String sampleText(JsonNode schema) {
    JsonNode value = sample(schema, 0);
    return value.isTextual() ? value.asText() : value.toString();
  }

  private JsonNode sample(JsonNode schema, int depth) {
    schema = resolve(schema);
    if (schema.has("enum")) {
      return schema.path("enum").get(random.nextInt(schema.path("enum").size()));
    }
    return switch (schema.path("type").asText("")) {
      case "string" ->
          NODES.textNode(
              schema.path("format").asText().equals("date-time")
                  ? "2026-11-28T21:00:00Z"
                  : pick(
                      List.of(
                          "Acme",
                          "Globex",
                          "fuzz-" + random.nextInt(1000),
                          "users.list",
                          "jdoe",
                          "")));
      case "integer" -> NODES.numberNode(schema.path("minimum").asLong(1));
      case "number" -> NODES.numberNode(0.5);
      case "boolean" -> NODES.booleanNode(random.nextBoolean());
      case "array" -> {
        ArrayNode list = NODES.arrayNode();
        if (depth < 4) {
          list.add(sample(schema.path("items"), depth + 1));
        }
        yield list;
      }
      case "object" -> {
        ObjectNode object = NODES.objectNode();
        JsonNode required = schema.path("required");
        for (var property : schema.path("properties").properties()) {
          boolean isRequired = false;
          for (JsonNode r : required) {
            isRequired |= r.asText().equals(property.getKey());
          }
          if (depth < 4 && (isRequired || random.nextBoolean())) {
            object.set(property.getKey(), sample(property.getValue(), depth + 1));
          }
        }
        if (schema.path("additionalProperties").isObject() && depth < 4) {
          object.set(
              "k" + random.nextInt(9), sample(schema.path("additionalProperties"), depth + 1));
        }
        yield object;
      }
      default -> NODES.textNode("x");
    };
  }

  private JsonNode resolve(JsonNode schema) {
    String ref = schema.path("$ref").asText("");
    if (ref.startsWith("#/components/schemas/")) {
      return components.path(ref.substring("#/components/schemas/".length()));
    }
    return schema;
  }

  private JsonNode wrongValue(JsonNode was) {
    List<JsonNode> options =
        List.of(
            NODES.numberNode(123),
            NODES.numberNode(1.5),
            NODES.booleanNode(true),
            NODES.textNode("123"),
            NODES.arrayNode().add(1).add("x"),
            NODES.objectNode().put("x", 1),
            NODES.arrayNode().addNull(),
            NODES.objectNode().putNull("x"));
    return options.get(random.nextInt(options.size()));
  }

  /** The body with one field (at any depth) replaced, or a new field when it has none. */
  private ObjectNode mutateField(ObjectNode body, java.util.function.UnaryOperator<JsonNode> how) {
    ObjectNode copy = body == null ? NODES.objectNode() : body.deepCopy();
    List<ObjectNode> holders = new ArrayList<>();
    collect(copy, holders);
    ObjectNode holder = holders.get(random.nextInt(holders.size()));
    List<String> names = new ArrayList<>();
    holder.fieldNames().forEachRemaining(names::add);
    String name = names.isEmpty() ? "name" : pick(names);
    holder.set(name, how.apply(holder.get(name)));
    return copy;
  }

  private static void collect(JsonNode node, List<ObjectNode> holders) {
    if (node.isObject()) {
      holders.add((ObjectNode) node);
    }
    node.forEach(child -> collect(child, holders));
  }

  /** The body with one top-level field set to raw JSON text (not checked). */
  private byte[] rawField(ObjectNode body, String rawValue) {
    ObjectNode copy = body == null ? NODES.objectNode() : body.deepCopy();
    List<String> names = new ArrayList<>();
    copy.fieldNames().forEachRemaining(names::add);
    String name = names.isEmpty() ? "name" : pick(names);
    copy.put(name, "\u0001MARK\u0001");
    String text = copy.toString().replace("\"\\u0001MARK\\u0001\"", rawValue);
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private byte[] invalidUtf8(ObjectNode body) {
    byte[] json = write(body == null ? NODES.objectNode().put("name", "MARK") : body);
    String text = new String(json, StandardCharsets.UTF_8);
    int quote = text.indexOf(":\"");
    byte[] bad =
        pick(
            List.of(
                new byte[] {(byte) 0xC3, '('},
                new byte[] {(byte) 0xFF},
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                new byte[] {(byte) 0xC0, (byte) 0xAF},
                new byte[] {0}));
    if (quote < 0) {
      return concat(bad, json);
    }
    byte[] head = text.substring(0, quote + 2).getBytes(StandardCharsets.UTF_8);
    byte[] tail = text.substring(quote + 2).getBytes(StandardCharsets.UTF_8);
    return concat(concat(head, bad), tail);
  }

  private byte[] unknownOrDuplicate(ObjectNode body) {
    ObjectNode copy = body == null ? NODES.objectNode() : body.deepCopy();
    if (random.nextBoolean() || copy.isEmpty()) {
      copy.put("colour_" + random.nextInt(5), "red");
      return write(copy);
    }
    String first = copy.fieldNames().next();
    String text = copy.toString();
    String dup = "{\"" + first + "\":" + copy.get(first) + "," + text.substring(1);
    return dup.getBytes(StandardCharsets.UTF_8);
  }

  private <T> T pick(List<T> options) {
    return options.get(random.nextInt(options.size()));
  }

  private static byte[] write(JsonNode node) {
    try {
      return JSON.writeValueAsBytes(node);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(a.length + b.length);
    out.writeBytes(a);
    out.writeBytes(b);
    return out.toByteArray();
  }
}
