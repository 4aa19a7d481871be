package io.duoctl.emulator.internal;

import java.time.Duration;
import java.util.function.Predicate;
import org.eclipse.jetty.http.HttpCompliance;
import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.DetectorConnectionFactory;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ScheduledExecutorScheduler;

/**
 * The Jetty server: one port that speaks plain HTTP and, when a CA is given, HTTPS (told apart by
 * the first bytes) and acts as an HTTP proxy for emulated hostnames.
 */
public final class EmulatorServer {

  private static final long IDLE_TIMEOUT_MILLIS = 120_000;

  private final Server server;
  private final ServerConnector connector;
  private final LoopbackConnectHandler proxy;

  /**
   * @param tls the certificates for HTTPS, or null for plain HTTP only
   * @param emulatedHost which lower-case hostnames the proxy may reach (all served by this port)
   */
  public EmulatorServer(
      String bindAddress,
      int port,
      int maxThreads,
      CertificateAuthority tls,
      Handler handler,
      Predicate<String> emulatedHost) {
    QueuedThreadPool threads = new QueuedThreadPool(maxThreads);
    threads.setName("duo-emulator");
    // daemon threads: an emulator a test forgot to close must not keep the JVM alive
    threads.setDaemon(true);
    server = new Server(threads, new ScheduledExecutorScheduler("duo-emulator-timer", true), null);
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    // replies are dated with the emulator's clock (EmulatorHandler), which tests may move
    http.setSendDateHeader(false);
    http.setUriCompliance(UriCompliance.UNSAFE);
    // a proxied request's Host is the emulated hostname, not this server's address
    http.setHttpCompliance(
        HttpCompliance.RFC9110.with("duo-emulator", HttpCompliance.Violation.MISMATCHED_AUTHORITY));
    HttpConnectionFactory http11 = new HttpConnectionFactory(http);
    if (tls == null) {
      connector = new ServerConnector(server, http11);
    } else {
      SecureRequestCustomizer secure = new SecureRequestCustomizer();
      secure.setSniHostCheck(false);
      http.addCustomizer(secure);
      SslContextFactory.Server ssl = new SslContextFactory.Server();
      ssl.setKeyStore(tls.serverKeyStore());
      ssl.setKeyStorePassword(new String(CertificateAuthority.KEY_STORE_PASSWORD));
      SslConnectionFactory https = new SslConnectionFactory(ssl, HttpVersion.HTTP_1_1.asString());
      connector = new ServerConnector(server, new DetectorConnectionFactory(https), http11);
    }
    connector.setHost(bindAddress);
    // Auth API long polls (auth_status, scripted push delays) hold a request up to a minute
    connector.setIdleTimeout(IDLE_TIMEOUT_MILLIS);
    connector.setPort(port);
    server.addConnector(connector);
    proxy = new LoopbackConnectHandler(handler, bindAddress, emulatedHost);
    // Jetty closes an idle tunnel after 30 s, before a client waiting out Duo's 32 s back-off
    proxy.setIdleTimeout(IDLE_TIMEOUT_MILLIS);
    server.setHandler(proxy);
  }

  /** Binds and starts serving. */
  public void start() throws Exception {
    server.start();
    proxy.port(connector.getLocalPort());
  }

  /** Stops serving. */
  public void stop() throws Exception {
    server.stop();
  }

  /** How long a connection may sit idle before it is closed. */
  Duration idleTimeout() {
    return Duration.ofMillis(connector.getIdleTimeout());
  }

  /** How long a {@code CONNECT} tunnel may sit idle before it is closed. */
  Duration tunnelIdleTimeout() {
    return Duration.ofMillis(proxy.getIdleTimeout());
  }

  /** The bound port. */
  public int port() {
    return connector.getLocalPort();
  }
}
