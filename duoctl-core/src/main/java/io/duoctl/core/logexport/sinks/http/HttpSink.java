package io.duoctl.core.logexport.sinks.http;

import io.duoctl.client.RetryPolicy;
import io.duoctl.client.Sleeper;
import io.duoctl.core.logexport.ExportedEvent;
import io.duoctl.core.logexport.Sink;
import io.duoctl.core.logexport.SinkRejectedException;
import io.duoctl.core.logexport.SinkUnavailableException;
import io.duoctl.core.secrets.Secret;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.DoubleSupplier;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;

/**
 * Posts each batch in its {@link BatchFormat} and returns on a 2xx the format accepts. A failure
 * that may pass (no connection, timeout, 408, 429, 5xx, Elasticsearch items refused with 429 or
 * 5xx) is retried on the {@link HttpOptions#retryPolicy()} schedule, then ends as {@link
 * SinkUnavailableException}; any other refusal (401, 403, other 4xx, items refused for their
 * content) ends at once as {@link SinkRejectedException}.
 *
 * <p>Back-pressure: a 429 or 503 holds the sink for its {@code Retry-After} (or the back-off), and
 * every delivery, the next ones included, waits until then instead of sending; a {@code
 * Retry-After} longer than the back-off bound ends the delivery at once, carrying the wait. Each
 * retry sends the whole batch again, so the receiver may see events twice (Elasticsearch overwrites
 * them by {@code _id}). Messages carry the status and the start of the answer, with the credential
 * removed. Thread-safe; the HTTP client is made on the first delivery.
 */
public final class HttpSink implements Sink {
  private static final int ANSWER_EXCERPT = 300;

  private final String name;
  private final BatchFormat format;
  private final HttpOptions options;
  private final SSLContext tls;
  private final Clock clock;
  private final Sleeper sleeper;
  private final DoubleSupplier jitter;
  private final RetryPolicy retry;
  private final ReentrantLock lock = new ReentrantLock();
  private HttpClient client;
  private Instant pausedUntil = Instant.MIN;

  /**
   * An HTTP sink for {@code config}.
   *
   * @param tls the TLS context for {@code https} ({@link
   *     io.duoctl.core.logexport.sinks.tls.TlsTrust#sslContext})
   * @param localHost the HEC {@code host} when the config names none
   * @param sleeper waits between retries and during back-pressure
   * @param jitter random numbers in [0, 1) that scale the back-off's jitter
   */
  public static HttpSink open(
      HttpSinkConfig config,
      SSLContext tls,
      String localHost,
      Clock clock,
      Sleeper sleeper,
      DoubleSupplier jitter) {
    BatchFormat format =
        switch (config) {
          case JsonBatchSinkConfig json -> new JsonBatchFormat(json);
          case SplunkHecSinkConfig hec -> new SplunkHecFormat(hec, localHost);
          case ElasticsearchSinkConfig elastic -> new ElasticsearchBulkFormat(elastic);
        };
    return new HttpSink(config.name(), format, config.options(), tls, clock, sleeper, jitter);
  }

  private HttpSink(
      String name,
      BatchFormat format,
      HttpOptions options,
      SSLContext tls,
      Clock clock,
      Sleeper sleeper,
      DoubleSupplier jitter) {
    this.name = name;
    this.format = format;
    this.options = options;
    this.tls = tls;
    this.clock = clock;
    this.sleeper = sleeper;
    this.jitter = jitter;
    this.retry = options.retryPolicy();
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public void deliver(List<ExportedEvent> batch) {
    if (batch.isEmpty()) {
      return;
    }
    HttpRequest request = request(format.body(batch));
    lock.lock();
    try {
      for (int attempt = 0; ; attempt++) {
        waitIfPaused();
        Failure failure = send(request);
        if (failure == null) {
          return;
        }
        Optional<Duration> backoff = retry.backoff(attempt, jitter.getAsDouble());
        Optional<Duration> asked = failure.retryAfter();
        if (backoff.isEmpty() || asked.filter(wait -> !retry.permitsWait(wait)).isPresent()) {
          if (failure.backPressure()) {
            pausedUntil = clock.instant().plus(asked.or(() -> backoff).orElse(Duration.ZERO));
          }
          throw new SinkUnavailableException(
              name,
              failure.message()
                  + (attempt == 0 ? "" : " (after " + (attempt + 1) + " attempts)")
                  + "; the batch will be sent again later",
              asked.orElse(null),
              failure.cause());
        }
        Duration wait = max(backoff.get(), asked.orElse(Duration.ZERO));
        if (failure.backPressure()) {
          pausedUntil = clock.instant().plus(wait);
        } else {
          sleep(wait);
        }
      }
    } finally {
      lock.unlock();
    }
  }

  private Failure send(HttpRequest request) {
    HttpResponse<byte[]> response;
    try {
      response = client().send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (SSLHandshakeException e) {
      throw new SinkRejectedException(
          name,
          "TLS with "
              + where()
              + " failed: "
              + e.getMessage()
              + "; check that its certificate names the host and is signed by a CA in ca_file or"
              + " trust_store",
          e);
    } catch (HttpTimeoutException e) {
      return Failure.retry(
          where() + " did not answer within " + options.timeout().toSeconds() + " s", e);
    } catch (ConnectException e) {
      return Failure.retry(
          "cannot connect to " + where() + "; check that it runs and is reachable", e);
    } catch (IOException e) {
      return Failure.retry("sending to " + where() + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SinkUnavailableException(name, "interrupted while sending to " + where(), null, e);
    }
    return judge(response);
  }

  private Failure judge(HttpResponse<byte[]> response) {
    int status = response.statusCode();
    String answer = new String(response.body(), StandardCharsets.UTF_8);
    if (status >= 200 && status < 300) {
      Optional<BatchFormat.Refusal> refusal = format.refusal(answer);
      if (refusal.isEmpty()) {
        return null;
      }
      if (!refusal.get().retryable()) {
        throw new SinkRejectedException(name, redact(refusal.get().message()), null);
      }
      return Failure.retry(redact(refusal.get().message()), null);
    }
    String said = where() + " answered " + status + excerpt(answer);
    Optional<Duration> retryAfter =
        response
            .headers()
            .firstValue("Retry-After")
            .flatMap(v -> RetryAfter.parse(v, clock.instant()));
    if (status == 429 || status == 503) {
      return new Failure(said + "; it asks to slow down", retryAfter, true, null);
    }
    if (status == 408 || status >= 500) {
      return new Failure(said, retryAfter, false, null);
    }
    if (status == 401 || status == 403) {
      throw new SinkRejectedException(
          name, said + "; check the sink's token or API key and its permissions", null);
    }
    throw new SinkRejectedException(
        name, said + "; check the sink's URL, index and the receiver's settings", null);
  }

  // Back-pressure: wait out a short pause; refuse at once, sending nothing, during a long one.
  private void waitIfPaused() {
    Duration left = Duration.between(clock.instant(), pausedUntil);
    if (left.isNegative() || left.isZero()) {
      return;
    }
    if (!retry.permitsWait(left)) {
      throw new SinkUnavailableException(
          name,
          where() + " asked to slow down; holding back for " + left.toSeconds() + " s more",
          left,
          null);
    }
    sleep(left);
  }

  private void sleep(Duration wait) {
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SinkUnavailableException(name, "interrupted while waiting to retry", null, e);
    }
  }

  private HttpRequest request(byte[] body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(format.uri())
            .timeout(options.timeout())
            .header("Content-Type", format.contentType())
            .header("User-Agent", "duoctl")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    format.authorization().ifPresent(value -> request.header("Authorization", value.reveal()));
    return request.build();
  }

  private HttpClient client() {
    if (client == null) {
      HttpClient.Builder builder =
          HttpClient.newBuilder()
              .connectTimeout(options.timeout())
              .followRedirects(HttpClient.Redirect.NEVER);
      if (tls != null) {
        builder.sslContext(tls);
      }
      client = builder.build();
    }
    return client;
  }

  private String where() {
    return format.uri().getScheme()
        + "://"
        + format.uri().getRawAuthority()
        + format.uri().getRawPath();
  }

  private String excerpt(String answer) {
    String text = answer.strip().replaceAll("\\s+", " ");
    if (text.isEmpty()) {
      return "";
    }
    return ": "
        + redact(text.length() > ANSWER_EXCERPT ? text.substring(0, ANSWER_EXCERPT) + "…" : text);
  }

  private String redact(String text) {
    Optional<Secret> secret = format.authorization();
    if (secret.isEmpty()) {
      return text;
    }
    String plain = secret.get().reveal();
    String token = plain.contains(" ") ? plain.substring(plain.indexOf(' ') + 1) : plain;
    return text.replace(plain, "[redacted]").replace(token, "[redacted]");
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  @Override
  public void close() {
    lock.lock();
    try {
      if (client != null) {
        client.close();
        client = null;
      }
    } finally {
      lock.unlock();
    }
  }

  /** One failed attempt that may pass if sent again. */
  private record Failure(
      String message, Optional<Duration> retryAfter, boolean backPressure, Throwable cause) {
    static Failure retry(String message, Throwable cause) {
      return new Failure(message, Optional.empty(), false, cause);
    }
  }
}
