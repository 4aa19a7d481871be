package io.duoctl.core.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.core.actions.ActionDefinition;
import io.duoctl.core.actions.ActionError;
import io.duoctl.core.actions.ActionFailure;
import io.duoctl.core.actions.ActionResult;
import io.duoctl.core.actions.ActionRun;
import io.duoctl.core.actions.ActionRunner;
import io.duoctl.core.actions.ActionScopes;
import io.duoctl.core.actions.ErrorCode;
import io.duoctl.core.actions.OrganizationResolver;
import io.duoctl.core.actions.OrganizationUnavailableException;
import io.duoctl.core.actions.ResolvedOrganization;
import io.duoctl.core.actions.RunAwaitingAudit;
import io.duoctl.core.actions.RunOptions;
import io.duoctl.core.settings.DuoApi;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one action over many organizations: one virtual thread per organization, bounded overall and
 * per Duo account, so a rate-limited account (whose worker sleeps in the client's back-off) never
 * holds back the others. Every organization gets exactly one row, stored as it finishes; failures
 * are rows, never lost. Thread-safe; {@link #close()} stops accepting jobs.
 */
public final class FanOut implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(FanOut.class);

  private final ActionRunner runner;
  private final OrganizationResolver resolver;
  private final OrganizationDirectory directory;
  private final JobStore store;
  private final JobObserver observer;
  private final Clock clock;
  private final OrganizationSlots slots;
  private final Map<String, Job> live = new ConcurrentHashMap<>();

  private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();

  public FanOut(
      ActionRunner runner,
      OrganizationResolver resolver,
      OrganizationDirectory directory,
      JobStore store,
      FanOutLimits limits,
      Clock clock) {
    this(runner, resolver, directory, store, limits, JobObserver.NONE, clock);
  }

  /** A fan-out that tells {@code observer} of the jobs it starts and finishes and of their rows. */
  public FanOut(
      ActionRunner runner,
      OrganizationResolver resolver,
      OrganizationDirectory directory,
      JobStore store,
      FanOutLimits limits,
      JobObserver observer,
      Clock clock) {
    this.runner = runner;
    this.resolver = resolver;
    this.directory = directory;
    this.store = store;
    this.observer = Objects.requireNonNull(observer, "observer");
    this.clock = clock;
    this.slots = new OrganizationSlots(limits);
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
    if (options.resultsInHand()) {
      throw new IllegalArgumentException(
          "a caller that holds the results needs a listener to receive them");
    }
    return start(actionId, input, selection, options, ResultListener.NONE);
  }

  /**
   * Starts the job as {@link #start(String, JsonNode, OrganizationSelection, RunOptions)} does and
   * hands each organization's full result, secrets included, to {@code results} once, right after
   * its row is stored, from the thread that ran it (so concurrently), before the job counts as
   * finished ({@link Job#await}). Nothing else keeps a result once it is stored: this is how a
   * caller that holds results ({@link RunOptions#resultsInHand()}, the CLI) sees them. A listener
   * that throws loses nothing stored; the job goes on.
   */
  public Job start(
      String actionId,
      JsonNode input,
      OrganizationSelection selection,
      RunOptions options,
      ResultListener results) {
    Objects.requireNonNull(results, "results");
    ActionDefinition action = runner.catalog().require(actionId);
    ActionScopes.check(action, options.scope());
    action.checkPerOrganization();
    JsonNode redacted = runner.validate(actionId, input).redacted();
    if (action.handsOutSecrets() && !options.dryRun() && !options.resultsInHand()) {
      throw new SecretsInJobException(action);
    }
    List<SkippedOrganization> skipped = new ArrayList<>();
    List<String> organizations = organizations(selection, action.api(), skipped);
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
    JobSummary summary =
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
            skipped);
    store.insertJob(
        summary,
        new JobPlan(directory.configuration(), options.scope(), options.confirmedOrganizations()),
        organizations);
    live.put(id, job);
    observer.jobStarted(summary);
    RunOptions inJob = options.inJob(id);
    if (organizations.isEmpty()) {
      finish(job);
    }
    for (int i = 0; i < organizations.size(); i++) {
      int index = i;
      String organization = organizations.get(i);
      threads.execute(
          () -> runOne(job, action, index, organization, input, inJob, Resume.NO, results));
    }
    return job;
  }

  /**
   * Finishes a job claimed from a node that is gone ({@link JobStore#claimLapsed}) and returns at
   * once. An organization that had not started runs now. One whose run had started (its change may
   * have reached Duo) runs again only if the action reads or looks before it changes ({@link
   * ActionDefinition#rerunSafe()}), which settles what the first run did; any other gets an {@link
   * ErrorCode#OUTCOME_UNKNOWN} row. A job whose input held secrets (not stored) or whose results
   * hand out secrets to the caller that held them cannot run again: its organizations not started
   * get a {@link ErrorCode#CANCELLED} row. Every row gets its audit entry; the confirmation given
   * when the job started is honoured.
   */
  public Job resume(ClaimedJob claimed) {
    return resume(claimed, null);
  }

  /**
   * Ends a claimed job that must not run again, e.g. because the configuration it ran in was
   * deleted, and returns at once. Nothing is sent to Duo: its organizations not started get a
   * {@link ErrorCode#CANCELLED} row, those in flight an {@link ErrorCode#OUTCOME_UNKNOWN} row with
   * its audit entry, each saying why ({@code why}, e.g. "the configuration ... was deleted").
   */
  public Job end(ClaimedJob claimed, String why) {
    return resume(claimed, Objects.requireNonNull(why, "why"));
  }

  private Job resume(ClaimedJob claimed, String refusal) {
    JobSummary stored = claimed.summary();
    ActionDefinition action = runner.catalog().require(stored.actionId());
    Job job = Job.resumed(stored);
    live.put(stored.id(), job);
    if (claimed.intents().isEmpty()) {
      abandonOrFinish(job);
      return job;
    }
    RunOptions options =
        new RunOptions(
            stored.actor(),
            claimed.scope(),
            stored.dryRun(),
            Optional.of(stored.id()),
            claimed.confirmedOrganizations(),
            false);
    JsonNode input = JobStore.parse(stored.input());
    String unrunnable =
        refusal != null ? refusal : whyNotRunnableAgain(action, input, stored.dryRun());
    for (JobIntent intent : claimed.intents()) {
      Resume resume =
          unrunnable != null
              ? Resume.refused(unrunnable, intent.inFlight())
              : intent.inFlight() && !action.rerunSafe()
                  ? Resume.refused("the action cannot look up what its interrupted run did", true)
                  : intent.inFlight() ? Resume.RECONCILE : Resume.START;
      threads.execute(
          () ->
              runOne(
                  job,
                  action,
                  intent.index(),
                  intent.organization(),
                  input,
                  options,
                  resume,
                  ResultListener.NONE));
    }
    return job;
  }

  private static String whyNotRunnableAgain(ActionDefinition action, JsonNode input, boolean dry) {
    boolean secretInput =
        action.input().fields().entrySet().stream()
            .anyMatch(field -> field.getValue().secret() && input.has(field.getKey()));
    if (secretInput) {
      return "its input held secrets, which duoctl does not store";
    }
    if (action.handsOutSecrets() && !dry) {
      return "its secret results went only to the process that started it";
    }
    return null;
  }

  /** A job whose organizations all have rows is finished; one from before intents is cancelled. */
  private void abandonOrFinish(Job job) {
    if (job.allRowsStored()) {
      finish(job);
      return;
    }
    JobProgress progress = job.progress();
    JobProgress cancelled =
        new JobProgress(
            job.id(),
            JobState.CANCELLED,
            progress.total(),
            progress.done(),
            progress.failed(),
            progress.unknown());
    store.finishJob(cancelled, clock.instant());
    live.remove(job.id());
    observer.jobFinished(cancelled);
    job.markFinished();
  }

  /** How an organization of a job runs: first time, or after the node that ran it was gone. */
  private record Resume(boolean resumed, boolean reconcile, String refusal, boolean inFlight) {
    static final Resume NO = new Resume(false, false, null, false);
    static final Resume START = new Resume(true, false, null, false);
    static final Resume RECONCILE = new Resume(true, true, null, true);

    static Resume refused(String why, boolean inFlight) {
      return new Resume(true, false, why, inFlight);
    }

    /** The audit note of the run, or null for a first run. */
    String note() {
      if (!resumed) {
        return null;
      }
      if (refusal != null) {
        return "after restart: " + refusal;
      }
      return reconcile
          ? "reconciled after restart: the run that was in flight when its node stopped was"
              + " looked up and settled"
          : "run after restart: the node that started the job stopped first";
    }
  }

  /**
   * The organizations a run over {@code selection} that calls {@code api} runs for, as a job picks
   * them: a list as given (an organization that does not exist is kept, so that its row reports
   * it); of a tag or "all", those that can be reached for {@code api}, the others going to {@code
   * skipped} with the reason, so they are named instead of failing or vanishing.
   *
   * @throws NoOrganizationTaggedException for a tag no organization has
   */
  public List<String> organizations(
      OrganizationSelection selection, DuoApi api, List<SkippedOrganization> skipped) {
    List<String> selected = directory.select(selection);
    if (selection.kind() == OrganizationSelection.Kind.LIST) {
      return selected;
    }
    List<String> reachable = new ArrayList<>();
    for (String organization : selected) {
      ResolvedOrganization resolved = named(organization, api);
      if (resolved == null) {
        reachable.add(organization);
        continue;
      }
      try {
        resolved.target(api);
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
      RunOptions options,
      Resume resume,
      ResultListener results) {
    RunAwaitingAudit run;
    try {
      ResolvedOrganization named = named(organization, action.api());
      run =
          slots.hold(
              accountKey(named, action.api()),
              () -> {
                if (!job.isCancelled() && store.cancelRequested(job.id())) {
                  job.cancel();
                }
                return runOrSettle(job, action, index, organization, named, input, options, resume);
              });
      if (run == null) {
        handOver(job);
        return;
      }
    } catch (RuntimeException e) {
      run =
          unaudited(
              failure(
                  action,
                  organization,
                  organization,
                  options,
                  ActionError.of(
                      ErrorCode.INTERNAL, e.getClass().getSimpleName() + ": " + e.getMessage())));
    }
    ActionResult result = run.result();
    job.record(index, result);
    RunAwaitingAudit audited = run;
    try {
      JobRow row = row(job.id(), index, result);
      store.insertRow(row, h -> audited.writeAudit(h, resume.note()));
      observer.rowStored(row);
    } finally {
      try {
        handOut(job, index, result, results);
      } finally {
        if (job.rowStored()) {
          finish(job);
        }
      }
    }
  }

  private static void handOut(Job job, int index, ActionResult result, ResultListener results) {
    try {
      results.finished(index, result);
    } catch (RuntimeException e) {
      LOG.warn(
          "job {}: the listener of its results failed on {}: {}",
          job.id(),
          result.organization(),
          e.getClass().getSimpleName());
    }
  }

  /**
   * Runs one organization, its intent marked IN_FLIGHT first (durably, before anything is sent);
   * or, for an organization that cannot run again after a restart, the row that says why; null when
   * another node holds the job now.
   */
  private RunAwaitingAudit runOrSettle(
      Job job,
      ActionDefinition action,
      int index,
      String organization,
      ResolvedOrganization named,
      JsonNode input,
      RunOptions options,
      Resume resume) {
    if (resume.refusal() != null && resume.inFlight()) {
      ActionError error =
          ActionError.of(
              ErrorCode.OUTCOME_UNKNOWN,
              "the node running this organization stopped after its change may have been sent,"
                  + " and "
                  + resume.refusal()
                  + "; check in Duo before running it again");
      return audited(failureNamed(action, organization, named, options, error), options, input);
    }
    if (resume.refusal() != null || job.isCancelled()) {
      ActionError error =
          resume.refusal() != null
              ? ActionError.of(
                  ErrorCode.CANCELLED,
                  "not run: the node running the job stopped first, and " + resume.refusal())
              : ActionError.of(
                  ErrorCode.CANCELLED, "the job was cancelled before this organization ran");
      return unaudited(failureNamed(action, organization, named, options, error));
    }
    if (!store.markInFlight(job.id(), index)) {
      return null;
    }
    job.started(index, named == null ? organization : named.name());
    return named != null
        ? runner.runAuditedLater(named, action.id(), input, options)
        : runner.runAuditedLater(organization, action.id(), input, options);
  }

  /**
   * Stops following a job another node claimed (this node's lease lapsed, e.g. while it stalled):
   * its organizations not yet started here are the other node's now.
   */
  private void handOver(Job job) {
    if (live.remove(job.id()) != null) {
      LOG.warn("job {} was claimed by another node; it finishes there", job.id());
      job.markFinished();
    }
  }

  private RunAwaitingAudit unaudited(ActionResult result) {
    return new RunAwaitingAudit(result, Optional.empty(), runner.auditTrail());
  }

  /** A row that reports a change that may have been made, with its audit entry. */
  private RunAwaitingAudit audited(ActionResult result, RunOptions options, JsonNode input) {
    ActionError error = result.error();
    ActionRun run =
        new ActionRun(
            options.actor(),
            result.organizationId(),
            result.organization(),
            result.action(),
            input,
            false,
            error.code(),
            null,
            Duration.ZERO,
            options.dryRun(),
            options.jobId());
    return new RunAwaitingAudit(result, Optional.of(run), runner.auditTrail());
  }

  private String nameOf(String organization, ActionDefinition action) {
    ResolvedOrganization named = named(organization, action.api());
    return named == null ? organization : named.name();
  }

  /**
   * The slots this fan-out's jobs hold while an organization runs; a report run over its
   * organizations holds the same ones.
   */
  public OrganizationSlots slots() {
    return slots;
  }

  /** The key of the slots an organization holds ({@code unresolved} when it could not be found). */
  public static String accountKey(ResolvedOrganization organization, DuoApi api) {
    return organization == null ? "unresolved" : organization.accountKey(api);
  }

  /** The organization's id and name for a row of a run that never started. */
  private ResolvedOrganization named(String organization, DuoApi api) {
    try {
      return resolver.resolve(organization, api);
    } catch (ActionFailure unresolved) {
      return null;
    }
  }

  /** Stores the job's end, unless another node claimed it meanwhile ({@link #handOver}). */
  private void finish(Job job) {
    if (!live.containsKey(job.id())) {
      return;
    }
    JobProgress progress = job.progress();
    store.finishJob(progress, clock.instant());
    live.remove(job.id());
    observer.jobFinished(progress);
    job.markFinished();
  }

  private static ActionResult failureNamed(
      ActionDefinition action,
      String organization,
      ResolvedOrganization named,
      RunOptions options,
      ActionError error) {
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
