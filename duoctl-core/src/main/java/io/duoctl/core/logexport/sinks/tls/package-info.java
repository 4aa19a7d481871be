/**
 * The TLS trust of sinks that connect over TLS (syslog, HTTP): the JDK's, a CA PEM file or a trust
 * store.
 */
package io.duoctl.core.logexport.sinks.tls;
