package io.duoctl.emulator.model;

/**
 * What an integration may do. The {@code ADMIN_*} values are the "Grant …" check boxes of an Admin
 * API integration (admin-api.md §4); {@link #ACCOUNTS} and {@link #AUTH} are implied by the
 * Accounts API and Auth API integration types.
 */
public enum Permission {
  ADMIN_READ_RESOURCE("adminapi_read_resource"),
  ADMIN_WRITE_RESOURCE("adminapi_write_resource"),
  ADMIN_READ_LOG("adminapi_read_log"),
  ADMIN_READ_INFO("adminapi_info"),
  ADMIN_SETTINGS("adminapi_settings"),
  ADMIN_ADMINS("adminapi_admins"),
  ADMIN_INTEGRATIONS("adminapi_integrations"),
  ACCOUNTS(null),
  AUTH(null);

  private final String integrationField;

  Permission(String integrationField) {
    this.integrationField = integrationField;
  }

  /**
   * The boolean field of Duo's integration object that shows this grant, e.g. {@code
   * adminapi_read_log}; null for {@link #ACCOUNTS} and {@link #AUTH}.
   */
  public String integrationField() {
    return integrationField;
  }

  /** Whether this is one of the Admin API grants. */
  public boolean isAdminGrant() {
    return integrationField != null;
  }
}
