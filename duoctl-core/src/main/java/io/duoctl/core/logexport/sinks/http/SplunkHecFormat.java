package io.duoctl.core.logexport.sinks.http;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.core.logexport.ExportedEvent;
import io.duoctl.core.logexport.ExportedEventJson;
import io.duoctl.core.secrets.Secret;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Splunk HEC's event format: one JSON object per event, concatenated, each with {@code time} (epoch
 * seconds with up to six fraction digits), {@code host}, {@code source}, {@code sourcetype}, {@code
 * index} when set, and the exported event as {@code event}.
 */
record SplunkHecFormat(SplunkHecSinkConfig config, String localHost) implements BatchFormat {
  @Override
  public URI uri() {
    return URI.create(Urls.join(config.url(), "/services/collector/event"));
  }

  @Override
  public String contentType() {
    return "application/json";
  }

  @Override
  public Optional<Secret> authorization() {
    return Optional.of(Secret.of("Splunk " + config.token().reveal()));
  }

  @Override
  public byte[] body(List<ExportedEvent> batch) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(batch.size() * 800);
    for (ExportedEvent event : batch) {
      ObjectNode hec = JsonNodeFactory.instance.objectNode();
      hec.put("time", seconds(event));
      hec.put("host", config.host() != null ? config.host() : localHost);
      hec.put("source", config.source() != null ? config.source() : "duoctl");
      hec.put(
          "sourcetype",
          config.sourcetype() != null ? config.sourcetype() : "duoctl:" + event.log().wireName());
      if (config.index() != null) {
        hec.put("index", config.index());
      }
      hec.set("event", ExportedEventJson.of(event));
      out.writeBytes(ExportedEventJson.write(hec).getBytes(StandardCharsets.UTF_8));
      out.write('\n');
    }
    return out.toByteArray();
  }

  private static BigDecimal seconds(ExportedEvent event) {
    long micros = ChronoUnit.MICROS.between(Instant.EPOCH, event.timestamp());
    return BigDecimal.valueOf(micros, 6).stripTrailingZeros();
  }
}
