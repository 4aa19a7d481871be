package io.duoctl.app.console.jobs;

import io.duoctl.app.console.Frame;
import io.duoctl.core.jobs.JobProgress;
import io.duoctl.core.jobs.JobSummary;
import io.duoctl.core.vocabulary.WireNames;
import java.util.List;

/** The recent jobs list, newest first. */
public record JobsView(Frame frame, List<Line> jobs, int offset, boolean hasNext, int pageSize) {

  private static final int NAMES_SHOWN = 3;

  /** One job of the list. */
  public record Line(
      String id,
      String action,
      String actor,
      String selection,
      boolean dryRun,
      String state,
      String stateClass,
      int total,
      int done,
      int failed,
      String createdAt) {

    static Line of(JobSummary job) {
      JobProgress p = job.progress();
      return new Line(
          job.id(),
          job.actionId(),
          job.actor(),
          describe(job.selection(), p.total()),
          job.dryRun(),
          WireNames.of(p.state()),
          JobView.stateClass(p),
          p.total(),
          p.done(),
          p.failed(),
          job.createdAt().toString());
    }
  }

  /**
   * {@code orgs:a,b} → {@code a, b} (a long list: its first names and how many more); {@code tag:x}
   * → organizations tagged x; {@code all}. {@code total} is the job's number of organizations.
   */
  public static String describe(String selection, int total) {
    if (selection == null || selection.equals("all")) {
      return "all mapped organizations";
    }
    if (selection.startsWith("tag:")) {
      return "organizations tagged " + selection.substring(4);
    }
    if (!selection.startsWith("orgs:")) {
      return selection;
    }
    List<String> names = List.of(selection.substring(5).split(","));
    if (names.size() <= NAMES_SHOWN + 2) {
      return String.join(", ", names);
    }
    return String.join(", ", names.subList(0, NAMES_SHOWN))
        + " and "
        + (Math.max(total, names.size()) - NAMES_SHOWN)
        + " more";
  }

  public boolean hasPrevious() {
    return offset > 0;
  }
}
