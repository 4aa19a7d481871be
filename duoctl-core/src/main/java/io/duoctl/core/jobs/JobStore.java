package io.duoctl.core.jobs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.core.access.ApiScope;
import io.duoctl.core.actions.ActionJson;
import io.duoctl.core.actions.ErrorCode;
import io.duoctl.core.db.SqlTimes;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Jobs and their rows in the database (H2 or PostgreSQL). Stores only redacted inputs and data.
 * Thread-safe: every method takes its own handle.
 */
public final class JobStore implements JobHistory {

  private static final int PAGE = 16;
  private static final int MAX_TEXT = 4000;

  private final Jdbi jdbi;
  private final JobLease lease;

  /** A store for a new node ({@link JobLease#forThisProcess()}). */
  public JobStore(Jdbi jdbi) {
    this(jdbi, JobLease.forThisProcess());
  }

  /** A store whose jobs are claimed by {@code lease}'s node. */
  public JobStore(Jdbi jdbi, JobLease lease) {
    this.jdbi = jdbi;
    this.lease = lease;
  }

  /** This node's claim on the jobs it runs. */
  public JobLease lease() {
    return lease;
  }

  void insertJob(JobSummary job) {
    insertJob(job, null, List.of());
  }

  /**
   * Stores a new job claimed by this node, with what a resume needs ({@code plan}, may be null for
   * none) and one PENDING intent per organization, in one transaction.
   */
  void insertJob(JobSummary job, JobPlan plan, List<String> organizations) {
    jdbi.useTransaction(
        h -> {
          h.createUpdate(
                  """
                    INSERT INTO action_job (id, action_id, actor, dry_run, selection, input,
                      job_state, total_count, done_count, failed_count, created_at)
                    VALUES (:id, :action, :actor, :dryRun, :selection, :input,
                      :state, :total, 0, 0, :createdAt)
                    """)
              .bind("id", job.id())
              .bind("action", job.actionId())
              .bind("actor", job.actor())
              .bind("dryRun", job.dryRun())
              .bind("selection", clip(job.selection(), MAX_TEXT))
              .bind("input", clip(job.input(), 20_000))
              .bind("state", job.progress().state().name())
              .bind("total", job.progress().total())
              .bind("createdAt", SqlTimes.toDb(job.createdAt()))
              .execute();
          h.createUpdate(
                  """
                  UPDATE action_job SET owner_node = :node, lease_expires_at = :until,
                    configuration_name = :configuration, caller_scope = :scope,
                    confirmed_count = :confirmed
                  WHERE id = :id
                  """)
              .bind("id", job.id())
              .bind("node", lease.node())
              .bind("until", SqlTimes.toDb(job.createdAt().plus(lease.length())))
              .bind("configuration", plan == null ? null : plan.configuration().orElse(null))
              .bind("scope", plan == null ? null : plan.scope().name())
              .bind(
                  "confirmed",
                  plan == null || plan.confirmed().isEmpty() ? null : plan.confirmed().getAsInt())
              .execute();
          insertIntents(h, job.id(), organizations);
          PreparedBatch batch =
              h.prepareBatch(
                  """
                  INSERT INTO action_job_skipped (job_id, position, organization_id,
                    organization_name, reason)
                  VALUES (:job, :position, :orgId, :org, :reason)
                  """);
          for (int i = 0; i < job.skipped().size(); i++) {
            SkippedOrganization skipped = job.skipped().get(i);
            batch
                .bind("job", job.id())
                .bind("position", i)
                .bind("orgId", clip(skipped.organizationId(), 200))
                .bind("org", clip(skipped.organization(), 200))
                .bind("reason", clip(skipped.reason(), MAX_TEXT))
                .add();
          }
          if (!job.skipped().isEmpty()) {
            batch.execute();
          }
        });
  }

  private static void insertIntents(Handle h, String jobId, List<String> organizations) {
    if (organizations.isEmpty()) {
      return;
    }
    PreparedBatch intents =
        h.prepareBatch(
            """
            INSERT INTO action_job_intent (job_id, row_index, organization, intent_state)
            VALUES (:job, :index, :org, 'PENDING')
            """);
    for (int i = 0; i < organizations.size(); i++) {
      intents.bind("job", jobId).bind("index", i).bind("org", organizations.get(i)).add();
    }
    intents.execute();
  }

  /**
   * Records, before the run sends anything, that organization {@code index} of the job started, so
   * a node resuming the job after a crash knows its change may have reached Duo.
   *
   * @return false when this node no longer holds the job (its lease lapsed and another node claimed
   *     it): the organization must not run here
   */
  boolean markInFlight(String jobId, int index) {
    return jdbi.withHandle(
            h ->
                h.createUpdate(
                        """
                        UPDATE action_job_intent SET intent_state = 'IN_FLIGHT'
                        WHERE job_id = :job AND row_index = :index
                          AND EXISTS (SELECT 1 FROM action_job j
                                      WHERE j.id = :job AND j.owner_node = :node)
                        """)
                    .bind("job", jobId)
                    .bind("index", index)
                    .bind("node", lease.node())
                    .execute())
        == 1;
  }

  private static boolean failedRow(JobRow row) {
    return !row.ok() && row.errorCode() != ErrorCode.OUTCOME_UNKNOWN;
  }

  /** Stores a row and counts it in the job's counts, in one transaction. */
  void insertRow(JobRow row) {
    insertRow(row, h -> {});
  }

  /**
   * Stores a row, counts it in the job's counts (so they always equal the rows stored, whatever
   * process stored them) and writes whatever {@code alongside} writes (the run's audit entry) in
   * one transaction, and drops the organization's intent: a crash leaves all or none.
   */
  void insertRow(JobRow row, Consumer<Handle> alongside) {
    jdbi.useTransaction(
        h -> {
          h.createUpdate("DELETE FROM action_job_intent WHERE job_id = :job AND row_index = :index")
              .bind("job", row.jobId())
              .bind("index", row.index())
              .execute();
          h.createUpdate(
                  """
                  INSERT INTO action_job_row (job_id, row_index, organization_id,
                    organization_name, ok, error_code, message, duo_code, message_detail,
                    result_deflated, duration_ms, finished_at)
                  VALUES (:job, :index, :orgId, :org, :ok, :errorCode, :message, :duoCode,
                    :detail, :data, :duration, :finishedAt)
                  """)
              .bind("job", row.jobId())
              .bind("index", row.index())
              .bind("orgId", clip(row.organizationId(), 200))
              .bind("org", clip(row.organization(), 200))
              .bind("ok", row.ok())
              .bind("errorCode", row.errorCode() == null ? null : row.errorCode().name())
              .bind("message", clip(row.message(), MAX_TEXT))
              .bind("duoCode", row.duoCode())
              .bind("detail", clip(row.messageDetail(), MAX_TEXT))
              .bind("data", row.data() == null ? null : RowData.of(row.data()).deflated())
              .bind("duration", row.duration().toMillis())
              .bind("finishedAt", SqlTimes.toDb(row.finishedAt()))
              .execute();
          h.createUpdate(
                  """
                  UPDATE action_job SET done_count = done_count + 1,
                    failed_count = failed_count + :failed, unknown_count = unknown_count + :unknown
                  WHERE id = :id AND job_state = 'RUNNING'
                  """)
              .bind("id", row.jobId())
              .bind("failed", failedRow(row) ? 1 : 0)
              .bind("unknown", row.errorCode() == ErrorCode.OUTCOME_UNKNOWN ? 1 : 0)
              .execute();
          alongside.accept(h);
        });
  }

  /**
   * Renews this node's claim on the jobs it runs, until {@code now} plus the lease's length.
   *
   * @return how many jobs it holds
   */
  public int renewLeases(Instant now) {
    return jdbi.withHandle(
        h ->
            h.createUpdate(
                    "UPDATE action_job SET lease_expires_at = :until"
                        + " WHERE owner_node = :node AND job_state = 'RUNNING'")
                .bind("node", lease.node())
                .bind("until", SqlTimes.toDb(now.plus(lease.length())))
                .execute());
  }

  /**
   * Claims for this node every RUNNING job whose lease lapsed before {@code now} (its node is gone;
   * a job from before leases has none), one job at a time so that of several nodes exactly one gets
   * each.
   *
   * @return the jobs claimed, to resume
   */
  public List<ClaimedJob> claimLapsed(Instant now) {
    List<String> lapsed =
        jdbi.withHandle(
            h ->
                h.createQuery(
                        "SELECT id FROM action_job WHERE job_state = 'RUNNING'"
                            + " AND (lease_expires_at IS NULL OR lease_expires_at < :now)"
                            + " AND (owner_node IS NULL OR owner_node <> :node)"
                            + " ORDER BY created_at")
                    .bind("now", SqlTimes.toDb(now))
                    .bind("node", lease.node())
                    .mapTo(String.class)
                    .list());
    List<ClaimedJob> claimed = new ArrayList<>();
    for (String id : lapsed) {
      claim(id, now).ifPresent(claimed::add);
    }
    return claimed;
  }

  private Optional<ClaimedJob> claim(String jobId, Instant now) {
    return jdbi.inTransaction(
        h -> {
          int won =
              h.createUpdate(
                      """
                      UPDATE action_job SET owner_node = :node, lease_expires_at = :until
                      WHERE id = :id AND job_state = 'RUNNING'
                        AND (lease_expires_at IS NULL OR lease_expires_at < :now)
                        AND (owner_node IS NULL OR owner_node <> :node)
                      """)
                  .bind("id", jobId)
                  .bind("node", lease.node())
                  .bind("until", SqlTimes.toDb(now.plus(lease.length())))
                  .bind("now", SqlTimes.toDb(now))
                  .execute();
          if (won != 1) {
            return Optional.<ClaimedJob>empty();
          }
          List<JobIntent> intents =
              h.createQuery("SELECT * FROM action_job_intent WHERE job_id = :id ORDER BY row_index")
                  .bind("id", jobId)
                  .map(
                      (rs, ctx) ->
                          new JobIntent(
                              rs.getInt("row_index"),
                              rs.getString("organization"),
                              "IN_FLIGHT".equals(rs.getString("intent_state"))))
                  .list();
          return h.createQuery("SELECT * FROM action_job WHERE id = :id")
              .bind("id", jobId)
              .map((rs, ctx) -> claimed(rs, intents))
              .findOne()
              .map(job -> job.withSummary(withSkipped(h, job.summary())));
        });
  }

  private static ClaimedJob claimed(ResultSet rs, List<JobIntent> intents) throws SQLException {
    String scope = rs.getString("caller_scope");
    int confirmed = rs.getInt("confirmed_count");
    boolean unconfirmed = rs.wasNull();
    return new ClaimedJob(
        summary(rs),
        Optional.ofNullable(rs.getString("configuration_name")),
        scope == null ? ApiScope.RUN : ApiScope.valueOf(scope),
        unconfirmed ? OptionalInt.empty() : OptionalInt.of(confirmed),
        intents);
  }

  void finishJob(JobProgress progress, Instant finishedAt) {
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    """
                    UPDATE action_job SET job_state = :state, done_count = :done,
                      failed_count = :failed, unknown_count = :unknown, finished_at = :finishedAt
                    WHERE id = :id
                    """)
                .bind("id", progress.jobId())
                .bind("state", progress.state().name())
                .bind("done", progress.done())
                .bind("failed", progress.failed())
                .bind("unknown", progress.unknown())
                .bind("finishedAt", SqlTimes.toDb(finishedAt))
                .execute());
  }

  /**
   * Asks whichever process runs the job (this one, or a server on the same database) to stop it:
   * marks a RUNNING job CANCELLED, finished at {@code now}. The runner sees the mark before it
   * starts its next organization, lets runs in flight finish, and then stores the final state and
   * time; a job whose process is gone stays cancelled.
   *
   * @return false when the job is not running (finished, or unknown)
   */
  public boolean requestCancel(String jobId, Instant now) {
    return jdbi.withHandle(
            h ->
                h.createUpdate(
                        "UPDATE action_job SET job_state = 'CANCELLED', finished_at = :now"
                            + " WHERE id = :id AND job_state = 'RUNNING'")
                    .bind("id", jobId)
                    .bind("now", SqlTimes.toDb(now))
                    .execute())
        == 1;
  }

  /** Whether the job was marked CANCELLED, e.g. by {@link #requestCancel}. */
  boolean cancelRequested(String jobId) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                        "SELECT COUNT(*) FROM action_job WHERE id = :id AND job_state = 'CANCELLED'")
                    .bind("id", jobId)
                    .mapTo(Integer.class)
                    .one()
                > 0);
  }

  @Override
  public Optional<JobSummary> find(String jobId) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT * FROM action_job WHERE id = :id")
                .bind("id", jobId)
                .map((rs, ctx) -> summary(rs))
                .findOne()
                .map(job -> withSkipped(h, job)));
  }

  @Override
  public List<JobSummary> recent(int offset, int limit) {
    return jdbi.withHandle(
        h ->
            h
                .createQuery(
                    "SELECT * FROM action_job ORDER BY created_at DESC, id"
                        + " OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY")
                .bind("offset", offset)
                .bind("limit", limit)
                .map((rs, ctx) -> summary(rs))
                .list()
                .stream()
                .map(job -> withSkipped(h, job))
                .toList());
  }

  @Override
  public List<JobRow> rows(String jobId) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT * FROM action_job_row WHERE job_id = :id ORDER BY row_index")
                .bind("id", jobId)
                .map((rs, ctx) -> storedRow(rs).whole())
                .list());
  }

  @Override
  public List<JobRow> rows(String jobId, int afterIndex, int limit) {
    return storedRows(jobId, afterIndex, limit).stream().map(StoredRow::whole).toList();
  }

  @Override
  public RowPage rowPage(String jobId, int offset, int limit) {
    return jdbi.withHandle(
        h ->
            new RowPage(
                h.createQuery(
                        "SELECT * FROM action_job_row WHERE job_id = :id ORDER BY row_index"
                            + " OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY")
                    .bind("id", jobId)
                    .bind("offset", offset)
                    .bind("limit", limit)
                    .map((rs, ctx) -> storedRow(rs).whole())
                    .list(),
                h.createQuery("SELECT COUNT(*) FROM action_job_row WHERE job_id = :id")
                    .bind("id", jobId)
                    .mapTo(Integer.class)
                    .one()));
  }

  @Override
  public void forEachRow(String jobId, int afterIndex, Consumer<StoredRow> each) {
    int after = afterIndex;
    while (true) {
      List<StoredRow> page = storedRows(jobId, after, PAGE);
      page.forEach(each);
      if (page.size() < PAGE) {
        return;
      }
      after = page.get(page.size() - 1).row().index();
    }
  }

  @Override
  public boolean followRows(String jobId, Duration poll, Consumer<StoredRow> each)
      throws InterruptedException {
    if (find(jobId).isEmpty()) {
      return false;
    }
    BitSet sent = new BitSet();
    while (true) {
      boolean ended = ended(jobId);
      List<Integer> fresh = storedIndexes(jobId).stream().filter(i -> !sent.get(i)).toList();
      for (int from = 0; from < fresh.size(); from += PAGE) {
        for (StoredRow row :
            storedRowsAt(jobId, fresh.subList(from, Math.min(from + PAGE, fresh.size())))) {
          sent.set(row.row().index());
          each.accept(row);
        }
      }
      if (ended) {
        return true;
      }
      Thread.sleep(poll);
    }
  }

  /**
   * Whether no more row of the job will be stored: it is not running, and no organization of it is
   * still pending or in flight on a live node (a cancelled job's runs in flight still store rows).
   */
  private boolean ended(String jobId) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    """
                    SELECT j.job_state, j.lease_expires_at,
                      (SELECT COUNT(*) FROM action_job_intent i WHERE i.job_id = j.id) AS intents
                    FROM action_job j WHERE j.id = :id
                    """)
                .bind("id", jobId)
                .map(
                    (rs, ctx) ->
                        !"RUNNING".equals(rs.getString("job_state"))
                            && (rs.getInt("intents") == 0
                                || rs.getObject("lease_expires_at") == null
                                || SqlTimes.instant(rs, "lease_expires_at")
                                    .isBefore(Instant.now())))
                .findOne()
                .orElse(true));
  }

  private List<Integer> storedIndexes(String jobId) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT row_index FROM action_job_row WHERE job_id = :id ORDER BY row_index")
                .bind("id", jobId)
                .mapTo(Integer.class)
                .list());
  }

  private List<StoredRow> storedRowsAt(String jobId, List<Integer> indexes) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT * FROM action_job_row WHERE job_id = :id AND row_index IN (<indexes>)"
                        + " ORDER BY row_index")
                .bind("id", jobId)
                .bindList("indexes", indexes)
                .map((rs, ctx) -> storedRow(rs))
                .list());
  }

  private List<StoredRow> storedRows(String jobId, int afterIndex, int limit) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT * FROM action_job_row WHERE job_id = :id AND row_index > :after"
                        + " ORDER BY row_index OFFSET 0 ROWS FETCH NEXT :limit ROWS ONLY")
                .bind("id", jobId)
                .bind("after", afterIndex)
                .bind("limit", limit)
                .map((rs, ctx) -> storedRow(rs))
                .list());
  }

  private static JobSummary withSkipped(Handle h, JobSummary job) {
    List<SkippedOrganization> skipped =
        h.createQuery("SELECT * FROM action_job_skipped WHERE job_id = :id ORDER BY position")
            .bind("id", job.id())
            .map(
                (rs, ctx) ->
                    new SkippedOrganization(
                        rs.getString("organization_id"),
                        rs.getString("organization_name"),
                        rs.getString("reason")))
            .list();
    return skipped.isEmpty()
        ? job
        : new JobSummary(
            job.id(),
            job.actionId(),
            job.actor(),
            job.dryRun(),
            job.selection(),
            job.input(),
            job.progress(),
            job.createdAt(),
            job.finishedAt(),
            skipped);
  }

  private static JobSummary summary(ResultSet rs) throws SQLException {
    String id = rs.getString("id");
    JobProgress progress =
        new JobProgress(
            id,
            JobState.valueOf(rs.getString("job_state")),
            rs.getInt("total_count"),
            rs.getInt("done_count"),
            rs.getInt("failed_count"),
            rs.getInt("unknown_count"));
    return new JobSummary(
        id,
        rs.getString("action_id"),
        rs.getString("actor"),
        rs.getBoolean("dry_run"),
        rs.getString("selection"),
        rs.getString("input"),
        progress,
        SqlTimes.instant(rs, "created_at"),
        rs.getObject("finished_at") == null ? null : SqlTimes.instant(rs, "finished_at"));
  }

  private static StoredRow storedRow(ResultSet rs) throws SQLException {
    String code = rs.getString("error_code");
    int duoCode = rs.getInt("duo_code");
    boolean noDuoCode = rs.wasNull();
    JobRow row =
        new JobRow(
            rs.getString("job_id"),
            rs.getInt("row_index"),
            rs.getString("organization_id"),
            rs.getString("organization_name"),
            rs.getBoolean("ok"),
            code == null ? null : ErrorCode.valueOf(code),
            rs.getString("message"),
            noDuoCode ? null : duoCode,
            rs.getString("message_detail"),
            null,
            Duration.ofMillis(rs.getLong("duration_ms")),
            SqlTimes.instant(rs, "finished_at"));
    byte[] deflated = rs.getBytes("result_deflated");
    String text = deflated == null ? rs.getString("result_data") : null;
    return new StoredRow(
        row,
        deflated != null
            ? RowData.stored(deflated)
            : text == null ? null : RowData.storedText(text));
  }

  static JsonNode parse(String json) {
    if (json == null) {
      return null;
    }
    try {
      return ActionJson.mapper().readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored job data is not JSON", e);
    }
  }

  private static String clip(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }
}
