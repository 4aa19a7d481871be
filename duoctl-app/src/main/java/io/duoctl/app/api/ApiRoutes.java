package io.duoctl.app.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The route table of the REST API, in registration order: feature classes ({@code SettingsRoutes},
 * {@code OrganizationRoutes}, ...) add their routes, {@link ApiModule} installs them, and the
 * OpenAPI document is rendered from {@link #all()}. Rejects a second route with the same method and
 * path or the same operationId. Not thread-safe while being filled; read-only afterwards by
 * convention.
 */
public final class ApiRoutes {
  private final List<ApiRoute> routes = new ArrayList<>();

  /**
   * Adds {@code route}.
   *
   * @throws IllegalArgumentException if its method and path or its operationId is taken
   */
  public ApiRoutes add(ApiRoute route) {
    for (ApiRoute existing : routes) {
      if (existing.method() == route.method() && existing.path().equals(route.path())) {
        throw new IllegalArgumentException(
            "route " + route.method() + " " + route.path() + " is registered twice");
      }
      if (existing.operationId().equals(route.operationId())) {
        throw new IllegalArgumentException("operationId " + route.operationId() + " is used twice");
      }
    }
    routes.add(route);
    return this;
  }

  /** Adds every route of {@code more}, in order. */
  public ApiRoutes addAll(List<ApiRoute> more) {
    more.forEach(this::add);
    return this;
  }

  /** Every route, in registration order (unmodifiable view). */
  public List<ApiRoute> all() {
    return Collections.unmodifiableList(routes);
  }
}
