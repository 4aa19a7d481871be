package io.duoctl.core.settings;

/** A configuration cannot be deleted while organizations belong to it. */
public final class ConfigurationInUseException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  ConfigurationInUseException(String message) {
    super(message);
  }
}
