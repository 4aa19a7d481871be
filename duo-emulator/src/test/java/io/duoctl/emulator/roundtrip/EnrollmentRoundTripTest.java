package io.duoctl.emulator.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.client.admin.AdminApi;
import io.duoctl.client.admin.users.User;
import io.duoctl.client.auth.AuthApi;
import io.duoctl.client.auth.EnrollStatus;
import io.duoctl.client.auth.Enrollment;
import io.duoctl.client.auth.PreauthRequest;
import io.duoctl.emulator.authapi.Enrollments;
import io.duoctl.emulator.junit.DuoEmulatorExtension;
import io.duoctl.emulator.model.Account;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Auth API enroll and enroll_status (signing-auth-accounts.md §4), read back through Admin. */
class EnrollmentRoundTripTest {

  @RegisterExtension static DuoEmulatorExtension duo = new DuoEmulatorExtension();

  private RoundTrip roundTrip;
  private Account account;
  private AdminApi admin;
  private AuthApi auth;

  @BeforeEach
  void connect() {
    roundTrip = RoundTrip.direct(duo);
    account = duo.givenParentAccount("Acme Dental");
    admin = roundTrip.admin(account);
    auth = roundTrip.auth(account);
  }

  @AfterEach
  void disconnect() {
    roundTrip.close();
  }

  @Test
  void enroll_createsTheUser_andItsActivationIsWaiting() {
    Enrollment enrollment = auth.enroll("newhire", Duration.ofHours(1));

    assertThat(enrollment.username()).isEqualTo("newhire");
    assertThat(enrollment.activationCode()).startsWith("duo://");
    assertThat(enrollment.toString()).doesNotContain(enrollment.activationCode());
    assertThat(enrollment.expiration())
        .isBetween(
            duo.clock().instant().plusSeconds(3590).getEpochSecond(),
            duo.clock().instant().plusSeconds(3610).getEpochSecond());
    User created = admin.users().findByUsername("newhire").orElseThrow();
    assertThat(created.userId()).isEqualTo(enrollment.userId());
    assertThat(auth.enrollStatus(enrollment.userId(), enrollment.activationCode()))
        .isEqualTo(EnrollStatus.WAITING);
  }

  @Test
  void enroll_withoutUsername_makesOneUp() {
    Enrollment enrollment = auth.enroll();

    assertThat(enrollment.username()).isNotBlank();
    assertThat(admin.users().get(enrollment.userId()).username()).isEqualTo(enrollment.username());
  }

  @Test
  void enrollStatus_onceTheCodeIsScanned_isSuccess_andPreauthOffersAPush() {
    Enrollment enrollment = auth.enroll("newhire", Duration.ofHours(1));

    Enrollments.of(account).activate(duo.world(), account, enrollment.activationCode());

    assertThat(auth.enrollStatus(enrollment.userId(), enrollment.activationCode()))
        .isEqualTo(EnrollStatus.SUCCESS);
    assertThat(admin.users().get(enrollment.userId()).isEnrolled()).isTrue();
    assertThat(auth.preauth(PreauthRequest.forUsername("newhire").build()).devices())
        .anySatisfy(device -> assertThat(device.can("push")).isTrue());
  }

  @Test
  void enrollStatus_afterTheCodeExpired_isInvalid() {
    Enrollment enrollment = auth.enroll("newhire", Duration.ofMinutes(10));

    duo.clock().advance(Duration.ofMinutes(11));

    assertThat(auth.enrollStatus(enrollment.userId(), enrollment.activationCode()))
        .isEqualTo(EnrollStatus.INVALID);
  }

  @Test
  void enrollStatus_ofAWrongCode_isInvalid() {
    Enrollment enrollment = auth.enroll("newhire", Duration.ofHours(1));

    assertThat(auth.enrollStatus(enrollment.userId(), "duo://wrong-code"))
        .isEqualTo(EnrollStatus.INVALID);
  }
}
