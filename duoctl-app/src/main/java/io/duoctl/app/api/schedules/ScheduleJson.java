package io.duoctl.app.api.schedules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.app.api.JsonSchemas;
import io.duoctl.core.vocabulary.WireNames;
import io.duoctl.core.workflows.schedules.LaunchOutcome;
import io.duoctl.core.workflows.schedules.Schedule;
import io.duoctl.core.workflows.schedules.ScheduleLaunch;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Schedules and their launches as the REST API writes them, and their JSON Schemas. */
final class ScheduleJson {
  private ScheduleJson() {}

  record LaunchView(
      String dueAt,
      String outcome,
      String runId,
      String node,
      String startedAt,
      String finishedAt,
      String error) {}

  record ScheduleView(
      String id,
      String name,
      String workflow,
      JsonNode inputs,
      String cron,
      String timeZone,
      String configuration,
      boolean enabled,
      boolean confirmed,
      String createdBy,
      String createdAt,
      String updatedAt,
      String nextRunAt,
      LaunchView lastLaunch) {}

  record DetailView(
      String id,
      String name,
      String workflow,
      JsonNode inputs,
      String cron,
      String timeZone,
      String configuration,
      boolean enabled,
      boolean confirmed,
      String createdBy,
      String createdAt,
      String updatedAt,
      String nextRunAt,
      LaunchView lastLaunch,
      List<LaunchView> launches) {}

  static ScheduleView of(Schedule s) {
    return new ScheduleView(
        s.id(),
        s.name(),
        s.workflow(),
        s.inputs(),
        s.cron(),
        s.timeZone().getId(),
        s.configuration().orElse(null),
        s.enabled(),
        s.confirmed(),
        s.createdBy(),
        s.createdAt().toString(),
        s.updatedAt().toString(),
        text(s.nextRunAt()),
        s.lastLaunch().map(ScheduleJson::of).orElse(null));
  }

  static DetailView detail(Schedule s, List<ScheduleLaunch> launches) {
    ScheduleView v = of(s);
    return new DetailView(
        v.id(),
        v.name(),
        v.workflow(),
        v.inputs(),
        v.cron(),
        v.timeZone(),
        v.configuration(),
        v.enabled(),
        v.confirmed(),
        v.createdBy(),
        v.createdAt(),
        v.updatedAt(),
        v.nextRunAt(),
        v.lastLaunch(),
        launches.stream().map(ScheduleJson::of).toList());
  }

  static LaunchView of(ScheduleLaunch l) {
    return new LaunchView(
        l.dueAt().toString(),
        WireNames.of(l.outcome()),
        l.runId().orElse(null),
        l.node(),
        l.startedAt().toString(),
        text(l.finishedAt()),
        l.error().orElse(null));
  }

  private static String text(Optional<Instant> at) {
    return at.map(Instant::toString).orElse(null);
  }

  static ObjectNode launchSchema() {
    return JsonSchemas.object()
        .description("One due time a node took up; at most one per schedule and due time")
        .required("due_at", JsonSchemas.dateTime("The time the schedule named"))
        .required(
            "outcome",
            JsonSchemas.oneOf(
                "launching (being started), launched (run_id), failed (error), missed (no node"
                    + " could start it within 5 minutes), interrupted (the node stopped while"
                    + " starting it: whether it started is unknown; never started again)",
                LaunchOutcome.class))
        .optional("run_id", JsonSchemas.string("The workflow run it started"))
        .required("node", JsonSchemas.string("The duoctl process that took it up"))
        .required("started_at", JsonSchemas.dateTime("When it was taken up"))
        .optional("finished_at", JsonSchemas.dateTime("When its outcome was recorded"))
        .optional("error", JsonSchemas.string("Why it failed, was missed or interrupted"))
        .build();
  }

  private static JsonSchemas.ObjectSchema common() {
    return JsonSchemas.object()
        .required("id", JsonSchemas.string("The schedule's id (UUID)"))
        .required("name", JsonSchemas.string("Lower-case words joined by dashes"))
        .required("workflow", JsonSchemas.string("The workflow it runs"))
        .required("inputs", JsonSchemas.anyObject("The run's inputs by name"))
        .required("cron", JsonSchemas.string("The cron expression as written"))
        .required("time_zone", JsonSchemas.string("The IANA zone the cron is read in"))
        .optional(
            "configuration", JsonSchemas.string("The configuration runs use; left out: default"))
        .required("enabled", JsonSchemas.bool("Whether it runs"))
        .required(
            "confirmed", JsonSchemas.bool("Agreed to destructive actions in several organizations"))
        .required("created_by", JsonSchemas.string("Who added it"))
        .required("created_at", JsonSchemas.dateTime("When it was added"))
        .required("updated_at", JsonSchemas.dateTime("When it last changed"))
        .optional(
            "next_run_at",
            JsonSchemas.dateTime("The next due time (db-scheduler's); left out when disabled"))
        .optional("last_launch", launchSchema());
  }

  static ObjectNode scheduleSchema() {
    return common().description("A schedule that runs a workflow at cron times").build();
  }

  static ObjectNode detailSchema() {
    return common()
        .description("A schedule with its latest launches")
        .required("launches", JsonSchemas.array(launchSchema()))
        .build();
  }
}
