package io.duoctl.app.cli;

import io.duoctl.app.Duoctl;
import io.duoctl.core.access.ApiScope;
import io.duoctl.core.actions.ActionDefinition;
import io.duoctl.core.actions.ActionJson;
import io.duoctl.core.actions.ActionLevelException;
import io.duoctl.core.actions.ActionResult;
import io.duoctl.core.actions.ActionRunner;
import io.duoctl.core.actions.ErrorCode;
import io.duoctl.core.actions.RunOptions;
import io.duoctl.core.jobs.ConfirmationRequiredException;
import io.duoctl.core.jobs.FanOut;
import io.duoctl.core.jobs.Job;
import io.duoctl.core.jobs.ResultListener;
import io.duoctl.core.jobs.SkippedOrganization;
import io.duoctl.core.results.OrganizationOutcome;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * A command that runs one catalog action for the chosen organizations: {@code duoctl run} and the
 * short forms ({@code duoctl users get ...}). Shares the organization choice, {@code --set}, {@code
 * --dry-run}, the output formats, the fan-out progress, Ctrl-C and the exit codes: 0 every
 * organization ok, 1 any failed, 2 usage or invalid input, 130 interrupted (the job is cancelled:
 * organizations not yet started do not run, runs in flight finish and are shown).
 */
abstract class ActionCommand extends AppCommand {
  private static final Duration TICK = Duration.ofMillis(200);
  private static final Duration HOOK_WAIT = Duration.ofSeconds(20);

  /** Null when no organization option was given (a parent-level action takes none). */
  @ArgGroup(exclusive = true, multiplicity = "0..1")
  OrganizationTarget target;

  @Option(
      names = "--set",
      paramLabel = "KEY=VALUE",
      description =
          "Any input field (see `duoctl actions describe`); repeatable. A value starting with [ or"
              + " { is read as JSON.")
  Map<String, String> sets = Map.of();

  @Option(
      names = "--dry-run",
      description = "Show the Duo requests a changing action would send; send nothing.")
  boolean dryRun;

  @Option(
      names = "--yes",
      description =
          "Run a destructive action over several organizations without asking (needed when no"
              + " terminal can ask).")
  boolean yes;

  /** The catalog action this command runs. */
  abstract String actionId();

  /** Puts the fields this command's own options and parameters give. */
  abstract void fill(ActionFields fields);

  /** Puts the fields this command's options and what is stored in {@code app} give. */
  void fill(Duoctl app, ActionFields fields) {
    fill(fields);
  }

  /** The organizations when no option names them: null, none (a parent-level action needs none). */
  OrganizationTarget defaultTarget() {
    return null;
  }

  /**
   * Whether this is a lookup over several organizations where "not found" is an answer: those rows
   * are summed up in one line instead of failing, and the command fails only if found nowhere.
   */
  boolean absenceAnswers() {
    return false;
  }

  /** Whether a run whose every result is an empty list fails (a search that matched nothing). */
  boolean nothingFoundFails() {
    return false;
  }

  /** How table and CSV output show the data, or null for one row per organization. */
  ItemView view() {
    return null;
  }

  @Override
  final int run(Duoctl app) {
    ActionDefinition action = app.actions().require(actionId());
    ActionFields fields = new ActionFields();
    fill(app, fields);
    fields.set(sets);
    if (target == null && !action.parentLevel()) {
      target = defaultTarget();
    }
    if (action.parentLevel() || target == null) {
      return runOnce(app, action, fields);
    }
    FanOut fanOut = app.attendedFanOut(configuration());
    RunOptions options =
        RunOptions.as(app.actor(), ApiScope.ADMIN).withDryRun(dryRun).withResultsInHand();
    BlockingQueue<Finished> finished = new LinkedBlockingQueue<>();
    ResultListener handOver = (index, result) -> finished.add(new Finished(index, result));
    Job job;
    try {
      job = fanOut.start(action.id(), fields.json(), target.selection(), options, handOver);
    } catch (ConfirmationRequiredException question) {
      confirm(question);
      job =
          fanOut.start(
              action.id(),
              fields.json(),
              target.selection(),
              options.confirmed(question.count()),
              handOver);
    }
    return report(
        action, job, finished, app.settings().get(configuration()).advanced().syncCallDeadline());
  }

  /** A parent-level action, run once; or any action asked for without organizations (refused). */
  private int runOnce(Duoctl app, ActionDefinition action, ActionFields fields) {
    try {
      action.checkOrganization(target == null ? null : target.option());
    } catch (ActionLevelException e) {
      throw new UsageException(
          (target == null ? "--org, --orgs, --tag or --all-orgs" : target.option())
              + ": "
              + e.errors().get(0).message());
    }
    ActionRunner runner = app.actionRunner(configuration());
    runner.validate(action.id(), fields.json());
    ActionResult result =
        runner.run(
            null,
            action.id(),
            fields.json(),
            RunOptions.as(app.actor(), ApiScope.ADMIN).withDryRun(dryRun));
    print(action, List.of(result));
    return result.ok() ? ErrorHandler.OK : ErrorHandler.FAILED;
  }

  /**
   * Agrees to a destructive action over several organizations: {@code --yes}, or a "y" from the
   * person at the terminal after naming the organizations.
   *
   * @throws UsageException when nobody agreed
   */
  private void confirm(ConfirmationRequiredException question) {
    if (yes) {
      return;
    }
    String what =
        question.actionId()
            + " is destructive and would run for "
            + question.count()
            + " organizations: "
            + String.join(", ", question.organizations());
    if (!terminal().canPrompt() || !terminal().interactive()) {
      throw new UsageException(what + ". Nothing ran; add --yes to run it without asking.");
    }
    String answer =
        terminal().prompt().readLine(what + ". Run it for all " + question.count() + "? [y/N] ");
    if (!answer.strip().equalsIgnoreCase("y") && !answer.strip().equalsIgnoreCase("yes")) {
      throw new UsageException("nothing ran; you did not confirm " + question.actionId());
    }
  }

  private int report(
      ActionDefinition action, Job job, BlockingQueue<Finished> finished, Duration callDeadline) {
    int total = job.progress().total();
    if (!target.single()) {
      err()
          .println(
              "duoctl: job "
                  + job.id()
                  + ": "
                  + action.id()
                  + " for "
                  + Counts.organizations(total)
                  + " (see `duoctl jobs show "
                  + job.id()
                  + "`)");
      err().flush();
    }
    AtomicBoolean interrupted = new AtomicBoolean();
    CountDownLatch reported = new CountDownLatch(1);
    Terminal.Registration onCtrlC =
        terminal().interrupts().register(() -> cancel(job, callDeadline, interrupted, reported));
    try (onCtrlC) {
      boolean absenceAnswers = absenceAnswers() && !target.single();
      boolean streaming = options.output == AppOptions.Format.jsonl;
      ResultPrinter lines = new ResultPrinter(out(), options.output);
      List<ActionResult> all =
          await(
              job,
              finished,
              total > 1 && !target.single(),
              streaming,
              r -> {
                if (!(absenceAnswers && notFound(r))) {
                  lines.printItems(OrganizationOutcome.of(r));
                }
              });
      List<ActionResult> absent =
          absenceAnswers ? all.stream().filter(ActionCommand::notFound).toList() : List.of();
      List<ActionResult> results = all.stream().filter(r -> !absent.contains(r)).toList();
      if (streaming) {
        warnOfSecrets(action, results);
      } else if (!results.isEmpty() || (job.skipped().isEmpty() && absent.isEmpty())) {
        print(action, results);
      }
      if (!absent.isEmpty()) {
        err()
            .println(
                "duoctl: not in "
                    + (absent.size() == 1
                        ? "1 organization: "
                        : "these " + absent.size() + " organizations: ")
                    + absent.stream()
                        .map(ActionResult::organization)
                        .collect(Collectors.joining(", ")));
      }
      if (interrupted.get()) {
        long ran = all.stream().filter(r -> !cancelled(r)).count();
        err()
            .println(
                "duoctl: interrupted: job "
                    + job.id()
                    + (ran < total
                        ? " cancelled; "
                            + ran
                            + " of "
                            + total
                            + " organizations ran, the other "
                            + (total - ran)
                            + " did not"
                        : ": all " + total + " organizations had already run"));
        err().flush();
        return ErrorHandler.INTERRUPTED;
      }
      List<SkippedOrganization> skipped = job.skipped();
      if (!skipped.isEmpty()) {
        err().println("duoctl: " + skipped(skipped));
        if (results.isEmpty()) {
          err().println("duoctl: nothing ran: every selected organization was skipped");
          err().flush();
          return ErrorHandler.FAILED;
        }
      }
      long unknown = results.stream().filter(ActionCommand::outcomeUnknown).count();
      long failed = results.stream().filter(r -> !r.ok()).count() - unknown;
      if (failed > 0) {
        err().println("duoctl: " + failed + " of " + all.size() + " organizations failed");
      }
      if (unknown > 0) {
        err()
            .println(
                "duoctl: "
                    + unknown
                    + " of "
                    + all.size()
                    + " organizations: outcome unknown (Duo did not answer in time; the change"
                    + " may have been made: check, or rerun, which looks before changing)");
      }
      err().flush();
      if (failed > 0) {
        return ErrorHandler.FAILED;
      }
      if (unknown > 0) {
        return ErrorHandler.OUTCOME_UNKNOWN;
      }
      if (results.isEmpty() && !absent.isEmpty()) {
        return ErrorHandler.FAILED;
      }
      if (nothingFoundFails() && results.stream().allMatch(ActionCommand::empty)) {
        err()
            .println(
                "duoctl: nothing matched in "
                    + all.size()
                    + (all.size() == 1 ? " organization" : " organizations"));
        err().flush();
        return ErrorHandler.FAILED;
      }
      return ErrorHandler.OK;
    } finally {
      reported.countDown();
    }
  }

  private void cancel(
      Job job, Duration callDeadline, AtomicBoolean interrupted, CountDownLatch reported) {
    interrupted.set(true);
    job.cancel();
    err()
        .println((terminal().interactive() ? "\n" : "") + cancelling(job.inFlight(), callDeadline));
    err().flush();
    try {
      // the process may exit when this returns: let the command show what ran first
      reported.await(HOOK_WAIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * What a cancelled job still waits for, e.g. {@code duoctl: cancelling: waiting for 2
   * organizations in flight (Acme, Globex) to answer, at most 25 s each Duo call; Ctrl-C again to
   * leave now — their outcome will be unknown}.
   */
  static String cancelling(List<String> inFlight, Duration callDeadline) {
    if (inFlight.isEmpty()) {
      return "duoctl: cancelling: no organization is in flight; showing what ran";
    }
    int shown = Math.min(inFlight.size(), 5);
    return "duoctl: cancelling: waiting for "
        + (inFlight.size() == 1 ? "1 organization" : inFlight.size() + " organizations")
        + " in flight ("
        + String.join(", ", inFlight.subList(0, shown))
        + (inFlight.size() > shown ? ", …" : "")
        + ") to answer, at most "
        + callDeadline.toSeconds()
        + " s each Duo call; Ctrl-C again to leave now — their outcome will be unknown";
  }

  /** An organization's result as the job hands it over: where it is in the selection. */
  private record Finished(int index, ActionResult result) {}

  /**
   * Waits for the job, drawing its progress, and takes each organization's result as it finishes;
   * with {@code streaming}, hands it to {@code printed} at once and keeps only what the summary
   * needs (so the results of many organizations are not all held). The results in organization
   * order.
   */
  private List<ActionResult> await(
      Job job,
      BlockingQueue<Finished> finished,
      boolean showProgress,
      boolean streaming,
      Consumer<ActionResult> printed) {
    ProgressDisplay progress =
        showProgress
            ? new ProgressDisplay(err(), terminal().interactive(), System::nanoTime)
            : null;
    SortedMap<Integer, ActionResult> results = new TreeMap<>();
    try {
      boolean done;
      do {
        done = job.await(TICK);
        if (progress != null && !done) {
          progress.update(job.progress());
        }
        for (Finished next = finished.poll(); next != null; next = finished.poll()) {
          if (streaming) {
            printed.accept(next.result());
          }
          results.put(next.index(), streaming ? printedAlready(next.result()) : next.result());
        }
      } while (!done);
    } catch (InterruptedException e) {
      job.cancel();
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted; the job was cancelled", e);
    }
    if (progress != null) {
      progress.finish(job.progress());
    }
    return List.copyOf(results.values());
  }

  /** A printed result without its data, which only the summary's emptiness check still reads. */
  private static ActionResult printedAlready(ActionResult r) {
    if (!r.ok() || empty(r)) {
      return r;
    }
    return new ActionResult(
        true,
        r.action(),
        r.organizationId(),
        r.organization(),
        ActionJson.object(),
        null,
        r.dryRun(),
        List.of(),
        r.secretFields(),
        r.duration());
  }

  /** {@code skipped 2 organizations: Harbor Dental (why), ...}, or "none". */
  static String skipped(List<SkippedOrganization> skipped) {
    return skipped.isEmpty()
        ? "none"
        : "skipped "
            + skipped.size()
            + (skipped.size() == 1 ? " organization: " : " organizations: ")
            + skipped.stream().map(SkippedOrganization::describe).collect(Collectors.joining(", "));
  }

  private void print(ActionDefinition action, List<ActionResult> results) {
    if (results.isEmpty()) {
      say("No organization matched " + target.selection().describe() + ".");
      return;
    }
    ItemView view = view();
    boolean tabular =
        options.output == AppOptions.Format.table || options.output == AppOptions.Format.csv;
    if (view != null && tabular && !dryRun) {
      results.stream()
          .filter(r -> !r.ok())
          .forEach(r -> err().println("duoctl: " + r.organization() + ": " + failure(r)));
      Table table = view.table(results);
      if (!table.isEmpty() || results.stream().allMatch(ActionResult::ok)) {
        print(table);
      }
    } else {
      new ResultPrinter(out(), options.output).print(results);
    }
    warnOfSecrets(action, results);
  }

  private void warnOfSecrets(ActionDefinition action, List<ActionResult> results) {
    if (action.returnsSecrets() && !dryRun && results.stream().anyMatch(ActionResult::ok)) {
      err()
          .println(
              "duoctl: warning: "
                  + String.join(", ", action.secretOutputs())
                  + " above are shown only now; duoctl does not store them anywhere.");
    }
    err().flush();
  }

  private static String failure(ActionResult r) {
    return "FAILED "
        + OrganizationOutcome.code(r.error().code())
        + " "
        + r.error().message()
        + (r.error().duoCode() == null ? "" : " (Duo " + r.error().duoCode() + ")");
  }

  private static boolean notFound(ActionResult r) {
    return r != null && !r.ok() && r.error().code() == ErrorCode.NOT_FOUND;
  }

  private static boolean empty(ActionResult r) {
    return r.data() == null || (r.data().isArray() && r.data().isEmpty());
  }

  private static boolean cancelled(ActionResult r) {
    return r != null && !r.ok() && r.error().code() == ErrorCode.CANCELLED;
  }

  private static boolean outcomeUnknown(ActionResult r) {
    return r != null && !r.ok() && r.error().code() == ErrorCode.OUTCOME_UNKNOWN;
  }
}
