package io.duoctl.core.logexport.exports;

import io.duoctl.core.vocabulary.WireNames;

/** Whether an export runs. */
public enum ExportState {
  /** Servers export it. */
  RUNNING,
  /** Nobody exports it; its checkpoints stay, so starting it again resumes where it stopped. */
  STOPPED;

  /** {@code running} or {@code stopped}. */
  public String wireName() {
    return WireNames.of(this);
  }
}
