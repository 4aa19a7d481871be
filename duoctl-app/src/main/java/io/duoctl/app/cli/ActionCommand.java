package io.duoctl.app.cli;

import io.duoctl.app.Duoctl;
import io.duoctl.core.actions.ActionDefinition;
import io.duoctl.core.actions.ActionResult;
import io.duoctl.core.actions.ErrorCode;
import io.duoctl.core.actions.RunOptions;
import io.duoctl.core.jobs.Job;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
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

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help message and exit.")
  boolean help;

  @ArgGroup(exclusive = true, multiplicity = "1")
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

  /** The catalog action this command runs. */
  abstract String actionId();

  /** Puts the fields this command's own options and parameters give. */
  abstract void fill(ActionFields fields);

  /** How table and CSV output show the data, or null for one row per organization. */
  ItemView view() {
    return null;
  }

  @Override
  final int run(Duoctl app) {
    ActionDefinition action = app.actions().require(actionId());
    ActionFields fields = new ActionFields();
    fill(fields);
    fields.set(sets);
    Job job =
        app.attendedFanOut(configuration())
            .start(
                action.id(),
                fields.json(),
                target.selection(),
                RunOptions.as(app.actor()).withDryRun(dryRun));
    return report(action, job);
  }

  private int report(ActionDefinition action, Job job) {
    int total = job.progress().total();
    if (!target.single()) {
      err()
          .println(
              "duoctl: job "
                  + job.id()
                  + ": "
                  + action.id()
                  + " for "
                  + total
                  + " organizations (see `duoctl jobs show "
                  + job.id()
                  + "`)");
      err().flush();
    }
    AtomicBoolean interrupted = new AtomicBoolean();
    CountDownLatch reported = new CountDownLatch(1);
    try (Terminal.Registration onCtrlC =
        terminal().interrupts().register(() -> cancel(job, interrupted, reported))) {
      List<ActionResult> results = await(job, total > 1 && !target.single());
      print(action, results);
      if (interrupted.get()) {
        long ran = results.stream().filter(r -> !cancelled(r)).count();
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
      long unknown = results.stream().filter(ActionCommand::outcomeUnknown).count();
      long failed = results.stream().filter(r -> !r.ok()).count() - unknown;
      if (failed > 0) {
        err().println("duoctl: " + failed + " of " + results.size() + " organizations failed");
      }
      if (unknown > 0) {
        err()
            .println(
                "duoctl: "
                    + unknown
                    + " of "
                    + results.size()
                    + " organizations: outcome unknown (Duo did not answer in time; the change"
                    + " may have been made: check, or rerun, which looks before changing)");
      }
      err().flush();
      if (failed > 0) {
        return ErrorHandler.FAILED;
      }
      return unknown > 0 ? ErrorHandler.OUTCOME_UNKNOWN : ErrorHandler.OK;
    } finally {
      reported.countDown();
    }
  }

  private static void cancel(Job job, AtomicBoolean interrupted, CountDownLatch reported) {
    interrupted.set(true);
    job.cancel();
    try {
      // the process may exit when this returns: let the command show what ran first
      reported.await(HOOK_WAIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private List<ActionResult> await(Job job, boolean showProgress) {
    ProgressDisplay progress =
        showProgress
            ? new ProgressDisplay(err(), terminal().interactive(), System::nanoTime)
            : null;
    try {
      while (!job.await(showProgress ? TICK : Duration.ofMinutes(1))) {
        if (progress != null) {
          progress.update(job.progress());
        }
      }
    } catch (InterruptedException e) {
      job.cancel();
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted; the job was cancelled", e);
    }
    if (progress != null) {
      progress.finish(job.progress());
    }
    return job.results();
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
        + r.error().code().name()
        + " "
        + r.error().message()
        + (r.error().duoCode() == null ? "" : " (Duo " + r.error().duoCode() + ")");
  }

  private static boolean cancelled(ActionResult r) {
    return r != null && !r.ok() && r.error().code() == ErrorCode.CANCELLED;
  }

  private static boolean outcomeUnknown(ActionResult r) {
    return r != null && !r.ok() && r.error().code() == ErrorCode.OUTCOME_UNKNOWN;
  }
}
