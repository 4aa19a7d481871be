package io.duoctl.emulator.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Locale;
import java.util.function.Predicate;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ConnectHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.HostPort;

/**
 * Makes the emulator an HTTP proxy for its own hostnames: {@code CONNECT api-x.duo.test:443} is
 * tunnelled back into this same port (where the TLS detector takes over). A destination it does not
 * serve fails as an unreachable host does behind a real proxy: {@code CONNECT} gets 502 Bad
 * Gateway, and a plain request for an unknown {@code *.duo.test} hostname is cut off without an
 * answer. So the emulator is never an open proxy, and a mistyped hostname never reaches another
 * account.
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
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    if (!HttpMethod.CONNECT.is(request.getMethod())
        && isUnknownDuoHost(Request.getServerName(request))) {
      request.getConnectionMetaData().getConnection().getEndPoint().close();
      callback.failed(new IOException("no such host behind the emulator's proxy"));
      return true;
    }
    return super.handle(request, response, callback);
  }

  @Override
  protected void handleConnect(
      Request request, Response response, Callback callback, String serverAddress) {
    String host = new HostPort(serverAddress).getHost();
    if (!validateDestination(host, 0)) {
      Response.writeError(
          request,
          response,
          callback,
          HttpStatus.BAD_GATEWAY_502,
          "cannot connect to " + host + ": no such host");
      return;
    }
    super.handleConnect(request, response, callback, serverAddress);
  }

  private boolean isUnknownDuoHost(String host) {
    String hostname = host == null ? "" : host.toLowerCase(Locale.ROOT);
    return hostname.endsWith(".duo.test") && !emulatedHost.test(hostname);
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
