package io.duoctl.app.cli;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A {@code curl} example as the request curl would send, for the options the README uses: {@code
 * -s}, {@code -X}, {@code -H} and {@code -d} (which, like curl, makes a POST and defaults the
 * content type to {@code application/x-www-form-urlencoded}) and one URL. Any other option is
 * refused, so an example is never sent differently from how curl would send it.
 */
final class CurlCommand {
  private CurlCommand() {}

  /**
   * The request of {@code curl ARGS}.
   *
   * @throws IllegalArgumentException for an option this does not know, or not exactly one URL
   */
  static HttpRequest request(List<String> args) {
    String method = null;
    String body = null;
    String url = null;
    Map<String, String> headers = new LinkedHashMap<>();
    for (Iterator<String> it = args.iterator(); it.hasNext(); ) {
      String arg = it.next();
      switch (arg) {
        case "-s", "--silent" -> {}
        case "-X", "--request" -> method = value(arg, it);
        case "-H", "--header" -> {
          String header = value(arg, it);
          int colon = header.indexOf(':');
          if (colon < 1) {
            throw new IllegalArgumentException("curl " + arg + " needs 'Name: value': " + header);
          }
          headers.put(header.substring(0, colon).strip(), header.substring(colon + 1).strip());
        }
        case "-d", "--data", "--data-raw" -> body = value(arg, it);
        default -> {
          if (arg.startsWith("-")) {
            throw new IllegalArgumentException("curl option " + arg + " is not run by this test");
          }
          if (url != null) {
            throw new IllegalArgumentException("curl with two URLs: " + url + " and " + arg);
          }
          url = arg;
        }
      }
    }
    if (url == null) {
      throw new IllegalArgumentException("curl without a URL");
    }
    if (body != null && headers.keySet().stream().noneMatch(CurlCommand::isContentType)) {
      headers.put("Content-Type", "application/x-www-form-urlencoded");
    }
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
    headers.forEach(request::header);
    String verb = method != null ? method : body != null ? "POST" : "GET";
    return request
        .method(verb, body != null ? BodyPublishers.ofString(body) : BodyPublishers.noBody())
        .build();
  }

  private static boolean isContentType(String header) {
    return header.toLowerCase(Locale.ROOT).equals("content-type");
  }

  private static String value(String option, Iterator<String> it) {
    if (!it.hasNext()) {
      throw new IllegalArgumentException("curl " + option + " needs a value");
    }
    return it.next();
  }
}
