package io.duoctl.emulator.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.client.signing.Canonical;
import io.duoctl.client.signing.CanonicalRequest;
import io.duoctl.client.signing.DuoDates;
import io.duoctl.client.signing.HmacAlgorithm;
import io.duoctl.client.signing.SignatureVersion;
import io.duoctl.client.signing.Signatures;
import io.duoctl.emulator.DuoEmulator;
import io.duoctl.emulator.IntegrationKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Signs Admin API requests with the client's signing package, as an official client does (v5 with
 * JSON bodies by default, v2 with form bodies on request), and sends them over real HTTP.
 */
final class AdminClient {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  static final ObjectMapper JSON = new ObjectMapper();

  private final DuoEmulator duo;
  private final IntegrationKeys keys;
  private final boolean v2Form;

  AdminClient(DuoEmulator duo, IntegrationKeys keys) {
    this(duo, keys, false);
  }

  private AdminClient(DuoEmulator duo, IntegrationKeys keys, boolean v2Form) {
    this.duo = duo;
    this.keys = keys;
    this.v2Form = v2Form;
  }

  /** The same keys, signing v2 with HMAC-SHA1 and sending form bodies (as PS and Rapid7 do). */
  AdminClient v2Form() {
    return new AdminClient(duo, keys, true);
  }

  Reply get(String path, String... keyValues) {
    return send("GET", path, keyValues);
  }

  Reply post(String path, String... keyValues) {
    return send("POST", path, keyValues);
  }

  Reply delete(String path, String... keyValues) {
    return send("DELETE", path, keyValues);
  }

  Reply send(String method, String path, String... keyValues) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      params.computeIfAbsent(keyValues[i], k -> new ArrayList<>()).add(keyValues[i + 1]);
    }
    boolean bodyMethod = method.equals("POST") || method.equals("PUT");
    boolean json = bodyMethod && !v2Form;
    String form = encode(params);
    byte[] body =
        json ? jsonBody(params) : bodyMethod ? form.getBytes(StandardCharsets.UTF_8) : new byte[0];
    String query = bodyMethod ? "" : form;
    String date = DuoDates.format(duo.clock().instant());
    SignatureVersion version = v2Form ? SignatureVersion.V2 : SignatureVersion.V5;
    CanonicalRequest canonical =
        new CanonicalRequest(
            version,
            date,
            method,
            keys.apiHostname(),
            path,
            json ? Map.of() : params,
            json ? body : new byte[0],
            Map.of());
    HmacAlgorithm algorithm = v2Form ? HmacAlgorithm.SHA1 : HmacAlgorithm.SHA512;
    String signature = Signatures.sign(algorithm, keys.secretKey(), canonical.text());
    HttpRequest.Builder request =
        HttpRequest.newBuilder(
                URI.create(duo.baseUrl() + path + (query.isEmpty() ? "" : "?" + query)))
            .header("Host", keys.apiHostname())
            .header("Date", date)
            .header(
                "Authorization", Signatures.authorizationHeader(keys.integrationKey(), signature))
            .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
    if (bodyMethod) {
      request.header(
          "Content-Type", json ? "application/json" : "application/x-www-form-urlencoded");
    }
    try {
      HttpResponse<byte[]> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Reply(response.statusCode(), JSON.readTree(response.body()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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

  private static String encode(Map<String, List<String>> params) {
    StringBuilder out = new StringBuilder();
    params.forEach(
        (k, values) -> {
          for (String v : values) {
            if (!out.isEmpty()) {
              out.append('&');
            }
            out.append(Canonical.percentEncode(k)).append('=').append(Canonical.percentEncode(v));
          }
        });
    return out.toString();
  }

  /** What came back. */
  record Reply(int status, JsonNode json) {
    JsonNode response() {
      return json.get("response");
    }

    JsonNode metadata() {
      return json.get("metadata");
    }

    int code() {
      return json.path("code").asInt();
    }

    String detail() {
      return json.path("message_detail").asText(null);
    }

    @Override
    public String toString() {
      return status + " " + json;
    }
  }
}
