package io.duoctl.app.console.workflows;

import io.duoctl.app.Duoctl;
import io.duoctl.app.console.ConfigurationChoice;
import io.duoctl.app.console.ConsoleRoute;
import io.duoctl.app.console.Pages;
import io.duoctl.app.console.actions.FormState;
import io.duoctl.app.console.actions.InputForm;
import io.duoctl.core.access.ApiScope;
import io.duoctl.core.actions.ActionNotAllowedException;
import io.duoctl.core.settings.ConfigurationNotFoundException;
import io.duoctl.core.workflows.UnknownWorkflowException;
import io.duoctl.core.workflows.WorkflowDefinition;
import io.duoctl.core.workflows.WorkflowSummary;
import io.duoctl.core.workflows.Workflows;
import io.duoctl.core.workflows.runs.ConfirmationNeededException;
import io.duoctl.core.workflows.runs.InvalidRunInputException;
import io.duoctl.core.workflows.runs.RunTrigger;
import io.duoctl.core.workflows.runs.WorkflowRunRequest;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The workflows pages: the workflows with their inputs, and each one's form, generated from its
 * inputs like an action's, which dry-runs or starts a run in the background and sends the browser
 * to the run's page. Whether the operator may run it, whether it must be confirmed and whether the
 * inputs are valid is core's to say ({@link io.duoctl.core.workflows.runs.WorkflowRuns}); the form
 * shows core's answer.
 */
public final class WorkflowsController {

  /** The list's path; a workflow's form is at {@code PATH/<name>}. */
  public static final String PATH = "/console/workflows";

  private final Duoctl app;
  private final Pages pages;
  private final Workflows workflows;

  public WorkflowsController(Duoctl app, Pages pages) {
    this.app = app;
    this.pages = pages;
    this.workflows = app.workflows();
  }

  /**
   * The pages' routes. Anyone signed in may post a run: whether the operator's role allows every
   * action the workflow may run is core's rule, so a read operator gets core's refusal (403).
   */
  public List<ConsoleRoute> routes() {
    return List.of(
        ConsoleRoute.get(PATH, ApiScope.READ, this::list),
        ConsoleRoute.get(PATH + "/{name}", ApiScope.READ, this::form),
        ConsoleRoute.post(PATH + "/{name}/run", ApiScope.READ, this::run));
  }

  void list(Context ctx) {
    ConfigurationChoice choice = ConfigurationChoice.of(app, ctx);
    Map<String, Object> params = new HashMap<>();
    params.put(
        "view",
        new WorkflowsView(
            pages.frame(ctx, "Workflows", "workflows").withConfiguration(choice.selected()),
            choice.query(),
            entries()));
    pages.render(ctx, "workflows/workflows.jte", params);
  }

  void form(Context ctx) {
    WorkflowDefinition workflow = find(ctx);
    InputForm form = InputForm.of(workflow.inputSchema());
    render(ctx, view(ctx, ConfigurationChoice.of(app, ctx), workflow, form, form.blank(), null));
  }

  void run(Context ctx) {
    WorkflowDefinition workflow = find(ctx);
    ConfigurationChoice choice = ConfigurationChoice.of(app, ctx);
    InputForm form = InputForm.of(workflow.inputSchema());
    Map<String, List<String>> params = ctx.formParamMap();
    boolean confirmed = "yes".equals(first(params, "confirm"));
    String mode = confirmed ? "run" : first(params, "mode");
    FormState state = form.read(params);
    if (!state.valid() || !(mode.equals("run") || mode.equals("dry-run"))) {
      render(ctx, view(ctx, choice, workflow, form, state, null));
      return;
    }
    WorkflowRunRequest request =
        new WorkflowRunRequest(
            workflow.name(),
            state.input(),
            Pages.actor(ctx),
            Pages.session(ctx).role(),
            mode.equals("dry-run"),
            confirmed,
            Optional.ofNullable(choice.selected()),
            RunTrigger.byHand(RunTrigger.Kind.CONSOLE));
    String runId;
    try {
      runId = app.workflowRuns().launch(request);
    } catch (InvalidRunInputException e) {
      render(ctx, view(ctx, choice, workflow, form, state.withErrors(form, e.errors()), null));
      return;
    } catch (ActionNotAllowedException e) {
      ctx.status(HttpStatus.FORBIDDEN);
      render(ctx, view(ctx, choice, workflow, form, state, e.getMessage()));
      return;
    } catch (ConfigurationNotFoundException e) {
      render(ctx, view(ctx, choice, workflow, form, state, e.getMessage()));
      return;
    } catch (ConfirmationNeededException e) {
      render(ctx, view(ctx, choice, workflow, form, state, null).asking(e));
      return;
    }
    String runPage = WorkflowRunsController.PATH + "/" + runId;
    if (ctx.header("HX-Request") != null) {
      ctx.header("HX-Redirect", runPage);
    } else {
      ctx.redirect(runPage, HttpStatus.SEE_OTHER);
    }
  }

  private WorkflowFormView view(
      Context ctx,
      ConfigurationChoice choice,
      WorkflowDefinition workflow,
      InputForm form,
      FormState state,
      String error) {
    return new WorkflowFormView(
        pages.frame(ctx, title(workflow), "workflows").withConfiguration(choice.selected()),
        choice,
        WorkflowSummary.of(workflow),
        title(workflow),
        form,
        state,
        error,
        null);
  }

  private void render(Context ctx, WorkflowFormView view) {
    Map<String, Object> params = new HashMap<>();
    params.put("view", view);
    pages.render(ctx, "workflows/form.jte", params);
  }

  /**
   * The workflow the path names.
   *
   * @throws UnknownWorkflowException shown by the console as a 404 page
   */
  private WorkflowDefinition find(Context ctx) {
    String name = ctx.pathParam("name");
    WorkflowDefinition workflow = workflows.all().get(name);
    if (workflow == null) {
      throw new UnknownWorkflowException(name);
    }
    return workflow;
  }

  /** The built-ins, then the saved workflows, each marked as which. */
  private List<WorkflowsView.Entry> entries() {
    return workflows.all().values().stream()
        .map(w -> WorkflowsView.Entry.of(w, Workflows.BUILT_IN.contains(w.name())))
        .toList();
  }

  /** The workflow's title, or its name when it has none. */
  static String title(WorkflowDefinition workflow) {
    return workflow.title().isEmpty() ? workflow.name() : workflow.title();
  }

  private static String first(Map<String, List<String>> params, String name) {
    List<String> values = params.get(name);
    return values == null || values.isEmpty() || values.get(0) == null ? "" : values.get(0).strip();
  }
}
