package io.duoctl.core.logexport.exports;

import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.core.errors.FieldError;
import io.duoctl.core.logexport.ExportedEvent;
import io.duoctl.core.logexport.LogKind;
import io.duoctl.core.orgs.Organization;
import io.duoctl.core.orgs.OrganizationService;
import io.duoctl.core.vocabulary.WireNames;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One-off searches of an organization's Duo log, straight through the client with no checkpoint:
 * reads from a start up to now (Duo shows nothing younger than two minutes), keeps the events whose
 * fields match every filter, up to a limit. A filter {@code field=value} compares a field of Duo's
 * JSON (dots reach into objects, e.g. {@code access_device.ip}); on an object it compares its
 * {@code name} (so {@code user=alice} matches {@code user.name}). Thread-safe.
 */
public final class LogSearch {
  /** The most events one search returns. */
  public static final int MAX_LIMIT = 10_000;

  private final ExportSources sources;
  private final OrganizationService organizations;
  private final Clock clock;

  public LogSearch(ExportSources sources, OrganizationService organizations, Clock clock) {
    this.sources = sources;
    this.organizations = organizations;
    this.clock = clock;
  }

  /**
   * The matching events, oldest first.
   *
   * @param configuration the organization's configuration, or null for the default
   * @param organization its name or id
   * @param log a log's wire name
   * @param from {@code -1h}, {@code now}-style start ({@link ExportStart})
   * @throws InvalidLogExportException naming {@code log}, {@code from}, {@code filter} or {@code
   *     limit}
   */
  public List<ExportedEvent> search(
      String configuration,
      String organization,
      String log,
      String from,
      Map<String, String> filters,
      int limit) {
    Instant now = clock.instant();
    List<FieldError> errors = new ArrayList<>();
    LogKind kind = null;
    try {
      kind = WireNames.parse(LogKind.class, log, "log");
    } catch (RuntimeException e) {
      errors.add(new FieldError("log", "must be one of " + WireNames.listed(LogKind.class)));
    }
    Optional<Instant> start = ExportStart.tryParse(from, now);
    if (start.isEmpty()) {
      errors.add(new FieldError("from", ExportStart.problem(from, now)));
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      errors.add(new FieldError("limit", "must be from 1 to " + MAX_LIMIT + ", was " + limit));
    }
    filters.forEach(
        (field, value) -> {
          if (field.isBlank()) {
            errors.add(new FieldError("filter", "must be field=value, e.g. user=alice"));
          }
        });
    if (!errors.isEmpty()) {
      throw new InvalidLogExportException(errors);
    }
    Organization org = organizations.getByNameOrId(configuration, organization);
    ExportOrganization source = new ExportOrganization(org.id(), org.name());
    var logs = sources.logs(org.configurationName(), org.id());
    List<ExportedEvent> found = new ArrayList<>();
    String cursor = LogSource.start(kind, start.orElseThrow());
    while (found.size() < limit) {
      LogSource.Read read = LogSource.read(logs, kind, source, cursor, now);
      for (LogSource.Positioned p : read.events()) {
        if (found.size() < limit && matches(p.event().event(), filters)) {
          found.add(p.event());
        }
      }
      if (read.caughtUp() || read.events().isEmpty()) {
        break;
      }
      cursor = read.resume();
    }
    return found;
  }

  static boolean matches(JsonNode event, Map<String, String> filters) {
    for (Map.Entry<String, String> filter : filters.entrySet()) {
      JsonNode node = event;
      for (String part : filter.getKey().split("\\.")) {
        node = node == null ? null : node.get(part);
      }
      if (node != null && node.isObject()) {
        node = node.get("name");
      }
      if (node == null || !node.asText().equalsIgnoreCase(filter.getValue())) {
        return false;
      }
    }
    return true;
  }
}
