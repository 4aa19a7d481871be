package io.duoctl.app.console.logexports;

import io.duoctl.app.console.Frame;

/**
 * One export's page: what it sends where, start/stop, and its progress table.
 *
 * @param canManage whether the operator may start and stop it
 * @param changed what was just done ("started", "stopped"), or null
 */
public record ExportView(
    Frame frame, ExportLine export, ProgressView progress, boolean canManage, String changed) {

  /** Where the start or stop form posts. */
  public String action(String verb) {
    return export.link() + "/" + verb;
  }
}
