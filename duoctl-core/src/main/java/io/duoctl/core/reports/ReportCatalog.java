package io.duoctl.core.reports;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every report duoctl can run, by name, in the order given. Immutable and thread-safe. */
public final class ReportCatalog {

  private final Map<String, ReportDefinition<?>> reports;

  private ReportCatalog(Map<String, ReportDefinition<?>> reports) {
    this.reports = reports;
  }

  /**
   * A catalog of these reports.
   *
   * @throws IllegalArgumentException if two share a name
   */
  public static ReportCatalog of(Collection<? extends ReportDefinition<?>> definitions) {
    Map<String, ReportDefinition<?>> byName = new LinkedHashMap<>();
    for (ReportDefinition<?> report : definitions) {
      if (byName.put(report.name(), report) != null) {
        throw new IllegalArgumentException("duplicate report name " + report.name());
      }
    }
    return new ReportCatalog(java.util.Collections.unmodifiableMap(byName));
  }

  /** All reports, in catalog order. */
  public List<ReportDefinition<?>> list() {
    return List.copyOf(reports.values());
  }

  public Optional<ReportDefinition<?>> find(String name) {
    return Optional.ofNullable(reports.get(name));
  }

  /**
   * @throws UnknownReportException if there is none
   */
  public ReportDefinition<?> require(String name) {
    ReportDefinition<?> report = reports.get(name);
    if (report == null) {
      throw new UnknownReportException(name);
    }
    return report;
  }
}
