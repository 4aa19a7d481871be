package io.duoctl.core.jobs;

import io.duoctl.core.orgs.OrganizationNotFoundException;
import io.duoctl.core.orgs.OrganizationService;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The job history every front end reads: rows of organizations that never ran (cancelled before
 * their turn) are stored with the organization's id as its name, and show the name here while the
 * organization exists. Thread-safe when the history is.
 */
public final class NamedJobHistory implements JobHistory {

  private final JobHistory history;
  private final OrganizationService organizations;

  public NamedJobHistory(JobHistory history, OrganizationService organizations) {
    this.history = history;
    this.organizations = organizations;
  }

  @Override
  public Optional<JobSummary> find(String jobId) {
    return history.find(jobId);
  }

  @Override
  public List<JobSummary> recent(int offset, int limit) {
    return history.recent(offset, limit);
  }

  @Override
  public List<JobRow> rows(String jobId) {
    return history.rows(jobId).stream().map(this::named).toList();
  }

  @Override
  public List<JobRow> rows(String jobId, int afterIndex, int limit) {
    return history.rows(jobId, afterIndex, limit).stream().map(this::named).toList();
  }

  @Override
  public RowPage rowPage(String jobId, int offset, int limit) {
    RowPage page = history.rowPage(jobId, offset, limit);
    return new RowPage(page.rows().stream().map(this::named).toList(), page.total());
  }

  @Override
  public void forEachRow(String jobId, int afterIndex, Consumer<StoredRow> each) {
    history.forEachRow(jobId, afterIndex, row -> each.accept(named(row)));
  }

  @Override
  public boolean followRows(String jobId, Duration poll, Consumer<StoredRow> each)
      throws InterruptedException {
    return history.followRows(jobId, poll, row -> each.accept(named(row)));
  }

  private StoredRow named(StoredRow stored) {
    JobRow row = named(stored.row());
    return row.equals(stored.row()) ? stored : new StoredRow(row, stored.data());
  }

  private JobRow named(JobRow row) {
    if (!row.organization().equals(row.organizationId())) {
      return row;
    }
    try {
      String name = organizations.get(row.organizationId()).name();
      return new JobRow(
          row.jobId(),
          row.index(),
          row.organizationId(),
          name,
          row.ok(),
          row.errorCode(),
          row.message(),
          row.duoCode(),
          row.messageDetail(),
          row.data(),
          row.duration(),
          row.finishedAt());
    } catch (OrganizationNotFoundException unknown) {
      return row;
    }
  }
}
