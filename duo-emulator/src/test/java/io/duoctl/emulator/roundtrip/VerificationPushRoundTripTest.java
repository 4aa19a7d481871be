package io.duoctl.emulator.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.duoctl.client.DuoInvalidRequestException;
import io.duoctl.client.DuoNotFoundException;
import io.duoctl.client.admin.AdminApi;
import io.duoctl.client.admin.phones.PhoneDetails;
import io.duoctl.client.admin.phones.PhoneType;
import io.duoctl.client.admin.users.NewUser;
import io.duoctl.client.admin.users.User;
import io.duoctl.client.admin.users.VerificationPush;
import io.duoctl.client.admin.users.VerificationPushResult;
import io.duoctl.emulator.admin.phones.DeviceBehaviour;
import io.duoctl.emulator.admin.phones.PhoneBook;
import io.duoctl.emulator.junit.DuoEmulatorExtension;
import io.duoctl.emulator.model.Account;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The help desk's "verify identity" push (admin-api.md §5.1, §6.20, §7.10). */
class VerificationPushRoundTripTest {

  @RegisterExtension static DuoEmulatorExtension duo = new DuoEmulatorExtension();

  private RoundTrip roundTrip;
  private Account account;
  private AdminApi admin;
  private User user;
  private String phoneId;

  @BeforeEach
  void connect() {
    roundTrip = RoundTrip.direct(duo);
    account = duo.givenParentAccount("Acme Dental");
    admin = roundTrip.admin(account);
    user = admin.users().create(NewUser.of("jdoe"));
    phoneId =
        admin
            .phones()
            .create(
                PhoneDetails.builder()
                    .number("+15555550100")
                    .type(PhoneType.MOBILE)
                    .platform("Google Android")
                    .build())
            .phoneId();
    admin.users().addPhone(user.userId(), phoneId);
    PhoneBook.of(duo.world(), account).activate(phoneId);
  }

  @AfterEach
  void disconnect() {
    roundTrip.close();
  }

  @Test
  void send_thenPoll_showsTheDevicesAnswer() {
    PhoneBook.of(duo.world(), account)
        .behaviour(phoneId, DeviceBehaviour.approve().after(Duration.ofSeconds(10)));

    VerificationPush push = admin.users().sendVerificationPush(user.userId(), phoneId);
    VerificationPushResult early =
        admin.users().verificationPushResult(user.userId(), push.pushId());
    duo.clock().advance(Duration.ofSeconds(11));
    VerificationPushResult answered =
        admin.users().verificationPushResult(user.userId(), push.pushId());

    assertThat(push.confirmationCode()).isNotBlank();
    assertThat(early.isWaiting()).isTrue();
    assertThat(answered.isApproved()).isTrue();
    assertThat(answered.pushId()).isEqualTo(push.pushId());
  }

  @Test
  void result_isGoneAfter120Seconds_section7_10() {
    VerificationPush push = admin.users().sendVerificationPush(user.userId(), phoneId);

    duo.clock().advance(Duration.ofSeconds(121));

    assertThatThrownBy(() -> admin.users().verificationPushResult(user.userId(), push.pushId()))
        .isInstanceOf(DuoNotFoundException.class);
  }

  @Test
  void send_toAPhoneThatIsNotTheUsers_isInvalidNamingPhoneId() {
    String stranger = admin.phones().create(PhoneDetails.mobile("+15555550199")).phoneId();

    assertThatThrownBy(() -> admin.users().sendVerificationPush(user.userId(), stranger))
        .isInstanceOfSatisfying(
            DuoInvalidRequestException.class,
            e -> assertThat(e.messageDetail()).contains("phone_id"));
  }
}
