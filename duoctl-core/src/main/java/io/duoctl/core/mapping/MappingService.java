package io.duoctl.core.mapping;

import io.duoctl.core.audit.AuditChange;
import io.duoctl.core.audit.AuditEvent;
import io.duoctl.core.audit.AuditLog;
import io.duoctl.core.audit.AuditSubject;
import io.duoctl.core.db.SqlTimes;
import io.duoctl.core.orgs.AccessMode;
import io.duoctl.core.orgs.Organization;
import io.duoctl.core.orgs.OrganizationService;
import io.duoctl.core.settings.Configuration;
import io.duoctl.core.settings.SettingsService;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Maps organizations to Duo child accounts: refreshes the cached account list through a {@link
 * DuoAccountDirectory}, suggests and applies name matches, maps and clears by hand, and saves
 * batches. Every write is one transaction with its audit entries; the writes to one configuration
 * run one at a time, also across nodes sharing the database. Thread-safe.
 */
public final class MappingService {
  private final Jdbi jdbi;
  private final SettingsService settings;
  private final OrganizationService organizations;
  private final AuditLog audit;
  private final Clock clock;

  public MappingService(
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
   * Replaces the cached child accounts of a configuration (null: the default) with what {@code
   * directory} lists now. Mappings are kept even when their account disappears (health reports
   * them). Exceptions from the directory propagate and leave the cache unchanged.
   */
  public AccountRefresh refreshAccounts(
      String configurationName, DuoAccountDirectory directory, String actor) {
    Configuration configuration = settings.get(configurationName);
    List<ChildAccount> listed = directory.listChildAccounts(configuration);
    String name = configuration.name();
    return jdbi.inTransaction(
        handle -> {
          ConfigurationLock.hold(handle, name);
          Set<String> before =
              DuoAccountCache.list(handle, name).stream()
                  .map(DuoAccount::accountId)
                  .collect(Collectors.toSet());
          DuoAccountCache.replaceAll(handle, name, listed, now());
          Set<String> after =
              listed.stream().map(ChildAccount::accountId).collect(Collectors.toSet());
          List<String> added = after.stream().filter(id -> !before.contains(id)).sorted().toList();
          List<String> removed =
              before.stream().filter(id -> !after.contains(id)).sorted().toList();
          audit.append(
              handle,
              new AuditEvent(
                  actor,
                  AuditSubject.DUO_ACCOUNTS,
                  name,
                  "refreshed",
                  List.of(
                      AuditChange.of("accounts", before.size(), after.size()),
                      AuditChange.of("added", null, String.join(",", added)),
                      AuditChange.of("removed", String.join(",", removed), null))));
          return new AccountRefresh(DuoAccountCache.list(handle, name), added, removed);
        });
  }

  /** The cached Duo child accounts of a configuration (null: the default), by name. */
  public List<DuoAccount> accounts(String configurationName) {
    String name = settings.get(configurationName).name();
    return jdbi.withHandle(handle -> DuoAccountCache.list(handle, name));
  }

  /**
   * Suggests a Duo account for every unmapped organization in {@link AccessMode#CHILD_ACCOUNT}
   * mode, among the accounts not yet mapped. Nothing is stored.
   */
  public List<MatchSuggestion> suggest(String configurationName) {
    String name = settings.get(configurationName).name();
    return jdbi.withHandle(handle -> suggestWithin(handle, name));
  }

  private List<MatchSuggestion> suggestWithin(Handle handle, String configuration) {
    List<Organization> orgs = organizations.listAll(configuration);
    Set<String> mapped =
        orgs.stream()
            .filter(Organization::isMapped)
            .map(Organization::duoAccountId)
            .collect(Collectors.toSet());
    List<MatchSuggester.Party> unmappedOrgs =
        orgs.stream()
            .filter(o -> !o.isMapped() && o.accessMode() == AccessMode.CHILD_ACCOUNT)
            .map(o -> new MatchSuggester.Party(o.id(), o.name()))
            .toList();
    List<MatchSuggester.Party> freeAccounts =
        DuoAccountCache.list(handle, configuration).stream()
            .filter(a -> !mapped.contains(a.accountId()))
            .map(a -> new MatchSuggester.Party(a.accountId(), a.name()))
            .toList();
    return MatchSuggester.suggest(unmappedOrgs, freeAccounts);
  }

  /**
   * Maps every organization whose suggestion is {@link MatchConfidence#CONFIDENT}; ambiguous and
   * weak matches are left for a person. Returns the applied suggestions.
   */
  public List<MatchSuggestion> applySuggestions(String configurationName, String actor) {
    String name = settings.get(configurationName).name();
    List<MatchSuggestion> confident =
        suggest(name).stream().filter(MatchSuggestion::applicable).toList();
    Map<String, String> changes = new LinkedHashMap<>();
    confident.forEach(s -> changes.put(s.organizationId(), s.best().orElseThrow().accountId()));
    saveMappings(name, changes, actor, "mapping.suggestion-applied");
    return confident;
  }

  /**
   * Maps an organization to a cached Duo account by hand, replacing any previous mapping.
   *
   * @throws DuoAccountNotFoundException if the account is not in the configuration's cache
   * @throws AccountAlreadyMappedException if another organization is mapped to it
   */
  public Organization map(String organizationId, String accountId, String actor) {
    Organization org = organizations.get(organizationId);
    Map<String, String> change = new HashMap<>();
    change.put(organizationId, accountId);
    saveMappings(org.configurationName(), change, actor, "mapping.set");
    return organizations.get(organizationId);
  }

  /** Removes an organization's mapping (no effect when unmapped). */
  public Organization clear(String organizationId, String actor) {
    Organization org = organizations.get(organizationId);
    Map<String, String> change = new HashMap<>();
    change.put(organizationId, null);
    saveMappings(org.configurationName(), change, actor, "mapping.cleared");
    return organizations.get(organizationId);
  }

  /**
   * Saves many mapping changes at once, all or nothing: each entry maps an organization id to a Duo
   * account id, or to null to clear it. The result must stay one to one.
   *
   * @throws DuoAccountNotFoundException if an account is not in the configuration's cache
   * @throws AccountAlreadyMappedException if two organizations would share an account
   * @throws io.duoctl.core.orgs.OrganizationNotFoundException if an organization is unknown or
   *     belongs to another configuration
   */
  public void saveMappings(String configurationName, Map<String, String> changes, String actor) {
    saveMappings(settings.get(configurationName).name(), changes, actor, "mapping.saved");
  }

  private void saveMappings(
      String configuration, Map<String, String> changes, String actor, String action) {
    if (changes.isEmpty()) {
      return;
    }
    jdbi.useTransaction(
        handle -> {
          ConfigurationLock.hold(handle, configuration);
          Map<String, Organization> orgs = new HashMap<>();
          organizations.listAll(configuration).forEach(o -> orgs.put(o.id(), o));
          for (String orgId : changes.keySet()) {
            if (!orgs.containsKey(orgId)) {
              Organization other = organizations.get(orgId);
              throw new IllegalArgumentException(
                  other.name()
                      + " belongs to configuration \""
                      + other.configurationName()
                      + "\", not \""
                      + configuration
                      + "\"");
            }
          }
          Map<String, String> finalState = new HashMap<>();
          orgs.values().stream()
              .filter(Organization::isMapped)
              .forEach(o -> finalState.put(o.id(), o.duoAccountId()));
          changes.forEach(
              (orgId, accountId) -> {
                if (accountId == null) {
                  finalState.remove(orgId);
                } else {
                  requireCached(handle, configuration, accountId);
                  finalState.put(orgId, accountId);
                }
              });
          requireOneToOne(finalState, orgs);
          Instant now = now();
          changes.keySet().forEach(orgId -> MappingRows.clear(handle, orgId));
          changes.forEach(
              (orgId, accountId) -> {
                Organization org = orgs.get(orgId);
                if (accountId != null) {
                  MappingRows.set(handle, orgId, configuration, accountId, now, actor);
                }
                if (!Objects.equals(org.duoAccountId(), accountId)) {
                  MappingAudit.append(
                      audit, handle, actor, org, action, org.duoAccountId(), accountId);
                }
              });
        });
  }

  private static void requireCached(Handle handle, String configuration, String accountId) {
    if (DuoAccountCache.find(handle, configuration, accountId).isEmpty()) {
      throw new DuoAccountNotFoundException(
          "no Duo account "
              + accountId
              + " in configuration \""
              + configuration
              + "\"; refresh the account list (duoctl mapping refresh)");
    }
  }

  private static void requireOneToOne(Map<String, String> state, Map<String, Organization> orgs) {
    Map<String, String> owner = new HashMap<>();
    Set<String> seen = new HashSet<>();
    state.forEach(
        (orgId, accountId) -> {
          if (!seen.add(accountId)) {
            throw new AccountAlreadyMappedException(
                "Duo account "
                    + accountId
                    + " would be mapped to both "
                    + orgs.get(owner.get(accountId)).name()
                    + " and "
                    + orgs.get(orgId).name()
                    + "; map it to one organization only");
          }
          owner.put(accountId, orgId);
        });
  }

  private Instant now() {
    return SqlTimes.truncate(clock.instant());
  }
}
