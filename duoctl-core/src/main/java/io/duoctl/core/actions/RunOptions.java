package io.duoctl.core.actions;

import io.duoctl.core.access.ApiScope;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How to run an action, and what the caller is allowed and has agreed to.
 *
 * @param actor who runs it (user name, API token name, {@code cli:alice}); recorded in the audit
 * @param scope what the caller may do: a read-only action needs {@link ApiScope#READ}, any other
 *     {@link ApiScope#RUN} (the CLI, a local administrator with the database, has {@link
 *     ApiScope#ADMIN})
 * @param dryRun when true, mutating actions send no changing request and return the plan
 * @param jobId the fan-out job this run belongs to, if any
 * @param confirmedOrganizations for a destructive job over more than one organization, how many
 *     organizations the caller saw and agreed to; the job starts only when it equals the
 *     selection's size
 * @param resultsInHand whether the caller holds the job and reads every result from it, secrets
 *     included, as the CLI does; a REST or console job is followed through its stored rows, which
 *     never hold secrets
 */
public record RunOptions(
    String actor,
    ApiScope scope,
    boolean dryRun,
    Optional<String> jobId,
    OptionalInt confirmedOrganizations,
    boolean resultsInHand) {

  public RunOptions {
    if (actor == null || actor.isBlank()) {
      throw new IllegalArgumentException("actor must name who runs the action");
    }
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(jobId, "jobId");
    Objects.requireNonNull(confirmedOrganizations, "confirmedOrganizations");
  }

  /** Runs as {@code actor} with {@code scope}: not a dry run, not confirmed, no job. */
  public static RunOptions as(String actor, ApiScope scope) {
    return new RunOptions(actor, scope, false, Optional.empty(), OptionalInt.empty(), false);
  }

  public RunOptions withDryRun(boolean value) {
    return new RunOptions(actor, scope, value, jobId, confirmedOrganizations, resultsInHand);
  }

  public RunOptions inJob(String id) {
    return new RunOptions(
        actor, scope, dryRun, Optional.of(id), confirmedOrganizations, resultsInHand);
  }

  /** Confirms a destructive job over {@code organizations} organizations. */
  public RunOptions confirmed(int organizations) {
    return new RunOptions(
        actor, scope, dryRun, jobId, OptionalInt.of(organizations), resultsInHand);
  }

  /** The caller reads every result from the job it holds (the CLI). */
  public RunOptions withResultsInHand() {
    return new RunOptions(actor, scope, dryRun, jobId, confirmedOrganizations, true);
  }
}
