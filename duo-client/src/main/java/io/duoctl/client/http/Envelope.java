package io.duoctl.client.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * The {@code response} and {@code metadata} of a successful Duo reply ({@code "stat": "OK"}).
 * Metadata is read from the top level, or from inside {@code response} where the v2 logs and Trust
 * Monitor keep it; it is a {@link MissingNode} when absent.
 */
public record Envelope(JsonNode response, JsonNode metadata) {

  /** Reads an OK envelope's parts. */
  public static Envelope of(JsonNode root) {
    JsonNode response = root.path("response");
    JsonNode metadata = root.path("metadata");
    if (metadata.isMissingNode() && response.isObject()) {
      metadata = response.path("metadata");
    }
    return new Envelope(response, metadata);
  }
}
