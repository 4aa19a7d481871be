package io.duoctl.client.testing;

import io.duoctl.client.signing.CanonicalRequest;
import io.duoctl.client.signing.HmacAlgorithm;
import io.duoctl.client.signing.SignatureVersion;
import io.duoctl.client.signing.Signatures;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Verifies a recorded request the way Duo does: rebuilds the canonical request from what arrived
 * (Date header, method, the host the client addressed, path, decoded query or form parameters, raw
 * body, X-Duo-* headers) and compares the HMAC with the Authorization header.
 */
public final class SignatureCheck {

  private SignatureCheck() {}

  /** The canonical text the server derives from {@code request}. */
  public static String canonical(RecordedRequest request, String host, SignatureVersion version) {
    Map<String, List<String>> params = new LinkedHashMap<>(request.queryParams());
    String contentType = request.header("content-type").orElse("");
    if (contentType.startsWith("application/x-www-form-urlencoded")) {
      params.putAll(request.formParams());
    }
    Map<String, String> xDuo = new LinkedHashMap<>();
    request
        .headers()
        .forEach(
            (name, values) -> {
              if (name.toLowerCase(Locale.ROOT).startsWith("x-duo-")) {
                xDuo.put(name, values.get(0));
              }
            });
    return new CanonicalRequest(
            version,
            request.header("date").orElseThrow(() -> new AssertionError("no Date header")),
            request.method(),
            host,
            request.path(),
            params,
            request.body(),
            xDuo)
        .text();
  }

  /** Whether the Authorization header carries {@code ikey} and the right signature. */
  public static boolean verifies(
      RecordedRequest request,
      String host,
      SignatureVersion version,
      HmacAlgorithm algorithm,
      String ikey,
      String skey) {
    String expected = Signatures.sign(algorithm, skey, canonical(request, host, version));
    return request
        .header("authorization")
        .flatMap(Signatures::parseAuthorization)
        .map(c -> c.integrationKey().equals(ikey) && Signatures.matches(expected, c.signature()))
        .orElse(false);
  }
}
