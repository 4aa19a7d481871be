package io.duoctl.core.workflows.schedules;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * A stored schedule: the workflow it runs with which inputs, when, and what db-scheduler knows of
 * it. Immutable (the inputs are copied in and out).
 *
 * @param id the schedule's id (UUID), also its db-scheduler task instance
 * @param name lower-case words joined by dashes, e.g. {@code weekday-offboarding}; unique
 * @param workflow the workflow's name
 * @param inputs the run's inputs by name (never a secret input)
 * @param cron the cron expression as written: five fields, or six with seconds first
 * @param timeZone the zone the cron expression is read in
 * @param configuration the configuration its runs use; empty for the default
 * @param enabled whether it runs
 * @param confirmed whether the operator agreed that its workflow may run destructive actions in
 *     more than one organization; every run is started with it
 * @param nextRunAt the next due time db-scheduler holds; empty when disabled
 * @param lastLaunch the latest due time a node took up, if any
 */
public record Schedule(
    String id,
    String name,
    String workflow,
    ObjectNode inputs,
    String cron,
    ZoneId timeZone,
    Optional<String> configuration,
    boolean enabled,
    boolean confirmed,
    String createdBy,
    Instant createdAt,
    Instant updatedAt,
    Optional<Instant> nextRunAt,
    Optional<ScheduleLaunch> lastLaunch) {

  /**
   * How late a due time may still start its run. A node that takes a due time up later than this
   * (every node was down) records it as {@link LaunchOutcome#MISSED} and runs none that are older,
   * so an outage ends in at most this much catching up, not a burst of every run it skipped.
   */
  public static final Duration STARTING_DEADLINE = Duration.ofMinutes(5);

  public Schedule {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(workflow, "workflow");
    inputs = Objects.requireNonNull(inputs, "inputs").deepCopy();
    Objects.requireNonNull(cron, "cron");
    Objects.requireNonNull(timeZone, "timeZone");
    Objects.requireNonNull(configuration, "configuration");
    Objects.requireNonNull(createdBy, "createdBy");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
    Objects.requireNonNull(nextRunAt, "nextRunAt");
    Objects.requireNonNull(lastLaunch, "lastLaunch");
  }

  @Override
  public ObjectNode inputs() {
    return inputs.deepCopy();
  }

  /** Who its runs are started as: {@code schedule:NAME}. */
  public String actor() {
    return "schedule:" + name;
  }
}
