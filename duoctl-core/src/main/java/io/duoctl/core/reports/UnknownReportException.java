package io.duoctl.core.reports;

/** No report in the catalog has the requested name. */
public final class UnknownReportException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UnknownReportException(String name) {
    super("no report " + name + "; `duoctl reports list` shows the catalog");
  }
}
