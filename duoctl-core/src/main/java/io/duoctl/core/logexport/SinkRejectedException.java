package io.duoctl.core.logexport;

/**
 * The receiver refused the batch for a reason a retry will not fix: a bad token, missing
 * permission, a mapping or format error. Needs a change of configuration (the message says which).
 */
public final class SinkRejectedException extends SinkException {
  private static final long serialVersionUID = 1L;

  /**
   * @param cause the underlying failure, or null
   */
  public SinkRejectedException(String sink, String message, Throwable cause) {
    super(sink, message, cause);
  }
}
