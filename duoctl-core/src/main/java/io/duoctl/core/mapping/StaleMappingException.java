package io.duoctl.core.mapping;

/**
 * An organization is mapped to a Duo account that is no longer in the configuration's account list.
 */
public final class StaleMappingException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  StaleMappingException(String message) {
    super(message);
  }
}
