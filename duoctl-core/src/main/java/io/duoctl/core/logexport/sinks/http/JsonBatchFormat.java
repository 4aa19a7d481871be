package io.duoctl.core.logexport.sinks.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.duoctl.core.logexport.ExportedEvent;
import io.duoctl.core.logexport.ExportedEventJson;
import io.duoctl.core.secrets.Secret;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** A JSON array of exported events, posted to the URL as given. */
record JsonBatchFormat(JsonBatchSinkConfig config) implements BatchFormat {
  @Override
  public URI uri() {
    return URI.create(config.url());
  }

  @Override
  public String contentType() {
    return "application/json";
  }

  @Override
  public Optional<Secret> authorization() {
    return Optional.ofNullable(config.authorization());
  }

  @Override
  public byte[] body(List<ExportedEvent> batch) {
    ArrayNode array = JsonNodeFactory.instance.arrayNode(batch.size());
    batch.forEach(event -> array.add(ExportedEventJson.of(event)));
    return ExportedEventJson.write(array).getBytes(StandardCharsets.UTF_8);
  }
}
