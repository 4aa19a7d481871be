package io.duoctl.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code duoctl bypass-codes ...}: short forms of the bypass_codes.* actions. */
@Command(
    name = "bypass-codes",
    description =
        "Creates, lists and deletes bypass codes (short forms of bypass_codes.* actions).",
    subcommands = {
      BypassCodesCommand.CreateCodes.class,
      BypassCodesCommand.ListCodes.class,
      BypassCodesCommand.DeleteCodes.class
    })
final class BypassCodesCommand {
  private BypassCodesCommand() {}

  @Command(
      name = "create",
      description = {
        "Creates bypass codes for a user (bypass_codes.create); existing codes are replaced.",
        "The codes are printed once, here, and stored nowhere: not in the audit, not in the job."
      },
      footerHeading = "%nExamples:%n",
      footer = {
        "  duoctl bypass-codes create jdoe --org Acme",
        "  duoctl bypass-codes create jdoe --count 3 --reuse-count 1 --valid-secs 3600 --org Acme"
      })
  static final class CreateCodes extends UsersCommand.OneUser {
    @Option(names = "--count", paramLabel = "N", description = "How many codes (1-10, default 1).")
    Integer count;

    @Option(
        names = "--reuse-count",
        paramLabel = "N",
        description = "How many times each code may be used (0: unlimited; default 1).")
    Integer reuseCount;

    @Option(
        names = "--valid-secs",
        paramLabel = "S",
        description = "Seconds until the codes expire (0: never).")
    Long validSecs;

    @Option(names = "--preserve-existing", description = "Keep the user's existing codes.")
    Boolean preserveExisting;

    @Override
    String actionId() {
      return "bypass_codes.create";
    }

    @Override
    void fill(ActionFields fields) {
      super.fill(fields);
      fields
          .put("count", count)
          .put("reuse_count", reuseCount)
          .put("valid_secs", validSecs)
          .put("preserve_existing", preserveExisting);
    }

    @Override
    ItemView view() {
      return ItemView.of("user_id", "codes");
    }
  }

  @Command(
      name = "list",
      description = {
        "Lists bypass codes' metadata (bypass_codes.list, or bypass_codes.list_for_user with"
            + " --user); never the codes themselves."
      },
      footerHeading = "%nExamples:%n",
      footer = {
        "  duoctl bypass-codes list --org Acme",
        "  duoctl bypass-codes list --user jdoe --all-orgs"
      })
  static final class ListCodes extends ActionCommand {
    @Option(names = "--user", paramLabel = "USER", description = "Only this user's codes.")
    String user;

    @Option(names = "--limit", paramLabel = "N", description = "At most N codes per organization.")
    Integer limit;

    @Override
    String actionId() {
      return user != null ? "bypass_codes.list_for_user" : "bypass_codes.list";
    }

    @Override
    void fill(ActionFields fields) {
      if (user != null && limit != null) {
        throw new UsageException("--user lists all of a user's codes: drop --limit");
      }
      fields.put("user", user).put("limit", limit);
    }

    @Override
    ItemView view() {
      return ItemView.of(
          "bypass_code_id", "user.username", "expiration", "reuse_count", "created_by");
    }
  }

  @Command(
      name = "delete",
      description =
          "Deletes one bypass code by id (bypass_codes.delete), or all of a user's"
              + " (bypass_codes.delete_for_user).",
      footerHeading = "%nExamples:%n",
      footer = {
        "  duoctl bypass-codes delete DHEXAMPLE0123 --org Acme",
        "  duoctl bypass-codes delete --user jdoe --org Acme"
      })
  static final class DeleteCodes extends ActionCommand {
    @Parameters(
        arity = "0..1",
        paramLabel = "BYPASS_CODE_ID",
        description = "The code's id (from `list`), not the code itself.")
    String id;

    @Option(names = "--user", paramLabel = "USER", description = "Delete every code of this user.")
    String user;

    @Override
    String actionId() {
      return user != null ? "bypass_codes.delete_for_user" : "bypass_codes.delete";
    }

    @Override
    void fill(ActionFields fields) {
      if ((id == null) == (user == null)) {
        throw new UsageException("give either BYPASS_CODE_ID or --user USER (not both)");
      }
      fields.put("bypass_code_id", id).put("user", user);
    }

    @Override
    ItemView view() {
      return user != null ? ItemView.of("user_id", "deleted") : ItemView.of("deleted");
    }
  }
}
