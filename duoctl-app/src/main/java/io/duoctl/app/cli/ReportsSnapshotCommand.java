package io.duoctl.app.cli;

import io.duoctl.app.Duoctl;
import io.duoctl.core.access.ApiScope;
import io.duoctl.core.reports.snapshots.Snapshot;
import io.duoctl.core.reports.snapshots.SnapshotFailure;
import io.duoctl.core.reports.snapshots.SnapshotRun;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;

/** {@code duoctl reports snapshot}: takes today's snapshot of organizations now. */
@Command(
    name = "snapshot",
    description =
        "Takes today's snapshot of the coverage, accounts and billing figures of organizations"
            + " now (default: every mapped one), replacing today's figures of each organization"
            + " read; one line per organization (exit 1 when one could not be read: it gets no"
            + " row today).")
final class ReportsSnapshotCommand extends AppCommand {
  @ArgGroup(exclusive = true, multiplicity = "0..1")
  OrganizationTarget target;

  @Override
  int run(Duoctl app) {
    OrganizationTarget chosen = target == null ? OrganizationTarget.everyOrganization() : target;
    SnapshotRun run =
        app.snapshots().take(configuration(), chosen.selection(), ApiScope.ADMIN, app.actor());
    Table table =
        new Table(
            "organization",
            "day",
            "ok",
            "users",
            "percent_enrolled",
            "billable_users",
            "telephony_credits",
            "not_stored",
            "error");
    for (Snapshot snapshot : run.stored()) {
      table.row(
          snapshot.organization(),
          run.day(),
          true,
          snapshot.coverage() == null ? null : snapshot.coverage().users(),
          snapshot.coverage() == null ? null : snapshot.coverage().percentEnrolled(),
          snapshot.billing() == null ? null : snapshot.billing().billableUsers(),
          snapshot.accounts() == null ? null : snapshot.accounts().telephonyCredits(),
          null,
          null);
    }
    for (SnapshotFailure failure : run.failures()) {
      table.row(
          failure.organization(),
          run.day(),
          false,
          null,
          null,
          null,
          null,
          String.join(",", failure.missing()),
          failure.error().message());
    }
    print(table);
    return run.ok() ? ErrorHandler.OK : ErrorHandler.FAILED;
  }
}
