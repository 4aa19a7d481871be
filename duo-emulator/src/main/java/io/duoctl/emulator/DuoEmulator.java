package io.duoctl.emulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.duoctl.emulator.http.ApiPipeline;
import io.duoctl.emulator.http.RateLimiter;
import io.duoctl.emulator.http.RouteModule;
import io.duoctl.emulator.http.Routes;
import io.duoctl.emulator.internal.CertificateAuthority;
import io.duoctl.emulator.internal.EmulatorServer;
import io.duoctl.emulator.internal.JettyApiHandler;
import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.model.EmulatorClock;
import io.duoctl.emulator.model.Ids;
import io.duoctl.emulator.model.IntegrationType;
import io.duoctl.emulator.model.Permission;
import io.duoctl.emulator.model.World;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.net.ssl.SSLContext;

/**
 * A running Duo: Admin, Accounts and Auth APIs over HTTP, with Duo's signature checks, on one local
 * port.
 *
 * <pre>{@code
 * try (DuoEmulator duo = DuoEmulator.builder().seed(7).build().start()) {
 *   Account msp = duo.givenParentAccount("Acme MSP");
 *   IntegrationKeys keys = duo.givenAccountsApi(msp);
 *   // call duo.baseUrl() with Host: keys.apiHostname(), signed with keys.secretKey()
 * }
 * }</pre>
 *
 * <p>Thread-safe once started. {@link #close()} stops the server; state lives in {@link #world()}.
 */
public final class DuoEmulator implements AutoCloseable {

  private final Builder config;
  private final World world;
  private final Routes routes = new Routes();
  private EmulatorServer server;
  private CertificateAuthority tls;
  private volatile int port;

  private DuoEmulator(Builder config) {
    this.config = config;
    this.world = new World(config.clock, new Ids(config.seed));
    for (RouteModule module : config.modules) {
      module.register(routes, world);
    }
  }

  /** A builder with the defaults: port 0, 127.0.0.1, system clock, seed 1, 300 s skew. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts serving.
   *
   * @return this
   * @throws IllegalStateException if already started or the port cannot be bound
   */
  public synchronized DuoEmulator start() {
    if (server != null) {
      throw new IllegalStateException("the emulator is already started");
    }
    if (config.tls) {
      List<String> hostnames = world.accounts().stream().map(Account::apiHostname).toList();
      tls = CertificateAuthority.generate(hostnames);
    }
    ApiPipeline pipeline =
        new ApiPipeline(world, routes, config.skew, RateLimiter.NONE, new ObjectMapper());
    EmulatorServer jetty =
        new EmulatorServer(
            config.bindAddress,
            config.port,
            config.maxThreads,
            tls,
            new JettyApiHandler(pipeline),
            this::isEmulatedHost);
    try {
      jetty.start();
    } catch (Exception e) {
      throw new IllegalStateException(
          "cannot start the emulator on " + config.bindAddress + ":" + config.port, e);
    }
    this.server = jetty;
    this.port = jetty.port();
    return this;
  }

  private boolean isEmulatedHost(String hostname) {
    return hostname.endsWith(".duo.test")
        || hostname.equals("localhost")
        || hostname.equals(config.bindAddress)
        || world.accountByHostname(hostname).isPresent();
  }

  /** Stops serving; idempotent. */
  @Override
  public synchronized void close() {
    if (server == null) {
      return;
    }
    try {
      server.stop();
    } catch (Exception e) {
      throw new IllegalStateException("cannot stop the emulator", e);
    } finally {
      server = null;
      port = 0;
    }
  }

  /** The bound port (HTTP and, with TLS on, HTTPS). */
  public int port() {
    requireStarted();
    return port;
  }

  /** {@code http://127.0.0.1:port}; send requests here with the account's hostname as Host. */
  public String baseUrl() {
    return "http://" + config.bindAddress + ":" + port();
  }

  /** {@code https://127.0.0.1:port}; the same port as {@link #baseUrl()}, over TLS. */
  public String httpsBaseUrl() {
    requireTls();
    return "https://" + config.bindAddress + ":" + port();
  }

  /**
   * The address of the emulator as an HTTP proxy: plain requests in absolute form ({@code GET
   * http://api-x.duo.test/...}) and {@code CONNECT api-x.duo.test:443} tunnels reach the emulator
   * under its account hostnames; other destinations are refused.
   */
  public InetSocketAddress proxyAddress() {
    return new InetSocketAddress(config.bindAddress, port());
  }

  /** A {@link ProxySelector} sending every request through {@link #proxyAddress()}. */
  public ProxySelector proxySelector() {
    return ProxySelector.of(proxyAddress());
  }

  /** The PEM of the CA that signed the emulator's TLS certificate. */
  public String caCertificatePem() {
    requireTls();
    return tls.caCertificatePem();
  }

  /** The CA that signed the emulator's TLS certificate. */
  public X509Certificate caCertificate() {
    requireTls();
    return tls.caCertificate();
  }

  /**
   * Writes the CA certificate as PEM to {@code file} (created or replaced).
   *
   * @throws UncheckedIOException if the file cannot be written
   */
  public Path writeCaCertificate(Path file) {
    try {
      return Files.writeString(file, caCertificatePem(), StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the CA certificate to " + file, e);
    }
  }

  /** A key store holding only the CA certificate, for a client's trust store. */
  public KeyStore trustStore() {
    requireTls();
    return tls.trustStore();
  }

  /** A client TLS context that trusts the emulator's CA and nothing else. */
  public SSLContext clientSslContext() {
    requireTls();
    return tls.clientSslContext();
  }

  /** The emulator's state. */
  public World world() {
    return world;
  }

  /** The emulator's clock (advance it to age logs or expire codes). */
  public EmulatorClock clock() {
    return world.clock();
  }

  /** The route table (read-only use). */
  public Routes routes() {
    return routes;
  }

  /** Creates a parent (MSP) account. */
  public Account givenParentAccount(String name) {
    return world.createParentAccount(name);
  }

  /** Creates a child of {@code parent}. */
  public Account givenChildAccount(Account parent, String name) {
    return world.createChildAccount(parent.id(), name);
  }

  /** Creates an integration on {@code account} and returns its keys. */
  public IntegrationKeys givenIntegration(
      Account account, IntegrationType type, Set<Permission> grants) {
    String name = type.duoName() + " " + (world.integrationsOf(account.id()).size() + 1);
    return IntegrationKeys.of(world, world.createIntegration(account.id(), type, name, grants));
  }

  /** An Admin API integration with the given grants (none given: every Admin API grant). */
  public IntegrationKeys givenAdminApi(Account account, Permission... grants) {
    EnumSet<Permission> set = EnumSet.noneOf(Permission.class);
    if (grants.length == 0) {
      for (Permission p : Permission.values()) {
        if (p.isAdminGrant()) {
          set.add(p);
        }
      }
    } else {
      set.addAll(List.of(grants));
    }
    return givenIntegration(account, IntegrationType.ADMIN_API, set);
  }

  /** An Accounts API integration of a parent account. */
  public IntegrationKeys givenAccountsApi(Account parent) {
    return givenIntegration(parent, IntegrationType.ACCOUNTS_API, Set.of());
  }

  /** An Auth API integration. */
  public IntegrationKeys givenAuthApi(Account account) {
    return givenIntegration(account, IntegrationType.AUTH_API, Set.of());
  }

  private void requireStarted() {
    if (port == 0) {
      throw new IllegalStateException("the emulator is not started");
    }
  }

  private void requireTls() {
    requireStarted();
    if (tls == null) {
      throw new IllegalStateException("TLS is off; build the emulator with tls(true)");
    }
  }

  /** Configures a {@link DuoEmulator}; not thread-safe. */
  public static final class Builder {
    private int port = 0;
    private String bindAddress = "127.0.0.1";
    private EmulatorClock clock = EmulatorClock.following(Clock.systemUTC());
    private long seed = 1;
    private Duration skew = Duration.ofSeconds(300);
    private int maxThreads = 64;
    private boolean tls = true;
    private final List<RouteModule> modules = new ArrayList<>(DuoApis.all());

    private Builder() {}

    /** The port to bind; 0 (the default) picks a free one. */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be 0..65535, not " + port);
      }
      this.port = port;
      return this;
    }

    /** The address to bind, 127.0.0.1 by default. */
    public Builder bindAddress(String bindAddress) {
      this.bindAddress = Objects.requireNonNull(bindAddress, "bindAddress");
      return this;
    }

    /** The clock the emulator starts from; it can be advanced later through {@link #clock()}. */
    public Builder clock(Clock clock) {
      this.clock =
          clock instanceof EmulatorClock emulatorClock
              ? emulatorClock
              : EmulatorClock.following(Objects.requireNonNull(clock, "clock"));
      return this;
    }

    /** The seed of every generated ID and key. */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /** How far a request's date may differ from the emulator's clock (default 300 s). */
    public Builder skew(Duration skew) {
      if (skew == null || skew.isNegative()) {
        throw new IllegalArgumentException("skew must be zero or positive");
      }
      this.skew = skew;
      return this;
    }

    /** The most server threads (default 64). */
    public Builder maxThreads(int maxThreads) {
      if (maxThreads < 8) {
        throw new IllegalArgumentException("maxThreads must be at least 8");
      }
      this.maxThreads = maxThreads;
      return this;
    }

    /** Whether the port also speaks HTTPS with a generated certificate (default true). */
    public Builder tls(boolean tls) {
      this.tls = tls;
      return this;
    }

    /** Registers an extra feature on top of the built-in APIs (e.g. a test-only endpoint). */
    public Builder module(RouteModule module) {
      modules.add(Objects.requireNonNull(module, "module"));
      return this;
    }

    /** The emulator, not yet started. */
    public DuoEmulator build() {
      return new DuoEmulator(this);
    }
  }
}
