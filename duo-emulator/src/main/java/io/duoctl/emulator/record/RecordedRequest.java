package io.duoctl.emulator.record;

import io.duoctl.client.signing.Signatures;
import io.duoctl.emulator.http.Params;
import io.duoctl.emulator.http.RawRequest;
import io.duoctl.emulator.http.RequestParams;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A request the emulator received, for assertions. The {@code Authorization} header is kept: it
 * carries only the integration key and a signature, never the secret key.
 *
 * @param sequence the 1-based arrival number
 * @param receivedAt the emulator clock at arrival
 * @param raw the request exactly as received
 * @param status the status answered; 0 when the connection was dropped on purpose
 */
public record RecordedRequest(long sequence, Instant receivedAt, RawRequest raw, int status) {

  public RecordedRequest {
    Objects.requireNonNull(receivedAt, "receivedAt");
    Objects.requireNonNull(raw, "raw");
  }

  /** The HTTP method as sent. */
  public String method() {
    return raw.method();
  }

  /** The Host header. */
  public String host() {
    return raw.host();
  }

  /** The raw path. */
  public String path() {
    return raw.path();
  }

  /** The raw query, or null. */
  public String query() {
    return raw.query();
  }

  /** The headers by lower-case name. */
  public Map<String, List<String>> headers() {
    return raw.headers();
  }

  /** The body as UTF-8 text. */
  public String body() {
    return raw.bodyText();
  }

  /** The decoded query, form and JSON parameters, merged as the handlers see them. */
  public Params params() {
    return RequestParams.decode(raw);
  }

  /** The first value of a decoded parameter, or null. */
  public String param(String name) {
    return params().first(name).orElse(null);
  }

  /** The first value of a header by case-insensitive name, or null. */
  public String header(String name) {
    return raw.header(name);
  }

  /** The integration key from the Authorization header, or null. */
  public String integrationKey() {
    return Signatures.parseAuthorization(raw.header("authorization"))
        .map(Signatures.BasicCredentials::integrationKey)
        .orElse(null);
  }
}
