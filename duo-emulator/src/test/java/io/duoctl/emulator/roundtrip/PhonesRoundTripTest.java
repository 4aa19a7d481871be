package io.duoctl.emulator.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.duoctl.client.DuoNotFoundException;
import io.duoctl.client.admin.AdminApi;
import io.duoctl.client.admin.phones.Activation;
import io.duoctl.client.admin.phones.Phone;
import io.duoctl.client.admin.phones.PhoneDetails;
import io.duoctl.client.admin.phones.PhoneType;
import io.duoctl.client.admin.phones.SmsActivation;
import io.duoctl.client.admin.phones.SmsActivationRequest;
import io.duoctl.client.admin.users.NewUser;
import io.duoctl.client.admin.users.User;
import io.duoctl.client.admin.users.UserSummary;
import io.duoctl.emulator.junit.DuoEmulatorExtension;
import io.duoctl.emulator.record.RecordedRequest;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code /admin/v1/phones} through {@code admin.phones()} (admin-api.md §5.4, §6.2, §7). */
class PhonesRoundTripTest {

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
  void createPhone_thenGetListAndFindByNumber_returnIt() {
    Phone created =
        admin
            .phones()
            .create(
                PhoneDetails.builder()
                    .number("+15555550100")
                    .name("Work iPhone")
                    .type(PhoneType.MOBILE)
                    .platform("Apple iOS")
                    .build());

    assertThat(created.phoneId()).matches("DP[A-Z0-9]{18}");
    assertThat(created.type()).isEqualTo("Mobile");
    assertThat(created.platform()).isEqualTo("Apple iOS");
    assertThat(admin.phones().get(created.phoneId())).isEqualTo(created);
    assertThat(admin.phones().list().all()).containsExactly(created);
    assertThat(admin.phones().findByNumber("+15555550100")).contains(created);
    assertThat(admin.phones().findByNumber("+15555550199")).isEmpty();
  }

  @Test
  void createPhone_withoutPlus_isStoredAsUsNumber_section6_2() {
    Phone created = admin.phones().create(PhoneDetails.mobile("555-555-0101"));

    assertThat(created.number()).isEqualTo("+15555550101");
    assertThat(admin.phones().findByNumber("+15555550101")).contains(created);
  }

  @Test
  void updatePhone_thenGetShowsTheChange() {
    Phone created = admin.phones().create(PhoneDetails.mobile("+15555550100"));

    Phone updated =
        admin
            .phones()
            .update(
                created.phoneId(),
                PhoneDetails.builder()
                    .name("Desk")
                    .type(PhoneType.LANDLINE)
                    .extension("42")
                    .build());

    Phone read = admin.phones().get(created.phoneId());
    assertThat(read).isEqualTo(updated);
    assertThat(read.name()).isEqualTo("Desk");
    assertThat(read.type()).isEqualTo("Landline");
    assertThat(read.extension()).isEqualTo("42");
    assertThat(read.number()).isEqualTo("+15555550100");
  }

  @Test
  void deletePhone_thenGetIsNotFound_andDeletingAgainSucceeds_section7_2() {
    Phone created = admin.phones().create(PhoneDetails.mobile("+15555550100"));

    admin.phones().delete(created.phoneId());

    assertThatThrownBy(() -> admin.phones().get(created.phoneId()))
        .isInstanceOf(DuoNotFoundException.class);
    admin.phones().delete(created.phoneId());
    assertThat(duo.requests().toPath("/admin/v1/phones/" + created.phoneId()))
        .extracting(RecordedRequest::status)
        .containsExactly(200, 404, 200);
  }

  @Test
  void addPhone_linksBothWays_andRemovingTwiceSucceedsAndKeepsThePhone_section7_2() {
    User user = admin.users().create(NewUser.of("jdoe"));
    Phone phone = admin.phones().create(PhoneDetails.mobile("+15555550100"));

    admin.users().addPhone(user.userId(), phone.phoneId());

    assertThat(admin.users().phones(user.userId()).all())
        .extracting(Phone::phoneId)
        .containsExactly(phone.phoneId());
    assertThat(admin.phones().get(phone.phoneId()).users())
        .extracting(UserSummary::username)
        .containsExactly("jdoe");
    assertThat(admin.users().get(user.userId()).phones())
        .extracting(Phone::phoneId)
        .containsExactly(phone.phoneId());

    admin.users().removePhone(user.userId(), phone.phoneId());
    admin.users().removePhone(user.userId(), phone.phoneId());

    assertThat(admin.users().phones(user.userId()).all()).isEmpty();
    assertThat(admin.phones().get(phone.phoneId()).users()).isEmpty();
  }

  @Test
  void activationUrl_returnsALinkHiddenFromToString() {
    Phone phone =
        admin
            .phones()
            .create(
                PhoneDetails.builder()
                    .number("+15555550100")
                    .type(PhoneType.MOBILE)
                    .platform("Google Android")
                    .build());

    Activation activation =
        admin.phones().activationUrl(phone.phoneId(), Duration.ofHours(1), true);

    assertThat(activation.activationUrl()).isNotBlank();
    assertThat(activation.activationBarcode()).isNotBlank();
    assertThat(activation.validSecs()).isEqualTo(3600);
    assertThat(activation.toString()).doesNotContain(activation.activationUrl());
  }

  @Test
  void sendActivationSms_answersTheMessagesSent() {
    Phone phone =
        admin
            .phones()
            .create(
                PhoneDetails.builder()
                    .number("+15555550100")
                    .type(PhoneType.MOBILE)
                    .platform("Apple iOS")
                    .build());

    SmsActivation sent =
        admin
            .phones()
            .sendActivationSms(
                phone.phoneId(),
                SmsActivationRequest.builder()
                    .validFor(Duration.ofHours(2))
                    .activationMsg("Activate: <acturl>")
                    .build());

    assertThat(sent.validSecs()).isEqualTo(7200);
    assertThat(sent.activationMsg()).startsWith("Activate: ");
  }

  @Test
  void sendInstallationSms_answersTheMessage() {
    Phone phone =
        admin
            .phones()
            .create(
                PhoneDetails.builder()
                    .number("+15555550100")
                    .type(PhoneType.MOBILE)
                    .platform("Apple iOS")
                    .build());

    String message = admin.phones().sendInstallationSms(phone.phoneId(), "Get Duo: <insturl>");

    assertThat(message).startsWith("Get Duo: ");
  }

  @Test
  void sendSmsPasscodes_marksThePhone_andCostsTelephonyCredits() {
    Phone phone = admin.phones().create(PhoneDetails.mobile("+15555550100"));

    admin.phones().sendSmsPasscodes(phone.phoneId());

    assertThat(admin.phones().get(phone.phoneId()).smsPasscodesSent()).isTrue();
  }
}
