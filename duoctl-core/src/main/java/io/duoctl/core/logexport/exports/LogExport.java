package io.duoctl.core.logexport.exports;

import io.duoctl.core.jobs.OrganizationSelection;
import io.duoctl.core.logexport.LogKind;
import io.duoctl.core.logexport.SinkConfig;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A stored export: which organizations' logs go to which sinks, from when.
 *
 * @param name lower-case words joined by dashes, unique
 * @param configuration the configuration whose organizations these are, or null for the default
 * @param organizations which organizations (a list, a tag, or all)
 * @param logs the logs exported, in {@link LogKind} order
 * @param start the first moment exported, for organizations with no checkpoint yet
 * @param sinks where the events go; their secrets are revealed only to the engine
 * @param state whether it runs
 */
public record LogExport(
    String name,
    String configuration,
    OrganizationSelection organizations,
    Set<LogKind> logs,
    Instant start,
    List<SinkConfig> sinks,
    ExportState state,
    String createdBy,
    Instant createdAt) {

  public LogExport {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(organizations, "organizations");
    logs = Set.copyOf(logs);
    Objects.requireNonNull(start, "start");
    sinks = List.copyOf(sinks);
    Objects.requireNonNull(state, "state");
  }

  /** The logs in {@link LogKind} order. */
  public List<LogKind> orderedLogs() {
    return logs.stream().sorted().toList();
  }
}
