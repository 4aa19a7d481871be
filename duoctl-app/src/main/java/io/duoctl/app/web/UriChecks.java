package io.duoctl.app.web;

import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Refuses a request whose URI breaks Jetty's default rules (a bad percent-encoding such as {@code
 * %ZZ}, an encoded control character such as {@code %00}, an ambiguous segment) with 400, through
 * the server's error handler. Jetty itself is set to let such URIs through ({@link
 * UriCompliance#UNSAFE}) only so that they get here with their path still readable: Jetty's own
 * refusal replaces the path with {@code /badMessage}, so the error handler could not tell an API
 * request (JSON error) from a console one (HTML page). Thread-safe.
 */
final class UriChecks extends Handler.Wrapper {
  private static final UriCompliance RULES = UriCompliance.DEFAULT;

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    Set<UriCompliance.Violation> broken =
        request.getHttpURI().getViolations().stream()
            .filter(v -> !RULES.allows(v))
            .collect(Collectors.toSet());
    if (!broken.isEmpty()) {
      Response.writeError(
          request,
          response,
          callback,
          400,
          broken.stream().map(UriChecks::reason).sorted().collect(Collectors.joining(", ")));
      return true;
    }
    return super.handle(request, response, callback);
  }

  private static String reason(UriCompliance.Violation violation) {
    return violation.getDescription().replaceAll("[^A-Za-z0-9 -]", " ").strip();
  }
}
