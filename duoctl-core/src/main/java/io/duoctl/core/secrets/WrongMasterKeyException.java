package io.duoctl.core.secrets;

/**
 * The master key given does not decrypt what is stored: it is not the key the data was encrypted
 * with.
 */
public final class WrongMasterKeyException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  WrongMasterKeyException(String message) {
    super(message);
  }
}
