package io.duoctl.client.testing;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One request exactly as the test server received it.
 *
 * @param method the request method
 * @param target the request target as sent: a path with query, or an absolute URI via a proxy
 * @param headers header names lower-cased
 * @param body the body bytes
 */
public record RecordedRequest(
    String method, URI target, Map<String, List<String>> headers, byte[] body) {

  public String path() {
    return target.getRawPath();
  }

  /** The raw query, or empty string. */
  public String rawQuery() {
    return target.getRawQuery() == null ? "" : target.getRawQuery();
  }

  public Optional<String> header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** The decoded query parameters in wire order. */
  public Map<String, List<String>> queryParams() {
    return decodeForm(rawQuery());
  }

  /** The decoded form body parameters in wire order. */
  public Map<String, List<String>> formParams() {
    return decodeForm(bodyText());
  }

  static Map<String, List<String>> decodeForm(String encoded) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    if (encoded.isEmpty()) {
      return params;
    }
    for (String pair : encoded.split("&")) {
      int eq = pair.indexOf('=');
      String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value =
          eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      params.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }
    return params;
  }
}
