package io.duoctl.core.mapping;

/** An organization that must be reached through a Duo child account is not mapped to one. */
public final class OrganizationNotMappedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  OrganizationNotMappedException(String message) {
    super(message);
  }
}
