package io.duoctl.client.internal;

import io.duoctl.client.signing.CanonicalRequest;
import io.duoctl.client.signing.HmacAlgorithm;
import io.duoctl.client.signing.SignatureVersion;
import io.duoctl.client.signing.Signatures;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Signs an encoded call: the canonical request over exactly what is sent (params line from the
 * query or form body, body hash over the body bytes, the X-Duo-* headers under v5) and the headers
 * that carry the signature.
 */
record Signer(SignatureVersion version, HmacAlgorithm algorithm) {

  Signer {
    if (version != SignatureVersion.V2 && algorithm != HmacAlgorithm.SHA512) {
      throw new IllegalArgumentException(
          "signature version " + version + " is always HMAC-SHA512; only V2 may use " + algorithm);
    }
  }

  CanonicalRequest canonical(Call call, String date) {
    WireRequest wire = call.requireWire();
    return new CanonicalRequest(
        version,
        date,
        call.request().method().name(),
        call.target().host(),
        call.request().path(),
        wire.signedParams(),
        wire.body(),
        version == SignatureVersion.V5 ? call.request().xDuoHeaders() : Map.of());
  }

  /** {@code Date}, {@code Authorization} and the request's X-Duo-* headers. */
  Map<String, String> headers(Call call, String date) {
    String signature =
        Signatures.sign(algorithm, call.target().secretKey(), canonical(call, date).text());
    Map<String, String> headers = new LinkedHashMap<>(call.request().xDuoHeaders());
    headers.put("Date", date);
    headers.put(
        "Authorization", Signatures.authorizationHeader(call.target().integrationKey(), signature));
    return headers;
  }
}
