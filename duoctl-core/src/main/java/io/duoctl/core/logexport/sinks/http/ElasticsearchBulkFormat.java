package io.duoctl.core.logexport.sinks.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.core.logexport.ExportedEvent;
import io.duoctl.core.logexport.ExportedEventJson;
import io.duoctl.core.secrets.Secret;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Elasticsearch's bulk NDJSON: per event an {@code {"index":{"_index":…,"_id":KEY}}} line and the
 * exported event. A 2xx answer acknowledges the batch only when {@code errors} is false; otherwise
 * items refused with 429 or 5xx make the batch retryable, any other refused item rejects it.
 */
record ElasticsearchBulkFormat(ElasticsearchSinkConfig config) implements BatchFormat {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public URI uri() {
    return URI.create(Urls.join(config.url(), "/_bulk"));
  }

  @Override
  public String contentType() {
    return "application/x-ndjson";
  }

  @Override
  public Optional<Secret> authorization() {
    return Optional.ofNullable(config.apiKey()).map(key -> Secret.of("ApiKey " + key.reveal()));
  }

  @Override
  public byte[] body(List<ExportedEvent> batch) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(batch.size() * 900);
    for (ExportedEvent event : batch) {
      ObjectNode action = JSON.createObjectNode();
      action
          .putObject("index")
          .put("_index", config.index().replace("{log}", event.log().wireName()))
          .put("_id", event.key());
      out.writeBytes(ExportedEventJson.write(action).getBytes(StandardCharsets.UTF_8));
      out.write('\n');
      out.writeBytes(ExportedEventJson.bytes(event));
      out.write('\n');
    }
    return out.toByteArray();
  }

  @Override
  public Optional<Refusal> refusal(String answer) {
    JsonNode bulk;
    try {
      bulk = JSON.readTree(answer);
    } catch (IOException e) {
      return Optional.of(
          new Refusal(
              true, "the bulk answer is not JSON; check that url is an Elasticsearch cluster"));
    }
    if (bulk == null || !bulk.path("errors").isBoolean()) {
      return Optional.of(
          new Refusal(
              false,
              "the answer has no \"errors\" field; check that url is an Elasticsearch cluster"));
    }
    if (!bulk.path("errors").asBoolean()) {
      return Optional.empty();
    }
    int failed = 0;
    boolean retryable = true;
    JsonNode first = null;
    for (JsonNode item : bulk.path("items")) {
      JsonNode result = item.elements().hasNext() ? item.elements().next() : item;
      int status = result.path("status").asInt(0);
      if (status < 200 || status >= 300) {
        failed++;
        boolean passing = status == 429 || status >= 500;
        if (first == null || (retryable && !passing)) {
          first = result;
        }
        retryable &= passing;
      }
    }
    String example =
        first == null
            ? "no item says why"
            : "e.g. _id "
                + first.path("_id").asText()
                + ": "
                + first.path("status").asInt()
                + " "
                + first.at("/error/type").asText()
                + " "
                + first.at("/error/reason").asText();
    return Optional.of(
        new Refusal(
            retryable,
            "Elasticsearch refused "
                + failed
                + " of the batch's events ("
                + example
                + ")"
                + (retryable ? "" : "; check the index mapping of " + config.index())));
  }
}
