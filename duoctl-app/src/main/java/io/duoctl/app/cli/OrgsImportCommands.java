package io.duoctl.app.cli;

import io.duoctl.app.Duoctl;
import io.duoctl.core.mapping.DuoAccount;
import io.duoctl.core.mapping.DuoImport;
import io.duoctl.core.orgs.Organization;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The organization commands that create many at once: from CSV, and from Duo's child accounts. */
final class OrgsImportCommands {
  private OrgsImportCommands() {}

  /** The CSV named {@code file}, or stdin for {@code -}. */
  static Reader openCsv(AppCommand command, String file) throws IOException {
    if (file.equals("-")) {
      return new InputStreamReader(command.terminal().stdin(), StandardCharsets.UTF_8);
    }
    Path path = Path.of(file);
    if (!Files.isReadable(path)) {
      throw new UsageException("cannot read " + file + "; give a CSV file or - for stdin");
    }
    return Files.newBufferedReader(path, StandardCharsets.UTF_8);
  }

  @Command(
      name = "import-csv",
      description = {
        "Creates organizations from CSV with a header: name (required), external_id, tags"
            + " (separated by ';'). All or nothing; every bad line is reported.",
        "FILE '-' reads stdin."
      })
  static final class ImportCsv extends AppCommand {
    @Parameters(paramLabel = "FILE", description = "The CSV file, or - for stdin.")
    String file;

    @Override
    int run(Duoctl app) {
      List<Organization> created;
      try (Reader csv = openCsv(this, file)) {
        created = app.csvImport().importCsv(csv, configuration(), app.actor());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
      print(OrgsCommand.table(created));
      say("Imported " + created.size() + " organizations.");
      return ErrorHandler.OK;
    }
  }

  @Command(
      name = "import-duo",
      description =
          "Creates and maps an organization for each Duo child account not mapped yet (refreshes"
              + " the account list first unless --no-refresh).")
  static final class ImportDuo extends AppCommand {
    @Option(
        names = "--refresh",
        negatable = true,
        defaultValue = "true",
        fallbackValue = "true",
        description = "Refresh the Duo account list first. Default: on.")
    boolean refresh;

    @Override
    int run(Duoctl app) {
      if (refresh) {
        app.mapping().refreshAccounts(configuration(), app.accountDirectory(), app.actor());
      }
      DuoImport result = app.organizationsFromDuo().importUnmapped(configuration(), app.actor());
      print(OrgsCommand.table(result.created()));
      say("Created " + result.created().size() + " organizations from Duo accounts.");
      for (DuoAccount skipped : result.skipped()) {
        say(
            "Skipped "
                + skipped.name()
                + " ("
                + skipped.accountId()
                + "): an organization of that name exists; map it with duoctl mapping set");
      }
      return ErrorHandler.OK;
    }
  }
}
