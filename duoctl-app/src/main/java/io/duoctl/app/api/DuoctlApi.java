package io.duoctl.app.api;

import io.duoctl.app.Duoctl;

/** The REST API's route table over the composition root: every feature's routes, in order. */
public final class DuoctlApi {
  private DuoctlApi() {}

  /** Every route of {@code /api/v1} over {@code duoctl}. */
  public static ApiRoutes routes(Duoctl duoctl) {
    ApiRoutes routes = new ApiRoutes();
    routes.addAll(new SettingsRoutes(duoctl.settings(), duoctl.validator()).routes());
    return routes;
  }

  /** Whether the database answers a trivial query. */
  public static boolean databaseUp(Duoctl duoctl) {
    return duoctl
            .database()
            .jdbi()
            .withHandle(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one())
        == 1;
  }
}
