package io.duoctl.core.workflows;

import java.time.Duration;
import java.util.Objects;

/** What happens when a step fails: {@code on_error} in a definition. */
public sealed interface ErrorPolicy
    permits ErrorPolicy.Stop, ErrorPolicy.Continue, ErrorPolicy.Retry, ErrorPolicy.Compensate {

  /** The run stops with the step's error (the default). */
  record Stop() implements ErrorPolicy {}

  /** The error is recorded and the run goes on with the next step. */
  record Continue() implements ErrorPolicy {}

  /**
   * The step is tried again, up to {@code maxAttempts} attempts in all, waiting {@code backoff}
   * before the second and twice as long before each later one; then the run stops.
   */
  record Retry(int maxAttempts, Duration backoff) implements ErrorPolicy {
    /** The first wait when a definition gives none. */
    public static final Duration DEFAULT_BACKOFF = Duration.ofSeconds(10);

    public Retry {
      if (maxAttempts < 2) {
        throw new IllegalArgumentException("max_attempts must be at least 2");
      }
      Objects.requireNonNull(backoff, "backoff");
    }
  }

  /** The compensation step {@code stepId} runs, then the run stops. */
  record Compensate(String stepId) implements ErrorPolicy {
    public Compensate {
      Objects.requireNonNull(stepId, "stepId");
    }
  }
}
