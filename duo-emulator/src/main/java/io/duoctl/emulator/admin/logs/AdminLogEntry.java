package io.duoctl.emulator.admin.logs;

import java.time.Instant;
import java.util.Objects;

/**
 * One administrator log entry (admin-api.md §6.16).
 *
 * @param username who acted: an admin's name, {@code API (<integration name>)}, {@code System}
 * @param action e.g. {@code user_create}
 * @param object the object acted on (e.g. a username), or null
 * @param description a JSON-encoded string, as Duo sends it
 */
public record AdminLogEntry(
    Instant timestamp, String username, String action, String object, String description) {

  public AdminLogEntry {
    Objects.requireNonNull(timestamp, "timestamp");
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(description, "description");
  }
}
