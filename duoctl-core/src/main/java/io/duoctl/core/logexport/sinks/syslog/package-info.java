/**
 * The syslog sink: RFC 5424 messages over TCP or TLS, framed by octet counting (RFC 6587 §3.4.1),
 * carrying each exported event as JSON or as CEF.
 */
package io.duoctl.core.logexport.sinks.syslog;
