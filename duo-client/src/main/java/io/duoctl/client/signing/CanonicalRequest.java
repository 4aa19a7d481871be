package io.duoctl.client.signing;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One request in the shape Duo signs it.
 *
 * @param version the signature version
 * @param date exactly the string sent in {@code Date} or {@code X-Duo-Date}
 * @param method the HTTP method, any case
 * @param host the API hostname, any case, as the client addresses it
 * @param path the request path as sent on the wire, without the query
 * @param params the decoded parameters that belong on the params line: for v2 the query or form
 *     parameters, for v4/v5 the query parameters (empty for a JSON body)
 * @param body the exact body bytes sent (v4/v5 only; empty for none)
 * @param xDuoHeaders the {@code X-Duo-*} headers sent (v5 only)
 */
public record CanonicalRequest(
    SignatureVersion version,
    String date,
    String method,
    String host,
    String path,
    Map<String, List<String>> params,
    byte[] body,
    Map<String, String> xDuoHeaders) {

  public CanonicalRequest {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(path, "path");
    params = Map.copyOf(Objects.requireNonNull(params, "params"));
    body = body == null ? new byte[0] : body.clone();
    xDuoHeaders = xDuoHeaders == null ? Map.of() : Map.copyOf(xDuoHeaders);
  }

  @Override
  public byte[] body() {
    return body.clone();
  }

  /** The canonical string, lines joined with LF and no trailing newline. */
  public String text() {
    StringBuilder text =
        new StringBuilder(256)
            .append(date)
            .append('\n')
            .append(method.toUpperCase(Locale.ROOT))
            .append('\n')
            .append(host.toLowerCase(Locale.ROOT))
            .append('\n')
            .append(path)
            .append('\n')
            .append(Canonical.params(params));
    if (version != SignatureVersion.V2) {
      text.append('\n').append(Canonical.sha512Hex(body));
    }
    if (version == SignatureVersion.V5) {
      text.append('\n').append(Canonical.xDuoHeadersHash(xDuoHeaders));
    }
    return text.toString();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CanonicalRequest that && text().equals(that.text());
  }

  @Override
  public int hashCode() {
    return text().hashCode();
  }

  @Override
  public String toString() {
    return "CanonicalRequest[" + version + " " + method + " " + host + path + "]";
  }
}
