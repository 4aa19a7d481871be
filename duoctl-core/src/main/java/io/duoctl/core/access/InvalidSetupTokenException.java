package io.duoctl.core.access;

/** The first-operator setup token presented is wrong, or setup was already completed. */
public final class InvalidSetupTokenException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  InvalidSetupTokenException(String message) {
    super(message);
  }
}
