package io.duoctl.core.logexport.exports;

/** An export with this name exists already. */
public final class LogExportNameTakenException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public LogExportNameTakenException(String name) {
    super("a log export named " + name + " exists already; choose another name or delete it first");
  }
}
