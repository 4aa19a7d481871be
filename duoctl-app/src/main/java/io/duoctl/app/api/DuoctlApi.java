package io.duoctl.app.api;

import io.duoctl.app.Duoctl;
import io.duoctl.app.api.actions.ActionRoutes;
import io.duoctl.app.api.jobs.JobRoutes;
import io.duoctl.app.api.logrules.LogRuleRoutes;
import io.duoctl.app.api.logs.LogExportRoutes;
import io.duoctl.app.api.openapi.OpenApiRoute;
import io.duoctl.app.api.reports.ReportRoutes;
import io.duoctl.app.api.schedules.ScheduleRoutes;
import io.duoctl.app.api.webhooks.WebhookRoutes;
import io.duoctl.app.api.workflows.WorkflowRoutes;
import io.duoctl.core.workflows.runs.WorkflowLauncher;
import io.duoctl.core.workflows.webhooks.WebhookDeliveries;

/** The REST API's route table over the composition root: every feature's routes, in order. */
public final class DuoctlApi {
  private DuoctlApi() {}

  /** Every route of {@code /api/v1} over {@code duoctl}; runs start through its launcher. */
  public static ApiRoutes routes(Duoctl duoctl) {
    return routes(duoctl, duoctl.webhookDeliveries());
  }

  /**
   * Every route of {@code /api/v1} over {@code duoctl}, the webhooks' deliveries starting their
   * runs through {@code launcher} (tests record them).
   */
  public static ApiRoutes routes(Duoctl duoctl, WorkflowLauncher launcher) {
    return routes(duoctl, duoctl.webhookDeliveries(launcher));
  }

  private static ApiRoutes routes(Duoctl duoctl, WebhookDeliveries deliveries) {
    ApiRoutes routes = new ApiRoutes();
    routes.addAll(new SettingsRoutes(duoctl.settings(), duoctl.validator()).routes());
    OrganizationRoutes organizations =
        new OrganizationRoutes(
            duoctl.settings(),
            duoctl.organizations(),
            duoctl.organizationKeys(),
            duoctl.organizationMoves(),
            duoctl.organizationCheck());
    routes.addAll(organizations.routes());
    routes.addAll(
        new OrganizationCheckRoutes(duoctl.organizations(), duoctl.organizationCheck()).routes());
    routes.addAll(
        new MappingRoutes(
                duoctl.mapping(),
                duoctl.mappingHealth(),
                duoctl.organizationsFromDuo(),
                duoctl.accountDirectory(),
                duoctl.organizations(),
                organizations)
            .routes());
    routes.addAll(new AuditRoutes(duoctl.audit(), duoctl.organizations()).routes());
    routes.addAll(new TokenRoutes(duoctl.apiTokens(), duoctl.clock()).routes());
    routes.addAll(ActionRoutes.routes(duoctl));
    routes.addAll(JobRoutes.routes(duoctl));
    routes.addAll(ReportRoutes.routes(duoctl));
    routes.addAll(WorkflowRoutes.routes(duoctl));
    routes.addAll(ScheduleRoutes.routes(duoctl));
    routes.addAll(LogExportRoutes.routes(duoctl));
    routes.addAll(new ConnectionRoutes(duoctl.connections()).routes());
    routes.addAll(new BaselineRoutes(duoctl).routes());
    routes.addAll(new WebhookRoutes(duoctl.webhooks(), deliveries).routes());
    routes.addAll(new LogRuleRoutes(duoctl.logRules()).routes());
    routes.add(OpenApiRoute.route(routes));
    return routes;
  }
}
