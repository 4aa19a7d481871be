package io.duoctl.core.logexport.exports;

import java.util.List;

/**
 * An export and its progress per organization, log and sink.
 *
 * @param export the export (its sinks' secrets masked when shown through {@link SinkSpecs})
 * @param progress one row per organization, log and sink that has a checkpoint
 */
public record ExportStatus(LogExport export, List<SinkProgress> progress) {
  public ExportStatus {
    progress = List.copyOf(progress);
  }
}
