package io.duoctl.emulator.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.duoctl.client.DuoRateLimitedException;
import io.duoctl.client.DuoServerException;
import io.duoctl.client.admin.AdminApi;
import io.duoctl.client.admin.administrators.Administrator;
import io.duoctl.client.admin.administrators.NewAdministrator;
import io.duoctl.emulator.faults.Fault;
import io.duoctl.emulator.junit.DuoEmulatorExtension;
import io.duoctl.emulator.record.RecordedRequest;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * 429s queued in the emulator's fault API are retried by the client on Duo's schedule: 1 s doubling
 * to 32 s, each plus jitter, seven requests at most (signing-auth-accounts.md §3). The jitter is
 * fixed at 0.25 s, so the waits are exact.
 */
class RetryRoundTripTest {

  @RegisterExtension static DuoEmulatorExtension duo = new DuoEmulatorExtension();

  private RoundTrip roundTrip;
  private AdminApi admin;

  @BeforeEach
  void connect() {
    roundTrip = RoundTrip.direct(duo);
    admin = roundTrip.newAdminAccount("Acme Dental");
  }

  @AfterEach
  void disconnect() {
    roundTrip.close();
  }

  @Test
  void get_after429s_isRetriedOnTheSchedule_andSucceeds_section3() {
    duo.faults().rateLimitNext(2);

    String name = admin.settings().get().name();

    assertThat(name).isEqualTo("Acme Dental");
    assertThat(roundTrip.sleeper().waits()).containsExactly(millis(1250), millis(2250));
    assertThat(duo.requests().toPath("/admin/v1/settings"))
        .extracting(RecordedRequest::status)
        .containsExactly(429, 429, 200);
  }

  @Test
  void exhaustedSchedule_throwsRateLimited42901_afterSevenRequests_section3() {
    duo.faults().rateLimitNext(7);

    assertThatThrownBy(() -> admin.settings().get())
        .isInstanceOfSatisfying(
            DuoRateLimitedException.class,
            e -> {
              assertThat(e.status()).isEqualTo(429);
              assertThat(e.code()).hasValue(42901);
            });
    assertThat(roundTrip.sleeper().waits())
        .containsExactly(
            millis(1250), millis(2250), millis(4250), millis(8250), millis(16250), millis(32250));
    assertThat(duo.requests().toPath("/admin/v1/settings")).hasSize(7);
  }

  @Test
  void post_after429_isRetried_andCreatesExactlyOnce() {
    duo.faults().rateLimitNext(1);

    Administrator created =
        admin.administrators().create(NewAdministrator.builder("pat@acme.example", "Pat").build());

    assertThat(admin.administrators().list().all()).containsExactly(created);
    assertThat(roundTrip.sleeper().waits()).containsExactly(millis(1250));
  }

  @Test
  void get_after503_isRetriedOnTheSchedule_andSucceeds() {
    duo.faults().next(Fault.status(503));

    String name = admin.settings().get().name();

    assertThat(name).isEqualTo("Acme Dental");
    assertThat(roundTrip.sleeper().waits()).containsExactly(millis(1250));
    assertThat(duo.requests().toPath("/admin/v1/settings"))
        .extracting(RecordedRequest::status)
        .containsExactly(503, 200);
  }

  @Test
  void get_afterADroppedConnection_isSentAgain_andSucceeds() {
    duo.faults().disconnectNext();

    String name = admin.settings().get().name();

    assertThat(name).isEqualTo("Acme Dental");
    assertThat(duo.requests().toPath("/admin/v1/settings"))
        .extracting(RecordedRequest::status)
        .containsExactly(0, 200);
  }

  @Test
  void post_after503_isNotResent_soNothingIsCreatedTwice() {
    duo.faults().next(Fault.status(503));

    assertThatThrownBy(
            () ->
                admin
                    .administrators()
                    .create(NewAdministrator.builder("pat@acme.example", "Pat").build()))
        .isInstanceOfSatisfying(
            DuoServerException.class, e -> assertThat(e.status()).isEqualTo(503));
    assertThat(roundTrip.sleeper().waits()).isEmpty();
    assertThat(duo.requests().toPath("/admin/v1/admins")).hasSize(1);
  }

  private static Duration millis(long value) {
    return Duration.ofMillis(value);
  }
}
