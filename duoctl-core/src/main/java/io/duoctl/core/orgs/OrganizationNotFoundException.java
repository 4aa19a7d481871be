package io.duoctl.core.orgs;

/** No organization has the given id or name. */
public final class OrganizationNotFoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  OrganizationNotFoundException(String message) {
    super(message);
  }
}
