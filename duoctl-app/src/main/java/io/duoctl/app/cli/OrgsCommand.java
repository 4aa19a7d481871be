package io.duoctl.app.cli;

import io.duoctl.app.Duoctl;
import io.duoctl.core.mapping.MovedOrganization;
import io.duoctl.core.orgs.AccessMode;
import io.duoctl.core.orgs.InvalidOrganizationException;
import io.duoctl.core.orgs.NewOrganization;
import io.duoctl.core.orgs.Organization;
import io.duoctl.core.orgs.OrganizationPage;
import io.duoctl.core.orgs.OrganizationQuery;
import io.duoctl.core.vocabulary.WireNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code duoctl orgs}: the MSP's customer organizations. */
@Command(
    name = "orgs",
    description = "Customer organizations: create, rename, tag, import, access mode, keys, move.",
    subcommands = {
      OrgsCommand.ListOrgs.class,
      OrgsCommand.Add.class,
      OrgsCommand.Rename.class,
      OrgsCommand.Delete.class,
      OrgsCommand.Tag.class,
      OrgsCommand.Untag.class,
      OrgsImportCommands.ImportCsv.class,
      OrgsImportCommands.ImportDuo.class,
      OrgsCheckCommands.ImportKeys.class,
      OrgsCheckCommands.Check.class,
      OrgsCommand.SetAccessMode.class,
      OrgsSecretsCommands.SetKeys.class,
      OrgsSecretsCommands.SetDirectoryKey.class,
      OrgsCommand.SetVar.class,
      OrgsCommand.Move.class
    })
final class OrgsCommand {
  private OrgsCommand() {}

  static Table table(List<Organization> orgs) {
    Table table =
        new Table(
            "name",
            "id",
            "access_mode",
            "duo_account_id",
            "tags",
            "own_keys",
            "directory_key",
            "variables");
    for (Organization o : orgs) {
      table.row(
          o.name(),
          o.id(),
          WireNames.of(o.accessMode()),
          o.duoAccountId(),
          String.join(";", o.tags()),
          String.join(";", o.ownKeys().keySet().stream().map(api -> api.fieldPrefix()).toList()),
          o.directoryKeyIfSet().map(k -> k.masked()).orElse(""),
          o.variables().entrySet().stream()
              .map(e -> e.getKey() + "=" + e.getValue())
              .reduce((a, b) -> a + ";" + b)
              .orElse(""));
    }
    return table;
  }

  /** An organization of the chosen configuration, by name or id. */
  static Organization find(Duoctl app, AppCommand command, String nameOrId) {
    return app.organizations().getByNameOrId(command.configuration(), nameOrId);
  }

  @Command(name = "list", description = "Lists organizations (secrets masked).")
  static final class ListOrgs extends AppCommand {
    @Option(names = "--tag", paramLabel = "TAG", description = "Only those with this tag.")
    String tag;

    @Option(names = "--name", paramLabel = "TEXT", description = "Only names containing TEXT.")
    String nameContains;

    @Option(names = "--unmapped", description = "Only organizations not mapped to a Duo account.")
    boolean unmapped;

    @Option(names = "--limit", defaultValue = "1000", description = "At most this many.")
    int limit;

    @Option(names = "--offset", defaultValue = "0", description = "Skip this many.")
    int offset;

    @Override
    int run(Duoctl app) {
      String config = app.settings().get(configuration()).name();
      OrganizationPage page =
          app.organizations()
              .list(
                  OrganizationQuery.of(config)
                      .withTag(tag)
                      .withNameContaining(nameContains)
                      .onlyMapped(unmapped ? Boolean.FALSE : null)
                      .page(offset, limit));
      print(table(page.organizations()));
      if (page.hasMore()) {
        say("(" + page.total() + " in all; next page: --offset " + (offset + limit) + ")");
      }
      return ErrorHandler.OK;
    }
  }

  @Command(name = "add", description = "Creates an organization.")
  static final class Add extends AppCommand {
    @Parameters(paramLabel = "NAME", description = "The organization's name.")
    String name;

    @Option(names = "--external-id", paramLabel = "ID", description = "Its id in a PSA or RMM.")
    String externalId;

    @Option(names = "--tag", paramLabel = "TAG", description = "A tag (repeatable).")
    List<String> tags = new ArrayList<>();

    @Option(
        names = {"--access-mode", "--mode"},
        paramLabel = "MODE",
        completionCandidates = WireNameOptions.AccessModes.class,
        description = "${COMPLETION-CANDIDATES}; default child_account.")
    AccessMode mode;

    @Option(names = "--var", paramLabel = "NAME=VALUE", description = "A variable (repeatable).")
    Map<String, String> variables = new LinkedHashMap<>();

    @Override
    int run(Duoctl app) {
      Organization org =
          app.organizations()
              .create(
                  new NewOrganization(
                      configuration(),
                      name,
                      externalId,
                      new LinkedHashSet<>(tags),
                      variables,
                      mode),
                  app.actor());
      print(table(List.of(org)));
      return ErrorHandler.OK;
    }
  }

  @Command(name = "rename", description = "Renames an organization.")
  static final class Rename extends AppCommand {
    @Parameters(index = "0", paramLabel = "ORG", description = "Name or id.")
    String org;

    @Parameters(index = "1", paramLabel = "NEW_NAME", description = "The new name.")
    String newName;

    @Override
    int run(Duoctl app) {
      print(
          table(
              List.of(
                  app.organizations().rename(find(app, this, org).id(), newName, app.actor()))));
      return ErrorHandler.OK;
    }
  }

  @Command(name = "delete", description = "Deletes an organization with its mapping and keys.")
  static final class Delete extends AppCommand {
    @Parameters(paramLabel = "ORG", description = "Name or id.")
    String org;

    @Override
    int run(Duoctl app) {
      Organization found = find(app, this, org);
      app.organizations().delete(found.id(), app.actor());
      say("Deleted organization \"" + found.name() + "\".");
      return ErrorHandler.OK;
    }
  }

  @Command(name = "tag", description = "Adds tags to an organization.")
  static final class Tag extends AppCommand {
    @Parameters(index = "0", paramLabel = "ORG", description = "Name or id.")
    String org;

    @Parameters(index = "1..*", paramLabel = "TAG", description = "Tags to add.")
    List<String> tags;

    @Override
    int run(Duoctl app) {
      Organization found = find(app, this, org);
      print(table(List.of(app.organizations().tag(found.id(), tags, app.actor()))));
      return ErrorHandler.OK;
    }
  }

  @Command(name = "untag", description = "Removes tags from an organization.")
  static final class Untag extends AppCommand {
    @Parameters(index = "0", paramLabel = "ORG", description = "Name or id.")
    String org;

    @Parameters(index = "1..*", paramLabel = "TAG", description = "Tags to remove.")
    List<String> tags;

    @Override
    int run(Duoctl app) {
      Organization found = find(app, this, org);
      print(table(List.of(app.organizations().untag(found.id(), tags, app.actor()))));
      return ErrorHandler.OK;
    }
  }

  @Command(
      name = "set-access-mode",
      description = "How duoctl reaches the organization: child_account, own_keys or parent.")
  static final class SetAccessMode extends AppCommand {
    @Parameters(index = "0", paramLabel = "ORG", description = "Name or id.")
    String org;

    @Parameters(
        index = "1",
        paramLabel = "MODE",
        completionCandidates = WireNameOptions.AccessModes.class,
        description = "${COMPLETION-CANDIDATES}.")
    AccessMode mode;

    @Override
    int run(Duoctl app) {
      print(
          table(
              List.of(
                  app.organizations()
                      .setAccessMode(find(app, this, org).id(), mode, app.actor()))));
      return ErrorHandler.OK;
    }
  }

  @Command(name = "set-var", description = "Sets (NAME=VALUE) or removes (--unset NAME) variables.")
  static final class SetVar extends AppCommand {
    @Parameters(index = "0", paramLabel = "ORG", description = "Name or id.")
    String org;

    @Parameters(
        index = "1..*",
        arity = "0..*",
        paramLabel = "NAME=VALUE",
        description = "Variables to set.")
    Map<String, String> variables = new LinkedHashMap<>();

    @Option(names = "--unset", paramLabel = "NAME", description = "A variable to remove.")
    List<String> unset = new ArrayList<>();

    @Override
    int run(Duoctl app) {
      Organization found = find(app, this, org);
      for (Map.Entry<String, String> v : variables.entrySet()) {
        found = app.organizations().setVariable(found.id(), v.getKey(), v.getValue(), app.actor());
      }
      for (String name : unset) {
        found = app.organizations().removeVariable(found.id(), name, app.actor());
      }
      print(table(List.of(found)));
      return ErrorHandler.OK;
    }
  }

  @Command(
      name = "move",
      description =
          "Moves an organization to another configuration; its mapping stays only if that"
              + " configuration lists the same Duo account.")
  static final class Move extends AppCommand {
    @Parameters(paramLabel = "ORG", description = "Name or id, in the configuration of --config.")
    String org;

    @Option(
        names = "--to-config",
        required = true,
        paramLabel = "NAME",
        description = "The configuration to move it to.")
    String target;

    @Override
    int run(Duoctl app) {
      Organization found = find(app, this, org);
      MovedOrganization moved;
      try {
        moved = app.organizationMoves().move(found.id(), target, app.actor());
      } catch (InvalidOrganizationException e) {
        throw new UsageException("--to-config: " + e.errors().get(0).message());
      }
      say(moved.summary());
      print(table(List.of(moved.organization())));
      return ErrorHandler.OK;
    }
  }
}
