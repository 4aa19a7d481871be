package io.duoctl.core.health;

import io.duoctl.core.db.Database;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Whether this node can take work, for a load balancer: the database answers a trivial query within
 * a short time (not the pool's 30 s wait), its schema holds the newest migration this build knows,
 * and this node's heartbeats renewed its leases on jobs and on workflow runs within a lease's
 * length (else other nodes take its work over). A heartbeat not started yet (no job or run has
 * needed one) is {@code idle}, which does not stop the node. Thread-safe.
 */
public final class NodeReadiness {
  /** The names of the checks, in the order they are made. */
  public static final String DATABASE = "database";

  public static final String SCHEMA = "schema";
  public static final String JOB_LEASES = "job_leases";
  public static final String RUN_LEASES = "run_leases";

  private final Database database;
  private final Supplier<Optional<Instant>> jobHeartbeat;
  private final Supplier<Optional<Instant>> runHeartbeat;
  private final Duration leaseLength;
  private final Duration timeout;
  private final Clock clock;

  /**
   * @param jobHeartbeat when this node last renewed its job leases, empty while it keeps none
   * @param runHeartbeat the same for its workflow runs
   * @param leaseLength how long a lease lasts without a heartbeat
   * @param timeout how long the database may take to answer
   */
  public NodeReadiness(
      Database database,
      Supplier<Optional<Instant>> jobHeartbeat,
      Supplier<Optional<Instant>> runHeartbeat,
      Duration leaseLength,
      Duration timeout,
      Clock clock) {
    this.database = database;
    this.jobHeartbeat = jobHeartbeat;
    this.runHeartbeat = runHeartbeat;
    this.leaseLength = leaseLength;
    this.timeout = timeout;
    this.clock = clock;
  }

  /** Makes every check; never throws for a failed one. */
  public Readiness check() {
    List<Readiness.Check> checks = new ArrayList<>(databaseChecks());
    checks.add(heartbeat(JOB_LEASES, "jobs", jobHeartbeat.get()));
    checks.add(heartbeat(RUN_LEASES, "workflow runs", runHeartbeat.get()));
    return new Readiness(checks);
  }

  private List<Readiness.Check> databaseChecks() {
    CompletableFuture<Boolean> schemaCurrent =
        CompletableFuture.supplyAsync(
            () -> database.answers() && database.schemaCurrent(),
            task -> Thread.ofVirtual().name("duoctl-readiness").start(task));
    Readiness.Check notChecked = Readiness.Check.passed(SCHEMA, "not_checked");
    try {
      if (schemaCurrent.get(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        return List.of(
            Readiness.Check.passed(DATABASE, "ok"), Readiness.Check.passed(SCHEMA, "ok"));
      }
      return List.of(
          Readiness.Check.passed(DATABASE, "ok"),
          Readiness.Check.failed(
              SCHEMA,
              "behind",
              "the database schema lacks migration "
                  + Database.latestMigration()
                  + ", the newest this node knows; restart the node to migrate it"));
    } catch (TimeoutException e) {
      // not interrupted: an interrupted thread in the middle of a query closes the embedded
      // database
      return List.of(
          Readiness.Check.failed(
              DATABASE,
              "timed_out",
              "the database did not answer within " + timeout.toMillis() + " ms"),
          notChecked);
    } catch (ExecutionException e) {
      return List.of(
          Readiness.Check.failed(DATABASE, "unavailable", "the database cannot be reached"),
          notChecked);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return List.of(
          Readiness.Check.failed(DATABASE, "unavailable", "interrupted while checking"),
          notChecked);
    }
  }

  private Readiness.Check heartbeat(String name, String work, Optional<Instant> last) {
    if (last.isEmpty()) {
      return Readiness.Check.passed(name, "idle");
    }
    Duration since = Duration.between(last.get(), clock.instant());
    if (since.compareTo(leaseLength) <= 0) {
      return Readiness.Check.passed(name, "ok");
    }
    return Readiness.Check.failed(
        name,
        "stale",
        "this node last renewed its leases on "
            + work
            + " "
            + since.toSeconds()
            + " s ago, longer than a lease lasts ("
            + leaseLength.toSeconds()
            + " s): other nodes may take its "
            + work
            + " over");
  }
}
