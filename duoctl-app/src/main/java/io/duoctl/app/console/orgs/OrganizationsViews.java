package io.duoctl.app.console.orgs;

import io.duoctl.app.Duoctl;
import io.duoctl.app.console.Frame;
import io.duoctl.core.mapping.DuoAccount;
import io.duoctl.core.mapping.MappingHealth;
import io.duoctl.core.mapping.MatchConfidence;
import io.duoctl.core.mapping.MatchSuggestion;
import io.duoctl.core.orgs.Organization;
import io.duoctl.core.orgs.OrganizationPage;
import io.duoctl.core.orgs.OrganizationQuery;
import io.duoctl.core.vocabulary.WireNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Builds the organizations page from the core services, for the filter's configuration. */
final class OrganizationsViews {

  private static final int LISTED = 5;

  private final Duoctl app;

  OrganizationsViews(Duoctl app) {
    this.app = app;
  }

  OrganizationsView build(
      Frame frame,
      OrganizationsView.Filter filter,
      String message,
      String error,
      Map<String, String> typed,
      Map<String, String> rowErrors) {
    String configuration = filter.configuration();
    if (configuration == null) {
      return new OrganizationsView(
          frame, false, List.of(), List.of(), null, List.of(), filter, 0, message, error);
    }
    List<DuoAccount> accounts = app.mapping().accounts(configuration);
    Map<String, DuoAccount> byId =
        accounts.stream().collect(Collectors.toMap(DuoAccount::accountId, Function.identity()));
    Map<String, MatchSuggestion> suggestions = new HashMap<>();
    app.mapping().suggest(configuration).forEach(s -> suggestions.put(s.organizationId(), s));
    OrganizationPage page =
        app.organizations()
            .list(
                OrganizationQuery.of(configuration)
                    .withNameContaining(filter.q().isEmpty() ? null : filter.q())
                    .withTag(filter.tag().isEmpty() ? null : filter.tag())
                    .onlyMapped(
                        switch (filter.show()) {
                          case "mapped" -> Boolean.TRUE;
                          case "unmapped" -> Boolean.FALSE;
                          default -> null;
                        })
                    .page(filter.offset(), OrganizationsView.PAGE_SIZE));
    List<MappingRowView> rows = new ArrayList<>();
    for (Organization org : page.organizations()) {
      rows.add(row(org, byId, suggestions.get(org.id()), filter.suggest(), typed, rowErrors));
    }
    MappingHealth health = app.mappingHealth().check(configuration);
    return new OrganizationsView(
        frame,
        true,
        rows,
        accounts.stream().map(AccountChoice::label).toList(),
        health.accountsRefreshedAt() == null ? null : health.accountsRefreshedAt().toString(),
        healthLines(health),
        filter,
        page.total(),
        message,
        error);
  }

  private static MappingRowView row(
      Organization org,
      Map<String, DuoAccount> accounts,
      MatchSuggestion suggestion,
      boolean suggest,
      Map<String, String> typed,
      Map<String, String> rowErrors) {
    DuoAccount mapped = org.isMapped() ? accounts.get(org.duoAccountId()) : null;
    String accountText =
        mapped != null ? AccountChoice.label(mapped) : org.isMapped() ? org.duoAccountId() : "";
    boolean suggested = false;
    String suggestionText = "";
    if (suggestion != null && suggestion.best().isPresent()) {
      var best = suggestion.best().get();
      suggestionText =
          best.accountName()
              + " · "
              + String.format(Locale.ROOT, "%.2f", best.score())
              + " · "
              + WireNames.of(suggestion.confidence());
      if (suggest && !org.isMapped() && suggestion.confidence() == MatchConfidence.CONFIDENT) {
        DuoAccount account = accounts.get(best.accountId());
        accountText = account != null ? AccountChoice.label(account) : best.accountId();
        suggested = true;
      }
    }
    if (typed.containsKey(org.id())) {
      accountText = typed.get(org.id());
      suggested = false;
    }
    String status;
    String statusClass;
    if (!org.isMapped()) {
      status = "unmapped";
      statusClass = "none";
    } else if (mapped == null) {
      status = "stale";
      statusClass = "bad";
    } else {
      status = "mapped";
      statusClass = "ok";
    }
    return new MappingRowView(
        org.id(),
        org.name(),
        String.join(", ", org.tags()),
        accountText,
        org.isMapped() ? org.duoAccountId() : "",
        suggestionText,
        suggested,
        org.accessMode(),
        org.directoryKeyIfSet().isPresent(),
        status,
        statusClass,
        rowErrors.get(org.id()));
  }

  static List<String> healthLines(MappingHealth health) {
    List<String> lines = new ArrayList<>();
    if (health.accountsRefreshedAt() == null) {
      lines.add("The Duo account list was never loaded: press Refresh Duo accounts.");
    }
    if (!health.unmappedOrganizations().isEmpty()) {
      lines.add(
          count(health.unmappedOrganizations().size(), "organization is", "organizations are")
              + " not mapped to a Duo account: "
              + names(health.unmappedOrganizations().stream().map(o -> o.name()).toList()));
    }
    if (!health.unmappedAccounts().isEmpty()) {
      lines.add(
          count(health.unmappedAccounts().size(), "Duo account has", "Duo accounts have")
              + " no organization: "
              + names(health.unmappedAccounts().stream().map(DuoAccount::name).toList()));
    }
    health
        .duplicateNames()
        .forEach(
            d ->
                lines.add(
                    "Names that look alike ("
                        + (d.side() == MappingHealth.Side.ORGANIZATIONS
                            ? "organizations"
                            : "Duo accounts")
                        + "): "
                        + String.join(" / ", d.names())));
    health
        .staleMappings()
        .forEach(
            s ->
                lines.add(
                    s.organizationName()
                        + " is mapped to Duo account "
                        + s.accountId()
                        + ", which no longer exists: map it again."));
    health.missingKeys().forEach(m -> lines.add(m.organizationName() + ": " + m.reason()));
    return lines;
  }

  private static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  private static String names(List<String> names) {
    String shown = String.join(", ", names.stream().limit(LISTED).toList());
    return names.size() > LISTED ? shown + " and " + (names.size() - LISTED) + " more" : shown;
  }
}
