package io.duoctl.app.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.core.mapping.AccountRefresh;
import io.duoctl.core.mapping.DuoAccount;
import io.duoctl.core.mapping.DuoImport;
import io.duoctl.core.mapping.MappingHealth;
import io.duoctl.core.mapping.MatchCandidate;
import io.duoctl.core.mapping.MatchConfidence;
import io.duoctl.core.mapping.MatchSuggestion;
import io.duoctl.core.orgs.Organization;
import io.duoctl.core.settings.DuoApi;
import io.duoctl.core.vocabulary.WireNames;
import java.util.List;

/** Duo accounts, suggestions, mapping health and imports as the API shows them, with schemas. */
public final class MappingViews {
  private MappingViews() {}

  record AccountView(
      String duoAccountId,
      String name,
      String apiHostname,
      String refreshedAt,
      String organizationId,
      String organizationName) {}

  record CandidateView(String duoAccountId, String duoAccountName, double score) {}

  record SuggestionView(
      String organizationId,
      String organizationName,
      String confidence,
      CandidateView best,
      List<CandidateView> candidates) {}

  record RefreshView(List<AccountView> accounts, List<String> added, List<String> removed) {}

  record ImportView(List<OrganizationViews.OrganizationView> created, List<AccountView> skipped) {}

  record OrgRef(String id, String name) {}

  record DuplicateView(String side, String normalizedName, List<String> names) {}

  record StaleView(String organizationId, String organizationName, String duoAccountId) {}

  record MissingKeysView(
      String organizationId, String organizationName, String api, String reason) {}

  /** A configuration's mapping health as the API shows it. */
  public record HealthView(
      String configuration,
      boolean healthy,
      String accountsRefreshedAt,
      List<OrgRef> unmappedOrganizations,
      List<AccountView> unmappedAccounts,
      List<DuplicateView> duplicateNames,
      List<StaleView> staleMappings,
      List<MissingKeysView> missingKeys) {}

  static AccountView of(DuoAccount a, Organization mappedTo) {
    return new AccountView(
        a.accountId(),
        a.name(),
        a.apiHostname(),
        String.valueOf(a.refreshedAt()),
        mappedTo == null ? null : mappedTo.id(),
        mappedTo == null ? null : mappedTo.name());
  }

  static SuggestionView of(MatchSuggestion s) {
    return new SuggestionView(
        s.organizationId(),
        s.organizationName(),
        WireNames.of(s.confidence()),
        s.best().map(MappingViews::of).orElse(null),
        s.candidates().stream().map(MappingViews::of).toList());
  }

  private static CandidateView of(MatchCandidate c) {
    return new CandidateView(c.accountId(), c.accountName(), c.score());
  }

  static RefreshView of(AccountRefresh r) {
    return new RefreshView(
        r.accounts().stream().map(a -> of(a, null)).toList(), r.added(), r.removed());
  }

  static ImportView of(DuoImport i) {
    return new ImportView(
        i.created().stream().map(OrganizationViews::of).toList(),
        i.skipped().stream().map(a -> of(a, null)).toList());
  }

  /** {@code h} as the API shows it. */
  public static HealthView of(MappingHealth h) {
    return new HealthView(
        h.configurationName(),
        h.healthy(),
        h.accountsRefreshedAt() == null ? null : h.accountsRefreshedAt().toString(),
        h.unmappedOrganizations().stream().map(o -> new OrgRef(o.id(), o.name())).toList(),
        h.unmappedAccounts().stream().map(a -> of(a, null)).toList(),
        h.duplicateNames().stream()
            .map(d -> new DuplicateView(WireNames.of(d.side()), d.normalizedName(), d.names()))
            .toList(),
        h.staleMappings().stream()
            .map(s -> new StaleView(s.organizationId(), s.organizationName(), s.accountId()))
            .toList(),
        h.missingKeys().stream()
            .map(
                m ->
                    new MissingKeysView(
                        m.organizationId(),
                        m.organizationName(),
                        WireNames.of(m.api()),
                        m.reason()))
            .toList());
  }

  static ObjectNode accountSchema() {
    return JsonSchemas.object()
        .description("A Duo child account from the cache")
        .required("duo_account_id", JsonSchemas.string("Duo account id"))
        .required("name", JsonSchemas.string("Account name in Duo"))
        .required("api_hostname", JsonSchemas.string("The account's API hostname"))
        .required("refreshed_at", JsonSchemas.dateTime("When the cache was refreshed"))
        .optional("organization_id", JsonSchemas.string("The organization mapped to it"))
        .optional("organization_name", JsonSchemas.string("Its name"))
        .build();
  }

  private static ObjectNode candidateSchema() {
    return JsonSchemas.object()
        .required("duo_account_id", JsonSchemas.string("Duo account id"))
        .required("duo_account_name", JsonSchemas.string("Duo account name"))
        .required("score", JsonSchemas.number("Name similarity, 0 to 1"))
        .build();
  }

  static ObjectNode suggestionSchema() {
    return JsonSchemas.object()
        .required("organization_id", JsonSchemas.string("Organization id"))
        .required("organization_name", JsonSchemas.string("Organization name"))
        .required(
            "confidence",
            JsonSchemas.oneOf("How sure; only confident ones are applied", MatchConfidence.class))
        .optional("best", candidateSchema())
        .required("candidates", JsonSchemas.array("Best few, best first", candidateSchema()))
        .build();
  }

  static ObjectNode refreshSchema() {
    return JsonSchemas.object()
        .required("accounts", JsonSchemas.array(accountSchema()))
        .required(
            "added",
            JsonSchemas.array("Account ids new since the last refresh", JsonSchemas.string()))
        .required("removed", JsonSchemas.array("Account ids gone", JsonSchemas.string()))
        .build();
  }

  static ObjectNode importSchema() {
    return JsonSchemas.object()
        .required(
            "created",
            JsonSchemas.array(
                "Organizations created and mapped", OrganizationViews.organizationSchema()))
        .required(
            "skipped",
            JsonSchemas.array("Accounts skipped: an organization has that name", accountSchema()))
        .build();
  }

  static ObjectNode saveSchema() {
    ObjectNode change =
        JsonSchemas.object()
            .required("organization", JsonSchemas.string("Organization name or id"))
            .optional(
                "duo_account_id",
                JsonSchemas.string("Duo account id; left out or null clears the mapping"))
            .optional("account_id", JsonSchemas.string("Old name of duo_account_id"))
            .closed();
    return JsonSchemas.object()
        .required("changes", JsonSchemas.array("The changes", change))
        .closed();
  }

  static ObjectNode healthSchema() {
    ObjectNode ref =
        JsonSchemas.object()
            .required("id", JsonSchemas.string())
            .required("name", JsonSchemas.string())
            .build();
    ObjectNode duplicate =
        JsonSchemas.object()
            .required("side", JsonSchemas.oneOf("Where", MappingHealth.Side.class))
            .required("normalized_name", JsonSchemas.string())
            .required("names", JsonSchemas.array(JsonSchemas.string()))
            .build();
    ObjectNode stale =
        JsonSchemas.object()
            .required("organization_id", JsonSchemas.string())
            .required("organization_name", JsonSchemas.string())
            .required("duo_account_id", JsonSchemas.string("An account no longer listed by Duo"))
            .build();
    ObjectNode missing =
        JsonSchemas.object()
            .required("organization_id", JsonSchemas.string())
            .required("organization_name", JsonSchemas.string())
            .required("api", JsonSchemas.oneOf("The API", DuoApi.class))
            .required("reason", JsonSchemas.string("Why and how to fix it"))
            .build();
    return JsonSchemas.object()
        .required("configuration", JsonSchemas.string())
        .required("healthy", JsonSchemas.bool("Whether nothing needs attention"))
        .optional("accounts_refreshed_at", JsonSchemas.dateTime("Last refresh; absent if never"))
        .required("unmapped_organizations", JsonSchemas.array(ref))
        .required("unmapped_accounts", JsonSchemas.array(accountSchema()))
        .required("duplicate_names", JsonSchemas.array(duplicate))
        .required("stale_mappings", JsonSchemas.array(stale))
        .required("missing_keys", JsonSchemas.array(missing))
        .build();
  }
}
