package io.duoctl.emulator.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.client.admin.AdminApi;
import io.duoctl.client.admin.administrators.NewAdministrator;
import io.duoctl.client.admin.info.AuthenticationAttempts;
import io.duoctl.client.admin.info.Summary;
import io.duoctl.client.admin.info.TelephonyCreditsUsed;
import io.duoctl.client.admin.phones.PhoneDetails;
import io.duoctl.client.admin.users.NewUser;
import io.duoctl.client.admin.users.User;
import io.duoctl.client.auth.AuthApi;
import io.duoctl.client.auth.AuthFactor;
import io.duoctl.client.auth.AuthRequest;
import io.duoctl.client.http.DuoRequest;
import io.duoctl.emulator.junit.DuoEmulatorExtension;
import io.duoctl.emulator.model.Account;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code /admin/v1/info/*} through {@code admin.info()}: counts that agree with the state (§5.15).
 */
class InfoRoundTripTest {

  @RegisterExtension static DuoEmulatorExtension duo = new DuoEmulatorExtension();

  private RoundTrip roundTrip;
  private Account account;
  private AdminApi admin;

  @BeforeEach
  void connect() {
    roundTrip = RoundTrip.direct(duo);
    account = duo.givenParentAccount("Acme Dental");
    admin = roundTrip.admin(account);
  }

  @AfterEach
  void disconnect() {
    roundTrip.close();
  }

  @Test
  void summary_countsWhatTheAccountHolds() {
    Summary before = admin.info().summary();
    admin.users().create(NewUser.of("a"));
    admin.users().create(NewUser.of("b"));
    admin.administrators().create(NewAdministrator.builder("pat@acme.example", "Pat").build());

    Summary after = admin.info().summary();

    assertThat(after.userCount()).isEqualTo(before.userCount() + 2);
    assertThat(after.adminCount()).isEqualTo(before.adminCount() + 1);
    assertThat(after.integrationCount()).isEqualTo(duo.world().integrationsOf(account.id()).size());
    assertThat(after.telephonyCreditsRemaining()).isEqualTo(account.telephonyCredits());
    assertThat(after.userPendingDeletionCount()).isZero();
  }

  @Test
  void summary_countsUsersInTheTrash_andBulkRestoreTakesThemOut_section7_5() {
    User user = admin.users().create(NewUser.of("leaver"));
    String ids = "[\"" + user.userId() + "\"]";

    admin
        .raw()
        .call(DuoRequest.post("/admin/v1/users/bulk_send_to_trash").param("user_id_list", ids));
    Summary trashed = admin.info().summary();
    String status = admin.users().get(user.userId()).status();
    admin.raw().call(DuoRequest.post("/admin/v1/users/bulk_restore").param("user_id_list", ids));

    assertThat(status).isEqualTo("pending deletion");
    assertThat(trashed.userPendingDeletionCount()).isEqualTo(1);
    assertThat(admin.info().summary().userPendingDeletionCount()).isZero();
    assertThat(admin.users().get(user.userId()).status()).isEqualTo("active");
  }

  @Test
  void telephonyCreditsUsed_countsTheSmsSent() {
    String phoneId = admin.phones().create(PhoneDetails.mobile("+15555550100")).phoneId();
    admin.phones().sendSmsPasscodes(phoneId);
    Instant now = duo.clock().instant();

    TelephonyCreditsUsed used = admin.info().telephonyCreditsUsed();
    TelephonyCreditsUsed window =
        admin.info().telephonyCreditsUsed(now.minus(Duration.ofDays(1)), now.plusSeconds(1));

    assertThat(used.telephonyCreditsUsed()).isEqualTo(1);
    assertThat(window.telephonyCreditsUsed()).isEqualTo(1);
  }

  @Test
  void authenticationAttempts_countsAuthApiResults() {
    AuthApi auth = roundTrip.auth(account);
    User user = admin.users().create(NewUser.of("jdoe"));
    auth.auth(AuthRequest.forUserId(AuthFactor.PASSCODE, user.userId()).passcode("000000").build());
    Instant now = duo.clock().instant();
    duo.clock().advance(Duration.ofMinutes(3));

    AuthenticationAttempts all = admin.info().authenticationAttempts();
    AuthenticationAttempts window =
        admin.info().authenticationAttempts(now.minus(Duration.ofHours(1)), now.plusSeconds(60));

    assertThat(all.count("FAILURE")).isEqualTo(1);
    assertThat(window.count("FAILURE")).isEqualTo(1);
    assertThat(window.count("SUCCESS")).isZero();
  }
}
