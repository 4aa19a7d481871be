package io.duoctl.core.secrets;

/** Secrets are stored but no master key was given, so they cannot be decrypted. */
public final class MissingMasterKeyException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  MissingMasterKeyException(String message) {
    super(message);
  }
}
