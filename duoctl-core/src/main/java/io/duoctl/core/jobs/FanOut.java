package io.duoctl.core.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.core.actions.ActionDefinition;
import io.duoctl.core.actions.ActionError;
import io.duoctl.core.actions.ActionFailure;
import io.duoctl.core.actions.ActionResult;
import io.duoctl.core.actions.ActionRunner;
import io.duoctl.core.actions.ActionScopes;
import io.duoctl.core.actions.ErrorCode;
import io.duoctl.core.actions.OrganizationResolver;
import io.duoctl.core.actions.OrganizationUnavailableException;
import io.duoctl.core.actions.ResolvedOrganization;
import io.duoctl.core.actions.RunOptions;
import io.duoctl.core.settings.DuoApi;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

/**
 * Runs one action over many organizations: one virtual thread per organization, bounded overall and
 * per Duo account, so a rate-limited account (whose worker sleeps in the client's back-off) never
 * holds back the others. Every organization gets exactly one row, stored as it finishes; failures
 * are rows, never lost. Thread-safe; {@link #close()} stops accepting jobs.
 */
public final class FanOut implements AutoCloseable {

  private final ActionRunner runner;
  private final OrganizationResolver resolver;
  private final OrganizationDirectory directory;
  private final JobStore store;
  private final FanOutLimits limits;
  private final Clock clock;
  private final Semaphore overall;
  private final Map<String, Semaphore> perAccount = new ConcurrentHashMap<>();
  private final Map<String, Job> live = new ConcurrentHashMap<>();
  private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();

  public FanOut(
      ActionRunner runner,
      OrganizationResolver resolver,
      OrganizationDirectory directory,
      JobStore store,
      FanOutLimits limits,
      Clock clock) {
    this.runner = runner;
    this.resolver = resolver;
    this.directory = directory;
    this.store = store;
    this.limits = limits;
    this.clock = clock;
    this.overall = new Semaphore(limits.overall());
  }

  /**
   * Starts {@code actionId} for every selected organization and returns at once. Every refusal
   * comes before anything runs or is stored.
   *
   * @throws io.duoctl.core.actions.UnknownActionException for an unknown action
   * @throws io.duoctl.core.actions.ActionLevelException for a parent-level action, which runs once
   *     ({@link ActionRunner#run} without an organization), never per organization
   * @throws io.duoctl.core.actions.ActionNotAllowedException when the caller's scope does not allow
   *     the action
   * @throws io.duoctl.core.actions.InvalidActionInputException for bad input (checked once, before
   *     any organization runs)
   * @throws SecretsInJobException for an action that hands out secrets, unless it is a dry run or
   *     the caller holds the results ({@link RunOptions#resultsInHand()})
   * @throws NoOrganizationTaggedException for a tag no organization has
   * @throws ConfirmationRequiredException for a destructive action over more than one organization,
   *     unless it is a dry run or {@link RunOptions#confirmedOrganizations()} equals the number of
   *     selected organizations
   */
  public Job start(
      String actionId, JsonNode input, OrganizationSelection selection, RunOptions options) {
    ActionDefinition action = runner.catalog().require(actionId);
    ActionScopes.check(action, options.scope());
    action.checkPerOrganization();
    JsonNode redacted = runner.validate(actionId, input).redacted();
    if (action.handsOutSecrets() && !options.dryRun() && !options.resultsInHand()) {
      throw new SecretsInJobException(action);
    }
    List<String> selected = directory.select(selection);
    List<SkippedOrganization> skipped = new ArrayList<>();
    List<String> organizations =
        selection.kind() == OrganizationSelection.Kind.LIST
            ? selected
            : reachable(selected, action, skipped);
    if (action.destructive()
        && !options.dryRun()
        && organizations.size() > 1
        && options.confirmedOrganizations().orElse(-1) != organizations.size()) {
      throw new ConfirmationRequiredException(
          action.id(),
          organizations.stream().map(org -> nameOf(org, action)).toList(),
          options.confirmedOrganizations());
    }
    String id = UUID.randomUUID().toString();
    Job job = new Job(id, actionId, organizations.size(), skipped);
    store.insertJob(
        new JobSummary(
            id,
            actionId,
            options.actor(),
            options.dryRun(),
            selection.describe(),
            redacted.toString(),
            job.progress(),
            clock.instant(),
            null,
            skipped));
    live.put(id, job);
    RunOptions inJob = options.inJob(id);
    if (organizations.isEmpty()) {
      finish(job);
    }
    for (int i = 0; i < organizations.size(); i++) {
      int index = i;
      String organization = organizations.get(i);
      threads.execute(() -> runOne(job, action, index, organization, input, inJob));
    }
    return job;
  }

  /**
   * The organizations of a tag or "all" that can be reached for the action's API; the others go to
   * {@code skipped} with the reason, so they are named instead of failing or vanishing.
   */
  private List<String> reachable(
      List<String> selected, ActionDefinition action, List<SkippedOrganization> skipped) {
    List<String> reachable = new ArrayList<>();
    for (String organization : selected) {
      ResolvedOrganization resolved = named(organization, action.api());
      if (resolved == null) {
        reachable.add(organization);
        continue;
      }
      try {
        resolved.target(action.api());
        reachable.add(organization);
      } catch (OrganizationUnavailableException unreachable) {
        skipped.add(
            new SkippedOrganization(resolved.id(), resolved.name(), unreachable.getMessage()));
      }
    }
    return reachable;
  }

  /** Live progress of a running job, else the stored one. */
  public Optional<JobProgress> progress(String jobId) {
    Job job = live.get(jobId);
    return job != null ? Optional.of(job.progress()) : store.find(jobId).map(JobSummary::progress);
  }

  /** The job as started by this process while it runs; empty once finished or unknown. */
  public Optional<Job> running(String jobId) {
    return Optional.ofNullable(live.get(jobId));
  }

  /** The stored rows (secrets redacted), in organization order. */
  public List<JobRow> rows(String jobId) {
    return store.rows(jobId);
  }

  /**
   * Cancels a running job of this process. A job run by another process on the same database is
   * cancelled through {@link JobStore#requestCancel}.
   *
   * @return false if it is not running here
   */
  public boolean cancel(String jobId) {
    Job job = live.get(jobId);
    if (job == null) {
      return false;
    }
    job.cancel();
    return true;
  }

  private void runOne(
      Job job,
      ActionDefinition action,
      int index,
      String organization,
      JsonNode input,
      RunOptions options) {
    ActionResult result;
    try {
      ResolvedOrganization named = named(organization, action.api());
      Semaphore account =
          perAccount.computeIfAbsent(
              named == null ? "unresolved" : named.accountKey(action.api()),
              key -> new Semaphore(limits.perAccount()));
      account.acquireUninterruptibly();
      try {
        overall.acquireUninterruptibly();
        try {
          if (!job.isCancelled() && store.cancelRequested(job.id())) {
            job.cancel();
          }
          if (job.isCancelled()) {
            result = cancelled(action, organization, named, options);
          } else {
            job.started(index, named == null ? organization : named.name());
            result = runner.run(organization, action.id(), input, options);
          }
        } finally {
          overall.release();
        }
      } finally {
        account.release();
      }
    } catch (RuntimeException e) {
      result =
          failure(
              action,
              organization,
              organization,
              options,
              ActionError.of(
                  ErrorCode.INTERNAL, e.getClass().getSimpleName() + ": " + e.getMessage()));
    }
    JobProgress progress = job.record(index, result);
    try {
      store.insertRow(row(job.id(), index, result), progress);
    } finally {
      if (job.rowStored()) {
        finish(job);
      }
    }
  }

  private String nameOf(String organization, ActionDefinition action) {
    ResolvedOrganization named = named(organization, action.api());
    return named == null ? organization : named.name();
  }

  /** The organization's id and name for a row of a run that never started. */
  private ResolvedOrganization named(String organization, DuoApi api) {
    try {
      return resolver.resolve(organization, api);
    } catch (ActionFailure unresolved) {
      return null;
    }
  }

  private void finish(Job job) {
    store.finishJob(job.progress(), clock.instant());
    live.remove(job.id());
    job.markFinished();
  }

  private static ActionResult cancelled(
      ActionDefinition action,
      String organization,
      ResolvedOrganization named,
      RunOptions options) {
    ActionError error =
        ActionError.of(ErrorCode.CANCELLED, "the job was cancelled before this organization ran");
    return named == null
        ? failure(action, organization, organization, options, error)
        : failure(action, named.id(), named.name(), options, error);
  }

  private static ActionResult failure(
      ActionDefinition action,
      String organizationId,
      String organization,
      RunOptions options,
      ActionError error) {
    return new ActionResult(
        false,
        action.id(),
        organizationId,
        organization,
        null,
        error,
        options.dryRun(),
        List.of(),
        List.of(),
        Duration.ZERO);
  }

  private JobRow row(String jobId, int index, ActionResult result) {
    ActionResult safe = result.withoutSecrets();
    ActionError error = safe.error();
    return new JobRow(
        jobId,
        index,
        safe.organizationId(),
        safe.organization(),
        safe.ok(),
        error == null ? null : error.code(),
        error == null ? null : error.message(),
        error == null ? null : error.duoCode(),
        error == null ? null : error.messageDetail(),
        safe.data(),
        safe.duration(),
        clock.instant());
  }

  /** Stops accepting jobs; runs in flight finish. */
  @Override
  public void close() {
    threads.shutdown();
  }
}
