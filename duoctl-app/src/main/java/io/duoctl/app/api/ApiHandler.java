package io.duoctl.app.api;

/**
 * The work of one route: reads the request through {@link ApiCall} and returns the response body,
 * which the server writes as JSON with the route's success status. Return {@code null} for an empty
 * 204 response, or an {@link ApiResponse} to choose the status. Failures are thrown: {@link
 * ApiException} or a core exception that {@link ApiErrors} maps.
 */
@FunctionalInterface
public interface ApiHandler {
  Object handle(ApiCall call) throws Exception;
}
