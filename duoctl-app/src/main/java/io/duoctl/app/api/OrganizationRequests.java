package io.duoctl.app.api;

import java.util.List;
import java.util.Map;

/** The request bodies of the organization routes. */
final class OrganizationRequests {
  private OrganizationRequests() {}

  /**
   * {@code POST /api/v1/organizations}.
   *
   * @param configuration the configuration it belongs to; null for the default
   * @param accessMode {@code child_account} (default), {@code own_keys} or {@code parent}
   */
  record Create(
      String configuration,
      String name,
      String externalId,
      List<String> tags,
      Map<String, String> variables,
      String accessMode) {}

  /**
   * {@code PATCH /api/v1/organizations/{org}}: every field is optional; the ones given change.
   *
   * @param variables variables to set (name to value)
   * @param removeVariables names of variables to remove
   */
  record Update(
      String name,
      String accessMode,
      List<String> addTags,
      List<String> removeTags,
      Map<String, String> variables,
      List<String> removeVariables) {}

  /** {@code POST /api/v1/organizations/{org}/move}: the configuration to move it to. */
  record Move(String configuration) {}

  /** {@code PUT /api/v1/organizations/{org}/directory-key}. */
  record DirectoryKey(String directoryKey) {}

  /** {@code PUT /api/v1/organizations/{org}/keys/{api}}; a left-out secret key keeps the stored. */
  record OwnKeys(String host, String integrationKey, String secretKey) {}
}
