package io.duoctl.app.cli;

import io.duoctl.app.Duoctl;
import io.duoctl.core.orgs.Organization;
import io.duoctl.core.orgs.check.OrganizationCheck;
import io.duoctl.core.secrets.Secret;
import io.duoctl.core.settings.ApiCheck;
import io.duoctl.core.settings.ApiCredentialsInput;
import io.duoctl.core.settings.DuoApi;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The organization commands that take a secret: read from a prompt, stdin or a file only. */
final class OrgsSecretsCommands {
  private OrgsSecretsCommands() {}

  /** Where one command reads its secret from. */
  static final class SecretSource {
    @Option(names = "--from-stdin", description = "Read the secret from stdin (first line).")
    boolean fromStdin;

    @Option(names = "--from-file", paramLabel = "FILE", description = "Read the secret from FILE.")
    Path file;

    /** The secret named {@code name}, or null when the user entered nothing at the prompt. */
    Secret read(AppCommand command, String name, String question) {
      if (fromStdin && file != null) {
        throw new UsageException("use either --from-stdin or --from-file");
      }
      Map<String, Secret> read =
          fromStdin
              ? SecretInput.fromStdin(command.terminal(), List.of(name))
              : file != null
                  ? SecretInput.fromFile(file, List.of(name))
                  : SecretInput.prompt(
                      command.terminal(),
                      Map.of(name, question),
                      "pass it with --from-stdin or --from-file");
      return read.get(name);
    }
  }

  @Command(
      name = "set-directory-key",
      description =
          "Sets the organization's duo_admin_api_directory_key (for directory sync), read from a"
              + " prompt without echo, stdin or a file; never from the command line.")
  static final class SetDirectoryKey extends AppCommand {
    @Parameters(paramLabel = "ORG", description = "Name or id.")
    String org;

    @picocli.CommandLine.Mixin SecretSource source;

    @Option(names = "--clear", description = "Remove the directory key instead.")
    boolean clear;

    @Override
    int run(Duoctl app) {
      Organization found = OrgsCommand.find(app, this, org);
      if (clear) {
        app.organizationKeys().clearDirectoryKey(found.id(), app.actor());
        say("Removed the directory key of " + found.name() + ".");
        return ErrorHandler.OK;
      }
      Secret key = source.read(this, "directory", "Directory key for " + found.name() + ": ");
      if (key == null) {
        throw new UsageException("no directory key entered; nothing changed");
      }
      Organization saved = app.organizationKeys().setDirectoryKey(found.id(), key, app.actor());
      say(
          "Saved the directory key of "
              + saved.name()
              + " ("
              + key.masked()
              + "). It is well-formed; Duo has no call that checks a directory key without"
              + " syncing a user, so the first users.sync proves it.");
      return ErrorHandler.OK;
    }
  }

  @Command(
      name = "set-keys",
      description =
          "Sets the organization's own Admin or Auth API keys (for the own-keys access mode); the"
              + " secret key is read from a prompt without echo, stdin or a file. Then validates"
              + " them with one signed call (unless --no-validate): exit code 1 when that fails"
              + " (the keys stay saved).")
  static final class SetKeys extends AppCommand {
    @Parameters(paramLabel = "ORG", description = "Name or id.")
    String org;

    @Option(names = "--api", required = true, paramLabel = "API", description = "ADMIN or AUTH.")
    DuoApi api;

    @Option(names = "--host", paramLabel = "HOST", description = "The API hostname.")
    String host;

    @Option(names = "--ikey", paramLabel = "IKEY", description = "The integration key.")
    String ikey;

    @picocli.CommandLine.Mixin SecretSource source;

    @Option(names = "--remove", description = "Remove these keys instead.")
    boolean remove;

    @Option(names = "--no-validate", description = "Save without validating.")
    boolean noValidate;

    @Override
    int run(Duoctl app) {
      Organization found = OrgsCommand.find(app, this, org);
      if (remove) {
        app.organizationKeys().removeOwnKeys(found.id(), api, app.actor());
        say("Removed the " + api.displayName() + " keys of " + found.name() + ".");
        return ErrorHandler.OK;
      }
      var stored = found.ownKeys(api);
      Secret skey =
          source.read(
              this,
              api.fieldPrefix(),
              api.displayName()
                  + " secret key for "
                  + found.name()
                  + (stored.isPresent() ? " (Enter keeps the stored one): " : ": "));
      Organization saved =
          app.organizationKeys()
              .setOwnKeys(
                  found.id(),
                  api,
                  new ApiCredentialsInput(
                      host != null ? host : stored.map(k -> k.host()).orElse(null),
                      ikey != null ? ikey : stored.map(k -> k.integrationKey()).orElse(null),
                      skey),
                  app.actor());
      print(OrgsCommand.table(List.of(saved)));
      if (noValidate) {
        return ErrorHandler.OK;
      }
      ApiCheck check = app.organizationCheck().checkOwnKeys(saved, api);
      String fix = OrganizationCheck.fixFor(saved, api, check);
      print(
          new Table("api", "status", "message", "fix")
              .row(
                  api.displayName(),
                  ConfigCommand.status(check),
                  check.message(),
                  fix == null ? "" : fix));
      if (!check.ok()) {
        err()
            .println(
                "duoctl: saved, but validation failed; fix the keys above and run 'duoctl orgs set-keys' again");
        err().flush();
        return ErrorHandler.FAILED;
      }
      return ErrorHandler.OK;
    }
  }
}
