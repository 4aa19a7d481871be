package io.duoctl.core.logexport;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Objects;

/**
 * One entry of an organization's Duo log on its way to the sinks.
 *
 * @param organizationId duoctl's id of the organization
 * @param organizationName the organization's name when the event was read
 * @param log the log the entry comes from
 * @param key the entry's stable identity: Duo's {@code txid} or the entry's own id, or a hash of
 *     the entry where Duo gives none. Unique per log across every organization (a hash must cover
 *     the organization id), because sinks that overwrite by identity (Elasticsearch {@code _id})
 *     use it alone
 * @param timestamp when the event happened, as Duo reports it
 * @param event the entry exactly as Duo sent it
 */
public record ExportedEvent(
    String organizationId,
    String organizationName,
    LogKind log,
    String key,
    Instant timestamp,
    JsonNode event) {
  public ExportedEvent {
    requireText(organizationId, "organizationId");
    requireText(organizationName, "organizationName");
    Objects.requireNonNull(log, "log");
    requireText(key, "key");
    Objects.requireNonNull(timestamp, "timestamp");
    Objects.requireNonNull(event, "event");
  }

  private static void requireText(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
  }
}
