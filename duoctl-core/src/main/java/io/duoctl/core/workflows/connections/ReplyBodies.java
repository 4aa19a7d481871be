package io.duoctl.core.workflows.connections;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;

/**
 * An answer's body as a workflow reads it: JSON when it is JSON (said so, or untyped and parsing),
 * else the text; nothing when empty.
 */
final class ReplyBodies {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private ReplyBodies() {}

  static JsonNode of(CappedBody.Bytes body, Optional<String> contentType, int cap) {
    if (body.cut()) {
      return JsonNodeFactory.instance.textNode(
          "the answer's body was over "
              + cap
              + " bytes; duoctl keeps none of it (ask the API for less, e.g. a page)");
    }
    if (body.bytes().length == 0) {
      return JsonNodeFactory.instance.nullNode();
    }
    String type = contentType.map(t -> t.toLowerCase(Locale.ROOT)).orElse("");
    boolean json = type.isEmpty() || isJson(type);
    if (json) {
      try {
        JsonNode parsed = JSON.readTree(body.bytes());
        return parsed.isMissingNode() ? JsonNodeFactory.instance.nullNode() : parsed;
      } catch (IOException notJson) {
        // shown as text below
      }
    }
    return JsonNodeFactory.instance.textNode(new String(body.bytes(), charset(type, json)));
  }

  private static boolean isJson(String type) {
    String media = type.split(";", 2)[0].strip();
    return media.equals("application/json") || media.endsWith("+json") || media.equals("text/json");
  }

  private static Charset charset(String type, boolean json) {
    int at = type.indexOf("charset=");
    if (json || at < 0) {
      return StandardCharsets.UTF_8;
    }
    String name = type.substring(at + "charset=".length()).split(";", 2)[0].strip();
    try {
      return Charset.forName(name.replace("\"", ""));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
      return StandardCharsets.UTF_8;
    }
  }
}
