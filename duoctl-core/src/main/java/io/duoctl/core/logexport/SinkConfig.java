package io.duoctl.core.logexport;

/**
 * A sink's stored configuration: one record per kind, checked whole when constructed ({@link
 * InvalidSinkConfigException} names every bad field). Secrets in it are {@link
 * io.duoctl.core.secrets.Secret}s. Built into a {@link Sink} by {@code SinkFactory}.
 */
public interface SinkConfig {

  /** The sink's name: lower-case words joined by dashes, unique within an export. */
  String name();

  /** What kind of sink this is, for messages: {@code file}, {@code syslog}, {@code splunk_hec}… */
  String kind();
}
