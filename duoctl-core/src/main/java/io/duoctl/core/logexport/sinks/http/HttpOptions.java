package io.duoctl.core.logexport.sinks.http;

import io.duoctl.client.RetryPolicy;
import io.duoctl.core.logexport.ConfigCheck;
import io.duoctl.core.logexport.sinks.tls.TlsTrust;
import java.time.Duration;

/**
 * How an HTTP sink sends.
 *
 * @param timeout for connecting and for the whole answer of one request, 1 second to 5 minutes
 * @param maxBackoff the longest wait between retries: waits start at 0.5 s and double while within
 *     it (plus up to 0.5 s of jitter); a {@code Retry-After} up to it is waited for, a longer one
 *     ends the delivery at once. Zero to 5 minutes; zero disables retries
 * @param trust whom to trust for {@code https}
 */
public record HttpOptions(Duration timeout, Duration maxBackoff, TlsTrust trust) {

  /** 30 s timeout, retries up to 8 s apart (5 retries), the JDK's trust. */
  public static HttpOptions defaults() {
    return new HttpOptions(Duration.ofSeconds(30), Duration.ofSeconds(8), TlsTrust.jdkDefault());
  }

  /** Checks each field into {@code check}. */
  void check(ConfigCheck check) {
    check.between(timeout, Duration.ofSeconds(1), Duration.ofMinutes(5), "timeout");
    check.between(maxBackoff, Duration.ZERO, Duration.ofMinutes(5), "max_backoff");
    if (check.present(trust, "trust")) {
      trust.problems().forEach(problem -> check.fail(problem.field(), problem.message()));
    }
  }

  /** The retry schedule. */
  RetryPolicy retryPolicy() {
    return new RetryPolicy(Duration.ofMillis(500), 2, maxBackoff, Duration.ofMillis(500));
  }

  /** These options with another back-off bound. */
  public HttpOptions withMaxBackoff(Duration newMaxBackoff) {
    return new HttpOptions(timeout, newMaxBackoff, trust);
  }

  /** These options with another trust. */
  public HttpOptions withTrust(TlsTrust newTrust) {
    return new HttpOptions(timeout, maxBackoff, newTrust);
  }
}
