package io.duoctl.app.cli;

import io.duoctl.app.Duoctl;
import io.duoctl.core.jobs.OrganizationSelection;
import io.duoctl.core.orgs.OrganizationKeysImport;
import io.duoctl.core.orgs.check.CheckItem;
import io.duoctl.core.orgs.check.ImportedKeys;
import io.duoctl.core.orgs.check.OrganizationCheckReport;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The organization commands that check keys against Duo: {@code check} and {@code import-keys}. */
final class OrgsCheckCommands {
  private OrgsCheckCommands() {}

  @Command(
      name = "check",
      description = {
        "Checks per organization and per API whether its keys work (one signed call each), whether"
            + " its mapping points to a Duo child account, and whether its directory key is set"
            + " and well-formed; each problem with the command that fixes it.",
        "--all-orgs checks every organization, mapped or not. Exit code 0 when nothing failed (a missing directory key or Auth API key is reported but"
            + " does not fail), 1 otherwise."
      })
  static final class Check extends AppCommand {
    @Parameters(arity = "0..1", paramLabel = "ORG", description = "One organization, name or id.")
    String org;

    /** Null when no option names the organizations. */
    @ArgGroup(exclusive = true, multiplicity = "0..1")
    OrganizationTarget target;

    @Override
    int run(Duoctl app) {
      List<OrganizationCheckReport> reports =
          app.organizationCheck().check(configuration(), selection());
      Table table = new Table("organization", "part", "status", "message", "fix");
      for (OrganizationCheckReport report : reports) {
        for (CheckItem item : report.items()) {
          table.row(
              report.organization(),
              item.part(),
              item.status(),
              item.message(),
              item.fix() == null ? "" : item.fix());
        }
      }
      print(table);
      long failed = reports.stream().filter(r -> !r.ok()).count();
      say(
          reports.size()
              + (reports.size() == 1 ? " organization" : " organizations")
              + " checked: "
              + (reports.size() - failed)
              + " OK, "
              + failed
              + " failed.");
      return failed == 0 ? ErrorHandler.OK : ErrorHandler.FAILED;
    }

    /** ORG or exactly one option; {@code --all-orgs} is every organization, mapped or not. */
    private OrganizationSelection selection() {
      if ((org == null) == (target == null)) {
        throw new UsageException(
            "name the organizations to check in exactly one way: ORG, --org ORG, --orgs A,B,"
                + " --tag T or --all-orgs");
      }
      return org != null ? OrganizationSelection.of(List.of(org)) : target.selection();
    }
  }

  @Command(
      name = "import-keys",
      description = {
        "Stores organizations' own API keys and directory keys from CSV with the header"
            + " organization,api,host,ikey,secret_key,directory_key: per line an organization"
            + " (name or id) with the keys of one API (admin or auth), a directory key, or both."
            + " Secrets come from the file only. All or nothing; every bad line is reported with"
            + " its line number, never with a secret.",
        "Then each line's keys are validated with a signed call (unless --no-validate); exit"
            + " code 1 when one fails (the keys stay saved). FILE '-' reads stdin."
      })
  static final class ImportKeys extends AppCommand {
    @Parameters(paramLabel = "FILE", description = "The CSV file, or - for stdin.")
    String file;

    @Option(names = "--no-validate", description = "Save without validating.")
    boolean noValidate;

    @Override
    int run(Duoctl app) {
      List<OrganizationKeysImport.Line> lines;
      try (Reader csv = OrgsImportCommands.openCsv(this, file)) {
        lines = app.keysImport().importCsv(csv, configuration(), app.actor());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
      List<ImportedKeys> results = app.organizationCheck().imported(lines, !noValidate);
      Table table = new Table("line", "organization", "api", "directory_key", "status", "fix");
      for (ImportedKeys r : results) {
        table.row(
            r.line(),
            r.organization(),
            r.api() == null ? "" : r.api().fieldPrefix(),
            r.directoryKeySet() ? "set (well-formed)" : "",
            r.check() == null ? (r.api() == null ? "" : "not validated") : status(r),
            r.fix() == null ? "" : r.fix());
      }
      print(table);
      long failed = results.stream().filter(ImportedKeys::failed).count();
      say(
          "Imported "
              + results.size()
              + (results.size() == 1 ? " line" : " lines")
              + (noValidate ? "." : "; " + failed + " failed validation."));
      if (failed > 0) {
        err().println("duoctl: saved, but validation failed; fix the keys above");
        err().flush();
      }
      return failed == 0 ? ErrorHandler.OK : ErrorHandler.FAILED;
    }

    private static String status(ImportedKeys r) {
      return ConfigCommand.status(r.check()) + ": " + r.check().message();
    }
  }
}
