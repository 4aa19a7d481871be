package io.duoctl.app;

/** duoctl cannot start: the database or the master key is unusable. The message says the fix. */
public final class AppStartException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  AppStartException(String message, Throwable cause) {
    super(message, cause);
  }
}
