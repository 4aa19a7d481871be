package io.duoctl.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Duo's 429 schedule checked as data. */
class RetryPolicyTest {

  static List<Optional<Duration>> schedule(RetryPolicy policy, double jitter) {
    return IntStream.range(0, 8).mapToObj(retry -> policy.backoff(retry, jitter)).toList();
  }

  @Test
  void duoDefault_waits1To32SecondsPlusJitter_sevenAttempts() {
    assertThat(schedule(RetryPolicy.duoDefault(), 0.123))
        .containsExactly(
            Optional.of(Duration.ofMillis(1123)),
            Optional.of(Duration.ofMillis(2123)),
            Optional.of(Duration.ofMillis(4123)),
            Optional.of(Duration.ofMillis(8123)),
            Optional.of(Duration.ofMillis(16123)),
            Optional.of(Duration.ofMillis(32123)),
            Optional.empty(),
            Optional.empty());
    assertThat(RetryPolicy.duoDefault().maxAttempts()).isEqualTo(7);
  }

  @Test
  void maxBackoff4Seconds_givesThreeWaitsAndFourAttempts_likeTheJavaClient() {
    RetryPolicy policy = RetryPolicy.duoDefault().withMaxBackoff(Duration.ofSeconds(4));
    assertThat(schedule(policy, 0.234).stream().flatMap(Optional::stream))
        .containsExactly(Duration.ofMillis(1234), Duration.ofMillis(2234), Duration.ofMillis(4234));
    assertThat(policy.maxAttempts()).isEqualTo(4);
  }

  @Test
  void noRetries_hasNoWaitsAndRefusesEveryRetryAfter() {
    assertThat(RetryPolicy.noRetries().backoff(0, 0)).isEmpty();
    assertThat(RetryPolicy.noRetries().maxAttempts()).isEqualTo(1);
    assertThat(RetryPolicy.noRetries().permitsWait(Duration.ZERO)).isFalse();
  }

  @Test
  void permitsWait_upToTheLongestWait() {
    assertThat(RetryPolicy.duoDefault().permitsWait(Duration.ofSeconds(32))).isTrue();
    assertThat(RetryPolicy.duoDefault().permitsWait(Duration.ofSeconds(33))).isFalse();
  }

  @Test
  void invalidValues_areRefusedNamingTheField() {
    assertThatThrownBy(
            () -> new RetryPolicy(Duration.ZERO, 2, Duration.ofSeconds(1), Duration.ZERO))
        .hasMessageContaining("initialBackoff");
    assertThatThrownBy(
            () -> new RetryPolicy(Duration.ofSeconds(1), 1, Duration.ofSeconds(1), Duration.ZERO))
        .hasMessageContaining("factor");
    assertThatThrownBy(() -> RetryPolicy.duoDefault().withMaxBackoff(Duration.ofSeconds(-1)))
        .hasMessageContaining("maxBackoff");
    assertThatThrownBy(() -> RetryPolicy.duoDefault().backoff(0, 1.0))
        .hasMessageContaining("jitterFraction");
  }

  @Property(tries = 300)
  void backoff_neverExceedsMaxPlusJitter_andGrows(
      @ForAll @IntRange(min = 0, max = 40) int retry,
      @ForAll @DoubleRange(min = 0, max = 1, maxIncluded = false) double jitter) {
    RetryPolicy policy = RetryPolicy.duoDefault();
    policy
        .backoff(retry, jitter)
        .ifPresent(
            wait -> {
              assertThat(wait).isLessThan(Duration.ofSeconds(33));
              assertThat(wait).isGreaterThanOrEqualTo(Duration.ofSeconds(1L << retry));
            });
  }
}
