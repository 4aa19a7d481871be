package io.duoctl.client;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An HTTP proxy for calls to Duo: host and port, optional Basic credentials, and the hosts reached
 * directly ({@code NO_PROXY} entries: {@code *} for all, a domain such as {@code example.com} or
 * {@code .example.com} for it and its subdomains, optionally with {@code :port}).
 *
 * <p>Through a proxy, https calls tunnel with CONNECT. The JDK refuses Basic credentials on CONNECT
 * unless the JVM runs with {@code -Djdk.http.auth.tunneling.disabledSchemes=}; plain http calls
 * carry them always.
 *
 * @param host the proxy host
 * @param port the proxy port
 * @param username the proxy user, if it needs credentials
 * @param password the proxy password; never printed by {@link #toString()}
 * @param noProxy hosts to reach directly
 */
public record ProxySettings(
    String host,
    int port,
    Optional<String> username,
    Optional<String> password,
    List<String> noProxy) {

  public ProxySettings {
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("proxy host must not be blank");
    }
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("proxy port must be 1-65535, was " + port);
    }
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(password, "password");
    if (password.isPresent() && username.isEmpty()) {
      throw new IllegalArgumentException("proxy password given without a username");
    }
    noProxy =
        noProxy.stream()
            .map(e -> e.trim().toLowerCase(Locale.ROOT))
            .filter(e -> !e.isEmpty())
            .toList();
  }

  /** A proxy without credentials or exceptions. */
  public static ProxySettings of(String host, int port) {
    return new ProxySettings(host, port, Optional.empty(), Optional.empty(), List.of());
  }

  /** A proxy that takes Basic credentials. */
  public static ProxySettings of(String host, int port, String username, String password) {
    return new ProxySettings(host, port, Optional.of(username), Optional.of(password), List.of());
  }

  /** These settings reaching {@code hosts} (NO_PROXY syntax, comma-separated) directly. */
  public ProxySettings withNoProxy(String hosts) {
    return new ProxySettings(host, port, username, password, List.of(hosts.split(",")));
  }

  /**
   * The proxy named by the first set of {@code HTTPS_PROXY}, {@code https_proxy}, {@code
   * HTTP_PROXY}, {@code http_proxy} ({@code http://[user:password@]host[:port]}, or just {@code
   * host:port}), with {@code NO_PROXY}/{@code no_proxy}. The caller passes the environment in.
   *
   * @return empty when no proxy variable is set
   * @throws IllegalArgumentException naming the variable if its value is not such a URL
   */
  public static Optional<ProxySettings> fromEnvironment(Map<String, String> env) {
    for (String name : List.of("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy")) {
      String value = env.get(name);
      if (value != null && !value.isBlank()) {
        String noProxy = Optional.ofNullable(env.get("NO_PROXY")).orElse(env.get("no_proxy"));
        return Optional.of(parse(name, value.trim()).withNoProxy(noProxy == null ? "" : noProxy));
      }
    }
    return Optional.empty();
  }

  private static ProxySettings parse(String variable, String value) {
    String text = value.contains("://") ? value : "http://" + value;
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          variable + " is not a proxy URL like http://proxy.example.com:3128");
    }
    if (!"http".equalsIgnoreCase(uri.getScheme())) {
      throw new IllegalArgumentException(
          variable + " must be an http:// proxy URL; TLS to the proxy is not supported");
    }
    if (uri.getHost() == null) {
      throw new IllegalArgumentException(
          variable + " has no host; expected http://proxy.example.com:3128");
    }
    int port = uri.getPort() == -1 ? 80 : uri.getPort();
    String userInfo = uri.getRawUserInfo();
    if (userInfo == null) {
      return of(uri.getHost(), port);
    }
    int colon = userInfo.indexOf(':');
    String user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
    Optional<String> password =
        colon < 0 ? Optional.empty() : Optional.of(decode(userInfo.substring(colon + 1)));
    return new ProxySettings(uri.getHost(), port, Optional.of(user), password, List.of());
  }

  private static String decode(String part) {
    return URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  /** Whether {@code targetHost} (with {@code targetPort}) is reached without the proxy. */
  public boolean bypasses(String targetHost, int targetPort) {
    String host = targetHost.toLowerCase(Locale.ROOT);
    for (String entry : noProxy) {
      if (entry.equals("*")) {
        return true;
      }
      String domain = entry;
      int colon = entry.lastIndexOf(':');
      if (colon > 0 && entry.indexOf(']') < colon && !entry.substring(colon + 1).isEmpty()) {
        if (!entry.substring(colon + 1).equals(Integer.toString(targetPort))) {
          continue;
        }
        domain = entry.substring(0, colon);
      }
      domain = domain.startsWith("*.") ? domain.substring(2) : domain;
      domain = domain.startsWith(".") ? domain.substring(1) : domain;
      if (host.equals(domain) || host.endsWith("." + domain)) {
        return true;
      }
    }
    return false;
  }

  /** Host, port, user and exceptions; never the password. */
  @Override
  public String toString() {
    List<String> parts = new ArrayList<>();
    parts.add(host + ":" + port);
    username.ifPresent(u -> parts.add("user " + u));
    if (!noProxy.isEmpty()) {
      parts.add("no proxy for " + noProxy);
    }
    return "ProxySettings" + parts;
  }
}
