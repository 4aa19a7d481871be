package io.duoctl.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.client.DuoApiException;
import io.duoctl.client.http.DuoResponse;
import java.io.IOException;

/**
 * Reads Duo's error reply {@code {"stat":"FAIL","code":40002,"message":…,"message_detail":…}} into
 * the fitting {@link DuoApiException}. Tolerates bodies that are not JSON, codes sent as strings or
 * missing, and fields of the wrong type.
 */
final class ErrorReplies {

  private ErrorReplies() {}

  /** The exception for a non-2xx reply to {@code method path}. */
  static DuoApiException toException(DuoResponse response, String method, String path) {
    JsonNode root = parse(response.body());
    if (root == null || !root.isObject()) {
      String type = response.contentType().isEmpty() ? "no content type" : response.contentType();
      return DuoApiException.of(
          response.status(),
          null,
          "unexpected reply that is not Duo's JSON",
          type + ", " + response.body().length + " bytes",
          method,
          path);
    }
    return DuoApiException.of(
        response.status(),
        code(root.get("code")),
        text(root.get("message")),
        text(root.get("message_detail")),
        method,
        path);
  }

  private static JsonNode parse(byte[] body) {
    try {
      return Json.mapper().readTree(body);
    } catch (IOException notJson) {
      return null;
    }
  }

  private static Integer code(JsonNode code) {
    if (code == null) {
      return null;
    }
    if (code.isIntegralNumber() && code.canConvertToInt()) {
      return code.intValue();
    }
    String text = code.asText().trim();
    if (text.matches("\\d{1,9}")) {
      return Integer.parseInt(text);
    }
    return null;
  }

  private static String text(JsonNode value) {
    if (value == null || value.isNull()) {
      return null;
    }
    return value.isValueNode() ? value.asText() : value.toString();
  }
}
