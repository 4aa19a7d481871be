package io.duoctl.core.jobs;

import io.duoctl.core.access.ApiScope;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A job whose node is gone, now claimed by this one to finish it.
 *
 * @param summary the job as stored
 * @param configuration the configuration it ran in; empty for the default
 * @param scope what its caller was allowed
 * @param confirmedOrganizations the confirmation its caller gave
 * @param intents its organizations without a row, in row order
 */
public record ClaimedJob(
    JobSummary summary,
    Optional<String> configuration,
    ApiScope scope,
    OptionalInt confirmedOrganizations,
    List<JobIntent> intents) {

  public ClaimedJob {
    intents = List.copyOf(intents);
  }

  ClaimedJob withSummary(JobSummary value) {
    return new ClaimedJob(value, configuration, scope, confirmedOrganizations, intents);
  }
}
