package io.duoctl.emulator.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.duoctl.client.DuoInvalidRequestException;
import io.duoctl.client.admin.AdminApi;
import io.duoctl.client.admin.settings.SettingsUpdate;
import io.duoctl.client.admin.users.NewUser;
import io.duoctl.client.admin.users.User;
import io.duoctl.client.admin.users.UserStatus;
import io.duoctl.client.admin.users.UserUpdate;
import io.duoctl.client.http.DuoRequest;
import io.duoctl.emulator.admin.users.UserDirectory;
import io.duoctl.emulator.junit.DuoEmulatorExtension;
import io.duoctl.emulator.model.Account;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Lockout as an MSP meets it through the client (admin-api.md §7.6, §5.18): the threshold set with
 * {@code settings().update}, the {@code locked out} status and reason on a read, unlocking with
 * {@code status=active}, and the automatic expiry.
 */
class LockoutRoundTripTest {

  @RegisterExtension static DuoEmulatorExtension duo = new DuoEmulatorExtension();

  private RoundTrip roundTrip;
  private Account account;
  private AdminApi admin;
  private User user;

  @BeforeEach
  void connect() {
    roundTrip = RoundTrip.direct(duo);
    account = duo.givenParentAccount("Acme Dental");
    admin = roundTrip.admin(account);
    user = admin.users().create(NewUser.of("jdoe"));
  }

  @AfterEach
  void disconnect() {
    roundTrip.close();
  }

  @Test
  void failedAttemptsUpToTheThreshold_lockTheUserOut_section7_6() {
    admin.settings().update(SettingsUpdate.builder().lockoutThreshold(3).build());

    failAttempts(2);
    User beforeThreshold = admin.users().get(user.userId());
    failAttempts(1);
    User after = admin.users().get(user.userId());

    assertThat(beforeThreshold.isLockedOut()).isFalse();
    assertThat(after.isLockedOut()).isTrue();
    assertThat(after.status()).isEqualTo("locked out");
    assertThat(after.lockoutReason()).isEqualTo("Failed Attempts");
    assertThat(admin.users().findByUsername("jdoe"))
        .get()
        .extracting(User::isLockedOut)
        .isEqualTo(true);
  }

  @Test
  void statusActive_unlocksALockedOutUser_section7_6() {
    UserDirectory.of(duo.world(), account).lockOut(user.userId(), "Failed Attempts");

    User unlocked = admin.users().update(user.userId(), UserUpdate.status(UserStatus.ACTIVE));

    assertThat(unlocked.isLockedOut()).isFalse();
    assertThat(admin.users().get(user.userId()).status()).isEqualTo("active");
  }

  @Test
  void theApiCannotSetLockedOut_section7_6() {
    assertThatThrownBy(
            () ->
                admin
                    .raw()
                    .call(
                        DuoRequest.post("/admin/v1/users/" + user.userId())
                            .param("status", "locked out")))
        .isInstanceOfSatisfying(
            DuoInvalidRequestException.class,
            e -> assertThat(e.messageDetail()).contains("status"));
    assertThat(admin.users().get(user.userId()).status()).isEqualTo("active");
  }

  @Test
  void lockoutExpireDuration_liftsTheLockoutByItself_section7_6() {
    admin
        .settings()
        .update(SettingsUpdate.builder().lockoutThreshold(1).lockoutExpireDuration(5).build());
    failAttempts(1);
    User locked = admin.users().get(user.userId());

    duo.clock().advance(Duration.ofMinutes(6));

    assertThat(locked.isLockedOut()).isTrue();
    assertThat(admin.users().get(user.userId()).isLockedOut()).isFalse();
  }

  private void failAttempts(int count) {
    UserDirectory users = UserDirectory.of(duo.world(), account);
    for (int i = 0; i < count; i++) {
      users.recordFailedAttempt(user.userId());
    }
  }
}
