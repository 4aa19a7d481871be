package io.duoctl.app.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's error handler, for what the web server refuses before Javalin sees it (a bad
 * percent-encoding, an illegal character in the path, invalid UTF-8): under {@code /api/} the
 * answer is the API's JSON error with {@code nosniff} (also when Jetty lost the path); elsewhere
 * Jetty's own page. Installed both on the server and on the servlet context, as Jetty refuses bad
 * requests in either. Thread-safe.
 */
final class ApiErrorPages extends org.eclipse.jetty.ee10.servlet.ErrorHandler {
  /** Jetty's reasons are fixed phrases; anything else might echo the request and is not shown. */
  private static final Pattern PLAIN_REASON = Pattern.compile("[A-Za-z0-9 \\-]{1,60}");

  /**
   * The path Jetty gives a request whose target it could not parse at all ({@code %ZZ}, {@code
   * %00}): the real one is lost, so such a request may be an API call and gets the JSON error.
   */
  private static final String UNPARSED_PATH = "/badMessage";

  private final ObjectMapper mapper;

  ApiErrorPages(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    String path = rawPath(request);
    if (!ApiModule.isApiPath(path) && !path.equals(UNPARSED_PATH)) {
      return super.handle(request, response, callback);
    }
    int status =
        request.getAttribute(ERROR_STATUS) instanceof Integer code
            ? code
            : response.getStatus() >= 400 ? response.getStatus() : 500;
    String message =
        request.getAttribute(ERROR_MESSAGE) instanceof String text
                && PLAIN_REASON.matcher(text).matches()
            ? text
            : HttpStatus.getMessage(status);
    ApiException error = ApiErrors.forStatus(status, message);
    byte[] body;
    try {
      body = mapper.writeValueAsBytes(ApiErrors.body(error));
    } catch (JsonProcessingException e) {
      body =
          "{\"error\":{\"code\":\"internal\",\"message\":\"error\"}}"
              .getBytes(StandardCharsets.UTF_8);
    }
    response.setStatus(error.status());
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
    response.getHeaders().put(ApiModule.NOSNIFF_HEADER, ApiModule.NOSNIFF);
    response.write(true, ByteBuffer.wrap(body), callback);
    return true;
  }

  private static String rawPath(Request request) {
    try {
      String path = request.getHttpURI().getPath();
      return path == null ? "" : path;
    } catch (RuntimeException unreadable) {
      return "";
    }
  }
}
