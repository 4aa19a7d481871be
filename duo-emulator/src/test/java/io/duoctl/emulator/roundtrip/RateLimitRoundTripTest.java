package io.duoctl.emulator.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.client.admin.AdminApi;
import io.duoctl.emulator.http.RateClass;
import io.duoctl.emulator.junit.DuoEmulatorExtension;
import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.ratelimit.RateLimits;
import io.duoctl.emulator.record.RecordedRequest;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The emulator's own token buckets (not queued faults) against the client's back-off: the client's
 * waits move the emulator's clock, so the bucket refills while the client "sleeps", and the call
 * succeeds as soon as Duo's 1 s doubling schedule has waited long enough (signing-auth-accounts.md
 * §3: 429 42901 without Retry-After, 1/2/4/8/16/32 s plus jitter).
 */
class RateLimitRoundTripTest {

  /** Two page reads a minute: after two calls, the next token comes 30 s later. */
  @RegisterExtension
  static DuoEmulatorExtension duo =
      new DuoEmulatorExtension(b -> b.rateLimits(RateLimits.none().with(RateClass.GET_PAGE, 2)));

  private RoundTrip roundTrip;
  private Account account;
  private AdminApi admin;

  @BeforeEach
  void connect() {
    roundTrip = RoundTrip.directAdvancingClock(duo);
    account = duo.givenParentAccount("Acme Dental");
    admin = roundTrip.admin(account);
  }

  @AfterEach
  void disconnect() {
    roundTrip.close();
  }

  @Test
  void emptyBucket_isWaitedOutOnDuosSchedule_section3() {
    admin.settings().get();
    admin.settings().get();

    String name = admin.settings().get().name();

    assertThat(name).isEqualTo("Acme Dental");
    assertThat(roundTrip.sleeper().waits())
        .containsExactly(
            Duration.ofMillis(1250),
            Duration.ofMillis(2250),
            Duration.ofMillis(4250),
            Duration.ofMillis(8250),
            Duration.ofMillis(16250));
    assertThat(duo.requests().toPath("/admin/v1/settings"))
        .extracting(RecordedRequest::status)
        .containsExactly(200, 200, 429, 429, 429, 429, 429, 200);
  }

  @Test
  void bucketsAreKeptPerIntegration() {
    admin.settings().get();
    admin.settings().get();
    AdminApi other = roundTrip.admin(account);

    other.settings().get();

    assertThat(roundTrip.sleeper().waits()).isEmpty();
  }
}
