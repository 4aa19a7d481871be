package io.duoctl.core.logexport.exports;

import io.duoctl.core.jobs.OrganizationSelection;
import java.util.List;
import java.util.Map;

/**
 * A request to create an export, as a front end received it; {@link LogExports#create} checks it
 * whole.
 *
 * @param name the export's name
 * @param configuration the configuration of its organizations, or null for the default
 * @param organizations which organizations, or null (an error naming {@code organizations})
 * @param logs log names: {@code authentication}, {@code administrator}, {@code telephony}, {@code
 *     activity}
 * @param from {@code now}, an ISO-8601 instant or {@code -30d}
 * @param sinks each sink's fields ({@link SinkSpecs}), secrets included
 */
public record NewLogExport(
    String name,
    String configuration,
    OrganizationSelection organizations,
    List<String> logs,
    String from,
    List<Map<String, String>> sinks) {

  public NewLogExport {
    logs = logs == null ? List.of() : List.copyOf(logs);
    sinks = sinks == null ? List.of() : List.copyOf(sinks);
  }
}
