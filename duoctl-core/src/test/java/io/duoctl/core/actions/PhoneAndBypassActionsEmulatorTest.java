package io.duoctl.core.actions;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.core.access.ApiScope;
import io.duoctl.core.testing.EmulatedMsp;
import io.duoctl.core.testing.Json;
import io.duoctl.emulator.admin.bypass.BypassCodes;
import io.duoctl.emulator.admin.phones.PhoneBook;
import io.duoctl.emulator.model.Account;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** phones.* and bypass_codes.* against a child account through the parent's keys. */
@Tag("slow")
class PhoneAndBypassActionsEmulatorTest {

  private final EmulatedMsp msp = new EmulatedMsp();
  private final ActionRunner runner = msp.runner();
  private final RunOptions tech = RunOptions.as("cli:alice", ApiScope.RUN);
  private Account acme;
  private PhoneBook phones;
  private String jdoe;

  @BeforeEach
  void org() {
    acme = msp.childOrganization("Acme Dental");
    phones = PhoneBook.of(msp.duo.world(), acme);
    jdoe =
        run("users.create", "{'username': 'jdoe', 'aliases': 'jd'}")
            .data()
            .path("user_id")
            .asText();
  }

  @AfterEach
  void stop() {
    msp.close();
  }

  private ActionResult run(String action, String input) {
    ActionResult result = runner.run("Acme Dental", action, Json.of(input), tech);
    assertThat(result.ok()).as(action + ": " + result.error()).isTrue();
    return result;
  }

  @Test
  void create_aUkNumberForAUser_storesE164AndAttachesIt() {
    ActionResult result =
        run(
            "phones.create",
            "{'number': '+44 20 7946 0958', 'platform': 'Apple iOS', 'user': 'jd'}");

    String phoneId = result.data().path("phone_id").asText();
    assertThat(phones.require(phoneId).number()).isEqualTo("+442079460958");
    assertThat(phones.userIdsOf(phoneId)).containsExactly(jdoe);
  }

  @Test
  void getAndList_findAPhoneByANonUsNumber() {
    String phoneId =
        run("phones.create", "{'number': '+49 151 1234 5678'}").data().path("phone_id").asText();

    assertThat(run("phones.get", "{'phone': '+49-151-12345678'}").data().path("phone_id").asText())
        .isEqualTo(phoneId);
    assertThat(
            run("phones.list", "{'number': '+4915112345678'}").data().findValuesAsText("phone_id"))
        .containsExactly(phoneId);
    assertThat(run("phones.list", "{}").data()).hasSize(1);
  }

  @Test
  void assignListUnassignDelete_followThePhone() {
    String phoneId =
        run("phones.create", "{'number': '+14155550123'}").data().path("phone_id").asText();

    run("phones.assign", "{'user': 'jdoe', 'phone': '+1 415 555 0123'}");
    assertThat(phones.userIdsOf(phoneId)).containsExactly(jdoe);
    assertThat(run("phones.list_for_user", "{'user': 'jd'}").data().findValuesAsText("phone_id"))
        .containsExactly(phoneId);

    run(
        "phones.update",
        "{'phone': '" + phoneId + "', 'name': 'Work iPhone', 'number': '+1 415 555 0199'}");
    assertThat(phones.require(phoneId).name()).isEqualTo("Work iPhone");
    assertThat(phones.require(phoneId).number()).isEqualTo("+14155550199");

    run("phones.unassign", "{'user': 'jdoe', 'phone': '" + phoneId + "'}");
    assertThat(phones.userIdsOf(phoneId)).isEmpty();

    run("phones.delete", "{'phone': '" + phoneId + "'}");
    assertThat(phones.byId(phoneId)).isEmpty();
  }

  @Test
  void smsActions_sendAndActivationUrlIsMarkedSecret() {
    String phoneId =
        run(
                "phones.create",
                "{'number': '+61412345678', 'platform': 'Google Android', 'user': 'jdoe'}")
            .data()
            .path("phone_id")
            .asText();

    run("phones.send_sms_passcodes", "{'phone': '" + phoneId + "'}");
    assertThat(phones.require(phoneId).smsPasscodesSent()).isTrue();
    run("phones.send_activation_sms", "{'phone': '" + phoneId + "', 'valid_secs': 3600.0}");
    run("phones.send_installation_sms", "{'phone': '" + phoneId + "'}");
    ActionResult url =
        run("phones.activation_url", "{'phone': '" + phoneId + "', 'install': 'true'}");

    assertThat(url.hasSecrets()).isTrue();
    assertThat(url.data().path("activation_url").asText()).isNotBlank();
    assertThat(url.withoutSecrets().data().path("activation_url").asText()).isEqualTo("[redacted]");
  }

  @Test
  void rawAdminBypassCodes_markTheWholeAnswerSecret() {
    ActionResult result =
        run(
            "raw.admin",
            "{'method': 'POST', 'path': '/admin/v1/users/"
                + jdoe
                + "/bypass_codes',"
                + " 'params': {'count': 2}}");

    assertThat(result.data().path("response")).hasSize(2);
    assertThat(result.hasSecrets()).isTrue();
    assertThat(result.withoutSecrets().data().path("response").asText()).isEqualTo("[redacted]");
  }

  @Test
  void phoneByNationalNumber_isRejectedBeforeAnyCall() {
    ActionResult result =
        runner.run("Acme Dental", "phones.get", Json.of("{'phone': '0151 1234 5678'}"), tech);

    assertThat(result.error().code()).isEqualTo(ErrorCode.INVALID_INPUT);
    assertThat(result.error().message()).contains("country code");
  }

  @Test
  void bypassCodes_createListDelete_forAUserByAlias() {
    BypassCodes codes = BypassCodes.of(msp.duo.world(), acme);

    ActionResult created =
        run("bypass_codes.create", "{'user': 'jd', 'count': '2.0', 'valid_secs': 3600}");

    assertThat(created.data().path("codes")).hasSize(2);
    assertThat(created.secretFields()).containsExactly("codes");
    assertThat(created.withoutSecrets().data().path("codes").asText()).isEqualTo("[redacted]");
    assertThat(codes.codesOf(jdoe)).hasSize(2);
    ActionResult listed = run("bypass_codes.list_for_user", "{'user': 'jdoe'}");
    assertThat(listed.data()).hasSize(2);
    assertThat(listed.data().toString())
        .doesNotContain(created.data().path("codes").get(0).asText());
    String oneId = listed.data().get(0).path("bypass_code_id").asText();
    assertThat(
            run("bypass_codes.get", "{'bypass_code_id': '" + oneId + "'}")
                .data()
                .path("bypass_code_id")
                .asText())
        .isEqualTo(oneId);
    assertThat(run("bypass_codes.list", "{}").data()).hasSize(2);

    run("bypass_codes.delete", "{'bypass_code_id': '" + oneId + "'}");
    assertThat(codes.codesOf(jdoe)).hasSize(1);
    run("bypass_codes.delete_for_user", "{'user': 'jdoe'}");
    assertThat(codes.codesOf(jdoe)).isEmpty();
  }
}
