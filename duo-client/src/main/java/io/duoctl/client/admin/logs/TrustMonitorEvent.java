package io.duoctl.client.admin.logs;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.client.internal.Copies;
import java.util.Map;

/**
 * One Trust Monitor event. Any may be null; explanations, priority reasons and the other
 * type-specific fields are in {@code extra}.
 *
 * @param sekey the event key ({@code SE…})
 * @param type {@code auth}, {@code bypass_status} or {@code device_registration}
 * @param state e.g. {@code new}
 * @param surfacedTimestamp when Duo surfaced it, Unix milliseconds
 * @param stateUpdatedTimestamp when its state last changed, Unix milliseconds
 * @param priorityEvent whether Duo marked it as priority
 * @param triagedAsInteresting whether an administrator marked it as interesting
 * @param surfacedAuth the authentication behind an {@code auth} event
 * @param extra every other field Duo sent
 */
public record TrustMonitorEvent(
    String sekey,
    String type,
    String state,
    Long surfacedTimestamp,
    Long stateUpdatedTimestamp,
    Boolean priorityEvent,
    Boolean triagedAsInteresting,
    AuthLogEntry surfacedAuth,
    @JsonAnySetter Map<String, JsonNode> extra) {

  public TrustMonitorEvent {
    extra = Copies.map(extra);
  }
}
