package io.duoctl.emulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Decodes the parameters of a request the way the pipeline merges them. Thread-safe. */
public final class RequestParams {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private RequestParams() {}

  /**
   * Query, form-body and top-level JSON-body parameters, merged in that order; malformed parts are
   * skipped (this is for inspection, not for validation).
   */
  public static Params decode(RawRequest request) {
    Params params = lenient(request.query());
    if (request.hasFormBody()) {
      params = params.plus(lenient(request.bodyText()));
    }
    if (request.hasJsonBody()) {
      try {
        params = params.plus(fromJson(MAPPER.readTree(request.body())));
      } catch (IOException malformed) {
        // inspection only: the pipeline answers 400 for it
      }
    }
    return params;
  }

  private static Params lenient(String text) {
    try {
      return Params.parseUrlEncoded(text);
    } catch (IllegalArgumentException malformed) {
      return Params.empty();
    }
  }

  /** Top-level JSON fields as parameters: strings as they are, other values as JSON text. */
  static Params fromJson(JsonNode json) {
    if (json == null || !json.isObject()) {
      return Params.empty();
    }
    Map<String, List<String>> out = new LinkedHashMap<>();
    json.properties()
        .forEach(
            field -> {
              JsonNode value = field.getValue();
              if (!value.isNull()) {
                String text = value.isValueNode() ? value.asText() : value.toString();
                out.computeIfAbsent(field.getKey(), k -> new ArrayList<>(1)).add(text);
              }
            });
    return Params.of(out);
  }
}
