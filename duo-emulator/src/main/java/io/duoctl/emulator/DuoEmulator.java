package io.duoctl.emulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.duoctl.emulator.admin.history.AccountLogs;
import io.duoctl.emulator.admin.history.LiveLogs;
import io.duoctl.emulator.admin.history.LogKind;
import io.duoctl.emulator.faults.Faults;
import io.duoctl.emulator.http.ApiPipeline;
import io.duoctl.emulator.http.Envelopes;
import io.duoctl.emulator.http.Routes;
import io.duoctl.emulator.internal.CertificateAuthority;
import io.duoctl.emulator.internal.ControlEndpoint;
import io.duoctl.emulator.internal.EmulatorHandler;
import io.duoctl.emulator.internal.EmulatorServer;
import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.model.EmulatorClock;
import io.duoctl.emulator.model.Ids;
import io.duoctl.emulator.model.IntegrationType;
import io.duoctl.emulator.model.Permission;
import io.duoctl.emulator.model.World;
import io.duoctl.emulator.ratelimit.RateLimitScope;
import io.duoctl.emulator.ratelimit.RateLimits;
import io.duoctl.emulator.ratelimit.TokenBucketRateLimiter;
import io.duoctl.emulator.record.RequestJournal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javax.net.ssl.SSLContext;

/**
 * A running Duo: Admin, Accounts and Auth APIs with Duo's signature checks, HTTPS and HTTP on one
 * local port, also usable as an HTTP proxy for the emulated {@code *.duo.test} hostnames.
 *
 * <pre>{@code
 * try (DuoEmulator duo = DuoEmulator.builder().seed(7).build().start()) {
 *   Account msp = duo.givenParentAccount("Acme MSP");
 *   IntegrationKeys keys = duo.givenAccountsApi(msp);
 *   duo.faults().rateLimitNext(2);
 *   // call https://<keys.apiHostname()> through duo.proxySelector(), trusting duo.clientSslContext()
 * }
 * }</pre>
 *
 * <p>Thread-safe once started. {@link #close()} stops the server; state lives in {@link #world()}.
 */
public final class DuoEmulator implements AutoCloseable {

  private final DuoEmulatorBuilder.Settings config;
  private final World world;
  private final Routes routes = new Routes();
  private final Faults faults;
  private final RequestJournal journal;
  private final TokenBucketRateLimiter rateLimiter;
  private final ObjectMapper mapper = new ObjectMapper();
  private final List<Consumer<DuoEmulator>> seeders;
  private EmulatorServer server;
  private CertificateAuthority tls;
  private Path caFile;
  private volatile int port;
  private LiveLogs live;

  DuoEmulator(DuoEmulatorBuilder builder) {
    this.config = builder.settings();
    this.world = new World(builder.clock, new Ids(builder.seed));
    this.world.logDelay(config.logDelay());
    this.faults = new Faults(builder.seed);
    this.faults.latency(config.latency());
    this.journal = new RequestJournal(builder.journalCapacity);
    this.journal.enabled(builder.recordRequests);
    this.rateLimiter = new TokenBucketRateLimiter(builder.clock, config.rateLimits());
    this.rateLimiter.scope(config.rateLimitScope());
    builder.modules.forEach(module -> module.register(routes, world));
    this.seeders = List.copyOf(builder.seeders);
    seeders.forEach(seeder -> seeder.accept(this));
  }

  /** A builder with the defaults: port 0, 127.0.0.1, system clock, seed 1, 300 s skew, TLS on. */
  public static DuoEmulatorBuilder builder() {
    return new DuoEmulatorBuilder();
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
    if (config.tls()) {
      tls =
          CertificateAuthority.generate(
              world.accounts().stream().map(Account::apiHostname).toList());
      if (config.caFile() != null) {
        caFile = writePem(config.caFile(), tls.caCertificatePem());
      }
    }
    ApiPipeline pipeline = new ApiPipeline(world, routes, config.skew(), rateLimiter, mapper);
    ControlEndpoint control =
        new ControlEndpoint(
            config.controlToken(),
            faults,
            journal,
            rateLimiter,
            world.clock(),
            this::describe,
            this::loggedEvents,
            mapper);
    EmulatorHandler handler =
        new EmulatorHandler(
            pipeline,
            control,
            faults,
            config.sleeper(),
            journal,
            world.clock(),
            new Envelopes(mapper));
    EmulatorServer jetty =
        new EmulatorServer(
            config.bindAddress(),
            config.port(),
            config.maxThreads(),
            tls,
            handler,
            this::isEmulatedHost);
    try {
      jetty.start();
    } catch (Exception e) {
      throw new IllegalStateException(
          "cannot start the emulator on " + config.bindAddress() + ":" + config.port(), e);
    }
    this.server = jetty;
    this.port = jetty.port();
    if (config.liveLogs().any()) {
      live = LiveLogs.start(world, config.liveLogs(), config.seed());
    }
    return this;
  }

  private boolean isEmulatedHost(String hostname) {
    return hostname.equals("localhost")
        || hostname.equals(config.bindAddress())
        || world.servesHostname(hostname);
  }

  /** Stops serving; idempotent. */
  @Override
  public synchronized void close() {
    if (server == null) {
      return;
    }
    if (live != null) {
      live.close();
      live = null;
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
    return "http://" + config.bindAddress() + ":" + port();
  }

  /** {@code https://127.0.0.1:port}; the same port as {@link #baseUrl()}, over TLS. */
  public String httpsBaseUrl() {
    requireTls();
    return "https://" + config.bindAddress() + ":" + port();
  }

  /**
   * The address of the emulator as an HTTP proxy: plain requests in absolute form ({@code GET
   * http://api-x.duo.test/...}) and {@code CONNECT api-x.duo.test:443} tunnels reach the emulator
   * under its account hostnames; other destinations are refused.
   */
  public InetSocketAddress proxyAddress() {
    return new InetSocketAddress(config.bindAddress(), port());
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
    return writePem(file, caCertificatePem());
  }

  private static Path writePem(Path file, String pem) {
    try {
      return Files.writeString(file, pem, StandardCharsets.US_ASCII);
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

  /** The fault queue and latency, changeable while serving. */
  public Faults faults() {
    return faults;
  }

  /** The recorded requests. */
  public RequestJournal requests() {
    return journal;
  }

  /** The rate limits in force. */
  public RateLimits rateLimits() {
    return rateLimiter.limits();
  }

  /** Replaces the rate limits (and refills every bucket). */
  public void rateLimits(RateLimits limits) {
    rateLimiter.limits(limits);
  }

  /** What a rate-limit bucket counts: each integration key or each account. */
  public RateLimitScope rateLimitScope() {
    return rateLimiter.scope();
  }

  /** Replaces what a rate-limit bucket counts (and refills every bucket). */
  public void rateLimitScope(RateLimitScope scope) {
    rateLimiter.scope(scope);
  }

  /** The bearer token of the {@code /__emulator/} control endpoint. */
  public String controlToken() {
    return config.controlToken();
  }

  /**
   * Back to the configured start: forgets all accounts, integrations, faults, recorded requests and
   * rate-limit history, restores the configured latency, rate limits and their scope, drops clock
   * advances and runs the builder's {@code given(...)} seeders again. The ID sequence carries on;
   * the server keeps running.
   */
  public void reset() {
    world.clear();
    faults.reset();
    faults.latency(config.latency());
    journal.clear();
    rateLimiter.limits(config.rateLimits());
    rateLimiter.scope(config.rateLimitScope());
    world.clock().reset();
    world.logDelay(config.logDelay());
    seeders.forEach(seeder -> seeder.accept(this));
  }

  /**
   * Every event one account's log holds, for the control endpoint's {@code logs}: {@code [{"id",
   * "ts"}]} oldest first, {@code ts} in Unix milliseconds.
   *
   * @throws IllegalArgumentException if the account or log is unknown
   */
  private List<Map<String, Object>> loggedEvents(String accountId, String log) {
    Account account =
        world
            .account(accountId == null ? "" : accountId)
            .orElseThrow(() -> new IllegalArgumentException("no account_id '" + accountId + "'"));
    return AccountLogs.of(world, account).events(LogKind.parse(log)).stream()
        .map(e -> Map.<String, Object>of("id", e.id(), "ts", e.time().toEpochMilli()))
        .toList();
  }

  /**
   * One JSON-ready object describing the running emulator: {@code base_url}, {@code
   * https_base_url}, {@code proxy}, {@code ca_certificate_path}, {@code control_token}, {@code
   * hostnames}, and every account with its hostname and every integration's keys. It holds secrets:
   * print it only to the operator who started the emulator.
   */
  public Map<String, Object> describe() {
    return Description.of(
        world,
        baseUrl(),
        tls == null ? null : httpsBaseUrl(),
        config.bindAddress() + ":" + port(),
        caFile,
        config.controlToken());
  }

  /** {@link #describe()} as one line of JSON. */
  public String describeJson() {
    try {
      return mapper.writeValueAsString(describe());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the description", e);
    }
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

  /** The keys of every integration of {@code type} on {@code account}, by integration key. */
  public List<IntegrationKeys> integrationKeys(Account account, IntegrationType type) {
    return world.integrationsOf(account.id()).stream()
        .filter(integration -> integration.type() == type)
        .map(integration -> IntegrationKeys.of(world, integration))
        .toList();
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
}
