package io.duoctl.emulator;

import static io.duoctl.emulator.RequestVerificationTest.assertFailure;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.client.signing.HmacAlgorithm;
import io.duoctl.emulator.SignedCall.Reply;
import io.duoctl.emulator.admin.settings.AccountSettings;
import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.model.Permission;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code /admin/v1/settings} (admin-api.md §5.16, §6.14; booleans as §3 coerces them). */
@Tag("slow")
class SettingsApiTest {

  private DuoEmulator duo;
  private Account account;
  private IntegrationKeys admin;

  @BeforeEach
  void start() {
    duo = DuoEmulator.builder().build().start();
    account = duo.givenParentAccount("Acme Dental");
    admin = duo.givenAdminApi(account, Permission.ADMIN_SETTINGS);
  }

  @AfterEach
  void stop() {
    duo.close();
  }

  @Test
  void get_showsDuosDefaults_section6_14() {
    JsonNode settings = SignedCall.get(duo, admin, "/admin/v1/settings").send().response();

    assertThat(settings.get("name").asText()).isEqualTo("Acme Dental");
    assertThat(settings.get("lockout_threshold").asInt()).isEqualTo(10);
    assertThat(settings.get("lockout_expire_duration").isNull()).isTrue();
    assertThat(settings.get("inactive_user_expiration").asInt()).isZero();
    assertThat(settings.get("helpdesk_bypass").asText()).isEqualTo("allow");
    assertThat(settings.get("language").asText()).isEqualTo("EN");
    assertThat(settings.get("fraud_email_enabled").isBoolean()).isTrue();
    assertThat(settings.get("minimum_password_length").asInt()).isEqualTo(12);
    assertThat(settings.get("user_telephony_cost_max").asDouble()).isEqualTo(20.0);
    assertThat(settings.get("pending_deletion_days").asInt()).isEqualTo(7);
    assertThat(settings.get("timezone").asText()).isEqualTo("UTC");
  }

  @Test
  void post_changesValues_andASecondReadSeesThem() {
    Reply posted =
        SignedCall.post(duo, admin, "/admin/v1/settings")
            .param("lockout_threshold", "3")
            .param("lockout_expire_duration", "15")
            .param("helpdesk_bypass", "limit")
            .param("inactive_user_expiration", "90")
            .send();
    JsonNode read = SignedCall.get(duo, admin, "/admin/v1/settings").send().response();

    assertThat(posted.status()).as(posted.toString()).isEqualTo(200);
    assertThat(posted.response()).isEqualTo(read);
    assertThat(read.get("lockout_threshold").asInt()).isEqualTo(3);
    assertThat(read.get("lockout_expire_duration").asInt()).isEqualTo(15);
    assertThat(read.get("helpdesk_bypass").asText()).isEqualTo("limit");
    assertThat(read.get("inactive_user_expiration").asInt()).isEqualTo(90);
    AccountSettings state = AccountSettings.of(account);
    assertThat(state.lockoutThreshold()).isEqualTo(3);
    assertThat(state.lockoutExpireDuration()).contains(Duration.ofMinutes(15));
  }

  @ParameterizedTest
  @CsvSource({"1,true", "0,false", "true,true", "false,false", "True,true", "False,false"})
  void post_coercesBooleans_section3(String sent, boolean stored) {
    Reply reply =
        SignedCall.post(duo, admin, "/admin/v1/settings")
            .param("fraud_email_enabled", sent)
            .v2(HmacAlgorithm.SHA512)
            .send();

    assertThat(reply.response().get("fraud_email_enabled").asBoolean()).isEqualTo(stored);
  }

  @ParameterizedTest
  @CsvSource({
    "lockout_threshold,0",
    "lockout_threshold,10000",
    "lockout_threshold,ten",
    "lockout_expire_duration,4",
    "inactive_user_expiration,29",
    "helpdesk_bypass,sometimes",
    "language,ES",
    "fraud_email_enabled,yes",
    "keypress_fraud,12",
    "sms_batch,11",
    "timezone,Mars/Olympus",
    "helpdesk_message,"
        + "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
        + "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
        + "xxxxxxxxxxxxxxxxxxxxxxx"
  })
  void post_outOfRangeOrUnknownEnum_is40002NamingTheField_andChangesNothing(
      String field, String value) {
    SignedCall call = SignedCall.post(duo, admin, "/admin/v1/settings");
    if (!field.equals("lockout_threshold")) {
      call.param("lockout_threshold", "5");
    }
    Reply reply = call.param(field, value).send();

    assertFailure(reply, 400, 40002, "Invalid request parameters");
    assertThat(reply.json().get("message_detail").asText()).isEqualTo(field);
    assertThat(AccountSettings.of(account).lockoutThreshold()).isEqualTo(10);
  }

  @Test
  void post_withoutAnyKnownSetting_is40002() {
    Reply reply = SignedCall.post(duo, admin, "/admin/v1/settings").param("colour", "blue").send();

    assertFailure(reply, 400, 40002, "Invalid request parameters");
  }

  @Test
  void post_lockoutExpireZero_meansManualUnlock() {
    AccountSettings.of(account).lockoutThreshold(4);
    SignedCall.post(duo, admin, "/admin/v1/settings").param("lockout_expire_duration", "30").send();

    Reply reply =
        SignedCall.post(duo, admin, "/admin/v1/settings")
            .param("lockout_expire_duration", "0")
            .send();

    assertThat(reply.response().get("lockout_expire_duration").isNull()).isTrue();
    assertThat(AccountSettings.of(account).lockoutExpireDuration()).isEmpty();
  }

  @Test
  void post_name_renamesTheAccount() {
    SignedCall.post(duo, admin, "/admin/v1/settings").param("name", "Acme Dental East").send();

    assertThat(account.name()).isEqualTo("Acme Dental East");
  }

  @Test
  void withoutTheSettingsGrant_is40301_section4() {
    IntegrationKeys reader = duo.givenAdminApi(account, Permission.ADMIN_READ_RESOURCE);

    Reply reply = SignedCall.get(duo, reader, "/admin/v1/settings").send();

    assertFailure(reply, 403, 40301, "Access forbidden");
  }
}
