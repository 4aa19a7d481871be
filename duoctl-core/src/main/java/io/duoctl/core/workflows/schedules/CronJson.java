package io.duoctl.core.workflows.schedules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.kagkarlsson.scheduler.serializer.Serializer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;

/**
 * Writes a schedule task's data ({@link Cron}) as JSON, {@code {"cron": …, "time_zone": …}},
 * instead of db-scheduler's default Java serialization: readable in the table, and nothing from the
 * database is ever deserialized as Java objects.
 */
final class CronJson implements Serializer {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public byte[] serialize(Object data) {
    if (data == null) {
      return null;
    }
    Cron cron = (Cron) data;
    try {
      return JSON.writeValueAsBytes(
          JSON.createObjectNode()
              .put(Cron.CRON, cron.expression())
              .put(Cron.TIME_ZONE, cron.zone().getId()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public <T> T deserialize(Class<T> clazz, byte[] serializedData) {
    if (serializedData == null) {
      return null;
    }
    try {
      JsonNode tree = JSON.readTree(serializedData);
      return clazz.cast(
          new Cron(tree.path(Cron.CRON).asText(), ZoneId.of(tree.path(Cron.TIME_ZONE).asText())));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
