/**
 * Log export: the events duoctl exports from each organization's Duo logs ({@link
 * io.duoctl.core.logexport.ExportedEvent}) and the {@link io.duoctl.core.logexport.Sink}s that take
 * them (JSON-lines files, syslog, HTTP endpoints), configured by {@link
 * io.duoctl.core.logexport.SinkConfig} records and built by {@link
 * io.duoctl.core.logexport.sinks.SinkFactory}.
 */
package io.duoctl.core.logexport;
