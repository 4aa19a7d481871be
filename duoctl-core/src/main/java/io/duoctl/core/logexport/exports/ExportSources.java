package io.duoctl.core.logexport.exports;

import io.duoctl.client.admin.logs.Logs;
import io.duoctl.core.jobs.OrganizationSelection;
import java.util.List;

/** Where the engine finds the organizations of an export and their Duo logs. Thread-safe. */
public interface ExportSources {

  /**
   * The organizations of {@code selection} in {@code configuration} that duoctl can read the Admin
   * API of, in a stable order; the others are left out (they join once mapped or given keys).
   */
  List<ExportOrganization> organizations(String configuration, OrganizationSelection selection);

  /**
   * The logs of one organization, read through the configuration's paced Duo client.
   *
   * @throws RuntimeException when the organization cannot be reached (unmapped, no keys, deleted)
   */
  Logs logs(String configuration, String organizationId);
}
