package io.duoctl.emulator.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.duoctl.client.DuoInvalidRequestException;
import io.duoctl.client.DuoNotFoundException;
import io.duoctl.client.admin.AdminApi;
import io.duoctl.client.admin.logs.AuthLogEntry;
import io.duoctl.client.admin.logs.AuthLogQuery;
import io.duoctl.client.admin.logs.LogWindow;
import io.duoctl.client.admin.phones.PhoneDetails;
import io.duoctl.client.admin.phones.PhoneType;
import io.duoctl.client.admin.settings.SettingsUpdate;
import io.duoctl.client.admin.users.NewUser;
import io.duoctl.client.admin.users.User;
import io.duoctl.client.admin.users.UserStatus;
import io.duoctl.client.admin.users.UserUpdate;
import io.duoctl.client.auth.AuthApi;
import io.duoctl.client.auth.AuthFactor;
import io.duoctl.client.auth.AuthRequest;
import io.duoctl.client.auth.AuthResult;
import io.duoctl.client.auth.AuthStatus;
import io.duoctl.client.auth.Device;
import io.duoctl.client.auth.Preauth;
import io.duoctl.client.auth.PreauthRequest;
import io.duoctl.client.http.DuoRequest;
import io.duoctl.emulator.admin.phones.DeviceBehaviour;
import io.duoctl.emulator.admin.phones.PhoneBook;
import io.duoctl.emulator.junit.DuoEmulatorExtension;
import io.duoctl.emulator.model.Account;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Preauth, auth (sync and async), auth_status and logo through {@code duo.auth(target)}, through
 * the emulator as proxy on the account's own hostname, with the state change read back through the
 * Admin API (signing-auth-accounts.md §4; admin-api.md §6.15, §7.6).
 */
@Tag("slow")
class AuthenticationRoundTripTest {

  @RegisterExtension static DuoEmulatorExtension duo = new DuoEmulatorExtension();

  private RoundTrip roundTrip;
  private Account account;
  private AdminApi admin;
  private AuthApi auth;
  private User user;
  private String phoneId;

  @BeforeEach
  void connect() {
    roundTrip = RoundTrip.viaProxy(duo);
    account = duo.givenParentAccount("Acme Dental");
    admin = roundTrip.admin(account);
    auth = roundTrip.auth(account);
    user = admin.users().create(NewUser.of("jdoe"));
    phoneId =
        admin
            .phones()
            .create(
                PhoneDetails.builder()
                    .number("+15555550100")
                    .type(PhoneType.MOBILE)
                    .platform("Apple iOS")
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
  void preauth_ofAnEnrolledUser_isAuth_withTheUsersDevices() {
    Preauth preauth = auth.preauth(PreauthRequest.forUsername("jdoe").build());

    assertThat(preauth.result()).isEqualTo("auth");
    assertThat(preauth.devices())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.device()).isEqualTo(phoneId);
              assertThat(d.can("push")).isTrue();
            });
  }

  @Test
  void preauth_followsTheUsersStatus_enrollBypassDisabled() {
    admin.users().create(NewUser.of("newbie"));
    admin.users().update(user.userId(), UserUpdate.status(UserStatus.BYPASS));
    Preauth bypass = auth.preauth(PreauthRequest.forUserId(user.userId()).build());
    admin.users().update(user.userId(), UserUpdate.status(UserStatus.DISABLED));
    Preauth disabled = auth.preauth(PreauthRequest.forUserId(user.userId()).build());

    Preauth unenrolled = auth.preauth(PreauthRequest.forUsername("newbie").build());

    assertThat(unenrolled.result()).isEqualTo("enroll");
    assertThat(unenrolled.enrollPortalUrl()).isNotBlank();
    assertThat(bypass.result()).isEqualTo("allow");
    assertThat(disabled.result()).isEqualTo("deny");
  }

  @Test
  void pushApprovedByTheDevice_isAllow_andIsWrittenToTheAuthLog_section6_15() {
    Instant before = duo.clock().instant();

    AuthResult result = auth.auth(AuthRequest.forUsername(AuthFactor.PUSH, "jdoe").build());
    duo.clock().advance(Duration.ofMinutes(3));

    assertThat(result.isAllowed()).isTrue();
    assertThat(result.status()).isEqualTo("allow");
    AuthLogEntry logged =
        admin
            .logs()
            .authentication(
                AuthLogQuery.of(LogWindow.between(before.minusSeconds(60), duo.clock().instant())))
            .all()
            .get(0);
    assertThat(logged.factor()).isEqualTo("duo_push");
    assertThat(logged.result()).isEqualTo("success");
    assertThat(logged.user().name()).isEqualTo("jdoe");
    assertThat(admin.users().get(user.userId()).lastLogin()).isNotNull();
  }

  @Test
  void pushMarkedAsFraud_isDeny() {
    PhoneBook.of(duo.world(), account).behaviour(phoneId, DeviceBehaviour.fraud());

    AuthResult result = auth.auth(AuthRequest.forUserId(AuthFactor.PUSH, user.userId()).build());

    assertThat(result.isAllowed()).isFalse();
    assertThat(result.status()).isEqualTo("fraud");
  }

  @Test
  void asyncAuth_isWaitingUntilTheDeviceAnswers_thenAllow_section4() {
    PhoneBook.of(duo.world(), account)
        .behaviour(phoneId, DeviceBehaviour.approve().after(Duration.ofSeconds(30)));

    String txid = auth.authAsync(AuthRequest.forUsername(AuthFactor.AUTO, "jdoe").build());
    AuthStatus waiting = auth.authStatus(txid);
    duo.clock().advance(Duration.ofSeconds(31));
    AuthStatus done = auth.authStatus(txid);

    assertThat(waiting.isWaiting()).isTrue();
    assertThat(waiting.status()).isEqualTo("pushed");
    assertThat(done.isAllowed()).isTrue();
  }

  @Test
  void smsFactor_sendsPasscodes_answersSent_andMarksThePhone() {
    AuthResult result = auth.auth(AuthRequest.forUsername(AuthFactor.SMS, "jdoe").build());

    assertThat(result.status()).isEqualTo("sent");
    assertThat(result.isAllowed()).isFalse();
    assertThat(admin.phones().get(phoneId).smsPasscodesSent()).isTrue();
  }

  @Test
  void wrongPasscodes_lockTheUserOut_andStatusActiveLetsThemBackIn_section7_6() {
    admin.settings().update(SettingsUpdate.builder().lockoutThreshold(3).build());

    for (int i = 0; i < 3; i++) {
      auth.auth(AuthRequest.forUsername(AuthFactor.PASSCODE, "jdoe").passcode("000000").build());
    }
    User locked = admin.users().get(user.userId());
    Preauth whileLocked = auth.preauth(PreauthRequest.forUsername("jdoe").build());
    admin.users().update(user.userId(), UserUpdate.status(UserStatus.ACTIVE));

    assertThat(locked.isLockedOut()).isTrue();
    assertThat(locked.lockoutReason()).isEqualTo("Failed Attempts");
    assertThat(whileLocked.result()).isEqualTo("deny");
    assertThat(auth.preauth(PreauthRequest.forUsername("jdoe").build()).result()).isEqualTo("auth");
  }

  @Test
  void authForAnUnknownUser_isInvalidNamingUsername() {
    assertThatThrownBy(() -> auth.auth(AuthRequest.forUsername(AuthFactor.PUSH, "nobody").build()))
        .isInstanceOfSatisfying(
            DuoInvalidRequestException.class,
            e -> assertThat(e.messageDetail()).contains("username"));
  }

  @Test
  void logo_isNotFoundUntilSet_thenReturnsThePng() {
    byte[] png =
        Base64.getDecoder()
            .decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
    assertThatThrownBy(auth::logo).isInstanceOf(DuoNotFoundException.class);

    admin
        .raw()
        .call(
            DuoRequest.post("/admin/v1/logo")
                .param("logo", Base64.getEncoder().encodeToString(png)));

    assertThat(auth.logo()).isEqualTo(png);
  }

  @Test
  void devices_lists_capabilitiesOfAnUnactivatedPhoneWithoutPush() {
    String second =
        admin
            .phones()
            .create(PhoneDetails.builder().number("+15555550111").type(PhoneType.LANDLINE).build())
            .phoneId();
    admin.users().addPhone(user.userId(), second);

    Preauth preauth = auth.preauth(PreauthRequest.forUsername("jdoe").build());

    Device landline =
        preauth.devices().stream().filter(d -> d.device().equals(second)).findFirst().orElseThrow();
    assertThat(landline.can("push")).isFalse();
    assertThat(landline.can("phone")).isTrue();
  }
}
