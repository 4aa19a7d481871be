package io.duoctl.core.logexport.exports;

import java.util.List;

/**
 * A page of an export's progress, worst first: failing sinks, then the largest lag.
 *
 * @param rows at most the page size of rows, from {@code offset}
 * @param total how many rows (organization × log × sink) the export has
 */
public record ProgressPage(LogExport export, List<SinkProgress> rows, int offset, int total) {
  public ProgressPage {
    rows = List.copyOf(rows);
  }
}
