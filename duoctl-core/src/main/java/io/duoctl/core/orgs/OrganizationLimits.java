package io.duoctl.core.orgs;

/**
 * The documented limits on an organization's fields, enforced by {@link OrganizationService} (and
 * so by every front end and the CSV import): input past one is refused as invalid, naming the
 * field. Sizes are in characters, after stripping surrounding spaces.
 */
public final class OrganizationLimits {
  /** The longest name, and the longest external id. */
  public static final int MAX_NAME = 200;

  /** The most tags one organization has. */
  public static final int MAX_TAGS = 50;

  /** The longest tag. */
  public static final int MAX_TAG = 64;

  /** The most variables one organization has. */
  public static final int MAX_VARIABLES = 100;

  /** The longest variable name. */
  public static final int MAX_VARIABLE_NAME = 64;

  /** The longest variable value. */
  public static final int MAX_VARIABLE_VALUE = 1_024;

  private OrganizationLimits() {}
}
