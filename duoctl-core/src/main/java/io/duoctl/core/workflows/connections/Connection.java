package io.duoctl.core.workflows.connections;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A stored connection as anyone may see it: its headers' names, never their values.
 *
 * @param name lower-case words joined by dashes, such as {@code connectwise}
 * @param baseUrl where requests go, without a trailing slash; a step's path is appended to it
 * @param headerNames the names of the headers sent with every request, in the order given
 * @param description what the connection is for, if said
 */
public record Connection(
    String name,
    String baseUrl,
    List<String> headerNames,
    Optional<String> description,
    Instant createdAt,
    String createdBy,
    Instant updatedAt) {
  public Connection {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(baseUrl, "baseUrl");
    headerNames = List.copyOf(headerNames);
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(createdBy, "createdBy");
    Objects.requireNonNull(updatedAt, "updatedAt");
  }
}
