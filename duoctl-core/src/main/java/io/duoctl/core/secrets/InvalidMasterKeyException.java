package io.duoctl.core.secrets;

/** A master key value is malformed (not base64 of 32 bytes, unreadable key file). */
public final class InvalidMasterKeyException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  InvalidMasterKeyException(String message) {
    super(message);
  }
}
