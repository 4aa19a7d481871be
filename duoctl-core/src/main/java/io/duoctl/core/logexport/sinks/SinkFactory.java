package io.duoctl.core.logexport.sinks;

import io.duoctl.client.Sleeper;
import io.duoctl.core.logexport.Sink;
import io.duoctl.core.logexport.SinkConfig;
import io.duoctl.core.logexport.rules.RuleSinkConfig;
import io.duoctl.core.logexport.sinks.file.FileSinkConfig;
import io.duoctl.core.logexport.sinks.file.JsonLinesFileSink;
import io.duoctl.core.logexport.sinks.http.HttpSink;
import io.duoctl.core.logexport.sinks.http.HttpSinkConfig;
import io.duoctl.core.logexport.sinks.syslog.SyslogSink;
import io.duoctl.core.logexport.sinks.syslog.SyslogSinkConfig;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Clock;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.function.Function;

/**
 * Builds sinks from their configurations. Opening reads the TLS trust material (a bad CA file is an
 * {@link io.duoctl.core.logexport.InvalidSinkConfigException} naming {@code ca_file}) but connects
 * to nothing: sinks connect on their first delivery. Thread-safe.
 */
public final class SinkFactory {
  private final Clock clock;
  private final Sleeper sleeper;
  private final DoubleSupplier jitter;
  private final Function<String, Sink> rules;

  /**
   * A factory whose sinks wait with {@code sleeper} and read time from {@code clock}; it opens no
   * {@code rules} sink ({@link #withRules}).
   */
  public SinkFactory(Clock clock, Sleeper sleeper, DoubleSupplier jitter) {
    this(clock, sleeper, jitter, SinkFactory::noRules);
  }

  private SinkFactory(
      Clock clock, Sleeper sleeper, DoubleSupplier jitter, Function<String, Sink> rules) {
    this.clock = clock;
    this.sleeper = sleeper;
    this.jitter = jitter;
    this.rules = rules;
  }

  /** This factory, opening a {@code rules} sink of a given name with {@code ruleSinks}. */
  public SinkFactory withRules(Function<String, Sink> ruleSinks) {
    return new SinkFactory(clock, sleeper, jitter, ruleSinks);
  }

  private static Sink noRules(String name) {
    throw new IllegalStateException("this node cannot deliver to log rules (sink " + name + ")");
  }

  /** The system clock, real sleeping, random jitter. */
  public static SinkFactory system() {
    return new SinkFactory(
        Clock.systemUTC(), Sleeper.SYSTEM, () -> ThreadLocalRandom.current().nextDouble());
  }

  /**
   * The sink {@code config} describes, not yet connected.
   *
   * @throws io.duoctl.core.logexport.InvalidSinkConfigException when its TLS trust cannot be read
   * @throws IllegalArgumentException for a kind of configuration this factory does not know
   */
  public Sink open(SinkConfig config) {
    return switch (config) {
      case FileSinkConfig file -> new JsonLinesFileSink(file, clock);
      case SyslogSinkConfig syslog ->
          new SyslogSink(syslog, syslog.trust().sslContext(syslog.name()), localHostname());
      case HttpSinkConfig http ->
          HttpSink.open(
              http,
              http.options().trust().sslContext(http.name()),
              localHostname(),
              clock,
              sleeper,
              jitter);
      case RuleSinkConfig ruleSink -> rules.apply(ruleSink.name());
      default ->
          throw new IllegalArgumentException("no sink for configuration kind " + config.kind());
    };
  }

  /** This machine's name as syslog HOSTNAME and HEC {@code host}, {@code -} when unknown. */
  static String localHostname() {
    try {
      String name = InetAddress.getLocalHost().getCanonicalHostName();
      return !name.isEmpty() && name.chars().allMatch(c -> c > ' ' && c < 127) ? name : "-";
    } catch (IOException e) {
      return "-";
    }
  }
}
