package io.duoctl.app.console.schedules;

import io.duoctl.app.Duoctl;
import io.duoctl.app.console.ConsoleRoute;
import io.duoctl.app.console.Pages;
import io.duoctl.app.console.actions.FormState;
import io.duoctl.app.console.actions.InputForm;
import io.duoctl.core.errors.InvalidInputException;
import io.duoctl.core.settings.Configuration;
import io.duoctl.core.workflows.UnknownWorkflowException;
import io.duoctl.core.workflows.WorkflowDefinition;
import io.duoctl.core.workflows.WorkflowSummary;
import io.duoctl.core.workflows.Workflows;
import io.duoctl.core.workflows.runs.ConfirmationNeededException;
import io.duoctl.core.workflows.schedules.Schedule;
import io.duoctl.core.workflows.schedules.ScheduleAccess;
import io.duoctl.core.workflows.schedules.ScheduleChanges;
import io.duoctl.core.workflows.schedules.ScheduleNameTakenException;
import io.duoctl.core.workflows.schedules.ScheduleRequest;
import io.duoctl.core.workflows.schedules.ScheduleService;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The form that creates a schedule (choose a workflow, then fill in its inputs as its run form has
 * them, the cron expression, time zone, configuration and whether it runs) and the one that changes
 * one. It only turns the form into a {@link ScheduleService} call: core checks everything and asks
 * to confirm a workflow that may destroy across organizations; the form shows its answer and keeps
 * what was typed.
 */
public final class ScheduleFormController {

  /** Where a new schedule is made; {@code ?workflow=NAME} chooses its workflow. */
  public static final String NEW = "/console/new-schedule";

  private static final String TEMPLATE = "schedules/form.jte";
  private static final String CONFIRMED = "confirmed";

  private final Duoctl app;
  private final Pages pages;
  private final ScheduleService schedules;
  private final Workflows workflows;

  public ScheduleFormController(Duoctl app, Pages pages) {
    this.app = app;
    this.pages = pages;
    this.schedules = app.schedules();
    this.workflows = app.workflows();
  }

  /** The forms' routes, each needing the role that manages schedules. */
  public List<ConsoleRoute> routes() {
    String edit = SchedulesController.PATH + "/{name}/edit";
    return List.of(
        ConsoleRoute.get(NEW, ScheduleAccess.MANAGE, this::newForm),
        ConsoleRoute.post(NEW, ScheduleAccess.MANAGE, this::create),
        ConsoleRoute.get(edit, ScheduleAccess.MANAGE, this::editForm),
        ConsoleRoute.post(edit, ScheduleAccess.MANAGE, this::update));
  }

  void newForm(Context ctx) {
    String chosen = ctx.queryParam("workflow");
    if (chosen == null || chosen.isBlank()) {
      render(ctx, view(ctx, null, ScheduleFields.blank(""), InputForm::blank));
      return;
    }
    WorkflowDefinition workflow = workflow(chosen.strip());
    render(ctx, view(ctx, workflow, ScheduleFields.blank(workflow.name()), InputForm::blank));
  }

  void create(Context ctx) {
    ScheduleFormView filled =
        submitted(ctx, workflow(String.valueOf(ctx.formParam("workflow")).strip()), null);
    ScheduleFields fields = filled.fields();
    submit(
        ctx,
        filled,
        confirmed ->
            schedules.create(
                new ScheduleRequest(
                    fields.name(),
                    fields.workflow(),
                    filled.state().input(),
                    fields.cron(),
                    fields.timeZone(),
                    fields.configuration(),
                    fields.enabled(),
                    confirmed),
                Pages.actor(ctx)));
  }

  void editForm(Context ctx) {
    Schedule schedule = schedules.get(ctx.pathParam("name"));
    render(
        ctx,
        view(
            ctx,
            workflow(schedule.workflow()),
            ScheduleFields.of(schedule),
            form -> form.filled(schedule.inputs())));
  }

  void update(Context ctx) {
    Schedule schedule = schedules.get(ctx.pathParam("name"));
    ScheduleFormView filled = submitted(ctx, workflow(schedule.workflow()), schedule.name());
    ScheduleFields fields = filled.fields();
    submit(
        ctx,
        filled,
        confirmed ->
            schedules.update(
                schedule.name(),
                new ScheduleChanges(
                    null,
                    filled.state().input(),
                    fields.cron(),
                    fields.timeZone(),
                    fields.configuration(),
                    fields.enabled(),
                    confirmed ? Boolean.TRUE : null),
                Pages.actor(ctx)));
  }

  /** The form as submitted; {@code name} is the stored schedule's when it is changed. */
  private ScheduleFormView submitted(Context ctx, WorkflowDefinition workflow, String name) {
    Map<String, List<String>> params = ctx.formParamMap();
    return view(
        ctx, workflow, ScheduleFields.read(ctx, name, workflow.name()), form -> form.read(params));
  }

  /**
   * Saves through {@code save} (given whether the operator confirmed) and moves to the schedule's
   * page; else shows the form again with core's answer.
   */
  private void submit(Context ctx, ScheduleFormView filled, Function<Boolean, Schedule> save) {
    if (ctx.formParam("back") != null) {
      render(ctx, filled);
      return;
    }
    if (!filled.state().valid()) {
      ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
      render(ctx, filled);
      return;
    }
    Schedule saved;
    try {
      saved = save.apply("yes".equals(ctx.formParam(CONFIRMED)));
    } catch (InvalidInputException e) {
      ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
      render(ctx, filled.withErrors(e.errors()));
      return;
    } catch (ScheduleNameTakenException e) {
      ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
      render(ctx, filled.withError(ScheduleFields.NAME, e.getMessage()));
      return;
    } catch (ConfirmationNeededException e) {
      render(ctx, filled.asking(e));
      return;
    }
    ctx.redirect(SchedulesController.PATH + "/" + saved.name(), HttpStatus.SEE_OTHER);
  }

  /** The form of {@code workflow} (null: none chosen yet), its inputs' state made from the form. */
  private ScheduleFormView view(
      Context ctx,
      WorkflowDefinition workflow,
      ScheduleFields fields,
      Function<InputForm, FormState> state) {
    boolean editing = ctx.pathParamMap().containsKey("name");
    String title = editing ? "Change schedule " + fields.name() : "New schedule";
    InputForm form = workflow == null ? null : InputForm.of(workflow.inputSchema());
    return new ScheduleFormView(
        pages.frame(ctx, title, "schedules"),
        editing ? SchedulesController.PATH + "/" + fields.name() + "/edit" : NEW,
        editing,
        List.copyOf(workflows.all().keySet()),
        workflow == null ? null : WorkflowSummary.of(workflow),
        fields,
        Map.of(),
        form,
        form == null ? null : state.apply(form),
        app.settings().list().stream().map(Configuration::name).toList(),
        null);
  }

  private void render(Context ctx, ScheduleFormView view) {
    Map<String, Object> params = new HashMap<>();
    params.put("view", view);
    pages.render(ctx, TEMPLATE, params);
  }

  /**
   * The workflow named {@code name}, built-in or saved.
   *
   * @throws UnknownWorkflowException shown by the console as a 404 page
   */
  private WorkflowDefinition workflow(String name) {
    WorkflowDefinition workflow = workflows.all().get(name);
    if (workflow == null) {
      throw new UnknownWorkflowException(name);
    }
    return workflow;
  }
}
