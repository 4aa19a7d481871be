package io.duoctl.app.console.jobs;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.duoctl.app.Duoctl;
import io.duoctl.app.console.ConsoleRoute;
import io.duoctl.app.console.Pages;
import io.duoctl.core.access.ApiScope;
import io.duoctl.core.jobs.JobHistory;
import io.duoctl.core.jobs.JobState;
import io.duoctl.core.jobs.JobSummary;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The jobs pages: recent fan-out jobs, and one job with its live summary (polled by htmx every
 * second while it runs), its per-organization rows a page at a time (while it runs, the page
 * appends only the rows finished since the last one shown), cancel, and CSV/JSON download. Rows
 * come from the job history, so secrets are already redacted.
 */
public final class JobsController {

  /** The list's path; a job is at {@code PATH/<id>}. */
  public static final String PATH = "/console/jobs";

  private static final int PAGE_SIZE = 50;
  private static final int ROWS_PAGE_SIZE = 100;

  private final Duoctl app;
  private final Pages pages;
  private final JobHistory history;

  public JobsController(Duoctl app, Pages pages) {
    this.app = app;
    this.pages = pages;
    this.history = app.jobs();
  }

  /** The pages' routes: anyone signed in follows jobs, cancelling one needs the run role. */
  public List<ConsoleRoute> routes() {
    return List.of(
        ConsoleRoute.get(PATH, ApiScope.READ, this::list),
        ConsoleRoute.get(PATH + "/{id}", ApiScope.READ, this::show),
        ConsoleRoute.get(PATH + "/{id}/summary", ApiScope.READ, this::summary),
        ConsoleRoute.get(PATH + "/{id}/rows", ApiScope.READ, this::rows),
        ConsoleRoute.post(PATH + "/{id}/cancel", ApiScope.RUN, this::cancel),
        ConsoleRoute.get(PATH + "/{id}/export.csv", ApiScope.READ, this::csv),
        ConsoleRoute.get(PATH + "/{id}/export.json", ApiScope.READ, this::json));
  }

  void list(Context ctx) {
    int offset = offset(ctx);
    List<JobSummary> jobs = history.recent(offset, PAGE_SIZE + 1);
    Map<String, Object> params = new HashMap<>();
    params.put(
        "view",
        new JobsView(
            pages.frame(ctx, "Jobs", "jobs"),
            jobs.stream().limit(PAGE_SIZE).map(JobsView.Line::of).toList(),
            offset,
            jobs.size() > PAGE_SIZE,
            PAGE_SIZE));
    pages.render(ctx, "jobs/jobs.jte", params);
  }

  void show(Context ctx) {
    JobSummary job = find(ctx);
    Map<String, Object> params = new HashMap<>();
    params.put(
        "view",
        JobView.of(
            pages.frame(ctx, "Job", "jobs"),
            job,
            rowsAfter(job, -1),
            ctx.queryParam("cancelled") != null));
    pages.render(ctx, "jobs/job.jte", params);
  }

  /** The job page's summary alone, which the page polls while the job runs. */
  void summary(Context ctx) {
    JobSummary job = find(ctx);
    Map<String, Object> params = new HashMap<>();
    params.put(
        "view",
        JobView.of(pages.frame(ctx, "Job", "jobs"), job, JobRowsView.none(job.id()), false));
    pages.render(ctx, "jobs/summary.jte", params);
  }

  /** The rows after {@code ?after=INDEX} as table rows to append, and what follows them. */
  void rows(Context ctx) {
    JobSummary job = find(ctx);
    Map<String, Object> params = new HashMap<>();
    params.put("page", rowsAfter(job, after(ctx)));
    pages.render(ctx, "jobs/rows.jte", params);
  }

  private JobRowsView rowsAfter(JobSummary job, int after) {
    return JobRowsView.of(
        job.id(),
        after,
        history.rows(job.id(), after, ROWS_PAGE_SIZE + 1),
        ROWS_PAGE_SIZE,
        job.progress().state() == JobState.RUNNING);
  }

  void cancel(Context ctx) {
    JobSummary job = find(ctx);
    boolean cancelled = app.cancelJob(job.id());
    String back = PATH + "/" + job.id() + (cancelled ? "?cancelled=1" : "");
    if (ctx.header("HX-Request") != null) {
      ctx.header("HX-Redirect", back);
    } else {
      ctx.redirect(back, HttpStatus.SEE_OTHER);
    }
  }

  void csv(Context ctx) throws IOException {
    JobSummary job = find(ctx);
    Writer out =
        new OutputStreamWriter(download(ctx, job, "csv", "text/csv; charset=utf-8"), UTF_8);
    JobExport.csv(history, job.id(), out);
    out.flush();
  }

  void json(Context ctx) {
    JobSummary job = find(ctx);
    JobExport.json(job, history, download(ctx, job, "json", "application/json; charset=utf-8"));
  }

  /** Where the download's body goes, written as the rows are read. */
  private static OutputStream download(Context ctx, JobSummary job, String extension, String type) {
    ctx.contentType(type)
        .header(
            "Content-Disposition",
            "attachment; filename=\"job-" + job.id() + "." + extension + "\"");
    return ctx.outputStream();
  }

  private JobSummary find(Context ctx) {
    String id = ctx.pathParam("id");
    return history
        .find(id)
        .orElseThrow(() -> new NotFoundResponse("no job " + id + "; it may have been deleted"));
  }

  private static int after(Context ctx) {
    String after = ctx.queryParam("after");
    try {
      return after == null ? -1 : Math.max(-1, Integer.parseInt(after));
    } catch (NumberFormatException e) {
      throw new BadRequestResponse("after must be the index of the last row shown, e.g. after=99");
    }
  }

  private static int offset(Context ctx) {
    try {
      String offset = ctx.queryParam("offset");
      return offset == null ? 0 : Math.max(0, Integer.parseInt(offset));
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
