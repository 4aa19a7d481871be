package io.duoctl.core.mapping;

/** A Duo account is already mapped to another organization (mappings are one to one). */
public final class AccountAlreadyMappedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  AccountAlreadyMappedException(String message) {
    super(message);
  }
}
