package io.duoctl.app.console.logexports;

import io.duoctl.core.logexport.LogKind;
import io.duoctl.core.logexport.SinkConfig;
import io.duoctl.core.logexport.exports.ExportState;
import io.duoctl.core.logexport.exports.LogExport;
import io.duoctl.core.logexport.exports.SinkSpecs;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An export as the list and its page show it; its sinks' secrets show as {@value SinkSpecs#STORED}.
 *
 * @param sinks each sink as {@code kind name: field=value …}
 */
public record ExportLine(
    String name,
    String state,
    boolean running,
    String configuration,
    String organizations,
    String logs,
    String start,
    List<String> sinks,
    String createdBy) {

  public ExportLine {
    sinks = List.copyOf(sinks);
  }

  static ExportLine of(LogExport export) {
    return new ExportLine(
        export.name(),
        export.state().wireName(),
        export.state() == ExportState.RUNNING,
        export.configuration(),
        export.organizations().describe(),
        export.orderedLogs().stream().map(LogKind::wireName).collect(Collectors.joining(", ")),
        io.duoctl.app.console.UtcTimes.of(export.start()),
        export.sinks().stream().map(ExportLine::sink).toList(),
        export.createdBy());
  }

  private static String sink(SinkConfig sink) {
    Map<String, String> fields = SinkSpecs.toFields(sink, false);
    return sink.kind()
        + " "
        + sink.name()
        + ": "
        + fields.entrySet().stream()
            .filter(e -> !e.getKey().equals("kind") && !e.getKey().equals("name"))
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining(" "));
  }

  /** The export's page. */
  public String link() {
    return LogExportsController.PATH + "/" + name;
  }

  /** The status pill's class. */
  public String stateClass() {
    return running ? "ok" : "none";
  }
}
