package io.duoctl.core.settings;

import io.duoctl.client.signing.SignatureVersion;
import java.time.Duration;
import java.util.Objects;

/**
 * Optional connection settings of a configuration.
 *
 * @param signatureVersion how requests are signed
 * @param connectTimeout TCP/TLS connect timeout
 * @param requestTimeout whole-request timeout
 * @param proxy the HTTP proxy, or null for direct connections
 * @param trustStorePath a trust store or CA file for Duo's TLS certificates, or null for the JDK's
 * @param allowPlainHttp whether {@code http://} may be used (only for a local emulator)
 * @param callDeadline the most one Duo call of a background job may take, retries and Duo's
 *     back-off included
 * @param syncCallDeadline the same for a run someone waits on (a REST run, the console, the CLI)
 */
public record AdvancedSettings(
    SignatureVersion signatureVersion,
    Duration connectTimeout,
    Duration requestTimeout,
    ProxySettings proxy,
    String trustStorePath,
    boolean allowPlainHttp,
    Duration callDeadline,
    Duration syncCallDeadline) {

  /** A background job's default call deadline: room for Duo's back-off up to 32 s. */
  public static final Duration DEFAULT_CALL_DEADLINE = Duration.ofSeconds(120);

  /** The default call deadline of a run someone waits on: within a proxy's usual 30 s. */
  public static final Duration DEFAULT_SYNC_CALL_DEADLINE = Duration.ofSeconds(25);

  public AdvancedSettings {
    Objects.requireNonNull(signatureVersion, "signatureVersion");
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(requestTimeout, "requestTimeout");
    Objects.requireNonNull(callDeadline, "callDeadline");
    Objects.requireNonNull(syncCallDeadline, "syncCallDeadline");
  }

  /**
   * Signature v5, 10 s to connect, 60 s per request, no proxy, the JDK's trust store, TLS only, 120
   * s per call of a job and 25 s per call someone waits on.
   */
  public static AdvancedSettings defaults() {
    return new AdvancedSettings(
        SignatureVersion.V5,
        Duration.ofSeconds(10),
        Duration.ofSeconds(60),
        null,
        null,
        false,
        DEFAULT_CALL_DEADLINE,
        DEFAULT_SYNC_CALL_DEADLINE);
  }

  public AdvancedSettings withSignatureVersion(SignatureVersion value) {
    return new AdvancedSettings(
        value,
        connectTimeout,
        requestTimeout,
        proxy,
        trustStorePath,
        allowPlainHttp,
        callDeadline,
        syncCallDeadline);
  }

  public AdvancedSettings withTimeouts(Duration connect, Duration request) {
    return new AdvancedSettings(
        signatureVersion,
        connect,
        request,
        proxy,
        trustStorePath,
        allowPlainHttp,
        callDeadline,
        syncCallDeadline);
  }

  public AdvancedSettings withProxy(ProxySettings value) {
    return new AdvancedSettings(
        signatureVersion,
        connectTimeout,
        requestTimeout,
        value,
        trustStorePath,
        allowPlainHttp,
        callDeadline,
        syncCallDeadline);
  }

  public AdvancedSettings withTrustStorePath(String value) {
    return new AdvancedSettings(
        signatureVersion,
        connectTimeout,
        requestTimeout,
        proxy,
        value,
        allowPlainHttp,
        callDeadline,
        syncCallDeadline);
  }

  public AdvancedSettings withAllowPlainHttp(boolean value) {
    return new AdvancedSettings(
        signatureVersion,
        connectTimeout,
        requestTimeout,
        proxy,
        trustStorePath,
        value,
        callDeadline,
        syncCallDeadline);
  }

  /**
   * These settings with other call deadlines: {@code job} for background jobs, {@code sync} else.
   */
  public AdvancedSettings withCallDeadlines(Duration job, Duration sync) {
    return new AdvancedSettings(
        signatureVersion,
        connectTimeout,
        requestTimeout,
        proxy,
        trustStorePath,
        allowPlainHttp,
        job,
        sync);
  }
}
