package io.duoctl.core.reports;

import io.duoctl.client.admin.AdminApi;
import io.duoctl.client.http.ApiClient;
import io.duoctl.client.http.Transport;
import io.duoctl.core.actions.ResolvedOrganization;
import io.duoctl.core.settings.DuoApi;
import java.time.Instant;

/** What a report source reads with: the organization, its Admin API and the time of the run. */
public final class ReportContext {

  private final ResolvedOrganization organization;
  private final Transport transport;
  private final Instant now;

  ReportContext(ResolvedOrganization organization, Transport transport, Instant now) {
    this.organization = organization;
    this.transport = transport;
    this.now = now;
  }

  public ResolvedOrganization organization() {
    return organization;
  }

  /** When the report run started: the same instant for every organization of the run. */
  public Instant now() {
    return now;
  }

  /** The organization's Admin API (a child account's carries its {@code account_id}). */
  public AdminApi admin() {
    return new AdminApi(new ApiClient(transport, organization.target(DuoApi.ADMIN)));
  }

  /** Whether the organization is a child account reached with the parent's keys. */
  public boolean childAccount() {
    return organization.target(DuoApi.ADMIN).accountId().isPresent();
  }
}
