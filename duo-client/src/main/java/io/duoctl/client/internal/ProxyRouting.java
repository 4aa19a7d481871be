package io.duoctl.client.internal;

import io.duoctl.client.ProxySettings;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Routes calls through the configured proxy except for the {@code NO_PROXY} hosts, and supplies the
 * proxy's Basic credentials only for calls that go through it.
 */
public final class ProxyRouting extends ProxySelector {

  private final ProxySettings settings;
  private final Proxy proxy;

  public ProxyRouting(ProxySettings settings) {
    this.settings = settings;
    this.proxy =
        new Proxy(
            Proxy.Type.HTTP, InetSocketAddress.createUnresolved(settings.host(), settings.port()));
  }

  @Override
  public List<Proxy> select(URI uri) {
    return usesProxy(uri) ? List.of(proxy) : List.of(Proxy.NO_PROXY);
  }

  @Override
  public void connectFailed(URI uri, SocketAddress address, IOException failure) {
    // java.net.http reports the failure to the caller; there is no other proxy to fall back to.
  }

  boolean usesProxy(URI uri) {
    int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
    return !settings.bypasses(uri.getHost(), port);
  }

  /** The {@code Proxy-Authorization} value for a call to {@code uri}, if it goes via the proxy. */
  Optional<String> proxyAuthorizationFor(URI uri) {
    if (settings.username().isEmpty() || !usesProxy(uri)) {
      return Optional.empty();
    }
    String credentials = settings.username().get() + ":" + settings.password().orElse("");
    return Optional.of(
        "Basic "
            + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
  }

  @Override
  public String toString() {
    return "ProxyRouting[" + settings + "]";
  }
}
