package io.duoctl.core.logexport.sinks.http;

import io.duoctl.core.logexport.ExportedEvent;
import io.duoctl.core.secrets.Secret;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/** What one kind of HTTP endpoint expects: where, how authorized, the body, and its 2xx answer. */
interface BatchFormat {

  /** The URL a batch is posted to. */
  URI uri();

  /** The {@code Content-Type} of the body. */
  String contentType();

  /** The whole {@code Authorization} header value, or empty for none. */
  Optional<Secret> authorization();

  /** The request body for {@code batch}. */
  byte[] body(List<ExportedEvent> batch);

  /**
   * Why a 2xx answer still does not acknowledge the batch (Elasticsearch's per-item errors), or
   * empty when it does.
   */
  default Optional<Refusal> refusal(String answer) {
    return Optional.empty();
  }

  /** A batch not taken: whether sending it again may help, and what went wrong. */
  record Refusal(boolean retryable, String message) {}
}
