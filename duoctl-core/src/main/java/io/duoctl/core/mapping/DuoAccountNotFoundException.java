package io.duoctl.core.mapping;

/** No Duo account with the given id is in the configuration's cached account list. */
public final class DuoAccountNotFoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  DuoAccountNotFoundException(String message) {
    super(message);
  }
}
