package io.duoctl.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.client.signing.Canonical;
import io.duoctl.client.signing.CanonicalRequest;
import io.duoctl.client.signing.DuoDates;
import io.duoctl.client.signing.HmacAlgorithm;
import io.duoctl.client.signing.SignatureVersion;
import io.duoctl.client.signing.Signatures;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A test-side Duo request: signed with the client's signing package like an official client, sent
 * with java.net.http to the emulator, with knobs to break exactly one thing.
 */
final class SignedCall {

  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final ObjectMapper JSON = new ObjectMapper();

  private final DuoEmulator duo;
  private final IntegrationKeys keys;
  private final String method;
  private final String path;
  private final Map<String, List<String>> params = new LinkedHashMap<>();
  private SignatureVersion version = SignatureVersion.V5;
  private HmacAlgorithm algorithm = HmacAlgorithm.SHA512;
  private String host;
  private String signedHost;
  private String date;
  private String dateHeader = "Date";
  private String secretKey;
  private final Map<String, String> xDuoHeaders = new TreeMap<>();
  private final Map<String, String> sentInsteadOfSigned = new LinkedHashMap<>();
  private boolean sign = true;
  private String authorization;
  private HttpClient client = HTTP;
  private String baseUrl;

  private SignedCall(DuoEmulator duo, IntegrationKeys keys, String method, String path) {
    this.duo = duo;
    this.keys = keys;
    this.method = method;
    this.path = path;
    this.host = keys == null ? "127.0.0.1:" + duo.port() : keys.apiHostname();
    this.secretKey = keys == null ? null : keys.secretKey();
    this.date = DuoDates.format(duo.clock().instant());
  }

  static SignedCall get(DuoEmulator duo, IntegrationKeys keys, String path) {
    return new SignedCall(duo, keys, "GET", path);
  }

  static SignedCall post(DuoEmulator duo, IntegrationKeys keys, String path) {
    return new SignedCall(duo, keys, "POST", path);
  }

  static SignedCall delete(DuoEmulator duo, IntegrationKeys keys, String path) {
    return new SignedCall(duo, keys, "DELETE", path);
  }

  SignedCall param(String key, String value) {
    params.computeIfAbsent(key, k -> new java.util.ArrayList<>()).add(value);
    return this;
  }

  SignedCall v2(HmacAlgorithm algorithm) {
    this.version = SignatureVersion.V2;
    this.algorithm = algorithm;
    return this;
  }

  SignedCall v4() {
    this.version = SignatureVersion.V4;
    return this;
  }

  /** Sends to this Host (and signs for it, unless {@link #signedFor} says otherwise). */
  SignedCall host(String host) {
    this.host = host;
    return this;
  }

  SignedCall signedFor(String host) {
    this.signedHost = host;
    return this;
  }

  SignedCall date(Instant instant) {
    this.date = DuoDates.format(instant);
    return this;
  }

  SignedCall rawDate(String text) {
    this.date = text;
    return this;
  }

  SignedCall dateInXDuoDate() {
    this.dateHeader = "X-Duo-Date";
    return this;
  }

  SignedCall withoutDate() {
    this.dateHeader = null;
    return this;
  }

  SignedCall secretKey(String secretKey) {
    this.secretKey = secretKey;
    return this;
  }

  SignedCall xDuoHeader(String name, String value) {
    xDuoHeaders.put(name, value);
    return this;
  }

  /** Signs the params as given but sends {@code key=value} instead. */
  SignedCall tamper(String key, String value) {
    sentInsteadOfSigned.put(key, value);
    return this;
  }

  SignedCall unsigned() {
    this.sign = false;
    return this;
  }

  SignedCall authorization(String header) {
    this.authorization = header;
    return this;
  }

  /** Sends with {@code client} to {@code baseUrl} (e.g. {@code https://api-x.duo.test}). */
  SignedCall via(HttpClient client, String baseUrl) {
    this.client = client;
    this.baseUrl = baseUrl;
    return this;
  }

  Reply send() {
    boolean bodyMethod = method.equals("POST") || method.equals("PUT");
    boolean json = bodyMethod && version.usesJsonBody();
    Map<String, List<String>> sent = new LinkedHashMap<>(params);
    sentInsteadOfSigned.forEach((k, v) -> sent.put(k, List.of(v)));
    byte[] signedBody = json ? jsonBody(params) : new byte[0];
    byte[] sentBody = json ? jsonBody(sent) : new byte[0];
    String sentForm = encode(sent);
    boolean form = bodyMethod && !json;
    if (form) {
      sentBody = sentForm.getBytes(StandardCharsets.UTF_8);
    }
    String query = bodyMethod ? "" : sentForm;
    HttpRequest.Builder request =
        HttpRequest.newBuilder(
                URI.create(duo.baseUrl() + path + (query.isEmpty() ? "" : "?" + query)))
            .header("Host", host)
            .method(method, HttpRequest.BodyPublishers.ofByteArray(sentBody));
    if (bodyMethod) {
      request.header(
          "Content-Type", json ? "application/json" : "application/x-www-form-urlencoded");
    }
    if (dateHeader != null) {
      request.header(dateHeader, date);
    }
    xDuoHeaders.forEach(request::header);
    if (authorization != null) {
      request.header("Authorization", authorization);
    } else if (sign) {
      CanonicalRequest canonical =
          new CanonicalRequest(
              version,
              date,
              method,
              signedHost == null ? host : signedHost,
              path,
              json ? Map.of() : params,
              signedBody,
              xDuoHeaders);
      String signature = Signatures.sign(algorithm, secretKey, canonical.text());
      request.header(
          "Authorization", Signatures.authorizationHeader(keys.integrationKey(), signature));
    }
    try {
      HttpResponse<byte[]> response =
          client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Reply(response.statusCode(), response.body(), response.headers().map());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static byte[] jsonBody(Map<String, List<String>> params) {
    ObjectNode body = JSON.createObjectNode();
    params.forEach((k, v) -> body.put(k, v.get(0)));
    return body.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Form encoding as Python's urlencode does it: {@code +} for spaces, caller's order. */
  private static String encode(Map<String, List<String>> params) {
    StringBuilder out = new StringBuilder();
    params.forEach(
        (k, values) -> {
          for (String v : values) {
            if (!out.isEmpty()) {
              out.append('&');
            }
            out.append(Canonical.percentEncode(k).replace("%20", "+"))
                .append('=')
                .append(Canonical.percentEncode(v).replace("%20", "+"));
          }
        });
    return out.toString();
  }

  /** What came back. */
  record Reply(int status, byte[] body, Map<String, List<String>> headers) {
    boolean hasHeader(String name) {
      return headers.keySet().stream().anyMatch(name::equalsIgnoreCase);
    }

    String contentType() {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase("content-type"))
          .flatMap(e -> e.getValue().stream())
          .findFirst()
          .orElse("");
    }

    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + new String(body, StandardCharsets.UTF_8), e);
      }
    }

    JsonNode response() {
      return json().get("response");
    }

    int code() {
      return json().path("code").asInt();
    }

    @Override
    public String toString() {
      return status + " " + new String(body, StandardCharsets.UTF_8);
    }
  }
}
