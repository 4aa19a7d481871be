package io.duoctl.client.http;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A raw HTTP response from Duo, before the envelope is read.
 *
 * @param status the HTTP status
 * @param headers response headers, names lower-cased
 * @param body the body bytes
 */
public record DuoResponse(int status, Map<String, List<String>> headers, byte[] body) {

  public DuoResponse {
    headers = Map.copyOf(headers);
    body = body.clone();
  }

  @Override
  public byte[] body() {
    return body.clone();
  }

  /** The body itself, not a copy, for this package's readers (which never write to it). */
  byte[] bodyView() {
    return body;
  }

  /** The first value of a header, by case-insensitive name. */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** The media type without parameters, lower-cased, or empty. */
  public String contentType() {
    return header("content-type")
        .map(v -> v.split(";", 2)[0].trim().toLowerCase(Locale.ROOT))
        .orElse("");
  }

  @Override
  public String toString() {
    return "DuoResponse[" + status + ", " + body.length + " bytes]";
  }
}
