package io.duoctl.app.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.app.Duoctl;
import io.duoctl.core.jobs.JobProgress;
import io.duoctl.core.jobs.JobRow;
import io.duoctl.core.jobs.JobSummary;
import io.duoctl.core.results.JobRowsCsv;
import io.duoctl.core.results.OrganizationOutcome;
import io.duoctl.core.vocabulary.WireNames;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code duoctl jobs}: fan-out jobs run by this CLI or by a server on the same database. */
@Command(
    name = "jobs",
    description =
        "Fan-out jobs (actions run over several organizations): list, show, rows, cancel.",
    subcommands = {
      JobsCommand.ListJobs.class,
      JobsCommand.Show.class,
      JobsCommand.Rows.class,
      JobsCommand.Cancel.class
    })
final class JobsCommand {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JobsCommand() {}

  /** A command about one stored job. */
  abstract static class OneJob extends AppCommand {
    @Parameters(paramLabel = "JOB_ID", description = "The job's id, as `run` printed it.")
    String jobId;

    @Override
    final int run(Duoctl app) {
      Optional<JobSummary> job = app.jobs().find(jobId.strip());
      if (job.isEmpty()) {
        err().println("duoctl: no job " + jobId + "; see `duoctl jobs list`");
        err().flush();
        return ErrorHandler.FAILED;
      }
      return run(app, job.get());
    }

    abstract int run(Duoctl app, JobSummary job);
  }

  @Command(
      name = "list",
      description = "Lists jobs, newest first.",
      footerHeading = "%nExamples:%n",
      footer = {"  duoctl jobs list --limit 5"})
  static final class ListJobs extends AppCommand {
    @Option(
        names = "--limit",
        defaultValue = "20",
        paramLabel = "N",
        description = "At most N jobs (1-1000). Default: ${DEFAULT-VALUE}.")
    int limit;

    @Override
    int run(Duoctl app) {
      if (limit < 1 || limit > 1000) {
        throw new UsageException("--limit must be between 1 and 1000");
      }
      Table table =
          new Table("id", "action", "state", "done", "failed", "organizations", "created", "actor");
      for (JobSummary job : app.jobs().recent(0, limit)) {
        JobProgress p = job.progress();
        table.row(
            job.id(),
            job.actionId() + (job.dryRun() ? " (dry run)" : ""),
            WireNames.of(p.state()),
            p.done() + "/" + p.total(),
            p.failed(),
            job.selection(),
            job.createdAt(),
            job.actor());
      }
      if (table.isEmpty() && options.output == AppOptions.Format.table) {
        say("No jobs yet: `duoctl run ACTION --all-orgs` starts one.");
        return ErrorHandler.OK;
      }
      print(table);
      return ErrorHandler.OK;
    }
  }

  @Command(
      name = "show",
      description = "Shows a job: state, counts, timing, input (secrets redacted).",
      footerHeading = "%nExamples:%n",
      footer = {"  duoctl jobs show 0b9c5f7e-6f2a-4d7e-9a51-3c1e2d4f5a6b"})
  static final class Show extends OneJob {
    @Override
    int run(Duoctl app, JobSummary job) {
      JobProgress p = job.progress();
      Instant end = job.finishedAt() != null ? job.finishedAt() : app.clock().instant();
      Table table = new Table("field", "value");
      table
          .row("id", job.id())
          .row("action", job.actionId())
          .row("state", WireNames.of(p.state()))
          .row("dry run", job.dryRun())
          .row("organizations", job.selection())
          .row("total", p.total())
          .row("done", p.done())
          .row("ok", p.succeeded())
          .row("failed", p.failed())
          .row("outcome unknown", p.unknown())
          .row("skipped", ActionCommand.skipped(job.skipped()))
          .row("created", job.createdAt())
          .row("finished", job.finishedAt())
          .row(job.finishedAt() != null ? "took" : "running for", took(job.createdAt(), end))
          .row("actor", job.actor())
          .row("input", job.input());
      print(table);
      return ErrorHandler.OK;
    }

    private static String took(Instant from, Instant to) {
      Duration d = Duration.between(from, to);
      return d.toMillis() < 60_000
          ? String.format(java.util.Locale.ROOT, "%.1f s", d.toMillis() / 1000.0)
          : d.toMinutes() + " min " + d.toSecondsPart() + " s";
    }
  }

  @Command(
      name = "rows",
      description = {
        "Prints a job's rows (data with secrets redacted): -o json one object per organization,"
            + " -o jsonl one line per item, -o csv one line per item with its organization first"
            + " (the same bytes as the REST API and the console export)."
      },
      footerHeading = "%nExamples:%n",
      footer = {"  duoctl jobs rows 0b9c5f7e-6f2a-4d7e-9a51-3c1e2d4f5a6b -o csv > rows.csv"})
  static final class Rows extends OneJob {
    @Override
    int run(Duoctl app, JobSummary job) {
      switch (options.output) {
        case json -> printJson(app, job.id());
        case xlsx -> throw AppOptions.xlsxRefused();
        case jsonl -> {
          ResultPrinter printer = new ResultPrinter(out(), options.output);
          app.jobs()
              .forEachRow(
                  job.id(), -1, row -> printer.printItems(OrganizationOutcome.of(row.whole())));
        }
        case csv -> {
          JobRowsCsv.write(app.jobs(), job.id(), out());
          out().flush();
        }
        case table -> {
          List<JobRow> rows = app.jobs().rows(job.id());
          Table table =
              new Table("organization", "organization_id", "status", "result", "duration_ms");
          for (JobRow row : rows) {
            table.row(
                row.organization(),
                row.organizationId(),
                row.ok() ? "OK" : "FAILED " + OrganizationOutcome.code(row.errorCode()),
                row.ok() ? (row.data() == null ? "" : row.data().toString()) : message(row),
                row.duration().toMillis());
          }
          print(table);
        }
      }
      return ErrorHandler.OK;
    }

    /** The rows as one indented JSON array, written as they are read. */
    private void printJson(Duoctl app, String jobId) {
      try (JsonGenerator json =
          JSON.getFactory()
              .createGenerator(out())
              .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
              .useDefaultPrettyPrinter()) {
        json.writeStartArray();
        app.jobs()
            .forEachRow(
                jobId,
                -1,
                row -> {
                  try {
                    JSON.writeTree(json, object(row.whole()));
                  } catch (IOException e) {
                    throw new UncheckedIOException("cannot write JSON", e);
                  }
                });
        json.writeEndArray();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write JSON", e);
      }
      out().println();
      out().flush();
    }

    private static ObjectNode object(JobRow r) {
      ObjectNode row =
          JSON.createObjectNode()
              .put("organization", r.organization())
              .put("organization_id", r.organizationId())
              .put("ok", r.ok())
              .put("duration_ms", r.duration().toMillis())
              .put("finished_at", r.finishedAt().toString());
      row.set("data", r.ok() ? r.data() : null);
      if (r.ok()) {
        row.putNull("error");
      } else {
        ObjectNode error = row.putObject("error");
        error.put("code", OrganizationOutcome.code(r.errorCode())).put("message", r.message());
        if (r.duoCode() != null) {
          error.put("duo_code", r.duoCode());
        }
        if (r.messageDetail() != null) {
          error.put("message_detail", r.messageDetail());
        }
      }
      return row;
    }

    private static String message(JobRow r) {
      return r.message()
          + (r.duoCode() == null ? "" : " (Duo " + r.duoCode() + ")")
          + (r.messageDetail() == null ? "" : ": " + r.messageDetail());
    }
  }

  @Command(
      name = "cancel",
      description = {
        "Cancels a running job, whichever process runs it (this machine's `duoctl run`, or a"
            + " server on the same database).",
        "Organizations not yet started do not run; runs in flight finish."
      },
      footerHeading = "%nExamples:%n",
      footer = {"  duoctl jobs cancel 0b9c5f7e-6f2a-4d7e-9a51-3c1e2d4f5a6b"})
  static final class Cancel extends OneJob {
    @Override
    int run(Duoctl app, JobSummary job) {
      if (!app.cancelJob(job.id())) {
        JobSummary now = app.jobs().find(job.id()).orElse(job);
        err()
            .println(
                "duoctl: job "
                    + job.id()
                    + " is not running (it ended "
                    + WireNames.of(now.progress().state())
                    + (now.finishedAt() == null ? "" : " at " + now.finishedAt())
                    + "); nothing to cancel");
        err().flush();
        return ErrorHandler.FAILED;
      }
      say(
          "Cancelling job "
              + job.id()
              + ": organizations not yet started will not run; runs in flight finish. See"
              + " `duoctl jobs show "
              + job.id()
              + "`.");
      return ErrorHandler.OK;
    }
  }
}
