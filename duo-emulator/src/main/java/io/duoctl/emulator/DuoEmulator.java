package io.duoctl.emulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.duoctl.emulator.http.ApiPipeline;
import io.duoctl.emulator.http.RateLimiter;
import io.duoctl.emulator.http.RouteModule;
import io.duoctl.emulator.http.Routes;
import io.duoctl.emulator.internal.JettyApiHandler;
import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.model.EmulatorClock;
import io.duoctl.emulator.model.Ids;
import io.duoctl.emulator.model.IntegrationType;
import io.duoctl.emulator.model.Permission;
import io.duoctl.emulator.model.World;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

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
  private Server server;
  private ServerConnector connector;

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
    QueuedThreadPool threads = new QueuedThreadPool(config.maxThreads);
    threads.setName("duo-emulator");
    Server jetty = new Server(threads);
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setUriCompliance(UriCompliance.UNSAFE);
    ServerConnector plain = new ServerConnector(jetty, new HttpConnectionFactory(http));
    plain.setHost(config.bindAddress);
    plain.setPort(config.port);
    jetty.addConnector(plain);
    ApiPipeline pipeline =
        new ApiPipeline(world, routes, config.skew, RateLimiter.NONE, new ObjectMapper());
    jetty.setHandler(new JettyApiHandler(pipeline));
    try {
      jetty.start();
    } catch (Exception e) {
      throw new IllegalStateException(
          "cannot start the emulator on " + config.bindAddress + ":" + config.port, e);
    }
    this.server = jetty;
    this.connector = plain;
    return this;
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
    }
  }

  /** The bound port. */
  public int port() {
    requireStarted();
    return connector.getLocalPort();
  }

  /** {@code http://127.0.0.1:port}; send requests here with the account's hostname as Host. */
  public String baseUrl() {
    return "http://" + config.bindAddress + ":" + port();
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
    if (connector == null) {
      throw new IllegalStateException("the emulator is not started");
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
