package io.duoctl.app.cli;

import io.duoctl.core.jobs.OrganizationSelection;
import java.util.List;
import picocli.CommandLine.Option;

/** Which organizations an action runs for: exactly one of the four ways. */
final class OrganizationTarget {
  @Option(names = "--org", paramLabel = "ORG", description = "One organization, name or id.")
  String org;

  @Option(
      names = "--orgs",
      paramLabel = "A,B",
      split = ",",
      description = "These organizations, names or ids.")
  List<String> orgs;

  @Option(names = "--tag", paramLabel = "T", description = "Every mapped organization tagged T.")
  String tag;

  @Option(names = "--all-orgs", description = "Every mapped organization.")
  boolean all;

  /** Every organization, as {@code --all-orgs}. */
  static OrganizationTarget everyOrganization() {
    OrganizationTarget target = new OrganizationTarget();
    target.all = true;
    return target;
  }

  OrganizationSelection selection() {
    if (org != null) {
      return OrganizationSelection.of(List.of(org));
    }
    if (orgs != null) {
      return OrganizationSelection.of(orgs.stream().map(String::strip).toList());
    }
    return tag != null ? OrganizationSelection.tagged(tag) : OrganizationSelection.allMapped();
  }

  /** The option given, as typed, e.g. {@code --org}: for messages. */
  String option() {
    if (org != null) {
      return "--org";
    }
    if (orgs != null) {
      return "--orgs";
    }
    return tag != null ? "--tag" : "--all-orgs";
  }

  /** Whether this names one organization, so there is no job to follow. */
  boolean single() {
    return org != null;
  }
}
