package io.duoctl.app.api.schedules;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.app.Duoctl;
import io.duoctl.app.api.ApiCall;
import io.duoctl.app.api.ApiResponse;
import io.duoctl.app.api.ApiRoute;
import io.duoctl.app.api.JsonSchemas;
import io.duoctl.app.api.openapi.ErrorSchema;
import io.duoctl.core.workflows.schedules.ScheduleAccess;
import io.duoctl.core.workflows.schedules.ScheduleChanges;
import io.duoctl.core.workflows.schedules.ScheduleRequest;
import io.duoctl.core.workflows.schedules.ScheduleService;
import java.util.List;

/**
 * {@code /api/v1/schedules}: schedules that run a workflow at cron times, as {@code duoctl
 * schedules} manages them, with the scopes of {@link ScheduleAccess} (the console's roles too).
 */
public final class ScheduleRoutes {
  /** Where schedules live. */
  public static final String BASE = "/api/v1/schedules";

  private static final String TAG = "schedules";
  private static final int SHOWN_LAUNCHES = 10;
  private static final String CONFIRMATION =
      "The workflow may run destructive actions in more than one organization and confirmed is"
          + " not true: error.code is confirmation_required, error.destructive_actions names"
          + " them. Nothing was stored.";

  private final ScheduleService schedules;

  private ScheduleRoutes(ScheduleService schedules) {
    this.schedules = schedules;
  }

  /** {@code POST /api/v1/schedules}. */
  record Create(
      String name,
      String workflow,
      ObjectNode inputs,
      String cron,
      String timeZone,
      String configuration,
      Boolean enabled,
      Boolean confirmed) {}

  /** {@code PATCH /api/v1/schedules/{name}}; a field left out stays as it is. */
  record Change(
      String workflow,
      ObjectNode inputs,
      String cron,
      String timeZone,
      String configuration,
      Boolean enabled,
      Boolean confirmed) {}

  /** The routes over {@code duoctl}'s schedules. */
  public static List<ApiRoute> routes(Duoctl duoctl) {
    ScheduleRoutes routes = new ScheduleRoutes(duoctl.schedules());
    return List.of(
        ApiRoute.get(BASE, ScheduleAccess.READ)
            .operationId("listSchedules")
            .summary("List the schedules, by name, with their next run and last launch")
            .tag(TAG)
            .response(JsonSchemas.array(ScheduleJson.scheduleSchema()))
            .handle(routes::list),
        ApiRoute.post(BASE, ScheduleAccess.MANAGE)
            .operationId("createSchedule")
            .summary("Add a schedule that runs a workflow at cron times")
            .description(
                "The workflow runs at every time cron names in time_zone (an IANA zone), as"
                    + " schedule:NAME, in configuration (default: the default one), on whichever"
                    + " duoctl serve node picks it first: exactly one per due time. cron has 5"
                    + " fields (minute hour day-of-month month day-of-week, e.g. \"0 7 * *"
                    + " MON-FRI\") or 6 with seconds first. inputs are checked against the"
                    + " workflow's inputs now (text is read as the input's type wants); a secret"
                    + " input cannot be scheduled. A workflow that may run destructive actions in"
                    + " more than one organization needs confirmed: true.")
            .tag(TAG)
            .body(createSchema())
            .response(201, ScheduleJson.scheduleSchema())
            .outcome(409, CONFIRMATION, ErrorSchema.schema())
            .handle(routes::create),
        ApiRoute.get(BASE + "/{name}", ScheduleAccess.READ)
            .operationId("getSchedule")
            .summary("A schedule, with its latest launches")
            .tag(TAG)
            .pathParam("name", "The schedule's name")
            .response(ScheduleJson.detailSchema())
            .handle(routes::show),
        ApiRoute.patch(BASE + "/{name}", ScheduleAccess.MANAGE)
            .operationId("updateSchedule")
            .summary("Change a schedule; fields left out stay as they are")
            .description(
                "The result is checked like a new schedule. A changed cron or time_zone, or"
                    + " enabled: true, moves the next run to the cron's next time; enabled:"
                    + " false removes it. configuration \"\" means the default configuration.")
            .tag(TAG)
            .pathParam("name", "The schedule's name")
            .body(changeSchema())
            .response(ScheduleJson.scheduleSchema())
            .outcome(409, CONFIRMATION, ErrorSchema.schema())
            .handle(routes::update),
        ApiRoute.delete(BASE + "/{name}", ScheduleAccess.MANAGE)
            .operationId("deleteSchedule")
            .summary("Remove a schedule; runs it started go on")
            .tag(TAG)
            .pathParam("name", "The schedule's name")
            .response(ScheduleJson.scheduleSchema())
            .handle(routes::delete));
  }

  private Object list(ApiCall call) {
    return schedules.list().stream().map(ScheduleJson::of).toList();
  }

  private Object create(ApiCall call) {
    Create body = call.body(Create.class);
    ScheduleRequest request =
        new ScheduleRequest(
            body.name(),
            body.workflow(),
            body.inputs(),
            body.cron(),
            body.timeZone(),
            body.configuration(),
            body.enabled() == null || body.enabled(),
            Boolean.TRUE.equals(body.confirmed()));
    return new ApiResponse(201, ScheduleJson.of(schedules.create(request, call.actor())));
  }

  private Object show(ApiCall call) {
    String name = call.pathParam("name");
    return ScheduleJson.detail(schedules.get(name), schedules.launches(name, SHOWN_LAUNCHES));
  }

  private Object update(ApiCall call) {
    Change body = call.body(Change.class);
    ScheduleChanges changes =
        new ScheduleChanges(
            body.workflow(),
            body.inputs(),
            body.cron(),
            body.timeZone(),
            body.configuration(),
            body.enabled(),
            body.confirmed());
    return ScheduleJson.of(schedules.update(call.pathParam("name"), changes, call.actor()));
  }

  private Object delete(ApiCall call) {
    return ScheduleJson.of(schedules.delete(call.pathParam("name"), call.actor()));
  }

  private static ObjectNode createSchema() {
    return JsonSchemas.object()
        .required(
            "name",
            JsonSchemas.string("Lower-case words joined by dashes, e.g. weekday-offboarding"))
        .required("workflow", JsonSchemas.string("The workflow to run, e.g. offboard-everywhere"))
        .optional("inputs", JsonSchemas.anyObject("The workflow's inputs by name; no secrets"))
        .required("cron", JsonSchemas.string("e.g. 0 7 * * MON-FRI (5 fields, or 6 with seconds)"))
        .required("time_zone", JsonSchemas.string("An IANA time zone, e.g. Europe/Berlin or UTC"))
        .optional(
            "configuration", JsonSchemas.string("The configuration runs use; default: the default"))
        .optional("enabled", JsonSchemas.bool("Whether it runs (default true)"))
        .optional(
            "confirmed",
            JsonSchemas.bool(
                "Agree that the workflow may run destructive actions in several organizations"))
        .closed();
  }

  private static ObjectNode changeSchema() {
    return JsonSchemas.object()
        .optional("workflow", JsonSchemas.string("Another workflow"))
        .optional("inputs", JsonSchemas.anyObject("The workflow's inputs, replacing all of them"))
        .optional("cron", JsonSchemas.string("Another cron expression"))
        .optional("time_zone", JsonSchemas.string("Another IANA time zone"))
        .optional(
            "configuration", JsonSchemas.string("Another configuration; \"\" for the default"))
        .optional("enabled", JsonSchemas.bool("Whether it runs"))
        .optional(
            "confirmed", JsonSchemas.bool("Agree to destructive actions across organizations"))
        .closed();
  }
}
