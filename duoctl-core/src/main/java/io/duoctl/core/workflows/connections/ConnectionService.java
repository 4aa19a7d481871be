package io.duoctl.core.workflows.connections;

import io.duoctl.core.audit.AuditChange;
import io.duoctl.core.audit.AuditEvent;
import io.duoctl.core.audit.AuditLog;
import io.duoctl.core.audit.AuditSubject;
import io.duoctl.core.db.SqlTimes;
import io.duoctl.core.errors.FieldError;
import io.duoctl.core.secrets.Secret;
import io.duoctl.core.secrets.SecretRef;
import io.duoctl.core.secrets.SecretVault;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Stores the HTTP connections of workflow {@code http} steps: a base URL and the headers sent with
 * every request (a PSA's credentials). Header values are write-only: encrypted at rest by the
 * {@link SecretVault} (so a master key rotation re-encrypts them), never returned, and recorded in
 * the audit log only as set, replaced or removed. Thread-safe.
 */
public final class ConnectionService {
  static final String OWNER_KIND = "connection";

  /** What {@link StoredConnections} needs to send a request: the connection and its headers. */
  record Target(Connection connection, Map<String, Secret> headers) {}

  private final Jdbi jdbi;
  private final SecretVault vault;
  private final AuditLog audit;
  private final Clock clock;

  public ConnectionService(Jdbi jdbi, SecretVault vault, AuditLog audit, Clock clock) {
    this.jdbi = jdbi;
    this.vault = vault;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Stores a new connection, its header values encrypted.
   *
   * @throws InvalidConnectionException naming every rejected field at once
   * @throws DuplicateConnectionException if a connection has that name already
   */
  public Connection create(NewConnection connection, String actor) {
    List<FieldError> errors = new ArrayList<>();
    ConnectionRules.checkName(connection.name(), errors);
    String baseUrl = ConnectionRules.baseUrl(connection.baseUrl(), errors);
    Map<String, Secret> headers = ConnectionRules.headers(connection.headers(), errors);
    ConnectionRules.checkDescription(connection.description(), errors);
    if (!errors.isEmpty()) {
      throw new InvalidConnectionException(errors);
    }
    Instant now = SqlTimes.truncate(clock.instant());
    String description = connection.description();
    Connection stored =
        new Connection(
            connection.name(),
            baseUrl,
            List.copyOf(headers.keySet()),
            Optional.ofNullable(description == null || description.isBlank() ? null : description)
                .map(String::strip),
            now,
            actor,
            now);
    try {
      jdbi.useTransaction(
          handle -> {
            if (ConnectionStore.find(handle, stored.name()).isPresent()) {
              throw new DuplicateConnectionException(stored.name());
            }
            ConnectionStore.insert(handle, stored);
            putHeaders(handle, stored.name(), headers);
            List<AuditChange> changes = new ArrayList<>();
            changes.add(AuditChange.of("name", null, stored.name()));
            changes.add(AuditChange.of("base_url", null, stored.baseUrl()));
            stored
                .description()
                .ifPresent(text -> changes.add(AuditChange.of("description", null, text)));
            headers.keySet().forEach(name -> changes.add(headerChange(name, false, true)));
            record(handle, actor, stored.name(), "created", changes);
          });
    } catch (RuntimeException e) {
      if (nameTaken(e)) {
        throw new DuplicateConnectionException(stored.name());
      }
      throw e;
    }
    return stored;
  }

  /** Every connection, by name; header names only. */
  public List<Connection> list() {
    return jdbi.withHandle(ConnectionStore::all);
  }

  /**
   * The connection named {@code name}; header names only.
   *
   * @throws UnknownConnectionException if there is none
   */
  public Connection get(String name) {
    return jdbi.withHandle(handle -> find(handle, name));
  }

  /**
   * Replaces every header of the connection with {@code headers} (none: sends no header of its
   * own), their values encrypted.
   *
   * @throws UnknownConnectionException if there is no connection of that name
   * @throws InvalidConnectionException naming every rejected header at once
   */
  public Connection replaceHeaders(String name, Map<String, Secret> headers, String actor) {
    List<FieldError> errors = new ArrayList<>();
    Map<String, Secret> clean =
        ConnectionRules.headers(new LinkedHashMap<>(headers == null ? Map.of() : headers), errors);
    return jdbi.inTransaction(
        handle -> {
          Connection was = find(handle, name);
          if (!errors.isEmpty()) {
            throw new InvalidConnectionException(errors);
          }
          vault.deleteAll(handle, OWNER_KIND, name);
          putHeaders(handle, name, clean);
          ConnectionStore.replaceHeaderNames(
              handle, name, List.copyOf(clean.keySet()), SqlTimes.truncate(clock.instant()));
          Map<String, String> before = byKey(was.headerNames());
          Map<String, String> after = byKey(List.copyOf(clean.keySet()));
          List<AuditChange> changes = new ArrayList<>();
          before.forEach(
              (key, header) ->
                  changes.add(
                      headerChange(after.getOrDefault(key, header), true, after.containsKey(key))));
          after.forEach(
              (key, header) -> {
                if (!before.containsKey(key)) {
                  changes.add(headerChange(header, false, true));
                }
              });
          record(handle, actor, name, "headers-replaced", changes);
          return find(handle, name);
        });
  }

  /**
   * Deletes the connection and its stored header values; workflows that name it fail from now on
   * with {@link UnknownConnectionException}.
   *
   * @return the connection as it was
   * @throws UnknownConnectionException if there is none
   */
  public Connection delete(String name, String actor) {
    return jdbi.inTransaction(
        handle -> {
          Connection was = find(handle, name);
          vault.deleteAll(handle, OWNER_KIND, name);
          ConnectionStore.delete(handle, name);
          List<AuditChange> changes = new ArrayList<>();
          changes.add(AuditChange.of("base_url", was.baseUrl(), null));
          was.headerNames().forEach(header -> changes.add(headerChange(header, true, false)));
          record(handle, actor, name, "deleted", changes);
          return was;
        });
  }

  /** The connection with its header values decrypted, for sending one request. */
  Target target(String name) {
    return jdbi.withHandle(
        handle -> {
          Connection connection = find(handle, name);
          Map<String, Secret> values = vault.findAll(handle, OWNER_KIND, name);
          Map<String, Secret> headers = new LinkedHashMap<>();
          for (String header : connection.headerNames()) {
            Secret value = values.get(ConnectionRules.key(header));
            if (value != null) {
              headers.put(header, value);
            }
          }
          return new Target(connection, headers);
        });
  }

  private static Connection find(Handle handle, String name) {
    return ConnectionStore.find(handle, name)
        .orElseThrow(() -> new UnknownConnectionException(name));
  }

  private void putHeaders(Handle handle, String name, Map<String, Secret> headers) {
    headers.forEach(
        (header, value) ->
            vault.put(handle, new SecretRef(OWNER_KIND, name, ConnectionRules.key(header)), value));
  }

  private void record(
      Handle handle, String actor, String name, String action, List<AuditChange> changes) {
    audit.append(handle, new AuditEvent(actor, AuditSubject.CONNECTION, name, action, changes));
  }

  private static AuditChange headerChange(String header, boolean wasSet, boolean isSet) {
    return AuditChange.secret("headers." + header, wasSet, isSet);
  }

  private static Map<String, String> byKey(List<String> headerNames) {
    Map<String, String> byKey = new LinkedHashMap<>();
    headerNames.forEach(header -> byKey.put(ConnectionRules.key(header), header));
    return byKey;
  }

  @SuppressWarnings("ReferenceEquality") // a cause that is the exception itself ends the chain
  private static boolean nameTaken(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
        return true;
      }
      if (cause.getCause() == cause) {
        return false;
      }
    }
    return false;
  }
}
