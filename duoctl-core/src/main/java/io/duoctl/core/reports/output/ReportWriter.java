package io.duoctl.core.reports.output;

import io.duoctl.core.reports.OrganizationReport;

/**
 * Writes one report run as its organizations come ({@link ReportOutput#open}); {@link #close()}
 * ends the document (the output stream stays open). Not thread-safe.
 *
 * @param <R> the row type
 */
public interface ReportWriter<R> extends AutoCloseable {

  /** Writes the organization's rows, or its error. */
  void write(OrganizationReport<R> organization);

  @Override
  void close();
}
