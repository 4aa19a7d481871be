package io.duoctl.app.api;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * A response body written as it is made, e.g. rows of a running job as they come: returned by a
 * handler, its status and content type are sent first, then whatever {@code body} writes, each
 * flush reaching the client at once. An error while writing ends the response early.
 *
 * @param contentType the media type, e.g. {@code application/x-ndjson}
 * @param body writes the body
 */
public record ApiStream(String contentType, Body body) {
  public ApiStream {
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(body, "body");
  }

  /** Writes a streamed body. */
  @FunctionalInterface
  public interface Body {
    void writeTo(OutputStream out) throws IOException, InterruptedException;
  }
}
