package io.duoctl.emulator;

import io.duoctl.emulator.admin.history.LiveLogs;
import io.duoctl.emulator.admin.history.LiveRates;
import io.duoctl.emulator.faults.Latency;
import io.duoctl.emulator.faults.Sleeper;
import io.duoctl.emulator.http.RouteModule;
import io.duoctl.emulator.model.EmulatorClock;
import io.duoctl.emulator.ratelimit.RateLimitScope;
import io.duoctl.emulator.ratelimit.RateLimits;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/** Configures a {@link DuoEmulator}; not thread-safe. */
public final class DuoEmulatorBuilder {

  int port = 0;
  String bindAddress = "127.0.0.1";
  EmulatorClock clock = EmulatorClock.following(Clock.systemUTC());
  long seed = 1;
  Duration skew = Duration.ofSeconds(300);
  int maxThreads = 64;
  boolean tls = true;
  Path caFile;
  RateLimits rateLimits = RateLimits.duoDefaults();
  RateLimitScope rateLimitScope = RateLimitScope.INTEGRATION;
  Latency latency = Latency.NONE;
  Sleeper sleeper = Sleeper.REAL;
  boolean recordRequests = true;
  Duration logDelay = Duration.ofMinutes(2);
  LiveRates liveLogs = LiveRates.NONE;
  int journalCapacity = 10_000;
  String controlToken = newToken();
  final List<RouteModule> modules = new ArrayList<>(DuoApis.all());
  final List<Consumer<DuoEmulator>> seeders = new ArrayList<>();

  DuoEmulatorBuilder() {}

  private static String newToken() {
    byte[] bytes = new byte[16];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  /** The port to bind; 0 (the default) picks a free one. */
  public DuoEmulatorBuilder port(int port) {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0..65535, not " + port);
    }
    this.port = port;
    return this;
  }

  /** The address to bind, 127.0.0.1 by default. */
  public DuoEmulatorBuilder bindAddress(String bindAddress) {
    this.bindAddress = Objects.requireNonNull(bindAddress, "bindAddress");
    return this;
  }

  /** The clock the emulator starts from; it can be advanced later through its clock. */
  public DuoEmulatorBuilder clock(Clock clock) {
    this.clock =
        clock instanceof EmulatorClock emulatorClock
            ? emulatorClock
            : EmulatorClock.following(Objects.requireNonNull(clock, "clock"));
    return this;
  }

  /** The seed of every generated ID and key and of fault probabilities. */
  public DuoEmulatorBuilder seed(long seed) {
    this.seed = seed;
    return this;
  }

  /** How far a request's date may differ from the emulator's clock (default 300 s). */
  public DuoEmulatorBuilder skew(Duration skew) {
    if (skew == null || skew.isNegative()) {
      throw new IllegalArgumentException("skew must be zero or positive");
    }
    this.skew = skew;
    return this;
  }

  /** The most platform threads of the server (default 64; handlers run on virtual threads). */
  public DuoEmulatorBuilder maxThreads(int maxThreads) {
    if (maxThreads < 8) {
      throw new IllegalArgumentException("maxThreads must be at least 8");
    }
    this.maxThreads = maxThreads;
    return this;
  }

  /** Whether the port also speaks HTTPS with a generated certificate (default true). */
  public DuoEmulatorBuilder tls(boolean tls) {
    this.tls = tls;
    return this;
  }

  /** Where to write the CA certificate (PEM) at start; none by default. */
  public DuoEmulatorBuilder caCertificateFile(Path file) {
    this.caFile = Objects.requireNonNull(file, "file");
    return this;
  }

  /** Rate limits per integration and endpoint class (default: Duo's published figures). */
  public DuoEmulatorBuilder rateLimits(RateLimits rateLimits) {
    this.rateLimits = Objects.requireNonNull(rateLimits, "rateLimits");
    return this;
  }

  /**
   * What a rate-limit bucket counts: each integration key (the default, every child reached with
   * the parent's keys sharing it) or each account. Duo does not say; both are modelled.
   */
  public DuoEmulatorBuilder rateLimitScope(RateLimitScope scope) {
    this.rateLimitScope = Objects.requireNonNull(scope, "scope");
    return this;
  }

  /** Latency added to every request (default none). */
  public DuoEmulatorBuilder latency(Latency latency) {
    this.latency = Objects.requireNonNull(latency, "latency");
    return this;
  }

  /** How injected latency waits (tests replace it to avoid sleeping). */
  public DuoEmulatorBuilder sleeper(Sleeper sleeper) {
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    return this;
  }

  /** Whether requests are recorded (default true; benchmarks turn it off). */
  public DuoEmulatorBuilder recordRequests(boolean record) {
    this.recordRequests = record;
    return this;
  }

  /** The bearer token of the control endpoint (default: 32 random hex digits). */
  public DuoEmulatorBuilder controlToken(String token) {
    if (token == null || token.length() < 16) {
      throw new IllegalArgumentException("control token must have at least 16 characters");
    }
    this.controlToken = token;
    return this;
  }

  /** Registers an extra feature on top of the built-in APIs (e.g. a test-only endpoint). */
  public DuoEmulatorBuilder module(RouteModule module) {
    modules.add(Objects.requireNonNull(module, "module"));
    return this;
  }

  /**
   * Runs {@code seeder} on the new emulator before it starts, and again after every {@link
   * DuoEmulator#reset()} (tests use it for a shared fixture). The emulator keeps the seeder.
   */
  public DuoEmulatorBuilder given(Consumer<DuoEmulator> seeder) {
    seeders.add(Objects.requireNonNull(seeder, "seeder"));
    return this;
  }

  /**
   * How old a log event must be before the log endpoints show it. Duo always waits two minutes (the
   * default); a shorter delay is not Duo's behaviour and only lets tests run faster.
   */
  public DuoEmulatorBuilder logDelay(Duration delay) {
    if (delay.isNegative()) {
      throw new IllegalArgumentException("logDelay must not be negative");
    }
    this.logDelay = delay;
    return this;
  }

  /**
   * Appends new events to every account's logs at these rates while the emulator runs (per account
   * and minute, stamped with the current time; see {@link LiveLogs}); none by default.
   */
  public DuoEmulatorBuilder liveLogs(LiveRates rates) {
    this.liveLogs = Objects.requireNonNull(rates, "rates");
    return this;
  }

  /** The emulator, not yet started. */
  public DuoEmulator build() {
    return new DuoEmulator(this);
  }

  /** The settings a running emulator keeps. */
  Settings settings() {
    return new Settings(
        port,
        bindAddress,
        skew,
        maxThreads,
        tls,
        caFile,
        rateLimits,
        rateLimitScope,
        latency,
        sleeper,
        controlToken,
        logDelay,
        liveLogs,
        seed);
  }

  record Settings(
      int port,
      String bindAddress,
      Duration skew,
      int maxThreads,
      boolean tls,
      Path caFile,
      RateLimits rateLimits,
      RateLimitScope rateLimitScope,
      Latency latency,
      Sleeper sleeper,
      String controlToken,
      Duration logDelay,
      LiveRates liveLogs,
      long seed) {

    @Override
    public String toString() {
      return "Settings[" + bindAddress + ":" + port + (tls ? " tls" : "") + "]";
    }
  }
}
