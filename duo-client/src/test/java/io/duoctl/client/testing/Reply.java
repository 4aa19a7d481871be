package io.duoctl.client.testing;

import java.time.Duration;
import java.util.Map;

/**
 * A canned reply of the test server.
 *
 * @param status the HTTP status
 * @param headers extra response headers
 * @param body the body text
 * @param delay how long to wait before answering (to provoke client timeouts)
 */
public record Reply(int status, Map<String, String> headers, String body, Duration delay) {

  /** {@code {"stat":"OK","response":<responseJson>}}. */
  public static Reply ok(String responseJson) {
    return json(200, "{\"stat\":\"OK\",\"response\":" + responseJson + "}");
  }

  /** Duo's error envelope. */
  public static Reply fail(int status, int code, String message) {
    return json(
        status, "{\"stat\":\"FAIL\",\"code\":" + code + ",\"message\":\"" + message + "\"}");
  }

  public static Reply json(int status, String body) {
    return new Reply(status, Map.of("Content-Type", "application/json"), body, Duration.ZERO);
  }

  public static Reply text(int status, String contentType, String body) {
    return new Reply(status, Map.of("Content-Type", contentType), body, Duration.ZERO);
  }

  public Reply withHeader(String name, String value) {
    Map<String, String> all = new java.util.LinkedHashMap<>(headers);
    all.put(name, value);
    return new Reply(status, all, body, delay);
  }

  public Reply delayedBy(Duration wait) {
    return new Reply(status, headers, body, wait);
  }
}
