package io.duoctl.emulator.http;

import io.duoctl.client.signing.CanonicalRequest;
import io.duoctl.client.signing.DuoDates;
import io.duoctl.client.signing.HmacAlgorithm;
import io.duoctl.client.signing.SignatureVersion;
import io.duoctl.client.signing.Signatures;
import io.duoctl.client.signing.Signatures.BasicCredentials;
import io.duoctl.emulator.model.Integration;
import io.duoctl.emulator.model.World;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Checks a request's credentials the way Duo does (signing-auth-accounts.md §7, admin-api.md §7.1):
 * Basic header (40101), known integration key (40102), a date in {@code X-Duo-Date} or else {@code
 * Date} (40104 missing, 40105 unparsable or outside the skew window), then the HMAC under every
 * signature version the hex length allows (40103). Thread-safe.
 *
 * <p>The signed host may be the {@code Host} header as sent or, when that carries a port, the bare
 * hostname: Duo's clients sign the host they were given, and one told {@code host} plus a port
 * sends {@code Host: host:port}.
 */
final class RequestVerifier {

  private final World world;
  private final Duration skew;

  RequestVerifier(World world, Duration skew) {
    this.world = world;
    this.skew = Objects.requireNonNull(skew, "skew");
  }

  /** The integration whose keys signed the request. */
  Integration verify(RawRequest request, Params query, Params form) {
    BasicCredentials credentials =
        Signatures.parseAuthorization(request.header("authorization"))
            .orElseThrow(() -> new DuoError(401, 40101, "Missing request credentials", null));
    Integration integration =
        world
            .integration(credentials.integrationKey())
            .orElseThrow(RequestVerifier::unknownIntegration);
    String date = request.header("x-duo-date");
    if (date == null) {
      date = request.header("date");
    }
    if (date == null) {
      throw new DuoError(401, 40104, "Missing request timestamp", null);
    }
    Instant sent = DuoDates.parse(date).orElseThrow(RequestVerifier::badTimestamp);
    if (Duration.between(sent, world.now()).abs().compareTo(skew) > 0) {
      throw badTimestamp();
    }
    if (!signatureMatches(
        request, integration.secretKey(), credentials.signature(), date, query, form)) {
      throw new DuoError(401, 40103, "Invalid signature in request credentials", null);
    }
    return integration;
  }

  static DuoError unknownIntegration() {
    return new DuoError(401, 40102, "Invalid integration key in request credentials", null);
  }

  private static DuoError badTimestamp() {
    return new DuoError(401, 40105, "Bad request timestamp", null);
  }

  private static boolean signatureMatches(
      RawRequest request,
      String secretKey,
      String signature,
      String date,
      Params query,
      Params form) {
    for (String host : signedHosts(request)) {
      if (signatureMatches(request, host, secretKey, signature, date, query, form)) {
        return true;
      }
    }
    return false;
  }

  /** The {@code Host} header as sent and, when it names a port, the hostname without it. */
  private static List<String> signedHosts(RawRequest request) {
    String bare = request.hostname();
    return bare.equalsIgnoreCase(request.host())
        ? List.of(request.host())
        : List.of(request.host(), bare);
  }

  private static boolean signatureMatches(
      RawRequest request,
      String host,
      String secretKey,
      String signature,
      String date,
      Params query,
      Params form) {
    if (signature.length() == HmacAlgorithm.SHA1.hexLength()) {
      return matches(
          HmacAlgorithm.SHA1,
          secretKey,
          signature,
          canonical(SignatureVersion.V2, request, host, date, query.plus(form).asMap()));
    }
    if (signature.length() != HmacAlgorithm.SHA512.hexLength()) {
      return false;
    }
    Map<String, String> xDuo = xDuoHeaders(request);
    if (xDuo != null) {
      CanonicalRequest v5 =
          new CanonicalRequest(
              SignatureVersion.V5,
              date,
              request.method(),
              host,
              request.path(),
              query.asMap(),
              request.body(),
              xDuo);
      if (matches(HmacAlgorithm.SHA512, secretKey, signature, v5)) {
        return true;
      }
    }
    return matches(
            HmacAlgorithm.SHA512,
            secretKey,
            signature,
            canonical(SignatureVersion.V4, request, host, date, query.asMap()))
        || matches(
            HmacAlgorithm.SHA512,
            secretKey,
            signature,
            canonical(SignatureVersion.V2, request, host, date, query.plus(form).asMap()));
  }

  private static CanonicalRequest canonical(
      SignatureVersion version,
      RawRequest request,
      String host,
      String date,
      Map<String, List<String>> params) {
    return new CanonicalRequest(
        version, date, request.method(), host, request.path(), params, request.body(), Map.of());
  }

  private static boolean matches(
      HmacAlgorithm algorithm, String secretKey, String signature, CanonicalRequest canonical) {
    String text;
    try {
      text = canonical.text();
    } catch (IllegalArgumentException unusableHeaders) {
      return false;
    }
    return Signatures.matches(Signatures.sign(algorithm, secretKey, text), signature);
  }

  /** The X-Duo-* headers present, or null when one is repeated (which no signature can cover). */
  private static Map<String, String> xDuoHeaders(RawRequest request) {
    Map<String, String> headers = new HashMap<>();
    for (Map.Entry<String, List<String>> header : request.headers().entrySet()) {
      if (header.getKey().startsWith("x-duo-")) {
        if (header.getValue().size() != 1) {
          return null;
        }
        headers.put(header.getKey(), header.getValue().get(0));
      }
    }
    return headers;
  }
}
