package io.duoctl.core.mapping;

/** An organization's access mode gives it no keys for the API asked for. */
public final class MissingApiKeysException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  MissingApiKeysException(String message) {
    super(message);
  }
}
