package io.duoctl.app.cli;

import io.duoctl.core.secrets.Secret;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code duoctl users ...}: short forms of the users.* actions. */
@Command(
    name = "users",
    description =
        "Lists, shows, creates, deletes and syncs users (short forms of users.* actions).",
    subcommands = {
      UsersCommand.ListUsers.class,
      UsersCommand.FindUsers.class,
      UsersCommand.GetUser.class,
      UsersCommand.CreateUser.class,
      UsersCommand.DeleteUser.class,
      UsersCommand.SyncUser.class
    })
final class UsersCommand {
  static final ItemView VIEW =
      ItemView.of(
          "username",
          "user_id",
          "status",
          "email",
          "realname",
          "is_enrolled",
          "phones=phones.number");

  /** A command about one existing user, named by the first parameter. */
  abstract static class OneUser extends ActionCommand {
    @Parameters(
        index = "0",
        paramLabel = "USER",
        description = "user_id (DU…), username, alias or email.")
    String user;

    @Override
    void fill(ActionFields fields) {
      fields.put("user", user);
    }
  }

  @Command(
      name = "list",
      description = "Lists users (users.list).",
      footerHeading = "%nExamples:%n",
      footer = {
        "  duoctl users list --org Acme",
        "  duoctl users list --all-orgs --status bypass -o csv > in-bypass.csv"
      })
  static final class ListUsers extends ActionCommand {
    @Option(
        names = "--status",
        paramLabel = "STATUS",
        description = "Only users with this status: active, bypass, disabled or 'locked out'.")
    String status;

    @Option(
        names = "--enrolled",
        arity = "1",
        paramLabel = "true|false",
        description = "Only enrolled (true) or unenrolled (false) users.")
    Boolean enrolled;

    @Option(names = "--limit", paramLabel = "N", description = "At most N users per organization.")
    Integer limit;

    @Override
    String actionId() {
      return "users.list";
    }

    @Override
    void fill(ActionFields fields) {
      fields.put("status", status).put("enrolled", enrolled).put("limit", limit);
    }

    @Override
    ItemView view() {
      return VIEW;
    }
  }

  @Command(
      name = "find",
      description = {
        "Finds users in every organization (users.find): those whose username, alias, email, real"
            + " name (or any word of it), first or last name begins with TEXT, ignoring case.",
        "Without --org, --orgs or --tag it searches all organizations. One line per match, its"
            + " organization first. Exit 0 when something matched, 1 when nothing did."
      },
      footerHeading = "%nExamples:%n",
      footer = {"  duoctl users find jane", "  duoctl users find jdoe@acme --org Acme -o json"})
  static final class FindUsers extends ActionCommand {
    @Parameters(paramLabel = "TEXT", description = "The beginning of a name, alias or email.")
    String text;

    @Override
    String actionId() {
      return "users.find";
    }

    @Override
    void fill(ActionFields fields) {
      fields.put("text", text);
    }

    @Override
    OrganizationTarget defaultTarget() {
      return OrganizationTarget.everyOrganization();
    }

    @Override
    boolean nothingFoundFails() {
      return true;
    }

    @Override
    ItemView view() {
      return ItemView.of("username", "realname", "email", "status");
    }
  }

  @Command(
      name = "get",
      description = {
        "Shows one user (users.get).",
        "Over several organizations, those without the user are named in one line; exit 0 when it"
            + " was found somewhere."
      },
      footerHeading = "%nExamples:%n",
      footer = {
        "  duoctl users get jdoe --org Acme",
        "  duoctl users get DU0123 --org Acme -o json",
        "  duoctl users get jdoe@acme.example --all-orgs"
      })
  static final class GetUser extends OneUser {
    @Override
    String actionId() {
      return "users.get";
    }

    @Override
    boolean absenceAnswers() {
      return true;
    }

    @Override
    ItemView view() {
      return VIEW;
    }
  }

  @Command(
      name = "create",
      description = "Creates a user (users.create); fails when the username is taken.",
      footerHeading = "%nExamples:%n",
      footer = {
        "  duoctl users create jdoe --email jdoe@acme.example --realname 'Jane Doe' --org Acme",
        "  duoctl users create svc-backup --status bypass --set notes='backup robot' --tag dental"
      })
  static final class CreateUser extends ActionCommand {
    @Parameters(paramLabel = "USERNAME", description = "The new username.")
    String username;

    @Option(names = "--email", paramLabel = "EMAIL", description = "Email address.")
    String email;

    @Option(names = "--realname", paramLabel = "NAME", description = "Full name.")
    String realname;

    @Option(names = "--firstname", paramLabel = "NAME", description = "Given name.")
    String firstname;

    @Option(names = "--lastname", paramLabel = "NAME", description = "Family name.")
    String lastname;

    @Option(
        names = "--status",
        paramLabel = "STATUS",
        description = "active (default), bypass (no 2FA!) or disabled.")
    String status;

    @Option(
        names = "--alias",
        paramLabel = "ALIAS",
        description = "A username alias; repeatable (up to 8).")
    List<String> aliases = List.of();

    @Override
    String actionId() {
      return "users.create";
    }

    @Override
    void fill(ActionFields fields) {
      fields
          .put("username", username)
          .put("email", email)
          .put("realname", realname)
          .put("firstname", firstname)
          .put("lastname", lastname)
          .put("status", status)
          .put("aliases", aliases);
    }

    @Override
    ItemView view() {
      return VIEW;
    }
  }

  @Command(
      name = "delete",
      description = "Deletes a user permanently (users.delete); phones and tokens stay.",
      footerHeading = "%nExamples:%n",
      footer = {
        "  duoctl users delete jdoe --org Acme",
        "  duoctl users delete jdoe --org Acme --dry-run"
      })
  static final class DeleteUser extends OneUser {
    @Override
    String actionId() {
      return "users.delete";
    }

    @Override
    ItemView view() {
      return ItemView.of("deleted", "username");
    }
  }

  @Command(
      name = "sync",
      description = {
        "Syncs one user from the organization's external directory now (users.sync).",
        "Uses the directory key stored on the organization (`duoctl orgs set-directory-key`)."
      },
      footerHeading = "%nExamples:%n",
      footer = {"  duoctl users sync jdoe --org Acme"})
  static final class SyncUser extends ActionCommand {
    @Parameters(
        paramLabel = "USERNAME",
        description = "The user's username in the source directory.")
    String username;

    @Option(
        names = "--directory-key-from-stdin",
        description =
            "Read the directory key from stdin, for an organization that has none stored (never"
                + " from the command line).")
    boolean keyFromStdin;

    @Override
    String actionId() {
      return "users.sync";
    }

    @Override
    void fill(ActionFields fields) {
      fields.put("username", username);
      if (keyFromStdin) {
        Secret key =
            SecretInput.fromStdin(terminal(), List.of("directory_key")).get("directory_key");
        if (key == null) {
          throw new UsageException("--directory-key-from-stdin: stdin held no directory key");
        }
        fields.put("directory_key", key.reveal());
      }
    }
  }

  private UsersCommand() {}
}
