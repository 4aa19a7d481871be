package io.duoctl.emulator.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.duoctl.client.signing.HmacAlgorithm;
import io.duoctl.emulator.DuoEmulator;
import io.duoctl.emulator.IntegrationKeys;
import io.duoctl.emulator.SignedCall;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Signs Admin API requests with the client's signing package, as an official client does (v5 with
 * JSON bodies by default, v2 with form bodies on request), and sends them over real HTTP through
 * {@link SignedCall}, form-encoding spaces as {@code %20}.
 */
final class AdminClient {

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
    SignedCall call = SignedCall.of(duo, keys, method, path).percentEncodedSpaces();
    for (int i = 0; i < keyValues.length; i += 2) {
      call.param(keyValues[i], keyValues[i + 1]);
    }
    if (v2Form) {
      call.v2(HmacAlgorithm.SHA1);
    }
    SignedCall.Reply reply = call.send();
    try {
      return new Reply(reply.status(), JSON.readTree(reply.body()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
