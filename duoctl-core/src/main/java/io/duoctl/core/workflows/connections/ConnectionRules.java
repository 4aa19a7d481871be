package io.duoctl.core.workflows.connections;

import io.duoctl.core.errors.FieldError;
import io.duoctl.core.secrets.Secret;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Input rules for a connection's fields; each check adds errors naming the field and the fix. No
 * message ever holds a header value, and a base URL is never quoted (it might hold a password).
 */
final class ConnectionRules {
  static final int MAX_NAME = 64;
  static final int MAX_BASE_URL = 2000;
  static final int MAX_DESCRIPTION = 500;
  static final int MAX_HEADERS = 20;
  static final int MAX_HEADER_NAME = 64;
  static final int MAX_HEADER_VALUE = 4096;

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  /** RFC 7230's token: one or more tchar. */
  private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

  private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]", "::1");
  private static final Map<String, String> REFUSED_HEADERS =
      Map.of(
          "host", "is taken from the base URL",
          "content-length", "is taken from the body",
          "content-type", "is application/json: duoctl sends every body as JSON",
          "transfer-encoding", "is chosen by the HTTP client",
          "connection", "is chosen by the HTTP client",
          "expect", "is chosen by the HTTP client",
          "upgrade", "is chosen by the HTTP client");

  private ConnectionRules() {}

  static void checkName(String name, List<FieldError> errors) {
    if (name == null || name.isBlank()) {
      errors.add(new FieldError("name", "is required, e.g. connectwise or halo-psa"));
    } else if (name.length() > MAX_NAME || !NAME.matcher(name).matches()) {
      errors.add(
          new FieldError(
              "name",
              "must be 1 to "
                  + MAX_NAME
                  + " lower-case letters and digits in words joined by single dashes, starting"
                  + " with a letter, e.g. connectwise or halo-psa"));
    }
  }

  /** The base URL without trailing slashes, or null (with an error added) when it is refused. */
  static String baseUrl(String text, List<FieldError> errors) {
    String field = "base_url";
    if (text == null || text.isBlank()) {
      errors.add(new FieldError(field, "is required, e.g. https://psa.example.com/api"));
      return null;
    }
    String url = text.strip();
    if (url.length() > MAX_BASE_URL) {
      errors.add(new FieldError(field, "must be at most " + MAX_BASE_URL + " characters"));
      return null;
    }
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      errors.add(
          new FieldError(
              field,
              "is not a valid URL ("
                  + e.getReason()
                  + " at character "
                  + (e.getIndex() + 1)
                  + "); percent-encode spaces and other special characters"));
      return null;
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    String host = uri.getHost();
    if (!uri.isAbsolute() || uri.isOpaque() || host == null || host.isEmpty()) {
      errors.add(
          new FieldError(
              field, "must be an absolute URL with a host, e.g. https://psa.example.com/api"));
      return null;
    }
    int before = errors.size();
    if (uri.getRawUserInfo() != null) {
      errors.add(
          new FieldError(
              field,
              "must not hold a user name or password; send credentials as a header instead"
                  + " (e.g. Authorization), where they are stored encrypted"));
    }
    boolean local = LOCAL_HOSTS.contains(host.toLowerCase(Locale.ROOT));
    if (!scheme.equals("https") && !(scheme.equals("http") && local)) {
      errors.add(
          new FieldError(
              field,
              "must start with https:// (plain http:// only for localhost, 127.0.0.1 or [::1],"
                  + " e.g. a relay on this machine)"));
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
      errors.add(
          new FieldError(
              field, "must not have a query (?…) or fragment (#…); put those in the step's path"));
    }
    if (errors.size() > before) {
      return null;
    }
    String normalized = uri.toString();
    while (normalized.endsWith("/")) {
      normalized = normalized.substring(0, normalized.length() - 1);
    }
    return normalized;
  }

  /**
   * The headers with their values stripped of surrounding whitespace, in order; errors are added
   * for every name and value refused.
   */
  static Map<String, Secret> headers(Map<String, Secret> headers, List<FieldError> errors) {
    Map<String, Secret> clean = new LinkedHashMap<>();
    if (headers.size() > MAX_HEADERS) {
      errors.add(
          new FieldError("headers", "must be at most " + MAX_HEADERS + " headers; drop some"));
      return clean;
    }
    Set<String> seen = new HashSet<>();
    headers.forEach(
        (name, value) -> {
          if (checkHeaderName(name, errors) && !seen.add(key(name))) {
            errors.add(
                new FieldError(
                    "headers",
                    "header " + name + " is given twice (header names ignore case); give it once"));
          }
          Secret stripped = headerValue(name, value, errors);
          if (stripped != null) {
            clean.put(name, stripped);
          }
        });
    return clean;
  }

  private static boolean checkHeaderName(String name, List<FieldError> errors) {
    if (name == null
        || name.isEmpty()
        || name.length() > MAX_HEADER_NAME
        || !TOKEN.matcher(name).matches()) {
      errors.add(
          new FieldError(
              "headers",
              "header name \""
                  + quoted(name)
                  + "\" must be 1 to "
                  + MAX_HEADER_NAME
                  + " letters, digits or ! # $ % & ' * + - . ^ _ ` | ~ (no spaces or colons),"
                  + " e.g. Authorization or clientId"));
      return false;
    }
    String refused = REFUSED_HEADERS.get(key(name));
    if (refused != null) {
      errors.add(
          new FieldError(
              "headers", "header " + name + " cannot be stored: it " + refused + "; leave it out"));
      return false;
    }
    return true;
  }

  private static Secret headerValue(String name, Secret value, List<FieldError> errors) {
    String field = "headers." + (name == null ? "" : quoted(name));
    String text = value == null ? "" : value.reveal().strip();
    if (text.isEmpty()) {
      errors.add(new FieldError(field, "needs a value; enter the header's value"));
      return null;
    }
    if (text.length() > MAX_HEADER_VALUE) {
      errors.add(
          new FieldError(
              field, "value must be at most " + MAX_HEADER_VALUE + " characters (it has more)"));
      return null;
    }
    if (!text.chars().allMatch(c -> c == '\t' || (c >= 0x20 && c <= 0x7e))) {
      errors.add(
          new FieldError(
              field,
              "value must be printable ASCII on one line (no line breaks, control characters or"
                  + " letters beyond ASCII); re-enter it"));
      return null;
    }
    return Secret.of(text);
  }

  static void checkDescription(String description, List<FieldError> errors) {
    if (description == null) {
      return;
    }
    if (description.strip().length() > MAX_DESCRIPTION) {
      errors.add(
          new FieldError(
              "description", "must be at most " + MAX_DESCRIPTION + " characters; shorten it"));
    } else if (description.chars().anyMatch(Character::isISOControl)) {
      errors.add(
          new FieldError("description", "must be one line without control characters or tabs"));
    }
  }

  /** A header name's key: names compare ignoring case. */
  static String key(String headerName) {
    return headerName.toLowerCase(Locale.ROOT);
  }

  /**
   * A header name as it may be shown: up to its first character that cannot be in a name, since
   * whatever follows may be a value typed in the wrong place ({@code Authorization: Basic …}).
   */
  private static String quoted(String text) {
    if (text == null) {
      return "";
    }
    int end = 0;
    while (end < text.length() && end < MAX_HEADER_NAME && isTchar(text.charAt(end))) {
      end++;
    }
    return end == text.length() ? text : text.substring(0, end) + "…";
  }

  private static boolean isTchar(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
  }
}
