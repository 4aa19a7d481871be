package io.duoctl.app.console.actions;

import io.duoctl.app.Duoctl;
import io.duoctl.app.console.ConfigurationChoice;
import io.duoctl.app.console.ConsoleRoute;
import io.duoctl.app.console.Pages;
import io.duoctl.core.access.ApiScope;
import io.duoctl.core.actions.ActionCatalog;
import io.duoctl.core.actions.ActionDefinition;
import io.duoctl.core.actions.ActionNotAllowedException;
import io.duoctl.core.actions.ActionResult;
import io.duoctl.core.actions.ErrorCode;
import io.duoctl.core.actions.InvalidActionInputException;
import io.duoctl.core.actions.RunOptions;
import io.duoctl.core.jobs.ConfirmationRequiredException;
import io.duoctl.core.jobs.Job;
import io.duoctl.core.jobs.OrganizationSelection;
import io.duoctl.core.jobs.SecretsInJobException;
import io.duoctl.core.orgs.Organization;
import io.duoctl.core.settings.ConfigurationNotFoundException;
import io.duoctl.core.vocabulary.WireNames;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * The actions page: pick organizations and an action, fill in the generated form, dry-run or run.
 * One organization runs at once and the result is shown in the response (secret outputs only there,
 * never stored); several start a fan-out job and the browser goes to its page. A parent-level
 * action has no organization picker and runs once on the parent account.
 */
public final class ActionsController {

  /** The page's path. */
  public static final String PATH = "/console/actions";

  private final Duoctl app;
  private final Pages pages;

  public ActionsController(Duoctl app, Pages pages) {
    this.app = app;
    this.pages = pages;
  }

  /**
   * The page's routes. Anyone signed in may post a run: whether the operator's role allows the
   * chosen action is core's rule ({@link io.duoctl.core.actions.ActionScopes}), as for a REST
   * token, so a read operator runs read-only actions and gets a 403 for any other.
   */
  public List<ConsoleRoute> routes() {
    return List.of(
        ConsoleRoute.get(PATH, ApiScope.READ, this::show),
        ConsoleRoute.post(PATH + "/run", ApiScope.READ, this::run));
  }

  void show(Context ctx) {
    Choice choice = Choice.of(ConfigurationChoice.of(app, ctx), ctx.queryParamMap());
    ActionForm form = form(choice.action());
    render(ctx, choice, form, form == null ? null : form.blank(), null, null);
  }

  void run(Context ctx) {
    Map<String, List<String>> params = ctx.formParamMap();
    Choice choice = Choice.of(ConfigurationChoice.of(app, ctx), params);
    try {
      run(ctx, params, choice);
    } catch (ConfigurationNotFoundException e) {
      render(ctx, choice, form(choice.action()), null, null, e.getMessage());
    }
  }

  private void run(Context ctx, Map<String, List<String>> params, Choice choice) {
    ActionForm form = form(choice.action());
    OptionalInt confirm = confirmation(params);
    String mode = confirm.isPresent() ? "run" : first(params, "mode");
    if (form == null) {
      render(ctx, choice, null, null, null, "Choose an action first.");
      return;
    }
    if ("choose".equals(mode) || mode.isEmpty()) {
      render(ctx, choice, form, form.blank(), null, null);
      return;
    }
    FormState state = form.read(params);
    if (!state.valid() || "back".equals(mode)) {
      render(ctx, choice, form, state, null, null);
      return;
    }
    try {
      app.actionRunner(choice.configuration()).validate(form.action().id(), state.input());
    } catch (InvalidActionInputException e) {
      render(ctx, choice, form, state.withErrors(form, e.errors()), null, null);
      return;
    }
    RunOptions options =
        RunOptions.as(Pages.actor(ctx), Pages.session(ctx).role())
            .withDryRun("dry-run".equals(mode));
    if (confirm.isPresent()) {
      options = options.confirmed(confirm.getAsInt());
    }
    if (form.action().parentLevel()) {
      ActionResult result =
          app.actionRunner(choice.configuration())
              .run(null, form.action().id(), state.input(), options);
      renderResult(ctx, choice, form, state, result);
      return;
    }
    boolean oneOrganization = choice.target().equals("orgs") && choice.organizations().size() == 1;
    if (oneOrganization) {
      ActionResult result =
          app.actionRunner(choice.configuration())
              .run(choice.organizations().get(0), form.action().id(), state.input(), options);
      renderResult(ctx, choice, form, state, result);
      return;
    }
    OrganizationSelection selection;
    try {
      selection = choice.selection();
    } catch (IllegalArgumentException e) {
      render(ctx, choice, form, state, null, e.getMessage());
      return;
    }
    Job job;
    try {
      job =
          app.fanOut(choice.configuration())
              .start(form.action().id(), state.input(), selection, options);
    } catch (ActionNotAllowedException e) {
      ctx.status(HttpStatus.FORBIDDEN);
      render(ctx, choice, form, state, null, e.getMessage());
      return;
    } catch (SecretsInJobException e) {
      render(ctx, choice, form, state, null, e.errors().get(0).message());
      return;
    } catch (ConfirmationRequiredException e) {
      String changed = confirm.isPresent() ? e.getMessage() : null;
      renderView(ctx, view(ctx, choice, form, state, null, changed).asking(e));
      return;
    }
    String jobPage = "/console/jobs/" + job.id();
    if (ctx.header("HX-Request") != null) {
      ctx.header("HX-Redirect", jobPage);
    } else {
      ctx.redirect(jobPage, HttpStatus.SEE_OTHER);
    }
  }

  /** One run's result on the page; a run the operator's role does not allow is a 403. */
  private void renderResult(
      Context ctx, Choice choice, ActionForm form, FormState state, ActionResult result) {
    if (!result.ok() && result.error().code() == ErrorCode.FORBIDDEN) {
      ctx.status(HttpStatus.FORBIDDEN);
      render(ctx, choice, form, state, null, result.error().message());
      return;
    }
    FormState shown =
        result.ok() || result.error().fields().isEmpty()
            ? state
            : state.withErrors(form, result.error().fields());
    render(ctx, choice, form, shown, ResultView.of(result), null);
  }

  private ActionForm form(String actionId) {
    if (actionId.isEmpty()) {
      return null;
    }
    return app.actions().find(actionId).map(ActionForm::of).orElse(null);
  }

  private void render(
      Context ctx,
      Choice choice,
      ActionForm form,
      FormState state,
      ResultView result,
      String error) {
    renderView(ctx, view(ctx, choice, form, state, result, error));
  }

  private void renderView(Context ctx, ActionsView view) {
    Map<String, Object> params = new HashMap<>();
    params.put("view", view);
    pages.render(ctx, "actions/actions.jte", params);
  }

  private ActionsView view(
      Context ctx,
      Choice choice,
      ActionForm form,
      FormState state,
      ResultView result,
      String error) {
    boolean configured = choice.configurations().configured();
    List<String> names = new ArrayList<>();
    Set<String> tags = new TreeSet<>();
    if (configured) {
      for (Organization org : app.organizations().listAll(choice.configuration())) {
        names.add(org.name());
        tags.addAll(org.tags());
      }
    }
    return new ActionsView(
        pages.frame(ctx, "Actions", "actions").withConfiguration(choice.configuration()),
        choice.configurations(),
        configured,
        names,
        List.copyOf(tags),
        groups(app.actions()),
        form,
        state,
        choice.target(),
        new LinkedHashSet<>(choice.organizations()),
        choice.tag(),
        result,
        error,
        null);
  }

  static List<ActionsView.CatalogGroup> groups(ActionCatalog catalog) {
    List<ActionsView.CatalogGroup> groups = new ArrayList<>();
    for (String category : catalog.categories()) {
      List<ActionsView.CatalogEntry> entries = new ArrayList<>();
      for (ActionDefinition action : catalog.list(category)) {
        entries.add(
            new ActionsView.CatalogEntry(
                action.id(),
                action.title(),
                WireNames.of(action.effect()) + (action.parentLevel() ? ", parent account" : "")));
      }
      groups.add(new ActionsView.CatalogGroup(category, entries));
    }
    return groups;
  }

  /** The number of organizations the operator confirmed, if the confirm button was pressed. */
  private static OptionalInt confirmation(Map<String, List<String>> params) {
    try {
      String confirm = first(params, "confirm");
      return confirm.isEmpty() ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(confirm));
    } catch (NumberFormatException e) {
      return OptionalInt.empty();
    }
  }

  private static String first(Map<String, List<String>> params, String name) {
    List<String> values = params.get(name);
    return values == null || values.isEmpty() || values.get(0) == null ? "" : values.get(0).strip();
  }

  /** Which configuration, action and organizations the request names. */
  record Choice(
      ConfigurationChoice configurations,
      String action,
      String target,
      List<String> organizations,
      String tag) {

    static Choice of(ConfigurationChoice configurations, Map<String, List<String>> params) {
      String target = first(params, "target");
      List<String> orgs =
          params.getOrDefault("orgs", List.of()).stream()
              .filter(o -> o != null && !o.isBlank())
              .toList();
      return new Choice(
          configurations,
          first(params, "action"),
          target.equals("tag") || target.equals("all") ? target : "orgs",
          orgs,
          first(params, "tag"));
    }

    /** The selected configuration's name, or null (the default) when none is saved yet. */
    String configuration() {
      return configurations.selected();
    }

    OrganizationSelection selection() {
      return switch (target) {
        case "tag" -> {
          if (tag.isEmpty()) {
            throw new IllegalArgumentException("Choose a tag, or pick organizations instead.");
          }
          yield OrganizationSelection.tagged(tag);
        }
        case "all" -> OrganizationSelection.allMapped();
        default -> {
          if (organizations.isEmpty()) {
            throw new IllegalArgumentException("Choose at least one organization.");
          }
          yield OrganizationSelection.of(organizations);
        }
      };
    }
  }
}
