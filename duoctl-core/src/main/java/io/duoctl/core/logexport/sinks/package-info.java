/**
 * Builds a {@link io.duoctl.core.logexport.Sink} from its {@link
 * io.duoctl.core.logexport.SinkConfig}: {@link io.duoctl.core.logexport.sinks.SinkFactory}. The
 * sinks themselves live in the sub-packages {@code file}, {@code syslog} and {@code http}.
 */
package io.duoctl.core.logexport.sinks;
