package io.duoctl.core.settings;

/** No configuration has the requested name, or none exists yet when the default is asked for. */
public final class ConfigurationNotFoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  ConfigurationNotFoundException(String message) {
    super(message);
  }
}
