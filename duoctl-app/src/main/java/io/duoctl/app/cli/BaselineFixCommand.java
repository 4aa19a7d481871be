package io.duoctl.app.cli;

import io.duoctl.app.Duoctl;
import io.duoctl.core.baseline.Baseline;
import picocli.CommandLine.Command;

/**
 * {@code duoctl baseline fix}: the action {@value Baseline#FIX_ACTION} with the stored baseline as
 * its input, over the chosen organizations (default: all).
 */
@Command(
    name = "fix",
    description = {
      "Brings organizations back to the baseline: reads each one's settings and sends one change"
          + " with only those that differ; nothing where all are as the baseline says.",
      "--dry-run plans exactly those changes and sends none. Default: --all-orgs.",
      "Exit code: 0 all rows ok, 1 any row failed, 2 usage error or no baseline."
    })
final class BaselineFixCommand extends ActionCommand {

  @Override
  String actionId() {
    return Baseline.FIX_ACTION;
  }

  @Override
  void fill(ActionFields fields) {
    // the input is the stored baseline: see fill(app, fields)
  }

  @Override
  void fill(Duoctl app, ActionFields fields) {
    fields.putAll(app.baselines().get(configuration()).fixInput());
  }

  @Override
  OrganizationTarget defaultTarget() {
    return OrganizationTarget.everyOrganization();
  }
}
