package io.duoctl.core.actions;

/**
 * An organization cannot be reached: unknown ({@link ErrorCode#UNKNOWN_ORGANIZATION}), or not
 * mapped / without keys for the API an action needs ({@link ErrorCode#ORGANIZATION_UNAVAILABLE}).
 */
public final class OrganizationUnavailableException extends ActionFailure {
  private static final long serialVersionUID = 1L;

  public OrganizationUnavailableException(ErrorCode code, String message) {
    super(code, message);
    if (code != ErrorCode.UNKNOWN_ORGANIZATION && code != ErrorCode.ORGANIZATION_UNAVAILABLE) {
      throw new IllegalArgumentException("not an organization error code: " + code);
    }
  }

  public static OrganizationUnavailableException unknown(String organization) {
    return new OrganizationUnavailableException(
        ErrorCode.UNKNOWN_ORGANIZATION,
        "no organization " + organization + "; `duoctl orgs list` shows them");
  }
}
