package io.duoctl.core.logexport.sinks.syslog;

import io.duoctl.core.logexport.ConfigCheck;
import io.duoctl.core.logexport.SinkConfig;
import io.duoctl.core.logexport.sinks.tls.TlsTrust;
import java.time.Duration;
import java.util.Objects;

/**
 * A syslog sink.
 *
 * @param name the sink's name
 * @param host the receiver's host name or address; with TLS, the name its certificate must carry
 * @param port the receiver's TCP port (commonly 601 for TCP, 6514 for TLS)
 * @param transport plain TCP or TLS
 * @param trust whom to trust with TLS (ignored for TCP)
 * @param payload the message body: the exported event as JSON, or CEF
 * @param facility the syslog facility, 0 to 23 (default 10, {@code authpriv})
 * @param hostname the HOSTNAME field to send, or null for this machine's name
 * @param timeout for connecting and for sending one batch, 1 second to 5 minutes
 */
public record SyslogSinkConfig(
    String name,
    String host,
    int port,
    Transport transport,
    TlsTrust trust,
    Payload payload,
    int facility,
    String hostname,
    Duration timeout)
    implements SinkConfig {

  /** The default facility: 10, security/authorization messages ({@code authpriv}). */
  public static final int AUTHPRIV = 10;

  /** How messages travel. */
  public enum Transport {
    /** Plain TCP. */
    TCP,
    /** TLS, verifying the receiver's certificate and host name. */
    TLS
  }

  /** What a message carries. */
  public enum Payload {
    /** The exported event as compact JSON. */
    JSON,
    /** ArcSight Common Event Format. */
    CEF
  }

  public SyslogSinkConfig {
    ConfigCheck check = new ConfigCheck(name);
    if (check.present(host, "host")) {
      check.require(
          host.chars().allMatch(c -> c > ' ' && c < 127) && !host.contains("/"),
          "host",
          "must be a bare host name or address, e.g. siem.example.com (no scheme, port or path)");
    }
    check.port(port, "port");
    check.present(transport, "transport");
    check.present(payload, "payload");
    if (check.present(trust, "trust")) {
      trust.problems().forEach(problem -> check.fail(problem.field(), problem.message()));
    }
    check.require(
        facility >= 0 && facility <= 23, "facility", "must be from 0 to 23, was " + facility);
    if (hostname != null) {
      check.require(
          !hostname.isEmpty()
              && hostname.length() <= 255
              && hostname.chars().allMatch(c -> c > ' ' && c < 127),
          "hostname",
          "must be 1 to 255 printable ASCII characters without spaces, or left out");
    }
    check.between(timeout, Duration.ofSeconds(1), Duration.ofMinutes(5), "timeout");
    check.done();
  }

  /** JSON over TLS to {@code host:port} with the JDK's trust, facility authpriv, 30 s timeout. */
  public static SyslogSinkConfig tls(String name, String host, int port) {
    return new SyslogSinkConfig(
        name,
        host,
        port,
        Transport.TLS,
        TlsTrust.jdkDefault(),
        Payload.JSON,
        AUTHPRIV,
        null,
        Duration.ofSeconds(30));
  }

  /** JSON over plain TCP to {@code host:port}, facility authpriv, 30 s timeout. */
  public static SyslogSinkConfig tcp(String name, String host, int port) {
    return tls(name, host, port).withTransport(Transport.TCP, TlsTrust.jdkDefault());
  }

  /** This configuration with another transport and trust. */
  public SyslogSinkConfig withTransport(Transport newTransport, TlsTrust newTrust) {
    return new SyslogSinkConfig(
        name, host, port, newTransport, newTrust, payload, facility, hostname, timeout);
  }

  /** This configuration with another payload. */
  public SyslogSinkConfig withPayload(Payload newPayload) {
    return new SyslogSinkConfig(
        name,
        host,
        port,
        transport,
        trust,
        Objects.requireNonNull(newPayload),
        facility,
        hostname,
        timeout);
  }

  /** This configuration sending {@code newHostname} as HOSTNAME. */
  public SyslogSinkConfig withHostname(String newHostname) {
    return new SyslogSinkConfig(
        name, host, port, transport, trust, payload, facility, newHostname, timeout);
  }

  @Override
  public String kind() {
    return "syslog";
  }

  /** {@code tls://host:port} or {@code tcp://host:port}, for messages. */
  public String address() {
    return transport.name().toLowerCase(java.util.Locale.ROOT) + "://" + host + ":" + port;
  }
}
