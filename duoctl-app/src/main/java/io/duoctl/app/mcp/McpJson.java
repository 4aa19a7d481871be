package io.duoctl.app.mcp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.duoctl.app.web.WebModules;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * JSON between duoctl and the SDK: duoctl's shapes as the REST API writes them (snake_case), and
 * the SDK's own messages with a plain mapper of their own.
 */
final class McpJson {

  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};
  private static final ObjectMapper VIEWS = WebModules.jsonMapper();

  private McpJson() {}

  /** The mapper the SDK writes its protocol messages with. */
  static McpJsonMapper protocol() {
    return new JacksonMcpJsonMapper(new ObjectMapper());
  }

  /** {@code value} (a REST view or a JSON tree) as the REST API writes it. */
  static JsonNode tree(Object value) {
    return VIEWS.valueToTree(value);
  }

  /** JSON text (as the REST API writes it) read back as a tree. */
  static JsonNode parse(byte[] json) throws IOException {
    return VIEWS.readTree(json);
  }

  /** {@code json}, an object, as the SDK takes one. */
  static Map<String, Object> map(JsonNode json) {
    return VIEWS.convertValue(json, MAP);
  }

  /** {@code value} as JSON text, as the REST API writes it. */
  static String text(Object value) {
    try {
      return VIEWS.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
