package io.duoctl.core.logexport.rules;

import io.duoctl.core.secrets.Secret;
import io.duoctl.core.workflows.webhooks.WebhookSignature;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * POSTs a firing's JSON to a rule's webhook URL with {@code Idempotency-Key: <firing id>}, the same
 * on every retry, so the receiver can drop a repeat; signed like duoctl's own inbound webhooks
 * ({@link WebhookSignature}) when the rule has a secret. 2xx is success; 408, 429 and 5xx or no
 * answer are worth retrying; any other status is a refusal. Thread-safe.
 */
final class WebhookCall {
  static final String IDEMPOTENCY_HEADER = "Idempotency-Key";
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final HttpClient http;
  private final Clock clock;

  WebhookCall(HttpClient http, Clock clock) {
    this.http = http;
    this.clock = clock;
  }

  void send(URI url, Optional<Secret> secret, String firingId, String payload)
      throws ActionFailedException {
    byte[] body = payload.getBytes(StandardCharsets.UTF_8);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(url)
            .timeout(TIMEOUT)
            .header("Content-Type", "application/json")
            .header(IDEMPOTENCY_HEADER, firingId)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (secret.isPresent()) {
      String timestamp = Long.toString(clock.instant().getEpochSecond());
      request
          .header(WebhookSignature.TIMESTAMP_HEADER, timestamp)
          .header(
              WebhookSignature.SIGNATURE_HEADER,
              WebhookSignature.sign(secret.get().reveal(), timestamp, body));
    }
    HttpResponse<Void> response;
    try {
      response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
    } catch (IOException e) {
      throw new ActionFailedException(
          "webhook " + url.getHost() + " could not be reached: " + e, true, null, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ActionFailedException("interrupted while calling the webhook", true, null, e);
    }
    int status = response.statusCode();
    if (status >= 200 && status < 300) {
      return;
    }
    boolean retryable = status == 408 || status == 429 || status >= 500;
    Duration retryAfter =
        response
            .headers()
            .firstValue("Retry-After")
            .filter(v -> v.matches("\\d{1,6}"))
            .map(v -> Duration.ofSeconds(Long.parseLong(v)))
            .orElse(null);
    throw new ActionFailedException(
        "webhook " + url.getHost() + " answered HTTP " + status, retryable, retryAfter, null);
  }
}
