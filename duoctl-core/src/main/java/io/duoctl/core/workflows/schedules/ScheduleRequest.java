package io.duoctl.core.workflows.schedules;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A new schedule as a caller gives it; {@link ScheduleService#create} checks every field.
 *
 * @param name lower-case words joined by dashes
 * @param workflow the workflow's name
 * @param inputs the run's inputs by name; null for none. Text is read as the input's type wants
 *     ({@code "5"} for an integer, {@code "a,b"} for a string list), as the command line gives it
 * @param cron five fields (minute hour day-of-month month day-of-week) or six with seconds first
 * @param timeZone an IANA time zone, e.g. {@code Europe/Berlin}
 * @param configuration the configuration its runs use; null or blank for the default
 * @param enabled whether it runs
 * @param confirmed whether the operator agreed to a workflow that may run destructive actions in
 *     more than one organization
 */
public record ScheduleRequest(
    String name,
    String workflow,
    ObjectNode inputs,
    String cron,
    String timeZone,
    String configuration,
    boolean enabled,
    boolean confirmed) {
  public ScheduleRequest {
    inputs = inputs == null ? JsonNodeFactory.instance.objectNode() : inputs.deepCopy();
  }

  @Override
  public ObjectNode inputs() {
    return inputs.deepCopy();
  }
}
