package io.duoctl.core.orgs;

/** How duoctl reaches an organization's Duo account. */
public enum AccessMode {
  /**
   * Through the parent's Accounts API keys and the mapped child account ({@code account_id} on the
   * child's API hostname). The default.
   */
  CHILD_ACCOUNT,
  /**
   * With the organization's own Admin/Auth API keys, for cross-deployment accounts or customers
   * outside the MSP's parent.
   */
  OWN_KEYS,
  /** The organization is the parent account itself (the MSP's own organization). */
  PARENT
}
