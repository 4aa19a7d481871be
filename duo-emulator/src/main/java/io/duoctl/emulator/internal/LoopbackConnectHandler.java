package io.duoctl.emulator.internal;

import java.net.InetSocketAddress;
import java.util.Locale;
import java.util.function.Predicate;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.handler.ConnectHandler;

/**
 * Makes the emulator an HTTP proxy for its own hostnames: {@code CONNECT api-x.duo.test:443} is
 * tunnelled back into this same port (where the TLS detector takes over); any other destination is
 * refused with 403, so the emulator is never an open proxy.
 */
final class LoopbackConnectHandler extends ConnectHandler {

  private final String bindAddress;
  private final Predicate<String> emulatedHost;
  private volatile int port;

  LoopbackConnectHandler(Handler next, String bindAddress, Predicate<String> emulatedHost) {
    super(next);
    this.bindAddress = bindAddress;
    this.emulatedHost = emulatedHost;
  }

  void port(int port) {
    this.port = port;
  }

  @Override
  public boolean validateDestination(String host, int port) {
    return emulatedHost.test(host.toLowerCase(Locale.ROOT));
  }

  @Override
  protected InetSocketAddress newConnectAddress(String host, int port) {
    return new InetSocketAddress(bindAddress, this.port);
  }
}
