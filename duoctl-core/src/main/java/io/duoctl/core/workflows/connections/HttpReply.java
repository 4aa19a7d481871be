package io.duoctl.core.workflows.connections;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * What a connection's server answered.
 *
 * @param status the HTTP status
 * @param body the body as JSON (a JSON text node when it was not JSON; null node when empty)
 */
public record HttpReply(int status, JsonNode body) {
  public HttpReply {
    Objects.requireNonNull(body, "body");
  }

  public boolean ok() {
    return status >= 200 && status < 300;
  }
}
