package io.duoctl.core.logexport.sinks.http;

import io.duoctl.core.logexport.ConfigCheck;
import io.duoctl.core.secrets.Secret;

/**
 * Posts each batch as one JSON array of exported events to {@code url}.
 *
 * @param name the sink's name
 * @param url the full URL to post to ({@code https://}, or {@code http://})
 * @param authorization the whole {@code Authorization} header value ({@code Bearer …}), or null
 * @param options how it sends
 */
public record JsonBatchSinkConfig(
    String name, String url, Secret authorization, HttpOptions options) implements HttpSinkConfig {
  public JsonBatchSinkConfig {
    ConfigCheck check = new ConfigCheck(name);
    check.url(url, true, "url");
    if (check.present(options, "options")) {
      options.check(check);
    }
    check.done();
  }

  @Override
  public String kind() {
    return "json_batch";
  }
}
