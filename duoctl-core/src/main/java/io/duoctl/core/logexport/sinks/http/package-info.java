/**
 * HTTP sinks: a generic JSON batch, Splunk HTTP Event Collector and Elasticsearch bulk, sharing one
 * sender with bounded retries, exponential back-off with jitter, and back-pressure from 429/503
 * answers ({@code Retry-After}).
 */
package io.duoctl.core.logexport.sinks.http;
