package io.duoctl.core.workflows.runs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import io.duoctl.core.access.ApiScope;
import io.duoctl.core.actions.ActionJson;
import io.duoctl.core.db.SqlTimes;
import io.duoctl.core.jobs.JobLease;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Workflow runs and their steps in the database (H2 or PostgreSQL), and the leases of the nodes
 * that run them. Stores nothing secret. Thread-safe: every method takes its own handle.
 */
public final class WorkflowRunStore implements WorkflowRunHistory {

  private static final int MAX_TEXT = 4000;

  /** The most characters of JSON a step's input, items or output column holds. */
  static final int MAX_JSON = 1_000_000;

  private final Jdbi jdbi;
  private final JobLease lease;

  /** A store whose runs are claimed by {@code lease}'s node. */
  public WorkflowRunStore(Jdbi jdbi, JobLease lease) {
    this.jdbi = jdbi;
    this.lease = lease;
  }

  public JobLease lease() {
    return lease;
  }

  /** The id of the newest run stored with exactly {@code trigger}. */
  Optional<String> launchedBy(RunTrigger trigger) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    """
                    SELECT id FROM workflow_run
                    WHERE trigger_kind = :kind AND trigger_detail = :detail
                    ORDER BY created_at DESC
                    """)
                .bind("kind", trigger.kind().name())
                .bind("detail", trigger.detail())
                .setMaxRows(1)
                .mapTo(String.class)
                .findFirst());
  }

  /** Stores a new run, claimed by this node. */
  void insert(StoredRun stored, Instant now) {
    WorkflowRun run = stored.run();
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    """
                    INSERT INTO workflow_run (id, workflow, workflow_version, definitions,
                      trigger_kind, trigger_detail, actor, caller_scope, dry_run, confirmed,
                      configuration_name, inputs, secret_inputs, run_state, created_at,
                      owner_node, lease_expires_at)
                    VALUES (:id, :workflow, :version, :definitions, :kind, :detail, :actor,
                      :scope, :dryRun, :confirmed, :configuration, :inputs, :secretInputs,
                      'RUNNING', :createdAt, :node, :until)
                    """)
                .bind("id", run.id())
                .bind("workflow", run.workflow())
                .bind("version", run.version())
                .bind("definitions", json(ActionJson.of(stored.definitions())))
                .bind("kind", run.trigger().kind().name())
                .bind("detail", run.trigger().detail())
                .bind("actor", run.actor())
                .bind("scope", stored.scope().name())
                .bind("dryRun", run.dryRun())
                .bind("confirmed", stored.confirmed())
                .bind("configuration", run.configuration().orElse(null))
                .bind("inputs", json(run.inputs()))
                .bind("secretInputs", stored.secretInputs())
                .bind("createdAt", SqlTimes.toDb(run.createdAt()))
                .bind("node", lease.node())
                .bind("until", SqlTimes.toDb(now.plus(lease.length())))
                .execute());
  }

  /**
   * Stores that a step started (again, when it already has a record), in its own transaction.
   *
   * @throws RunTakenOverException if this node no longer holds the run
   */
  void start(StepRun step) {
    jdbi.useTransaction(
        h -> {
          requireOwned(h, step.runId());
          int updated =
              h.createUpdate(
                      """
                      UPDATE workflow_step_run SET step_state = :state, attempts = :attempts,
                        input = :input, items = :items, started_at = :startedAt,
                        organization_id = :organizationId, organization_name = :organizationName,
                        finished_at = NULL, outcome = NULL, output = NULL, error_code = NULL,
                        error_message = NULL
                      WHERE run_id = :runId AND step_key = :key
                      """)
                  .bindMap(columns(step))
                  .execute();
          if (updated == 0) {
            h.createUpdate(
                    """
                    INSERT INTO workflow_step_run (run_id, step_key, seq, step_id, step_name,
                      call_target, organization_id, organization_name, step_state, attempts, input,
                      items, started_at)
                    VALUES (:runId, :key, :seq, :stepId, :name, :target, :organizationId,
                      :organizationName, :state, :attempts, :input, :items, :startedAt)
                    """)
                .bindMap(columns(step))
                .execute();
          }
        });
  }

  /**
   * Stores how a step ended, and runs {@code alongside} (e.g. writing the action's audit entry) in
   * the same transaction, so a crash leaves both or neither.
   *
   * @throws RunTakenOverException if this node no longer holds the run
   */
  void finish(StepRun step, Consumer<Handle> alongside) {
    jdbi.useTransaction(
        h -> {
          requireOwned(h, step.runId());
          Map<String, Object> columns = columns(step);
          int updated =
              h.createUpdate(
                      """
                      UPDATE workflow_step_run SET step_state = :state, outcome = :outcome,
                        attempts = :attempts, input = :input, items = :items, output = :output,
                        organization_id = :organizationId, organization_name = :organizationName,
                        error_code = :errorCode, error_message = :errorMessage,
                        finished_at = :finishedAt
                      WHERE run_id = :runId AND step_key = :key
                      """)
                  .bindMap(columns)
                  .bind("finishedAt", SqlTimes.toDb(step.finishedAt()))
                  .execute();
          if (updated == 0) {
            h.createUpdate(
                    """
                    INSERT INTO workflow_step_run (run_id, step_key, seq, step_id, step_name,
                      call_target, organization_id, organization_name, step_state, outcome,
                      attempts, input, items, output, error_code, error_message, started_at,
                      finished_at)
                    VALUES (:runId, :key, :seq, :stepId, :name, :target, :organizationId,
                      :organizationName, :state, :outcome, :attempts, :input, :items, :output,
                      :errorCode, :errorMessage, :startedAt, :finishedAt)
                    """)
                .bindMap(columns)
                .bind("finishedAt", SqlTimes.toDb(step.finishedAt()))
                .execute();
          }
          alongside.accept(h);
        });
  }

  /**
   * Stores how the run ended and gives up this node's lease on it.
   *
   * @throws RunTakenOverException if this node no longer holds the run
   */
  void finishRun(WorkflowRun run) {
    jdbi.useTransaction(
        h -> {
          requireOwned(h, run.id());
          h.createUpdate(
                  """
                    UPDATE workflow_run SET run_state = :state, outputs = :outputs,
                      error_message = :error, changed_count = :changed,
                      unchanged_count = :unchanged, failed_count = :failed,
                      finished_at = :finishedAt, owner_node = NULL, lease_expires_at = NULL
                    WHERE id = :id
                    """)
              .bind("id", run.id())
              .bind("state", run.state().name())
              .bind("outputs", run.outputs() == null ? null : json(run.outputs()))
              .bind("error", clip(run.error()))
              .bind("changed", run.changed())
              .bind("unchanged", run.unchanged())
              .bind("failed", run.failed())
              .bind("finishedAt", SqlTimes.toDb(run.finishedAt()))
              .execute();
        });
  }

  /**
   * Locks the run's row for this transaction if this node holds the run; a node whose lease lapsed
   * and was taken over writes nothing more (the take-over fences it off).
   */
  private void requireOwned(Handle h, String runId) {
    int owned =
        h.createUpdate(
                "UPDATE workflow_run SET owner_node = owner_node"
                    + " WHERE id = :id AND owner_node = :node AND run_state = 'RUNNING'")
            .bind("id", runId)
            .bind("node", lease.node())
            .execute();
    if (owned != 1) {
      throw new RunTakenOverException(runId);
    }
  }

  /**
   * Renews this node's lease on {@code runIds}, the runs it is executing now, until {@code now}
   * plus the lease's length. A run this node holds but no longer executes (its execution ended
   * unexpectedly) is left to lapse, so that a node takes it over.
   *
   * @return how many leases it renewed
   */
  int renewLeases(Instant now, Collection<String> runIds) {
    if (runIds.isEmpty()) {
      return 0;
    }
    return jdbi.withHandle(
        h ->
            h.createUpdate(
                    "UPDATE workflow_run SET lease_expires_at = :until"
                        + " WHERE owner_node = :node AND run_state = 'RUNNING' AND id IN (<ids>)")
                .bind("node", lease.node())
                .bind("until", SqlTimes.toDb(now.plus(lease.length())))
                .bindList("ids", List.copyOf(runIds))
                .execute());
  }

  /**
   * Claims for this node every running run whose lease lapsed before {@code now}, one at a time so
   * that of several nodes exactly one gets each.
   */
  List<StoredRun> claimLapsed(Instant now) {
    List<String> lapsed =
        jdbi.withHandle(
            h ->
                h.createQuery(
                        "SELECT id FROM workflow_run WHERE run_state = 'RUNNING'"
                            + " AND (lease_expires_at IS NULL OR lease_expires_at < :now)"
                            + " ORDER BY created_at")
                    .bind("now", SqlTimes.toDb(now))
                    .mapTo(String.class)
                    .list());
    List<StoredRun> claimed = new ArrayList<>();
    for (String id : lapsed) {
      claim(id, now).ifPresent(claimed::add);
    }
    return claimed;
  }

  private Optional<StoredRun> claim(String id, Instant now) {
    return jdbi.inTransaction(
        h -> {
          int won =
              h.createUpdate(
                      """
                      UPDATE workflow_run SET owner_node = :node, lease_expires_at = :until
                      WHERE id = :id AND run_state = 'RUNNING'
                        AND (lease_expires_at IS NULL OR lease_expires_at < :now)
                      """)
                  .bind("id", id)
                  .bind("node", lease.node())
                  .bind("until", SqlTimes.toDb(now.plus(lease.length())))
                  .bind("now", SqlTimes.toDb(now))
                  .execute();
          if (won != 1) {
            return Optional.<StoredRun>empty();
          }
          return h.createQuery("SELECT * FROM workflow_run WHERE id = :id")
              .bind("id", id)
              .map((rs, ctx) -> stored(rs))
              .findOne();
        });
  }

  @Override
  public Optional<WorkflowRun> find(String runId) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT * FROM workflow_run WHERE id = :id")
                .bind("id", runId)
                .map((rs, ctx) -> run(rs))
                .findOne());
  }

  @Override
  public List<WorkflowRun> recent(RunFilter filter, int offset, int limit) {
    StringBuilder sql = new StringBuilder("SELECT * FROM workflow_run r WHERE 1 = 1");
    filter.workflow().ifPresent(w -> sql.append(" AND r.workflow = :workflow"));
    filter
        .organizationId()
        .ifPresent(
            o ->
                sql.append(
                    " AND EXISTS (SELECT 1 FROM workflow_step_run s WHERE s.run_id = r.id"
                        + " AND s.organization_id = :organization)"));
    sql.append(" ORDER BY r.created_at DESC, r.id LIMIT :limit OFFSET :offset");
    return jdbi.withHandle(
        h -> {
          var query = h.createQuery(sql.toString());
          filter.workflow().ifPresent(w -> query.bind("workflow", w));
          filter.organizationId().ifPresent(o -> query.bind("organization", o));
          return query.bind("limit", limit).bind("offset", offset).map((rs, ctx) -> run(rs)).list();
        });
  }

  @Override
  public List<StepRun> steps(String runId) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT * FROM workflow_step_run WHERE run_id = :id ORDER BY seq")
                .bind("id", runId)
                .map((rs, ctx) -> step(rs))
                .list());
  }

  private static StoredRun stored(ResultSet rs) throws SQLException {
    Map<String, String> definitions;
    try {
      definitions =
          ActionJson.mapper()
              .readValue(rs.getString("definitions"), new TypeReference<Map<String, String>>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored workflow definitions are not JSON", e);
    }
    return new StoredRun(
        run(rs),
        definitions,
        ApiScope.valueOf(rs.getString("caller_scope")),
        rs.getBoolean("confirmed"),
        rs.getBoolean("secret_inputs"));
  }

  private static WorkflowRun run(ResultSet rs) throws SQLException {
    return new WorkflowRun(
        rs.getString("id"),
        rs.getString("workflow"),
        rs.getInt("workflow_version"),
        new RunTrigger(
            RunTrigger.Kind.valueOf(rs.getString("trigger_kind")), rs.getString("trigger_detail")),
        rs.getString("actor"),
        rs.getBoolean("dry_run"),
        RunState.valueOf(rs.getString("run_state")),
        Optional.ofNullable(rs.getString("configuration_name")),
        parse(rs.getString("inputs")),
        parseOrNull(rs.getString("outputs")),
        rs.getString("error_message"),
        rs.getInt("changed_count"),
        rs.getInt("unchanged_count"),
        rs.getInt("failed_count"),
        SqlTimes.instant(rs, "created_at"),
        SqlTimes.instant(rs, "finished_at"));
  }

  private static StepRun step(ResultSet rs) throws SQLException {
    String outcome = rs.getString("outcome");
    return new StepRun(
        rs.getString("run_id"),
        rs.getString("step_key"),
        rs.getInt("seq"),
        rs.getString("step_id"),
        rs.getString("step_name"),
        rs.getString("call_target"),
        rs.getString("organization_id"),
        rs.getString("organization_name"),
        StepState.valueOf(rs.getString("step_state")),
        outcome == null ? null : StepOutcome.valueOf(outcome),
        rs.getInt("attempts"),
        parseOrNull(rs.getString("input")),
        parseOrNull(rs.getString("items")),
        parseOrNull(rs.getString("output")),
        rs.getString("error_code"),
        rs.getString("error_message"),
        SqlTimes.instant(rs, "started_at"),
        SqlTimes.instant(rs, "finished_at"));
  }

  private static Map<String, Object> columns(StepRun step) {
    Map<String, Object> columns = new java.util.HashMap<>();
    columns.put("runId", step.runId());
    columns.put("key", step.key());
    columns.put("seq", step.seq());
    columns.put("stepId", step.stepId());
    columns.put("name", step.name());
    columns.put("target", step.target());
    columns.put("organizationId", step.organizationId());
    columns.put("organizationName", step.organizationName());
    columns.put("state", step.state().name());
    columns.put("outcome", step.outcome() == null ? null : step.outcome().name());
    columns.put("attempts", step.attempts());
    columns.put("input", step.input() == null ? null : fitted(step.input()));
    columns.put("items", step.items() == null ? null : json(step.items()));
    columns.put("output", step.output() == null ? null : fitted(step.output()));
    columns.put("errorCode", step.errorCode());
    columns.put("errorMessage", clip(step.errorMessage()));
    columns.put("startedAt", SqlTimes.toDb(step.startedAt()));
    return columns;
  }

  private static String json(JsonNode node) {
    return node.toString();
  }

  /**
   * {@code node} as JSON, or when it is too long to store, a note saying so: the run goes on with
   * the whole value in memory; only a run taken over by another node would see the note.
   */
  private static String fitted(JsonNode node) {
    String json = node.toString();
    return json.length() <= MAX_JSON
        ? json
        : ActionJson.object()
            .put("truncated", true)
            .put("chars", json.length())
            .put("note", "too long to store; the run had the whole value")
            .toString();
  }

  private static JsonNode parse(String json) {
    try {
      return ActionJson.mapper().readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored workflow run data is not JSON", e);
    }
  }

  private static JsonNode parseOrNull(String json) {
    if (json == null) {
      return null;
    }
    JsonNode node = parse(json);
    return node.isNull() ? NullNode.getInstance() : node;
  }

  private static String clip(String value) {
    return value == null || value.length() <= MAX_TEXT ? value : value.substring(0, MAX_TEXT);
  }
}
