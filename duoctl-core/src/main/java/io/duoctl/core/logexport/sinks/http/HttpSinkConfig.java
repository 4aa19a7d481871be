package io.duoctl.core.logexport.sinks.http;

import io.duoctl.core.logexport.SinkConfig;

/** The configuration of an HTTP sink: a generic JSON batch, Splunk HEC or Elasticsearch bulk. */
public sealed interface HttpSinkConfig extends SinkConfig
    permits JsonBatchSinkConfig, SplunkHecSinkConfig, ElasticsearchSinkConfig {

  /** The endpoint's URL as configured. */
  String url();

  /** How it sends. */
  HttpOptions options();
}
