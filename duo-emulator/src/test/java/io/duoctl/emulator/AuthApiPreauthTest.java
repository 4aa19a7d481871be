package io.duoctl.emulator;

import static io.duoctl.emulator.RequestVerificationTest.assertFailure;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.emulator.SignedCall.Reply;
import io.duoctl.emulator.admin.phones.DeviceBehaviour;
import io.duoctl.emulator.admin.phones.Phone;
import io.duoctl.emulator.admin.users.User;
import io.duoctl.emulator.admin.users.UserDirectory;
import io.duoctl.emulator.admin.users.UserStatus;
import io.duoctl.emulator.model.Permission;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code /auth/v2/preauth} (signing-auth-accounts.md §4: result enroll, allow, deny or auth). */
class AuthApiPreauthTest {

  private final AuthWorld world = new AuthWorld();

  @AfterEach
  void stop() {
    world.close();
  }

  @Test
  void unknownUser_isEnroll_withEnrollPortalUrl() {
    JsonNode reply = world.post("/auth/v2/preauth").param("username", "nobody").send().response();

    assertThat(reply.get("result").asText()).isEqualTo("enroll");
    assertThat(reply.get("enroll_portal_url").asText()).startsWith("https://");
  }

  @Test
  void userWithoutDevices_isEnroll() {
    world.user("ana");

    JsonNode reply = world.post("/auth/v2/preauth").param("username", "ana").send().response();

    assertThat(reply.get("result").asText()).isEqualTo("enroll");
  }

  @Test
  void neitherUsernameNorUserId_andBoth_are40002() {
    User ana = world.user("ana");

    Reply neither = world.post("/auth/v2/preauth").param("ipaddr", "10.0.0.1").send();
    Reply both =
        world
            .post("/auth/v2/preauth")
            .param("username", "ana")
            .param("user_id", ana.userId())
            .send();

    assertFailure(neither, 400, 40002, "Invalid request parameters");
    assertThat(neither.json().get("message_detail").asText()).isEqualTo("username");
    assertFailure(both, 400, 40002, "Invalid request parameters");
    assertThat(both.json().get("message_detail").asText()).isEqualTo("user_id");
  }

  @Test
  void enrolledUser_isAuth_withMaskedNumbersAndCapabilities() {
    User ana = world.user("ana");
    Phone phone = world.smartphone(ana, "+15555550123", DeviceBehaviour.approve());

    JsonNode reply =
        world.post("/auth/v2/preauth").param("user_id", ana.userId()).send().response();

    assertThat(reply.get("result").asText()).isEqualTo("auth");
    assertThat(reply.get("status_msg").asText()).isEqualTo("Account is active");
    JsonNode device = reply.get("devices").get(0);
    assertThat(device.get("device").asText()).isEqualTo(phone.phoneId());
    assertThat(device.get("type").asText()).isEqualTo("phone");
    assertThat(device.get("number").asText()).isEqualTo("XXX-XXX-0123");
    assertThat(device.get("display_name").asText()).isEqualTo("iOS (XXX-XXX-0123)");
    assertThat(device.get("capabilities"))
        .extracting(JsonNode::asText)
        .containsExactly("auto", "push", "sms", "phone", "mobile_otp");
  }

  @Test
  void byAlias_findsTheUser_section7_4() {
    User ana = world.user("ana");
    UserDirectory.of(world.duo.world(), world.account)
        .update(ana.userId(), b -> b.alias(1, "a.ortiz"));
    world.landline(ana, "+15555550188");

    JsonNode reply = world.post("/auth/v2/preauth").param("username", "A.Ortiz").send().response();

    assertThat(reply.get("result").asText()).isEqualTo("auth");
    assertThat(reply.get("devices").get(0).get("capabilities"))
        .extracting(JsonNode::asText)
        .containsExactly("phone");
  }

  @Test
  void bypassUser_isAllow_andLoggedAsBypassUser() {
    User ben = world.user("ben");
    UserDirectory.of(world.duo.world(), world.account)
        .update(ben.userId(), b -> b.status(UserStatus.BYPASS));

    JsonNode reply = world.post("/auth/v2/preauth").param("username", "ben").send().response();
    JsonNode log = world.authLogLater().response().get("authlogs");

    assertThat(reply.get("result").asText()).isEqualTo("allow");
    assertThat(log).hasSize(1);
    assertThat(log.get(0).get("reason").asText()).isEqualTo("bypass_user");
    assertThat(log.get(0).get("result").asText()).isEqualTo("success");
  }

  @Test
  void disabledUser_isDeny_loggedAsUserDisabled() {
    User ben = world.user("ben");
    world.smartphone(ben, "+15555550124", DeviceBehaviour.approve());
    UserDirectory.of(world.duo.world(), world.account)
        .update(ben.userId(), b -> b.status(UserStatus.DISABLED));

    JsonNode reply = world.post("/auth/v2/preauth").param("username", "ben").send().response();
    JsonNode log = world.authLogLater().response().get("authlogs");

    assertThat(reply.get("result").asText()).isEqualTo("deny");
    assertThat(reply.get("status_msg").asText()).isNotBlank();
    assertThat(log.get(0).get("reason").asText()).isEqualTo("user_disabled");
  }

  @Test
  void adminApiKeys_cannotCallTheAuthApi_section2() {
    IntegrationKeys admin = world.duo.givenAdminApi(world.account, Permission.ADMIN_READ_RESOURCE);

    Reply reply =
        SignedCall.post(world.duo, admin, "/auth/v2/preauth").param("username", "ana").send();

    assertFailure(reply, 403, 40301, "Access forbidden");
  }
}
