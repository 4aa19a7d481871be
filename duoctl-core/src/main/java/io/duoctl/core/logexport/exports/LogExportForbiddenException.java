package io.duoctl.core.logexport.exports;

/** The caller's scope does not allow managing exports. */
public final class LogExportForbiddenException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public LogExportForbiddenException(String what) {
    super(what + " needs the admin scope; use an admin token or operator");
  }
}
