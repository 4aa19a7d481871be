package io.duoctl.emulator;

import io.duoctl.emulator.faults.Latency;
import io.duoctl.emulator.fixture.Fixture;
import io.duoctl.emulator.ratelimit.RateLimitScope;
import io.duoctl.emulator.ratelimit.RateLimits;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Starts a stand-alone emulator from command-line style options; the {@code duoctl emulator}
 * command parses its flags into {@link Options}, calls {@link #start(Options)} and prints {@link
 * DuoEmulator#describeJson()}.
 */
public final class EmulatorLauncher {

  private EmulatorLauncher() {}

  /**
   * Builds, seeds and starts an emulator.
   *
   * @throws IllegalArgumentException if the fixture is bad (the message names the place in it)
   * @throws java.io.UncheckedIOException if the fixture file cannot be read
   * @throws IllegalStateException if the port cannot be bound
   */
  public static DuoEmulator start(Options options) {
    Fixture fixture = fixture(options);
    DuoEmulatorBuilder builder =
        DuoEmulator.builder()
            .port(options.port())
            .bindAddress(options.bindAddress())
            .seed(options.seed())
            .tls(options.tls())
            .latency(Latency.ofMillis(options.latencyMillis(), options.jitterMillis()))
            .rateLimits(options.rateLimits() ? RateLimits.duoDefaults() : RateLimits.none())
            .rateLimitScope(options.rateLimitScope());
    if (options.caCertificateFile() != null) {
      builder.caCertificateFile(options.caCertificateFile());
    }
    DuoEmulator duo = builder.build();
    if (fixture != null) {
      // applied once, not as a seeder, so the (possibly large) fixture text is not kept
      fixture.applyTo(duo.world());
    }
    return duo.start();
  }

  private static Fixture fixture(Options options) {
    if (options.tenants() != null) {
      return Fixture.generate(
          options.tenants(), options.users() == null ? 0 : options.users(), options.seed());
    }
    if (options.fixture() == null) {
      return null;
    }
    return options.fixture().equals("demo")
        ? Fixture.demo()
        : Fixture.read(Path.of(options.fixture()));
  }

  /**
   * What to start.
   *
   * @param port the port, 0 for any free one
   * @param bindAddress the address to bind
   * @param fixture {@code demo}, a fixture file path, or null
   * @param tenants generate this many child accounts (instead of a fixture), or null
   * @param users users per generated tenant, or null
   * @param seed the seed of generated IDs, keys and data
   * @param latencyMillis fixed latency added to every request
   * @param jitterMillis most random extra latency
   * @param tls whether the port also speaks HTTPS
   * @param caCertificateFile where to write the CA certificate, or null
   * @param rateLimits whether Duo's published rate limits apply
   * @param rateLimitScope what a rate-limit bucket counts (Duo does not say; both are modelled)
   */
  public record Options(
      int port,
      String bindAddress,
      String fixture,
      Integer tenants,
      Integer users,
      long seed,
      long latencyMillis,
      long jitterMillis,
      boolean tls,
      Path caCertificateFile,
      boolean rateLimits,
      RateLimitScope rateLimitScope) {

    public Options {
      Objects.requireNonNull(rateLimitScope, "rateLimitScope");
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("--port must be 0..65535, not " + port);
      }
      Objects.requireNonNull(bindAddress, "bindAddress");
      if (fixture != null && tenants != null) {
        throw new IllegalArgumentException("choose either --fixture or --tenants, not both");
      }
      if (users != null && tenants == null) {
        throw new IllegalArgumentException("--users needs --tenants");
      }
      if (tenants != null && tenants < 0 || users != null && users < 0) {
        throw new IllegalArgumentException("--tenants and --users must not be negative");
      }
      if (latencyMillis < 0 || jitterMillis < 0) {
        throw new IllegalArgumentException("--latency-ms must not be negative");
      }
    }

    /**
     * Port 8443 on 127.0.0.1, no fixture, seed 1, no latency, TLS on, Duo's rate limits per
     * integration key.
     */
    public static Options defaults() {
      return new Options(
          8443,
          "127.0.0.1",
          null,
          null,
          null,
          1,
          0,
          0,
          true,
          null,
          true,
          RateLimitScope.INTEGRATION);
    }
  }
}
