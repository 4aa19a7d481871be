package io.duoctl.app.cli;

import io.duoctl.app.Duoctl;
import io.duoctl.core.mapping.AccountRefresh;
import io.duoctl.core.mapping.DuoAccount;
import io.duoctl.core.mapping.MappingHealth;
import io.duoctl.core.mapping.MatchSuggestion;
import io.duoctl.core.orgs.Organization;
import io.duoctl.core.vocabulary.WireNames;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code duoctl mapping}: organizations ↔ Duo child accounts. */
@Command(
    name = "mapping",
    description = "Maps organizations to Duo child accounts.",
    subcommands = {
      MappingCommand.Refresh.class,
      MappingCommand.Accounts.class,
      MappingCommand.Suggest.class,
      MappingCommand.SetMapping.class,
      MappingCommand.Clear.class,
      MappingCommand.Health.class
    })
final class MappingCommand {
  private MappingCommand() {}

  static Table accounts(Duoctl app, String configuration, List<DuoAccount> accounts) {
    String name = app.settings().get(configuration).name();
    Map<String, String> mappedTo = new HashMap<>();
    app.organizations().listAll(name).stream()
        .filter(Organization::isMapped)
        .forEach(o -> mappedTo.put(o.duoAccountId(), o.name()));
    Table table = new Table("duo_account_id", "name", "api_hostname", "organization");
    accounts.forEach(
        a -> table.row(a.accountId(), a.name(), a.apiHostname(), mappedTo.get(a.accountId())));
    return table;
  }

  @Command(name = "refresh", description = "Reloads the Duo child accounts (Accounts API).")
  static final class Refresh extends AppCommand {
    @Override
    int run(Duoctl app) {
      AccountRefresh refresh =
          app.mapping().refreshAccounts(configuration(), app.accountDirectory(), app.actor());
      print(accounts(app, configuration(), refresh.accounts()));
      say(
          refresh.accounts().size()
              + " Duo accounts; "
              + refresh.added().size()
              + " new, "
              + refresh.removed().size()
              + " gone.");
      return ErrorHandler.OK;
    }
  }

  @Command(name = "accounts", description = "Lists the cached Duo child accounts.")
  static final class Accounts extends AppCommand {
    @Override
    int run(Duoctl app) {
      print(accounts(app, configuration(), app.mapping().accounts(configuration())));
      return ErrorHandler.OK;
    }
  }

  @Command(
      name = "suggest",
      description =
          "Suggests a Duo account for each unmapped organization by name; --apply maps the"
              + " confident ones (ambiguous and weak matches are never applied).")
  static final class Suggest extends AppCommand {
    @Option(names = "--apply", description = "Map every confident suggestion.")
    boolean apply;

    @Override
    int run(Duoctl app) {
      List<MatchSuggestion> suggestions = app.mapping().suggest(configuration());
      Set<String> applied =
          apply
              ? app.mapping().applySuggestions(configuration(), app.actor()).stream()
                  .map(MatchSuggestion::organizationId)
                  .collect(Collectors.toSet())
              : Set.of();
      Table table =
          new Table(
              "organization",
              "confidence",
              "duo_account_id",
              "duo_account_name",
              "score",
              "applied");
      for (MatchSuggestion s : suggestions) {
        table.row(
            s.organizationName(),
            WireNames.of(s.confidence()),
            s.best().map(b -> b.accountId()).orElse(null),
            s.best().map(b -> b.accountName()).orElse(null),
            s.best().map(b -> String.format(Locale.ROOT, "%.2f", b.score())).orElse(null),
            applied.contains(s.organizationId()) ? "yes" : "");
      }
      print(table);
      if (apply) {
        say(
            "Mapped "
                + applied.size()
                + " organizations; "
                + (suggestions.size() - applied.size())
                + " left for a person (duoctl mapping set ORG ACCOUNT).");
      }
      return ErrorHandler.OK;
    }
  }

  @Command(name = "set", description = "Maps an organization to a Duo account (id or name).")
  static final class SetMapping extends AppCommand {
    @Parameters(index = "0", paramLabel = "ORG", description = "Organization name or id.")
    String org;

    @Parameters(
        index = "1",
        paramLabel = "DUO_ACCOUNT_ID",
        description = "The Duo account's id, or its name if unique.")
    String account;

    @Override
    int run(Duoctl app) {
      Organization found = OrgsCommand.find(app, this, org);
      List<DuoAccount> cached = app.mapping().accounts(found.configurationName());
      String accountId =
          cached.stream()
              .filter(a -> a.accountId().equals(account))
              .findFirst()
              .or(
                  () -> {
                    List<DuoAccount> byName =
                        cached.stream().filter(a -> a.name().equalsIgnoreCase(account)).toList();
                    if (byName.size() > 1) {
                      throw new UsageException(
                          "several Duo accounts are named \""
                              + account
                              + "\"; give the account id");
                    }
                    return byName.stream().findFirst();
                  })
              .map(DuoAccount::accountId)
              .orElse(account);
      Organization mapped = app.mapping().map(found.id(), accountId, app.actor());
      print(OrgsCommand.table(List.of(mapped)));
      return ErrorHandler.OK;
    }
  }

  @Command(name = "clear", description = "Removes an organization's mapping.")
  static final class Clear extends AppCommand {
    @Parameters(paramLabel = "ORG", description = "Organization name or id.")
    String org;

    @Override
    int run(Duoctl app) {
      Organization cleared =
          app.mapping().clear(OrgsCommand.find(app, this, org).id(), app.actor());
      say("Cleared the mapping of " + cleared.name() + ".");
      return ErrorHandler.OK;
    }
  }

  @Command(
      name = "health",
      description = {
        "Unmapped organizations and Duo accounts, duplicate names, stale mappings, missing keys.",
        "Exit code 1 when anything needs attention."
      })
  static final class Health extends AppCommand {
    @Override
    int run(Duoctl app) {
      MappingHealth health = app.mappingHealth().check(configuration());
      Table table = new Table("problem", "subject", "detail");
      if (health.accountsRefreshedAt() == null) {
        table.row(
            "accounts_never_refreshed", health.configurationName(), "run duoctl mapping refresh");
      }
      health
          .unmappedOrganizations()
          .forEach(o -> table.row("unmapped_organization", o.name(), o.id()));
      health
          .unmappedAccounts()
          .forEach(a -> table.row("unmapped_duo_account", a.name(), a.accountId()));
      health
          .duplicateNames()
          .forEach(
              d ->
                  table.row(
                      "duplicate_name", String.join(" / ", d.names()), WireNames.of(d.side())));
      health
          .staleMappings()
          .forEach(
              s ->
                  table.row(
                      "stale_mapping",
                      s.organizationName(),
                      "account " + s.accountId() + " no longer exists"));
      health
          .missingKeys()
          .forEach(m -> table.row("missing_keys", m.organizationName(), m.reason()));
      print(table);
      say(health.healthy() ? "The mapping is healthy." : "The mapping needs attention.");
      return health.healthy() ? ErrorHandler.OK : ErrorHandler.FAILED;
    }
  }
}
