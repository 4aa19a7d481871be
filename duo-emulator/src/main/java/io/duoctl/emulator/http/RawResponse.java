package io.duoctl.emulator.http;

import java.util.Objects;

/**
 * An HTTP answer ready to write.
 *
 * @param status the HTTP status
 * @param contentType the {@code Content-Type}
 * @param body the body bytes
 */
public record RawResponse(int status, String contentType, byte[] body) {

  public RawResponse {
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(body, "body");
  }

  @Override
  public String toString() {
    return "RawResponse[" + status + " " + contentType + " " + body.length + " bytes]";
  }
}
