package io.duoctl.app.mcp;

import io.duoctl.app.api.ApiErrorCode;
import io.duoctl.app.api.ApiErrors;
import io.duoctl.app.api.ApiException;
import io.duoctl.core.access.ApiToken;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Function;

/**
 * Lets through only requests with {@code Authorization: Bearer <duoctl API token>}, as the REST API
 * does, and hands their {@link McpCaller} (the token's name and scope) to the MCP transport; others
 * get 401 with the REST API's error body. Thread-safe.
 */
final class McpBearerFilter implements Filter {

  private static final String PREFIX = "Bearer ";

  private final Function<String, Optional<ApiToken>> tokens;

  McpBearerFilter(Function<String, Optional<ApiToken>> tokens) {
    this.tokens = tokens;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String header = ((HttpServletRequest) request).getHeader("Authorization");
    Optional<ApiToken> token =
        header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())
            ? tokens.apply(header.substring(PREFIX.length()).strip())
            : Optional.empty();
    if (token.isEmpty()) {
      refuse((HttpServletResponse) response);
      return;
    }
    request.setAttribute(
        McpCaller.CONTEXT_KEY, new McpCaller("api:" + token.get().name(), token.get().scope()));
    chain.doFilter(request, response);
  }

  private static void refuse(HttpServletResponse response) throws IOException {
    ApiException error =
        ApiException.of(
            ApiErrorCode.UNAUTHORIZED,
            "send 'Authorization: Bearer <token>' with a duoctl API token (duoctl tokens create)");
    response.setStatus(error.status());
    response.setHeader("WWW-Authenticate", "Bearer");
    response.setContentType("application/json");
    response
        .getOutputStream()
        .write(ApiErrors.body(error).toString().getBytes(StandardCharsets.UTF_8));
  }
}
