package io.duoctl.emulator.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.client.DuoClient;
import io.duoctl.client.DuoTarget;
import io.duoctl.client.accounts.AccountsApi;
import io.duoctl.client.accounts.ChildAccount;
import io.duoctl.client.admin.AdminApi;
import io.duoctl.client.admin.users.NewUser;
import io.duoctl.client.admin.users.User;
import io.duoctl.emulator.junit.DuoEmulatorExtension;
import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.record.RecordedRequest;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * As in production: https to {@code api-xxxxxxxx.duo.test:443}, tunnelled with CONNECT through the
 * emulator acting as the proxy, the client trusting only the emulator's exported CA.
 */
class TlsProxyRoundTripTest {

  @RegisterExtension static DuoEmulatorExtension duo = new DuoEmulatorExtension();

  @TempDir Path dir;

  private RoundTrip roundTrip;
  private Account msp;

  @BeforeEach
  void connect() {
    roundTrip = RoundTrip.overTlsViaProxy(duo, dir);
    msp = duo.givenParentAccount("Acme MSP");
  }

  @AfterEach
  void disconnect() {
    roundTrip.close();
  }

  @Test
  void childAdmin_overTls_createsAndReadsBackAUser_onTheChildsHostname() {
    AccountsApi accounts = roundTrip.accounts(msp);
    ChildAccount child = accounts.create("Dental Co");
    AdminApi childAdmin = accounts.adminFor(child);

    User created = childAdmin.users().create(NewUser.of("jdoe"));

    assertThat(childAdmin.users().get(created.userId())).isEqualTo(created);
    assertThat(duo.requests().toPath("/admin/v1/users"))
        .extracting(RecordedRequest::host)
        .containsOnly(child.apiHostname());
    assertThat(roundTrip.admin(msp).users().findByUsername("jdoe")).isEmpty();
  }

  @Test
  void measureSkew_fromTheUnsignedPing_readsHowFarTheEmulatorsClockIsAhead() {
    Path ca = duo.emulator().writeCaCertificate(dir.resolve("ca-for-skew.pem"));
    DuoTarget target = roundTrip.target(duo.givenAuthApi(msp));
    duo.clock().advance(Duration.ofMinutes(7));

    try (DuoClient systemClock =
        DuoClient.builder().trustCaPemFile(ca).proxy("127.0.0.1", duo.port()).build()) {
      Duration skew = systemClock.measureSkew(target);

      assertThat(skew).isBetween(Duration.ofSeconds(418), Duration.ofSeconds(422));
      assertThat(systemClock.clockSkew()).contains(skew);
    }
  }
}
