package io.duoctl.core.orgs;

/**
 * Another organization of the same configuration already has this name (names compare
 * case-insensitively).
 */
public final class DuplicateOrganizationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  DuplicateOrganizationException(String message) {
    super(message);
  }
}
