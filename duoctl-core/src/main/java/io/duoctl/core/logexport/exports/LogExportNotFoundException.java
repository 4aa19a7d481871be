package io.duoctl.core.logexport.exports;

/** No export has the name asked for. */
public final class LogExportNotFoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public LogExportNotFoundException(String name) {
    super("no log export named " + name + "; list them with duoctl logs export list");
  }
}
