package io.duoctl.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.client.accounts.AccountsApi;
import io.duoctl.client.admin.AdminApi;
import io.duoctl.client.auth.AuthApi;
import io.duoctl.client.http.ApiClient;
import io.duoctl.client.http.DuoRequest;
import io.duoctl.client.http.ExchangeObserver;
import io.duoctl.client.http.Pacing;
import io.duoctl.client.http.Transport;
import io.duoctl.client.internal.ClientVersion;
import io.duoctl.client.internal.ClockSkew;
import io.duoctl.client.internal.HttpTransport;
import io.duoctl.client.internal.ProxyRouting;
import io.duoctl.client.internal.TrustMaterial;
import io.duoctl.client.signing.HmacAlgorithm;
import io.duoctl.client.signing.SignatureVersion;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * The entry point: one immutable object per configuration (signing, timeouts, proxy, TLS trust,
 * retries) holding one HTTP client, from which any number of Duo targets are called. A target view
 * ({@link #apiClient(DuoTarget)}) is cheap and shares the connection pool, so build one {@code
 * DuoClient} and keep it. Thread-safe. {@link #close()} releases the HTTP client. Calls go over
 * HTTP/1.1, as Duo's official clients' do.
 *
 * <pre>{@code
 * try (DuoClient duo = DuoClient.builder().build()) {
 *   ApiClient admin = duo.apiClient(DuoTarget.of(host, ikey, skey));
 *   JsonNode info = admin.call(DuoRequest.get("/admin/v1/info/summary"));
 * }
 * }</pre>
 */
public final class DuoClient implements AutoCloseable {

  /** The default total time of one call, retries included: room for Duo's back-off up to 32 s. */
  public static final Duration DEFAULT_CALL_DEADLINE = Duration.ofSeconds(120);

  private final HttpClient http;
  private final HttpTransport transport;
  private final ClockSkew skew;
  private final Clock clock;
  private final String description;

  private DuoClient(Builder builder) {
    Optional<ProxyRouting> proxy = builder.proxy.map(ProxyRouting::new);
    HttpClient.Builder httpBuilder =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(builder.connectTimeout)
            .sslContext(
                TrustMaterial.sslContext(
                    builder.caPemFile, builder.trustStore, builder.replaceDefaultTrust));
    proxy.ifPresent(httpBuilder::proxy);
    this.http = httpBuilder.build();
    this.clock = builder.clock;
    this.skew = new ClockSkew(builder.clock, builder.applySkewToSigning);
    HttpTransport.Settings settings =
        new HttpTransport.Settings(
            builder.version,
            builder.algorithm,
            builder.plainHttp ? "http" : "https",
            builder.userAgent,
            builder.requestTimeout,
            builder.retryPolicy,
            builder.sleeper,
            builder.jitter,
            builder.clock,
            proxy,
            builder.callDeadline,
            builder.pacing,
            builder.exchangeObserver);
    this.transport = new HttpTransport(http, settings, skew);
    this.description =
        "DuoClient["
            + builder.version
            + "/"
            + builder.algorithm
            + (builder.plainHttp ? ", plain http" : ", https")
            + builder.proxy.map(p -> ", proxy " + p.host() + ":" + p.port()).orElse("")
            + ", "
            + builder.userAgent
            + "]";
  }

  /** A builder with the official clients' defaults: v5 signing, https, Duo's 429 back-off. */
  public static Builder builder() {
    return new Builder();
  }

  /** The raw, signed API of one target (Admin, Accounts or Auth; a child account's Admin API). */
  public ApiClient apiClient(DuoTarget target) {
    return new ApiClient(transport, Objects.requireNonNull(target, "target"));
  }

  /**
   * The typed Admin API of {@code target}: an Admin API integration, or a child account reached
   * with the parent's Accounts API keys ({@link DuoTarget#childAccount}).
   */
  public AdminApi admin(DuoTarget target) {
    return new AdminApi(apiClient(target));
  }

  /** The typed Accounts API of an MSP parent's Accounts API integration. */
  public AccountsApi accounts(DuoTarget target) {
    return new AccountsApi(apiClient(target));
  }

  /** The typed Auth API of an Auth API integration; its ping is sent unsigned, as Duo expects. */
  public AuthApi auth(DuoTarget target) {
    return new AuthApi(apiClient(target), new ApiClient(transport.unsigned(), target));
  }

  /** The signed transport shared by every target of this client. */
  public Transport transport() {
    return transport;
  }

  /**
   * The signed transport on the same connection pool, but with {@code callDeadline} as each call's
   * total time, retries and back-off included (e.g. shorter for a person waiting on an answer).
   */
  public Transport transport(Duration callDeadline) {
    return transport.withCallDeadline(Builder.positive(callDeadline, "callDeadline"));
  }

  /**
   * The latest measured offset of Duo's clock from this machine's (positive: Duo is ahead), read
   * from the {@code Date} header of every Duo reply or by {@link #measureSkew(DuoTarget)}.
   *
   * @return empty until a reply has been received
   */
  public Optional<Duration> clockSkew() {
    return skew.latest();
  }

  /**
   * Measures the clock offset now from {@code /auth/v2/ping} (unsigned; any API host answers it),
   * comparing Duo's {@code time} with the midpoint of the call.
   *
   * @return the offset, also returned by {@link #clockSkew()} from now on
   * @throws DuoApiException if Duo cannot be reached or the reply has no {@code time}
   */
  public Duration measureSkew(DuoTarget target) {
    DuoRequest ping = DuoRequest.get("/auth/v2/ping");
    Instant before = clock.instant();
    JsonNode time = new ApiClient(transport.unsigned(), target).call(ping).path("time");
    Instant after = clock.instant();
    if (!time.canConvertToLong()) {
      throw new DuoApiException(
          200, null, "Unexpected reply", "ping did not return a time", "GET", ping.path());
    }
    Instant midpoint = before.plus(Duration.between(before, after).dividedBy(2));
    return skew.recordWholeSeconds(time.asLong(), midpoint);
  }

  /** Closes the HTTP client after the calls in flight have finished; no new call is accepted. */
  @Override
  public void close() {
    http.close();
  }

  /** The configuration in brief; never credentials. */
  @Override
  public String toString() {
    return description;
  }

  /** Configures a {@link DuoClient}. Not thread-safe; {@link #build()} may be called repeatedly. */
  public static final class Builder {

    private SignatureVersion version = SignatureVersion.V5;
    private HmacAlgorithm algorithm = HmacAlgorithm.SHA512;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration requestTimeout = Duration.ofSeconds(60);
    private Duration callDeadline = DEFAULT_CALL_DEADLINE;
    private String userAgent = ClientVersion.userAgent();
    private Optional<ProxySettings> proxy = Optional.empty();
    private Optional<Path> caPemFile = Optional.empty();
    private Optional<TrustMaterial.TrustStoreFile> trustStore = Optional.empty();
    private boolean replaceDefaultTrust;
    private boolean plainHttp;
    private RetryPolicy retryPolicy = RetryPolicy.duoDefault();
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.SYSTEM;
    private DoubleSupplier jitter = () -> ThreadLocalRandom.current().nextDouble();
    private boolean applySkewToSigning;
    private Pacing pacing = Pacing.NONE;
    private ExchangeObserver exchangeObserver = ExchangeObserver.NONE;

    private Builder() {}

    /** Signature v5 (the default) or v4 with HMAC-SHA512, or v2 with HMAC-SHA512. */
    public Builder signatureVersion(SignatureVersion newVersion) {
      return signing(newVersion, HmacAlgorithm.SHA512);
    }

    /**
     * The signature version and HMAC: v5 and v4 always use SHA-512; v2 may use SHA-1 (as Duo's
     * Postman collections and the PowerShell module do) or SHA-512.
     */
    public Builder signing(SignatureVersion newVersion, HmacAlgorithm newAlgorithm) {
      Objects.requireNonNull(newVersion, "signature version");
      Objects.requireNonNull(newAlgorithm, "HMAC algorithm");
      if (newVersion != SignatureVersion.V2 && newAlgorithm != HmacAlgorithm.SHA512) {
        throw new IllegalArgumentException(
            "signature " + newVersion + " always uses HMAC-SHA512; only V2 can use SHA1");
      }
      this.version = newVersion;
      this.algorithm = newAlgorithm;
      return this;
    }

    /** How long to wait for a connection (default 10 s). */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = positive(timeout, "connectTimeout");
      return this;
    }

    /** How long to wait for each reply once connected (default 60 s). */
    public Builder requestTimeout(Duration timeout) {
      this.requestTimeout = positive(timeout, "requestTimeout");
      return this;
    }

    /**
     * The most one call may take, retries and back-off included (default 120 s): a retry whose wait
     * would leave less than a second before it is not made, and no attempt waits past it.
     */
    public Builder callDeadline(Duration deadline) {
      this.callDeadline = positive(deadline, "callDeadline");
      return this;
    }

    /** Replaces the {@code duoctl/<version>} User-Agent. */
    public Builder userAgent(String newUserAgent) {
      if (newUserAgent == null || newUserAgent.isBlank()) {
        throw new IllegalArgumentException("userAgent must not be blank");
      }
      this.userAgent = newUserAgent;
      return this;
    }

    /** Calls Duo through this HTTP proxy. */
    public Builder proxy(ProxySettings settings) {
      this.proxy = Optional.of(Objects.requireNonNull(settings, "proxy settings"));
      return this;
    }

    /** Calls Duo through the proxy at {@code host:port}, without credentials. */
    public Builder proxy(String host, int port) {
      return proxy(ProxySettings.of(host, port));
    }

    /** Calls Duo through the proxy at {@code host:port} with Basic credentials. */
    public Builder proxy(String host, int port, String username, String password) {
      return proxy(ProxySettings.of(host, port, username, password));
    }

    /**
     * Uses the proxy named by {@code HTTPS_PROXY}/{@code https_proxy}/{@code HTTP_PROXY} and {@code
     * NO_PROXY} in {@code env} (the caller passes the environment, e.g. {@code System.getenv()});
     * no proxy when none is set.
     *
     * @throws IllegalArgumentException naming the variable when its value is not a proxy URL
     */
    public Builder proxyFromEnvironment(Map<String, String> env) {
      this.proxy = ProxySettings.fromEnvironment(env);
      return this;
    }

    /**
     * Also trusts the CA certificates in this PEM file (or only them, see {@link
     * #replaceDefaultTrust}).
     */
    public Builder trustCaPemFile(Path pemFile) {
      this.caPemFile = Optional.of(Objects.requireNonNull(pemFile, "pemFile"));
      return this;
    }

    /** Also trusts the certificates in this trust store (type {@code PKCS12} or {@code JKS}). */
    public Builder trustStore(Path file, String type, char[] password) {
      Objects.requireNonNull(file, "trust store file");
      Objects.requireNonNull(type, "trust store type");
      this.trustStore =
          Optional.of(
              new TrustMaterial.TrustStoreFile(
                  file, type, password == null ? null : password.clone()));
      return this;
    }

    /** When true, trusts only the given CA file or trust store, not the JDK's default CAs. */
    public Builder replaceDefaultTrust(boolean replace) {
      this.replaceDefaultTrust = replace;
      return this;
    }

    /**
     * When true, calls go over plain {@code http://} — only for the emulator on localhost. Duo
     * itself is always called over https (the default).
     */
    public Builder allowPlainHttp(boolean allow) {
      this.plainHttp = allow;
      return this;
    }

    /**
     * The back-off schedule for 429s (and for GETs that failed); default {@link
     * RetryPolicy#duoDefault()}.
     */
    public Builder retryPolicy(RetryPolicy policy) {
      this.retryPolicy = Objects.requireNonNull(policy, "retryPolicy");
      return this;
    }

    /** The clock that dates signatures and measures skew (default UTC system clock). */
    public Builder clock(Clock newClock) {
      this.clock = Objects.requireNonNull(newClock, "clock");
      return this;
    }

    /** How to wait between retries (default: sleep the calling thread). */
    public Builder sleeper(Sleeper newSleeper) {
      this.sleeper = Objects.requireNonNull(newSleeper, "sleeper");
      return this;
    }

    /**
     * Holds each attempt (retries included) until Duo's rate limit should allow it and reports
     * Duo's answer back (default {@link Pacing#NONE}: no waiting). Not used for unsigned calls.
     */
    public Builder pacing(Pacing newPacing) {
      this.pacing = Objects.requireNonNull(newPacing, "pacing");
      return this;
    }

    /**
     * Told of every HTTP exchange with Duo (method, redacted path, status, attempt, time), on the
     * calling thread (default {@link ExchangeObserver#NONE}).
     */
    public Builder exchangeObserver(ExchangeObserver observer) {
      this.exchangeObserver = Objects.requireNonNull(observer, "observer");
      return this;
    }

    /** The random source of retry jitter; must return values in [0, 1). */
    public Builder jitter(DoubleSupplier source) {
      this.jitter = Objects.requireNonNull(source, "jitter");
      return this;
    }

    /** When true, signatures are dated with this machine's time plus the measured clock skew. */
    public Builder applySkewToSigning(boolean apply) {
      this.applySkewToSigning = apply;
      return this;
    }

    /**
     * A new client with this configuration.
     *
     * @throws IllegalArgumentException if a CA file or trust store cannot be read
     */
    public DuoClient build() {
      return new DuoClient(this);
    }

    private static Duration positive(Duration value, String name) {
      Objects.requireNonNull(value, name);
      if (value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException(name + " must be positive, was " + value);
      }
      return value;
    }
  }
}
