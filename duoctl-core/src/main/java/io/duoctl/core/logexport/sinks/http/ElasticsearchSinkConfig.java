package io.duoctl.core.logexport.sinks.http;

import io.duoctl.core.logexport.ConfigCheck;
import io.duoctl.core.secrets.Secret;
import java.util.regex.Pattern;

/**
 * Sends to Elasticsearch's bulk API: {@code POST URL/_bulk}, an {@code index} action per event with
 * {@code _id} = the event key, so an event sent again overwrites itself.
 *
 * @param name the sink's name
 * @param url the cluster's base URL, e.g. {@code https://es.example:9200}
 * @param apiKey the encoded API key ({@code Authorization: ApiKey …}), or null for none
 * @param index the target index or alias (not a data stream: they refuse {@code index} with an
 *     {@code _id}); {@code {log}} is replaced by the log's name. Default {@code duoctl-{log}}
 * @param options how it sends
 */
public record ElasticsearchSinkConfig(
    String name, String url, Secret apiKey, String index, HttpOptions options)
    implements HttpSinkConfig {

  /** The default index pattern. */
  public static final String DEFAULT_INDEX = "duoctl-{log}";

  private static final Pattern INDEX = Pattern.compile("[a-z0-9{][a-z0-9._{}-]{0,199}");

  public ElasticsearchSinkConfig {
    ConfigCheck check = new ConfigCheck(name);
    check.url(url, true, "url");
    if (check.present(index, "index")) {
      check.require(
          INDEX.matcher(index).matches() && !index.replace("{log}", "").contains("{"),
          "index",
          "must be lower-case letters, digits, '.', '_' or '-' (up to 200), optionally with {log},"
              + " e.g. duoctl-{log}");
    }
    if (check.present(options, "options")) {
      options.check(check);
    }
    check.done();
  }

  /** Indexes into {@value #DEFAULT_INDEX} at {@code url}. */
  public static ElasticsearchSinkConfig of(
      String name, String url, Secret apiKey, HttpOptions options) {
    return new ElasticsearchSinkConfig(name, url, apiKey, DEFAULT_INDEX, options);
  }

  @Override
  public String kind() {
    return "elasticsearch";
  }
}
