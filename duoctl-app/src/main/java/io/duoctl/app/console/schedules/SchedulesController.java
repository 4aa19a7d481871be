package io.duoctl.app.console.schedules;

import io.duoctl.app.Duoctl;
import io.duoctl.app.console.ConsoleRoute;
import io.duoctl.app.console.Pages;
import io.duoctl.core.errors.FieldError;
import io.duoctl.core.errors.InvalidInputException;
import io.duoctl.core.workflows.runs.ConfirmationNeededException;
import io.duoctl.core.workflows.schedules.ScheduleAccess;
import io.duoctl.core.workflows.schedules.ScheduleService;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The schedules pages: every schedule, and one schedule with its inputs and launch history, which
 * turns it on or off and deletes it after asking. Reading and managing them need the roles of
 * {@link ScheduleAccess}, as the REST API's scopes do; everything else is core's to say ({@link
 * ScheduleService}). Its form is {@link ScheduleFormController}'s.
 */
public final class SchedulesController {

  /** The list's path; a schedule is at {@code PATH/<name>}. */
  public static final String PATH = "/console/schedules";

  /** How many of a schedule's latest launches its page shows. */
  static final int SHOWN_LAUNCHES = 20;

  private final Pages pages;
  private final ScheduleService schedules;

  public SchedulesController(Duoctl app, Pages pages) {
    this.pages = pages;
    this.schedules = app.schedules();
  }

  /** The pages' routes. */
  public List<ConsoleRoute> routes() {
    return List.of(
        ConsoleRoute.get(PATH, ScheduleAccess.READ, this::list),
        ConsoleRoute.get(PATH + "/{name}", ScheduleAccess.READ, this::show),
        ConsoleRoute.post(
            PATH + "/{name}/enable", ScheduleAccess.MANAGE, ctx -> setEnabled(ctx, true)),
        ConsoleRoute.post(
            PATH + "/{name}/disable", ScheduleAccess.MANAGE, ctx -> setEnabled(ctx, false)),
        ConsoleRoute.get(PATH + "/{name}/delete", ScheduleAccess.MANAGE, this::askDelete),
        ConsoleRoute.post(PATH + "/{name}/delete", ScheduleAccess.MANAGE, this::delete));
  }

  void list(Context ctx) {
    render(
        ctx,
        "schedules/schedules.jte",
        new ScheduleListView(
            pages.frame(ctx, "Schedules", "schedules"),
            schedules.list().stream().map(ScheduleLine::of).toList(),
            canManage(ctx)));
  }

  void show(Context ctx) {
    render(ctx, "schedules/schedule.jte", page(ctx, ctx.pathParam("name")));
  }

  void askDelete(Context ctx) {
    String name = ctx.pathParam("name");
    render(
        ctx,
        "schedules/delete.jte",
        ScheduleView.of(
            pages.frame(ctx, "Delete schedule " + name, "schedules"),
            schedules.get(name),
            List.of(),
            true));
  }

  void delete(Context ctx) {
    schedules.delete(ctx.pathParam("name"), Pages.actor(ctx));
    ctx.redirect(PATH, HttpStatus.SEE_OTHER);
  }

  /**
   * Turns the schedule on or off. Core checks it whole, so enabling one whose saved workflow has
   * changed since may be refused: the page then says why.
   */
  private void setEnabled(Context ctx, boolean enabled) {
    String name = ctx.pathParam("name");
    try {
      schedules.setEnabled(name, enabled, Pages.actor(ctx));
    } catch (InvalidInputException | ConfirmationNeededException e) {
      ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
      render(ctx, "schedules/schedule.jte", page(ctx, name).refused(reason(e)));
      return;
    }
    ctx.redirect(PATH + "/" + name, HttpStatus.SEE_OTHER);
  }

  private static String reason(RuntimeException refused) {
    return refused instanceof InvalidInputException invalid
        ? invalid.getMessage()
            + ": "
            + String.join("; ", invalid.errors().stream().map(FieldError::toString).toList())
        : refused.getMessage();
  }

  private ScheduleView page(Context ctx, String name) {
    return ScheduleView.of(
        pages.frame(ctx, "Schedule " + name, "schedules"),
        schedules.get(name),
        schedules.launches(name, SHOWN_LAUNCHES),
        canManage(ctx));
  }

  private void render(Context ctx, String template, Object view) {
    Map<String, Object> params = new HashMap<>();
    params.put("view", view);
    pages.render(ctx, template, params);
  }

  private static boolean canManage(Context ctx) {
    return Pages.session(ctx).allows(ScheduleAccess.MANAGE);
  }
}
