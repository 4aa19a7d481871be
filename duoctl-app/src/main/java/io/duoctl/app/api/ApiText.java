package io.duoctl.app.api;

import java.util.Objects;

/**
 * A response body that is not JSON, e.g. {@code text/csv}, returned by a handler (alone, or as the
 * body of an {@link ApiResponse}) and written as it is.
 *
 * @param contentType the media type, e.g. {@code text/csv; charset=utf-8}
 * @param text the body
 */
public record ApiText(String contentType, String text) {
  public ApiText {
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(text, "text");
  }
}
