package io.duoctl.core.logexport.sinks.http;

import io.duoctl.core.logexport.ConfigCheck;
import io.duoctl.core.secrets.Secret;

/**
 * Sends to a Splunk HTTP Event Collector: {@code POST URL/services/collector/event} with {@code
 * Authorization: Splunk TOKEN}.
 *
 * @param name the sink's name
 * @param url the collector's base URL, e.g. {@code https://splunk.example:8088}
 * @param token the HEC token
 * @param index the index, or null for the token's default
 * @param source the {@code source} of every event, or null for {@code duoctl}
 * @param sourcetype the {@code sourcetype} of every event, or null for {@code duoctl:LOG} (e.g.
 *     {@code duoctl:authentication})
 * @param host the {@code host} of every event, or null for this machine's name
 * @param options how it sends
 */
public record SplunkHecSinkConfig(
    String name,
    String url,
    Secret token,
    String index,
    String source,
    String sourcetype,
    String host,
    HttpOptions options)
    implements HttpSinkConfig {
  public SplunkHecSinkConfig {
    ConfigCheck check = new ConfigCheck(name);
    check.url(url, true, "url");
    check.present(token, "token");
    check.require(
        index == null || !index.isBlank(),
        "index",
        "must not be blank; leave it out for the token's default");
    if (check.present(options, "options")) {
      options.check(check);
    }
    check.done();
  }

  /** Sends with {@code token} to {@code url}, default index, source, sourcetype and host. */
  public static SplunkHecSinkConfig of(String name, String url, Secret token, HttpOptions options) {
    return new SplunkHecSinkConfig(name, url, token, null, null, null, null, options);
  }

  @Override
  public String kind() {
    return "splunk_hec";
  }
}
