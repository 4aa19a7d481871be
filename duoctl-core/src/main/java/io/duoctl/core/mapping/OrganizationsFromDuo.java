package io.duoctl.core.mapping;

import io.duoctl.core.audit.AuditLog;
import io.duoctl.core.db.SqlTimes;
import io.duoctl.core.orgs.NewOrganization;
import io.duoctl.core.orgs.Organization;
import io.duoctl.core.orgs.OrganizationService;
import io.duoctl.core.settings.SettingsService;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;

/**
 * "Import from Duo": creates and maps an organization for each cached Duo child account that no
 * organization is mapped to yet, named as in Duo. Imports, refreshes and mapping changes of one
 * configuration run one at a time, so parallel imports create and map each account once.
 * Thread-safe.
 */
public final class OrganizationsFromDuo {
  private final Jdbi jdbi;
  private final SettingsService settings;
  private final OrganizationService organizations;
  private final AuditLog audit;
  private final Clock clock;

  public OrganizationsFromDuo(
      Jdbi jdbi,
      SettingsService settings,
      OrganizationService organizations,
      AuditLog audit,
      Clock clock) {
    this.jdbi = jdbi;
    this.settings = settings;
    this.organizations = organizations;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Imports the unmapped accounts of a configuration (null: the default), all or nothing. Accounts
   * whose name an organization already has are skipped and reported, for mapping by hand or through
   * suggestions.
   *
   * @return the organizations created, each as stored afterwards (mapped to its account), and the
   *     accounts skipped
   */
  public DuoImport importUnmapped(String configurationName, String actor) {
    String configuration = settings.get(configurationName).name();
    return jdbi.inTransaction(
        handle -> {
          ConfigurationLock.hold(handle, configuration);
          Set<String> mapped = MappingRows.mappedAccounts(handle, configuration);
          Instant now = SqlTimes.truncate(clock.instant());
          List<Organization> created = new ArrayList<>();
          List<DuoAccount> skipped = new ArrayList<>();
          for (DuoAccount account : DuoAccountCache.list(handle, configuration)) {
            if (mapped.contains(account.accountId())) {
              continue;
            }
            if (organizations.nameTaken(handle, configuration, account.name())) {
              skipped.add(account);
              continue;
            }
            Organization org =
                organizations.createWithin(
                    handle,
                    NewOrganization.named(account.name()).inConfiguration(configuration),
                    actor);
            MappingRows.set(handle, org.id(), configuration, account.accountId(), now, actor);
            MappingAudit.append(
                audit, handle, actor, org, "mapping.imported", null, account.accountId());
            created.add(organizations.getWithin(handle, org.id()));
          }
          return new DuoImport(created, skipped);
        });
  }
}
