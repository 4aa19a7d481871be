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
 */
public record AdvancedSettings(
    SignatureVersion signatureVersion,
    Duration connectTimeout,
    Duration requestTimeout,
    ProxySettings proxy,
    String trustStorePath,
    boolean allowPlainHttp) {
  public AdvancedSettings {
    Objects.requireNonNull(signatureVersion, "signatureVersion");
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(requestTimeout, "requestTimeout");
  }

  /** Signature v5, 10 s to connect, 60 s per request, no proxy, the JDK's trust store, TLS only. */
  public static AdvancedSettings defaults() {
    return new AdvancedSettings(
        SignatureVersion.V5, Duration.ofSeconds(10), Duration.ofSeconds(60), null, null, false);
  }

  public AdvancedSettings withSignatureVersion(SignatureVersion value) {
    return new AdvancedSettings(
        value, connectTimeout, requestTimeout, proxy, trustStorePath, allowPlainHttp);
  }

  public AdvancedSettings withTimeouts(Duration connect, Duration request) {
    return new AdvancedSettings(
        signatureVersion, connect, request, proxy, trustStorePath, allowPlainHttp);
  }

  public AdvancedSettings withProxy(ProxySettings value) {
    return new AdvancedSettings(
        signatureVersion, connectTimeout, requestTimeout, value, trustStorePath, allowPlainHttp);
  }

  public AdvancedSettings withTrustStorePath(String value) {
    return new AdvancedSettings(
        signatureVersion, connectTimeout, requestTimeout, proxy, value, allowPlainHttp);
  }

  public AdvancedSettings withAllowPlainHttp(boolean value) {
    return new AdvancedSettings(
        signatureVersion, connectTimeout, requestTimeout, proxy, trustStorePath, value);
  }
}
