package io.duoctl.core.workflows.connections;

import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.core.errors.FieldError;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What an http step may ask for: a method duoctl sends, a path that stays under the connection's
 * base URL (relative, already percent-encoded: duoctl encodes nothing itself), and a body only
 * where one belongs.
 */
final class HttpCallRules {
  static final int MAX_PATH = 4000;
  private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");

  /** A checked request: its method in capitals and the full URI. */
  record Call(String method, URI uri) {}

  private HttpCallRules() {}

  /**
   * The request to send, or an exception naming every field at fault.
   *
   * @throws InvalidHttpCallException naming {@code method}, {@code path} or {@code body}
   */
  static Call check(String connection, String baseUrl, String method, String path, JsonNode body) {
    List<FieldError> errors = new ArrayList<>();
    String verb = method == null ? "" : method.strip().toUpperCase(Locale.ROOT);
    if (!METHODS.contains(verb)) {
      errors.add(new FieldError("method", "must be GET, POST, PUT, PATCH or DELETE"));
    }
    if (verb.equals("GET") && hasBody(body)) {
      errors.add(
          new FieldError("body", "a GET sends no body; leave it out or use POST, PUT or PATCH"));
    }
    URI uri = resolve(baseUrl, path, errors);
    if (!errors.isEmpty()) {
      throw new InvalidHttpCallException(connection, errors);
    }
    return new Call(verb, uri);
  }

  static boolean hasBody(JsonNode body) {
    return body != null && !body.isNull() && !body.isMissingNode();
  }

  private static URI resolve(String baseUrl, String path, List<FieldError> errors) {
    if (path == null || path.isEmpty()) {
      errors.add(
          new FieldError("path", "is required: the part after the base URL, e.g. /tickets/42"));
      return null;
    }
    int before = errors.size();
    if (path.length() > MAX_PATH) {
      errors.add(new FieldError("path", "must be at most " + MAX_PATH + " characters"));
      return null;
    }
    if (!path.startsWith("/") || path.startsWith("//")) {
      errors.add(
          new FieldError(
              "path",
              "must start with a single / and is appended to the connection's base URL; give the"
                  + " path (e.g. /tickets/42), never a full URL"));
    }
    if (!path.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
      errors.add(
          new FieldError(
              "path",
              "must be percent-encoded ASCII without spaces (duoctl encodes nothing itself);"
                  + " encode spaces as %20 and other characters as their UTF-8 bytes (é as %C3%A9)"));
    }
    if (path.indexOf('#') >= 0) {
      errors.add(new FieldError("path", "must not have a fragment (#…)"));
    }
    int query = path.indexOf('?');
    String rawPath = query < 0 ? path : path.substring(0, query);
    for (String segment : rawPath.split("/", -1)) {
      String decoded = segment.replace("%2e", ".").replace("%2E", ".");
      if (decoded.equals(".") || decoded.equals("..")) {
        errors.add(
            new FieldError(
                "path", "must not have . or .. segments: they could leave the base URL's path"));
        break;
      }
    }
    if (errors.size() > before) {
      return null;
    }
    URI base = URI.create(baseUrl);
    URI uri;
    try {
      uri = new URI(baseUrl + path);
    } catch (URISyntaxException e) {
      errors.add(
          new FieldError(
              "path",
              "is not a valid URL path ("
                  + e.getReason()
                  + "); percent-encode characters such as spaces, quotes and braces"));
      return null;
    }
    if (!Objects.equals(uri.getScheme(), base.getScheme())
        || !Objects.equals(uri.getRawAuthority(), base.getRawAuthority())
        || uri.getRawPath() == null
        || !uri.getRawPath().startsWith(base.getRawPath() == null ? "" : base.getRawPath())) {
      errors.add(new FieldError("path", "must stay under the connection's base URL"));
      return null;
    }
    return uri;
  }
}
