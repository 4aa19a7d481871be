package io.duoctl.emulator.admin;

import static io.duoctl.emulator.admin.AdminTestBed.assertInvalid;
import static io.duoctl.emulator.admin.AdminTestBed.assertNotFound;
import static io.duoctl.emulator.admin.AdminTestBed.assertOk;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.emulator.admin.AdminClient.Reply;
import io.duoctl.emulator.admin.logs.TelephonyLog;
import io.duoctl.emulator.admin.phones.PhoneBook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The phones endpoints (admin-api.md §5.4, §6.2, §7) over real HTTP. */
class PhonesApiTest {

  private final AdminTestBed bed = new AdminTestBed();
  private final AdminClient admin = bed.admin;

  @AfterEach
  void stop() {
    bed.close();
  }

  private String createPhone(String... params) {
    Reply reply = admin.post("/admin/v1/phones", params);
    assertOk(reply);
    return reply.response().get("phone_id").asText();
  }

  private String smartphone(String number) {
    return createPhone("number", number, "type", "mobile", "platform", "google android");
  }

  @Test
  void create_withoutPlus_assumesUsAndIgnoresDashesAndSpaces_section6_2() {
    Reply reply = admin.post("/admin/v1/phones", "number", "555-555 0100", "type", "Mobile");

    assertOk(reply);
    JsonNode phone = reply.response();
    assertThat(phone.get("number").asText()).isEqualTo("+15555550100");
    assertThat(phone.get("phone_id").asText()).matches("DP[A-Z0-9]{18}");
    assertThat(phone.get("type").asText()).isEqualTo("Mobile");
    assertThat(phone.get("platform").asText()).isEqualTo("Unknown");
    assertThat(phone.get("activated").asBoolean()).isFalse();
    assertThat(phone.get("capabilities"))
        .extracting(JsonNode::asText)
        .containsExactly("sms", "phone");
    assertThat(phone.get("users")).isEmpty();
  }

  @Test
  void create_internationalNumberKeepsItsCountryCode() {
    Reply reply = admin.post("/admin/v1/phones", "number", "+44 20 7946 0958");

    assertThat(reply.response().get("number").asText()).isEqualTo("+442079460958");
  }

  @Test
  void create_badNumberOrType_is400NamingTheField() {
    assertInvalid(admin.post("/admin/v1/phones", "number", "call me"), "number");
    assertInvalid(admin.post("/admin/v1/phones", "type", "satellite"), "type");
    assertInvalid(admin.post("/admin/v1/phones", "platform", "palm pilot"), "platform");
  }

  @Test
  void capabilities_followTypePlatformAndActivation_section6_2() {
    String landline = createPhone("number", "+15555550101", "type", "landline");
    String mobile = smartphone("+15555550102");
    PhoneBook.of(bed.world(), bed.account).activate(mobile);

    assertThat(admin.get("/admin/v1/phones/" + landline).response().get("capabilities"))
        .extracting(JsonNode::asText)
        .containsExactly("phone");
    assertThat(admin.get("/admin/v1/phones/" + mobile).response().get("capabilities"))
        .extracting(JsonNode::asText)
        .containsExactly("auto", "push", "sms", "phone", "mobile_otp");
  }

  @Test
  void list_byNumber_returnsArrayOfZeroOrOne_section7_4() {
    smartphone("+15555550103");
    smartphone("+15555550104");

    Reply found = admin.get("/admin/v1/phones", "number", "5555550104");
    Reply none = admin.get("/admin/v1/phones", "number", "+15555550999");

    assertThat(found.response()).hasSize(1);
    assertThat(found.response().get(0).get("number").asText()).isEqualTo("+15555550104");
    assertThat(none.response()).isEmpty();
  }

  @Test
  void modify_changesName_seenOnSecondRead() {
    String id = smartphone("+15555550105");

    assertOk(admin.post("/admin/v1/phones/" + id, "name", "work phone", "platform", "apple ios"));
    JsonNode phone = admin.get("/admin/v1/phones/" + id).response();

    assertThat(phone.get("name").asText()).isEqualTo("work phone");
    assertThat(phone.get("platform").asText()).isEqualTo("Apple iOS");
    assertThat(phone.get("model").asText()).isEqualTo("Apple iPhone");
  }

  @Test
  void delete_unknownPhone_isIdempotent200_section7_2() {
    String id = smartphone("+15555550106");

    assertOk(admin.delete("/admin/v1/phones/" + id));
    Reply again = admin.delete("/admin/v1/phones/" + id);

    assertOk(again);
    assertThat(again.response().asText()).isEmpty();
    assertNotFound(admin.get("/admin/v1/phones/" + id));
  }

  @Test
  void associate_thenDisassociateTwice_isIdempotent_section7_2() {
    String user = bed.createUser("alice");
    String phone = smartphone("+15555550107");

    assertOk(admin.post("/admin/v1/users/" + user + "/phones", "phone_id", phone));
    JsonNode withUser = admin.get("/admin/v1/phones/" + phone).response();
    assertOk(admin.delete("/admin/v1/users/" + user + "/phones/" + phone));
    Reply again = admin.delete("/admin/v1/users/" + user + "/phones/" + phone);

    assertThat(withUser.get("users")).hasSize(1);
    assertThat(withUser.get("users").get(0).get("username").asText()).isEqualTo("alice");
    assertThat(withUser.get("users").get(0).has("phones")).isFalse();
    assertOk(again);
    assertThat(admin.get("/admin/v1/users/" + user + "/phones").response()).isEmpty();
    assertOk(admin.get("/admin/v1/phones/" + phone));
  }

  @Test
  void associate_unknownPhone_is400PhoneId() {
    String user = bed.createUser("alice");

    assertInvalid(
        admin.post("/admin/v1/users/" + user + "/phones", "phone_id", "DPAAAAAAAAAAAAAAAAAA"),
        "phone_id");
  }

  @Test
  void userPhones_showInTheUserAndMakeItEnrolled() {
    String user = bed.createUser("alice");
    String phone = smartphone("+15555550108");
    admin.post("/admin/v1/users/" + user + "/phones", "phone_id", phone);

    JsonNode json = admin.get("/admin/v1/users/" + user).response();

    assertThat(json.get("is_enrolled").asBoolean()).isTrue();
    assertThat(json.get("phones").get(0).get("phone_id").asText()).isEqualTo(phone);
    assertThat(json.get("phones").get(0).has("users")).isFalse();
  }

  @Test
  void activationUrl_onUnknownTypeOrPlatform_is400_section5_4() {
    String unknownType = createPhone("number", "+15555550109");
    String unknownPlatform = createPhone("number", "+15555550110", "type", "mobile");

    assertInvalid(admin.post("/admin/v1/phones/" + unknownType + "/activation_url"), "type");
    assertInvalid(
        admin.post("/admin/v1/phones/" + unknownPlatform + "/activation_url"), "platform");
  }

  @Test
  void activationUrl_withInstall_returnsUrlsAndValidSecs() {
    String id = smartphone("+15555550111");

    Reply reply =
        admin.post(
            "/admin/v1/phones/" + id + "/activation_url", "install", "1", "valid_secs", "600");

    assertOk(reply);
    assertThat(reply.response().get("activation_url").asText()).startsWith("https://m-");
    assertThat(reply.response().get("activation_barcode").asText()).startsWith("https://api-");
    assertThat(reply.response().get("installation_url").asText()).startsWith("https://m-");
    assertThat(reply.response().get("valid_secs").asInt()).isEqualTo(600);
  }

  @Test
  void sendSmsActivation_activationMsgWithoutActurl_is400() {
    String id = smartphone("+15555550112");

    assertInvalid(
        admin.post("/admin/v1/phones/" + id + "/send_sms_activation", "activation_msg", "hi"),
        "activation_msg");
    assertInvalid(
        admin.post(
            "/admin/v1/phones/" + id + "/send_sms_activation",
            "install",
            "1",
            "installation_msg",
            "no link"),
        "installation_msg");
  }

  @Test
  void sendSmsActivationWithInstall_sendsTwoSmsChargedToTheAccount() {
    String id = smartphone("+15555550113");
    long before = bed.account.telephonyCredits();

    Reply reply =
        admin.post(
            "/admin/v1/phones/" + id + "/send_sms_activation",
            "install",
            "1",
            "activation_msg",
            "Activate: <acturl>");

    assertOk(reply);
    assertThat(reply.response().get("activation_msg").asText()).isEqualTo("Activate: <acturl>");
    assertThat(reply.response().get("installation_msg").asText()).contains("<insturl>");
    assertThat(TelephonyLog.of(bed.world(), bed.account).entries())
        .hasSize(2)
        .allSatisfy(e -> assertThat(e.type()).isEqualTo("sms"));
    assertThat(bed.account.telephonyCredits()).isEqualTo(before - 2);
  }

  @Test
  void sendSmsPasscodes_setsSmsPasscodesSent() {
    String id = smartphone("+15555550114");

    Reply reply = admin.post("/admin/v1/phones/" + id + "/send_sms_passcodes");

    assertOk(reply);
    assertThat(reply.response().asText()).isEmpty();
    assertThat(admin.get("/admin/v1/phones/" + id).response().get("sms_passcodes_sent").asBoolean())
        .isTrue();
  }

  @Test
  void sendSmsInstallation_onUnknownPlatform_is400() {
    String id = createPhone("number", "+15555550115", "type", "mobile");

    assertInvalid(admin.post("/admin/v1/phones/" + id + "/send_sms_installation"), "platform");
  }
}
