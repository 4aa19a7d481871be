/**
 * Report runs written as table, CSV, JSON, JSONL or XLSX ({@link
 * io.duoctl.core.reports.output.ReportOutput}), in core so that the CLI and the REST API give the
 * same bytes. Every format starts each line with the organization and, for an organization that
 * could not be read, its error.
 */
package io.duoctl.core.reports.output;
