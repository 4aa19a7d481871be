package io.duoctl.app.cli;

import io.duoctl.app.Duoctl;
import io.duoctl.core.access.ApiScope;
import io.duoctl.core.access.Operator;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code duoctl operators}: the people who sign in to the web console. */
@Command(
    name = "operators",
    description =
        "Web console operators: create, list, set-password, delete. Passwords are read from a"
            + " prompt without echo or from stdin, never from the command line.",
    subcommands = {
      OperatorsCommand.Create.class,
      OperatorsCommand.ListOperators.class,
      OperatorsCommand.SetPassword.class,
      OperatorsCommand.Delete.class
    })
final class OperatorsCommand {
  private OperatorsCommand() {}

  static Table table(List<Operator> operators) {
    Table table = new Table("username", "role", "created", "last_sign_in", "id");
    for (Operator o : operators) {
      table.row(
          o.username(),
          o.role().wireName(),
          TokensCommand.time(o.createdAt()),
          TokensCommand.time(o.lastSignInAt()),
          o.id());
    }
    return table;
  }

  @Command(name = "create", description = "Creates an operator who can sign in to the console.")
  static final class Create extends AppCommand {
    @Parameters(paramLabel = "USERNAME", description = "The name to sign in with, e.g. jane.doe.")
    String username;

    @Option(
        names = "--role",
        paramLabel = "ROLE",
        defaultValue = "admin",
        completionCandidates = WireNameOptions.Scopes.class,
        description =
            "admin (everything), run (read and run actions) or read. Default: ${DEFAULT-VALUE}.")
    ApiScope role;

    @Option(
        names = "--password-stdin",
        description = "Read the password from the first line of stdin instead of a prompt.")
    boolean passwordStdin;

    @Override
    int run(Duoctl app) {
      char[] password = PasswordInput.read(terminal(), passwordStdin, username);
      Operator created = app.operators().create(username, password, role, app.actor());
      print(table(List.of(created)));
      return ErrorHandler.OK;
    }
  }

  @Command(name = "list", description = "Lists operators (never their passwords).")
  static final class ListOperators extends AppCommand {
    @Override
    int run(Duoctl app) {
      List<Operator> operators = app.operators().list();
      print(table(operators));
      if (operators.isEmpty()) {
        say("No operators yet; create the first with duoctl operators create USERNAME");
      }
      return ErrorHandler.OK;
    }
  }

  @Command(name = "set-password", description = "Sets a new password for an operator.")
  static final class SetPassword extends AppCommand {
    @Parameters(paramLabel = "USERNAME", description = "The operator.")
    String username;

    @Option(
        names = "--password-stdin",
        description = "Read the new password from the first line of stdin instead of a prompt.")
    boolean passwordStdin;

    @Override
    int run(Duoctl app) {
      Operator operator = app.operators().get(username);
      char[] password = PasswordInput.read(terminal(), passwordStdin, operator.username());
      app.operators().changePassword(operator.username(), password, app.actor());
      say("Password of \"" + operator.username() + "\" changed.");
      return ErrorHandler.OK;
    }
  }

  @Command(name = "delete", description = "Deletes an operator (never the last admin).")
  static final class Delete extends AppCommand {
    @Parameters(paramLabel = "USERNAME", description = "The operator.")
    String username;

    @Override
    int run(Duoctl app) {
      Operator operator = app.operators().get(username);
      app.operators().delete(operator.username(), app.actor());
      say("Deleted operator \"" + operator.username() + "\".");
      return ErrorHandler.OK;
    }
  }
}
