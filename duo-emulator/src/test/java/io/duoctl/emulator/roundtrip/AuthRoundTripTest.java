package io.duoctl.emulator.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.duoctl.client.DuoForbiddenException;
import io.duoctl.client.DuoTarget;
import io.duoctl.client.auth.AuthApi;
import io.duoctl.emulator.IntegrationKeys;
import io.duoctl.emulator.junit.DuoEmulatorExtension;
import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.record.RecordedRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Auth API over TLS, the client trusting only the CA the emulator exported
 * (signing-auth-accounts.md §4).
 */
class AuthRoundTripTest {

  @RegisterExtension static DuoEmulatorExtension duo = new DuoEmulatorExtension();

  @TempDir Path dir;

  private RoundTrip roundTrip;
  private Account account;
  private AuthApi auth;

  @BeforeEach
  void connect() {
    roundTrip = RoundTrip.overTls(duo, dir);
    account = duo.givenParentAccount("Acme Dental");
    auth = roundTrip.auth(account);
  }

  @AfterEach
  void disconnect() {
    roundTrip.close();
  }

  @Test
  void ping_isSentUnsigned_andAnswersDuosTime_section4() {
    duo.clock().advance(Duration.ofHours(3));
    Instant emulatorNow = duo.clock().instant();

    Instant time = auth.ping();

    assertThat(time).isBetween(emulatorNow.minusSeconds(1), emulatorNow.plusSeconds(5));
    RecordedRequest sent = duo.requests().toPath("/auth/v2/ping").get(0);
    assertThat(sent.headers()).doesNotContainKey("authorization");
  }

  @Test
  void check_isSigned_andAnswersDuosTime_section4() {
    Instant time = auth.check();

    assertThat(time).isCloseTo(duo.clock().instant(), within(5, ChronoUnit.SECONDS));
    RecordedRequest sent = duo.requests().toPath("/auth/v2/check").get(0);
    assertThat(sent.headers()).containsKey("authorization");
    assertThat(sent.status()).isEqualTo(200);
  }

  @Test
  void check_withAdminApiKeys_isForbiddenAsTheWrongIntegrationType_section2() {
    IntegrationKeys admin = duo.givenAdminApi(account);
    DuoTarget adminTarget = roundTrip.target(admin);
    AuthApi wrongType = roundTrip.client().auth(adminTarget);

    assertThatThrownBy(wrongType::check)
        .isInstanceOfSatisfying(
            DuoForbiddenException.class,
            e -> {
              assertThat(e.code()).hasValue(40301);
              assertThat(e.messageDetail()).contains("Wrong integration type for this API.");
            });
  }
}
