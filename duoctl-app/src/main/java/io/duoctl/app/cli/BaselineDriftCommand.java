package io.duoctl.app.cli;

import io.duoctl.app.Duoctl;
import io.duoctl.core.access.ApiScope;
import io.duoctl.core.actions.ActionJson;
import io.duoctl.core.actions.RunOptions;
import io.duoctl.core.baseline.DriftRow;
import io.duoctl.core.baseline.DriftSummary;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;

/**
 * {@code duoctl baseline drift}: every setting of the chosen organizations (default: all) that
 * differs from the baseline. Exit 0 when every organization is on the baseline, 1 when any differs
 * or could not be read, 2 for usage or no baseline.
 */
@Command(
    name = "drift",
    description = {
      "Lists every setting of the chosen organizations that differs from the baseline: the"
          + " organization, the setting, the baseline's value and Duo's. An organization whose"
          + " settings could not be read is listed with the reason. Default: --all-orgs.",
      "Exit code: 0 all on the baseline, 1 any differs or was not read, 2 usage error."
    })
final class BaselineDriftCommand extends AppCommand {

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  OrganizationTarget target;

  @Override
  int run(Duoctl app) {
    OrganizationTarget chosen = target == null ? OrganizationTarget.everyOrganization() : target;
    boolean streaming = options.output == AppOptions.Format.jsonl;
    List<DriftRow> rows = new ArrayList<>();
    DriftSummary summary =
        app.settingsDrift(configuration())
            .run(
                app.baselines().get(configuration()),
                chosen.selection(),
                RunOptions.as(app.actor(), ApiScope.ADMIN),
                row -> {
                  if (streaming) {
                    out().println(row.json());
                    out().flush();
                  } else {
                    rows.add(row);
                  }
                });
    if (options.output == AppOptions.Format.json) {
      out().println(ActionJson.of(rows.stream().map(DriftRow::json).toList()).toPrettyString());
      out().flush();
    } else if (!streaming) {
      Table table = new Table("organization", "setting", "baseline", "actual", "problem");
      rows.forEach(
          r ->
              table.row(
                  r.organization(),
                  r.setting(),
                  BaselineCommand.cell(r.baseline()),
                  BaselineCommand.cell(r.actual()),
                  r.problem()));
      print(table);
    }
    err().println("duoctl: " + describe(summary));
    err().flush();
    return summary.clean() ? ErrorHandler.OK : ErrorHandler.FAILED;
  }

  /** What the report found, e.g. {@code 1 organization off the baseline (2 settings), ...}. */
  static String describe(DriftSummary s) {
    if (s.clean()) {
      return switch (s.onBaseline()) {
        case 0 -> "no organization was selected";
        case 1 -> "the 1 organization is on the baseline";
        default -> "all " + s.onBaseline() + " organizations are on the baseline";
      };
    }
    return Counts.organizations(s.drifted())
        + " off the baseline ("
        + Counts.of(s.differences(), "setting", "settings")
        + "), "
        + s.onBaseline()
        + " on it, "
        + s.notRead()
        + " not read"
        + (s.drifted() > 0 ? "; plan the fix with `duoctl baseline fix --dry-run`" : "");
  }
}
