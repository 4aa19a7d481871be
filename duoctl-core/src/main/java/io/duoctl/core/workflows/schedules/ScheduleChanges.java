package io.duoctl.core.workflows.schedules;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Changes to a schedule; a null field stays as it is. The result is checked as a whole, like a new
 * schedule.
 *
 * @param workflow another workflow
 * @param inputs the run's inputs, replacing all of them
 * @param cron another cron expression
 * @param timeZone another time zone
 * @param configuration another configuration; blank for the default
 * @param enabled whether it runs
 * @param confirmed whether the operator agrees to destructive actions in several organizations
 */
public record ScheduleChanges(
    String workflow,
    ObjectNode inputs,
    String cron,
    String timeZone,
    String configuration,
    Boolean enabled,
    Boolean confirmed) {
  public ScheduleChanges {
    inputs = inputs == null ? null : inputs.deepCopy();
  }

  @Override
  public ObjectNode inputs() {
    return inputs == null ? null : inputs.deepCopy();
  }

  /** Only {@code enabled} changes. */
  public static ScheduleChanges enabled(boolean enabled) {
    return new ScheduleChanges(null, null, null, null, null, enabled, null);
  }
}
