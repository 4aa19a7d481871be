package io.duoctl.app.web;

import io.duoctl.core.access.TrustedProxies;
import java.util.Objects;

/**
 * Where the web server listens and what it accepts.
 *
 * @param host the interface to bind, e.g. {@code 127.0.0.1} (only this machine) or {@code 0.0.0.0}
 * @param port the TCP port, or 0 for any free port (tests)
 * @param maxRequestBytes the largest request body accepted; larger ones are refused with 413
 * @param trustedProxies the reverse proxies whose {@code X-Forwarded-For} names the client (for
 *     sign-in throttling and the audit log); none by default
 */
public record WebServerOptions(
    String host, int port, long maxRequestBytes, TrustedProxies trustedProxies) {
  /** Default host: only this machine. */
  public static final String DEFAULT_HOST = "127.0.0.1";

  /** Default port. */
  public static final int DEFAULT_PORT = 8080;

  /** Default body limit: 1 MiB. */
  public static final long DEFAULT_MAX_REQUEST_BYTES = 1024 * 1024;

  public WebServerOptions {
    Objects.requireNonNull(host, "host");
    if (host.isBlank()) {
      throw new IllegalArgumentException("host must not be blank, e.g. 127.0.0.1");
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be from 0 to 65535, got " + port);
    }
    if (maxRequestBytes < 1) {
      throw new IllegalArgumentException("maxRequestBytes must be positive");
    }
    Objects.requireNonNull(trustedProxies, "trustedProxies");
  }

  /** Options that trust no proxy. */
  public WebServerOptions(String host, int port, long maxRequestBytes) {
    this(host, port, maxRequestBytes, TrustedProxies.none());
  }

  /** 127.0.0.1:8080, 1 MiB bodies, no trusted proxy. */
  public static WebServerOptions defaults() {
    return new WebServerOptions(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_MAX_REQUEST_BYTES);
  }

  public WebServerOptions withHost(String value) {
    return new WebServerOptions(value, port, maxRequestBytes, trustedProxies);
  }

  public WebServerOptions withPort(int value) {
    return new WebServerOptions(host, value, maxRequestBytes, trustedProxies);
  }

  public WebServerOptions withMaxRequestBytes(long value) {
    return new WebServerOptions(host, port, value, trustedProxies);
  }

  public WebServerOptions withTrustedProxies(TrustedProxies value) {
    return new WebServerOptions(host, port, maxRequestBytes, value);
  }
}
