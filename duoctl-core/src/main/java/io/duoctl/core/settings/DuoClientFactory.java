package io.duoctl.core.settings;

import io.duoctl.client.DuoClient;
import io.duoctl.client.DuoTarget;
import io.duoctl.client.RetryPolicy;
import io.duoctl.client.Sleeper;
import io.duoctl.client.http.ExchangeObserver;
import io.duoctl.client.http.Pacing;
import io.duoctl.core.pacing.RequestPacer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns stored settings into duo-client objects: a {@link Configuration}'s advanced settings
 * (signature version, timeouts, proxy, trust store, plain http) into a {@link DuoClient}, and keys
 * into {@link DuoTarget}s. Holds no state besides what it passes on (clock, sleeper, exchange
 * observer); thread-safe. Callers own (and close) the clients it builds.
 */
public final class DuoClientFactory {
  private final Clock clock;
  private final Sleeper sleeper;
  private final ExchangeObserver observer;
  private final boolean paced;

  /**
   * @param clock dates signatures (tests pass a skewed one)
   * @param sleeper waits between retries (tests pass one that does not sleep)
   */
  public DuoClientFactory(Clock clock, Sleeper sleeper) {
    this(clock, sleeper, ExchangeObserver.NONE, true);
  }

  private DuoClientFactory(Clock clock, Sleeper sleeper, ExchangeObserver observer, boolean paced) {
    this.clock = clock;
    this.sleeper = sleeper;
    this.observer = observer;
    this.paced = paced;
  }

  /** This factory, its clients telling {@code exchangeObserver} of every exchange with Duo. */
  public DuoClientFactory observing(ExchangeObserver exchangeObserver) {
    return new DuoClientFactory(
        clock, sleeper, Objects.requireNonNull(exchangeObserver, "exchangeObserver"), paced);
  }

  /**
   * This factory with {@link #pacer()} holding nothing: for measurements against an emulator
   * without rate limits, never against Duo.
   */
  public DuoClientFactory unpaced() {
    return new DuoClientFactory(clock, sleeper, observer, false);
  }

  /** A factory on the system clock that really sleeps between retries. */
  public static DuoClientFactory system() {
    return new DuoClientFactory(Clock.systemUTC(), Sleeper.SYSTEM);
  }

  /**
   * A client for {@code advanced} with Duo's default 429 back-off, each call ending within the
   * background-job deadline ({@link AdvancedSettings#callDeadline()}).
   */
  public DuoClient client(AdvancedSettings advanced) {
    return builder(advanced).build();
  }

  /**
   * {@link #client(AdvancedSettings)} holding each attempt for {@code pacing} (see {@link
   * #pacer()}).
   */
  public DuoClient client(AdvancedSettings advanced, Pacing pacing) {
    return builder(advanced).pacing(pacing).build();
  }

  /**
   * A pacer that starts from Duo's published rate limits and learns the real ones from Duo's
   * answers, waiting on this factory's clock and sleeper; share one among the clients of a
   * configuration.
   */
  public Pacing pacer() {
    return paced ? RequestPacer.published(clock, sleeper) : Pacing.NONE;
  }

  /**
   * A client for a quick check: no retries, and timeouts no longer than {@code maxConnect} and
   * {@code maxRequest}, so a dead host cannot hang a form.
   */
  public DuoClient checkingClient(
      AdvancedSettings advanced, Duration maxConnect, Duration maxRequest) {
    return builder(advanced)
        .retryPolicy(RetryPolicy.noRetries())
        .connectTimeout(min(advanced.connectTimeout(), maxConnect))
        .requestTimeout(min(advanced.requestTimeout(), maxRequest))
        .build();
  }

  private DuoClient.Builder builder(AdvancedSettings advanced) {
    DuoClient.Builder builder =
        DuoClient.builder()
            .signatureVersion(advanced.signatureVersion())
            .connectTimeout(advanced.connectTimeout())
            .requestTimeout(advanced.requestTimeout())
            .callDeadline(advanced.callDeadline())
            .allowPlainHttp(advanced.allowPlainHttp())
            .clock(clock)
            .sleeper(sleeper)
            .exchangeObserver(observer);
    ProxySettings proxy = advanced.proxy();
    if (proxy != null) {
      builder.proxy(
          proxy.user() == null || proxy.user().isBlank()
              ? io.duoctl.client.ProxySettings.of(proxy.host(), proxy.port())
              : io.duoctl.client.ProxySettings.of(
                  proxy.host(),
                  proxy.port(),
                  proxy.user(),
                  proxy.password() == null ? "" : proxy.password().reveal()));
    }
    trustStore(advanced).ifPresent(path -> trust(builder, path));
    return builder;
  }

  private static Optional<Path> trustStore(AdvancedSettings advanced) {
    return Optional.ofNullable(advanced.trustStorePath()).map(Path::of);
  }

  /** A PEM file of CA certificates, or a PKCS12 / JKS trust store without password. */
  private static void trust(DuoClient.Builder builder, Path path) {
    if (isPem(path)) {
      builder.trustCaPemFile(path);
    } else {
      String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
      builder.trustStore(path, name.endsWith(".jks") ? "JKS" : "PKCS12", null);
    }
  }

  private static boolean isPem(Path path) {
    try {
      byte[] start = new byte[11];
      try (var in = Files.newInputStream(path)) {
        int n = in.readNBytes(start, 0, start.length);
        return new String(start, 0, n, StandardCharsets.US_ASCII).startsWith("-----BEGIN");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read the trust store "
              + path
              + "; fix advanced.trust_store_path or restore the file",
          e);
    }
  }

  /** The target for one API of a configuration, if it has keys for it. */
  public static Optional<DuoTarget> target(Configuration configuration, DuoApi api) {
    return configuration
        .credentials(api)
        .map(c -> DuoTarget.of(c.host(), c.integrationKey(), c.secretKey().reveal()));
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
