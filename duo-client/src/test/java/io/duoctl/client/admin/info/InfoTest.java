package io.duoctl.client.admin.info;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.duoctl.client.fake.FakeTransport;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class InfoTest {

  private final FakeTransport duo = new FakeTransport();
  private final Info info = new Info(duo.client());

  @Test
  void summary_readsTheCounts() {
    duo.ok(
        """
        {"admin_count": 3, "integration_count": 9, "telephony_credits_remaining": 960,
         "user_count": 112, "user_pending_deletion_count": 2, "future_count": 1}
        """);

    Summary summary = info.summary();

    assertThat(summary.userCount()).isEqualTo(112L);
    assertThat(summary.userPendingDeletionCount()).isEqualTo(2L);
    assertThat(duo.onlyRequest().path()).isEqualTo("/admin/v1/info/summary");
  }

  @Test
  void authenticationAttempts_sendsTheWindowInSecondsAndReadsCountsByResult() {
    duo.ok(
        """
        {"authentication_attempts": {"ERROR": 1, "FAILURE": 7, "FRAUD": 0, "SUCCESS": 250},
         "mintime": 1700000000, "maxtime": 1700086400}
        """);

    AuthenticationAttempts attempts =
        info.authenticationAttempts(
            Instant.ofEpochSecond(1700000000), Instant.ofEpochSecond(1700086400, 999_000_000));

    assertThat(duo.onlyRequest().path()).isEqualTo("/admin/v1/info/authentication_attempts");
    assertThat(duo.onlyRequest().params().asMap())
        .containsOnly(
            entry("mintime", List.of("1700000000")), entry("maxtime", List.of("1700086400")));
    assertThat(attempts.count("SUCCESS")).isEqualTo(250);
    assertThat(attempts.count("UNKNOWN")).isZero();
  }

  @Test
  void telephonyCreditsUsed_withoutWindowLeavesDuosDefault() {
    duo.ok("{\"telephony_credits_used\": 42, \"mintime\": 1, \"maxtime\": 2}");

    assertThat(info.telephonyCreditsUsed().telephonyCreditsUsed()).isEqualTo(42);
    assertThat(duo.onlyRequest().params().isEmpty()).isTrue();
  }

  @Test
  void window_mustRunForwards() {
    Instant now = Instant.ofEpochSecond(1700000000);

    assertThatThrownBy(() -> info.telephonyCreditsUsed(now, now)).hasMessageContaining("from");
  }
}
