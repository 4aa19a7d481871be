package io.duoctl.app.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.core.access.ApiScope;
import io.duoctl.core.errors.FieldError;
import io.duoctl.core.mapping.DuoAccount;
import io.duoctl.core.mapping.DuoAccountDirectory;
import io.duoctl.core.mapping.MappingHealthCheck;
import io.duoctl.core.mapping.MappingService;
import io.duoctl.core.mapping.OrganizationsFromDuo;
import io.duoctl.core.orgs.Organization;
import io.duoctl.core.orgs.OrganizationService;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Duo child accounts and the organization ↔ account mapping, as {@code duoctl mapping} and {@code
 * duoctl orgs import-duo} do it: refresh the accounts, suggestions with scores, map or clear one,
 * save many at once, the mapping's health, and organizations created from unmapped accounts.
 */
final class MappingRoutes {
  private static final String TAG = "mapping";
  private static final String CONFIGURATION = "The configuration; default if left out";

  private final MappingService mapping;
  private final MappingHealthCheck health;
  private final OrganizationsFromDuo fromDuo;
  private final DuoAccountDirectory directory;
  private final OrganizationService organizations;
  private final OrganizationRoutes orgs;

  MappingRoutes(
      MappingService mapping,
      MappingHealthCheck health,
      OrganizationsFromDuo fromDuo,
      DuoAccountDirectory directory,
      OrganizationService organizations,
      OrganizationRoutes orgs) {
    this.mapping = mapping;
    this.health = health;
    this.fromDuo = fromDuo;
    this.directory = directory;
    this.organizations = organizations;
    this.orgs = orgs;
  }

  /** {@code PUT /api/v1/organizations/{org}/mapping}: a Duo account id or (unique) name. */
  record MapTo(String duoAccountId, String account) {
    /** The account as given, under its name or the old one ({@code account}). */
    String wanted() {
      return duoAccountId != null ? duoAccountId : account;
    }
  }

  /** {@code POST /api/v1/mapping}: many changes, all or nothing. */
  record SaveMappings(List<Change> changes) {
    /** One organization (name or id) to an account id, or to null to clear its mapping. */
    record Change(String organization, String duoAccountId, String accountId) {
      /** The account id, under its name or the old one ({@code account_id}); null clears. */
      String wanted() {
        return duoAccountId != null ? duoAccountId : accountId;
      }
    }
  }

  List<ApiRoute> routes() {
    ObjectNode configuration = JsonSchemas.string(CONFIGURATION);
    return List.of(
        ApiRoute.get("/api/v1/duo-accounts", ApiScope.READ)
            .operationId("listDuoAccounts")
            .summary("Lists the cached Duo child accounts (refresh to reload them from Duo)")
            .tag(TAG)
            .query("configuration", CONFIGURATION, configuration)
            .response(JsonSchemas.array(MappingViews.accountSchema()))
            .handle(this::accounts),
        ApiRoute.post("/api/v1/duo-accounts/refresh", ApiScope.ADMIN)
            .operationId("refreshDuoAccounts")
            .summary("Reloads the Duo child accounts through the Accounts API")
            .tag(TAG)
            .query("configuration", CONFIGURATION, configuration.deepCopy())
            .response(MappingViews.refreshSchema())
            .handle(this::refresh),
        ApiRoute.get("/api/v1/mapping/suggestions", ApiScope.READ)
            .operationId("suggestMappings")
            .summary("Suggests a Duo account for each unmapped organization, with scores")
            .tag(TAG)
            .query("configuration", CONFIGURATION, configuration.deepCopy())
            .response(JsonSchemas.array(MappingViews.suggestionSchema()))
            .handle(
                call ->
                    mapping.suggest(call.query("configuration").orElse(null)).stream()
                        .map(MappingViews::of)
                        .toList()),
        ApiRoute.post("/api/v1/mapping/suggestions/apply", ApiScope.ADMIN)
            .operationId("applyMappingSuggestions")
            .summary("Maps every organization whose suggestion is CONFIDENT; answers those")
            .tag(TAG)
            .query("configuration", CONFIGURATION, configuration.deepCopy())
            .response(JsonSchemas.array(MappingViews.suggestionSchema()))
            .handle(
                call ->
                    mapping
                        .applySuggestions(call.query("configuration").orElse(null), call.actor())
                        .stream()
                        .map(MappingViews::of)
                        .toList()),
        ApiRoute.post("/api/v1/mapping", ApiScope.ADMIN)
            .operationId("saveMappings")
            .summary("Saves many mapping changes at once, all or nothing")
            .tag(TAG)
            .query("configuration", CONFIGURATION, configuration.deepCopy())
            .body(MappingViews.saveSchema())
            .response(JsonSchemas.array(OrganizationViews.organizationSchema()))
            .handle(this::save),
        ApiRoute.get("/api/v1/mapping/health", ApiScope.READ)
            .operationId("mappingHealth")
            .summary(
                "What needs attention: unmapped, duplicate names, stale mappings, missing keys")
            .tag(TAG)
            .query("configuration", CONFIGURATION, configuration.deepCopy())
            .response(MappingViews.healthSchema())
            .handle(
                call -> MappingViews.of(health.check(call.query("configuration").orElse(null)))),
        ApiRoute.put(OrganizationRoutes.ONE + "/mapping", ApiScope.ADMIN)
            .operationId("mapOrganization")
            .summary("Maps an organization to a Duo child account (id or unique name)")
            .tag(TAG)
            .pathParam("org", OrganizationRoutes.ORG)
            .query("configuration", OrganizationRoutes.CONFIGURATION, configuration.deepCopy())
            .body(
                JsonSchemas.object()
                    .optional(
                        "duo_account_id",
                        JsonSchemas.string("The Duo account's id, or its name if unique"))
                    .optional("account", JsonSchemas.string("Old name of duo_account_id"))
                    .closed())
            .response(OrganizationViews.organizationSchema())
            .handle(this::map),
        ApiRoute.delete(OrganizationRoutes.ONE + "/mapping", ApiScope.ADMIN)
            .operationId("unmapOrganization")
            .summary("Removes an organization's mapping")
            .tag(TAG)
            .pathParam("org", OrganizationRoutes.ORG)
            .query("configuration", OrganizationRoutes.CONFIGURATION, configuration.deepCopy())
            .response(OrganizationViews.organizationSchema())
            .handle(
                call -> OrganizationViews.of(mapping.clear(orgs.find(call).id(), call.actor()))),
        ApiRoute.post("/api/v1/organizations/import-duo", ApiScope.ADMIN)
            .operationId("importOrganizationsFromDuo")
            .summary("Creates and maps an organization for each unmapped Duo child account")
            .description("Refreshes the account list first unless refresh=false.")
            .tag(TAG)
            .query("configuration", CONFIGURATION, configuration.deepCopy())
            .query("refresh", "Reload the accounts from Duo first (default true)", bool())
            .response(MappingViews.importSchema())
            .handle(this::importFromDuo));
  }

  private static ObjectNode bool() {
    return JsonSchemas.bool("Refresh first");
  }

  private Object accounts(ApiCall call) {
    String configuration = call.query("configuration").orElse(null);
    Map<String, Organization> byAccount = new LinkedHashMap<>();
    List<DuoAccount> accounts = mapping.accounts(configuration);
    if (!accounts.isEmpty()) {
      for (Organization o : organizations.listAll(accounts.get(0).configurationName())) {
        if (o.isMapped()) {
          byAccount.put(o.duoAccountId(), o);
        }
      }
    }
    return accounts.stream().map(a -> MappingViews.of(a, byAccount.get(a.accountId()))).toList();
  }

  private Object refresh(ApiCall call) {
    return MappingViews.of(
        mapping.refreshAccounts(call.query("configuration").orElse(null), directory, call.actor()));
  }

  private Object map(ApiCall call) {
    MapTo body = call.body(MapTo.class);
    if (body.wanted() == null || body.wanted().isBlank()) {
      throw ApiException.invalidField(
          "duo_account_id", "is required: a Duo account id or unique name");
    }
    Organization org = orgs.find(call);
    String wanted = body.wanted().strip();
    List<DuoAccount> cached = mapping.accounts(org.configurationName());
    String accountId =
        cached.stream()
            .filter(a -> a.accountId().equals(wanted))
            .findFirst()
            .or(
                () -> {
                  List<DuoAccount> named =
                      cached.stream().filter(a -> a.name().equalsIgnoreCase(wanted)).toList();
                  if (named.size() > 1) {
                    throw ApiException.invalidField(
                        "duo_account_id",
                        "several Duo accounts are named \"" + wanted + "\"; give the id");
                  }
                  return named.stream().findFirst();
                })
            .map(DuoAccount::accountId)
            .orElse(wanted);
    return OrganizationViews.of(mapping.map(org.id(), accountId, call.actor()));
  }

  private Object save(ApiCall call) {
    SaveMappings body = call.body(SaveMappings.class);
    String configuration = call.query("configuration").orElse(null);
    if (body.changes() == null || body.changes().isEmpty()) {
      throw ApiException.invalidField("changes", "is required: at least one change");
    }
    List<FieldError> errors = new ArrayList<>();
    Map<String, String> changes = new LinkedHashMap<>();
    for (int i = 0; i < body.changes().size(); i++) {
      SaveMappings.Change change = body.changes().get(i);
      if (change == null || change.organization() == null || change.organization().isBlank()) {
        errors.add(new FieldError("changes[" + i + "].organization", "is required: a name or id"));
        continue;
      }
      String id = organizations.getByNameOrId(configuration, change.organization()).id();
      if (changes.containsKey(id)) {
        errors.add(new FieldError("changes[" + i + "].organization", "is changed twice; keep one"));
      }
      changes.put(id, change.wanted());
    }
    if (!errors.isEmpty()) {
      throw ApiException.invalid("mapping not saved", errors);
    }
    mapping.saveMappings(configuration, changes, call.actor());
    return changes.keySet().stream()
        .map(id -> OrganizationViews.of(organizations.get(id)))
        .toList();
  }

  private Object importFromDuo(ApiCall call) {
    String configuration = call.query("configuration").orElse(null);
    if (call.queryBoolean("refresh").orElse(true)) {
      mapping.refreshAccounts(configuration, directory, call.actor());
    }
    return MappingViews.of(fromDuo.importUnmapped(configuration, call.actor()));
  }
}
