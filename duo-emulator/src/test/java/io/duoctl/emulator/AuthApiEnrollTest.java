package io.duoctl.emulator;

import static io.duoctl.emulator.RequestVerificationTest.assertFailure;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.emulator.SignedCall.Reply;
import io.duoctl.emulator.admin.users.UserDirectory;
import io.duoctl.emulator.authapi.Enrollments;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** enroll, enroll_status and logo (signing-auth-accounts.md §4). */
class AuthApiEnrollTest {

  private static final byte[] PNG = {
    (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'
  };

  private final AuthWorld world = new AuthWorld();

  @AfterEach
  void stop() {
    world.close();
  }

  @Test
  void enroll_createsTheUser_withActivationCode_andStatusGoesWaitingToSuccess() {
    JsonNode enrolled =
        world
            .post("/auth/v2/enroll")
            .param("username", "carla")
            .param("valid_secs", "3600")
            .send()
            .response();
    String userId = enrolled.get("user_id").asText();
    String code = enrolled.get("activation_code").asText();

    Reply waiting =
        world
            .post("/auth/v2/enroll_status")
            .param("user_id", userId)
            .param("activation_code", code)
            .send();
    Enrollments.of(world.account).activate(world.duo.world(), world.account, code);
    Reply success =
        world
            .post("/auth/v2/enroll_status")
            .param("user_id", userId)
            .param("activation_code", code)
            .send();

    assertThat(enrolled.get("username").asText()).isEqualTo("carla");
    assertThat(code).startsWith("duo://");
    assertThat(enrolled.get("activation_barcode").asText()).startsWith("https://");
    assertThat(enrolled.get("activation_url").asText()).startsWith("https://");
    assertThat(enrolled.get("expiration").asLong())
        .isEqualTo(AuthWorld.NOW.getEpochSecond() + 3600);
    assertThat(enrolled.get("valid_secs").asLong()).isEqualTo(3600);
    assertThat(UserDirectory.of(world.duo.world(), world.account).byId(userId)).isPresent();
    assertThat(waiting.response().asText()).isEqualTo("waiting");
    assertThat(success.response().asText()).isEqualTo("success");
  }

  @Test
  void enroll_withoutUsername_picksARandomOne_andCanIssueBypassCodes() {
    JsonNode enrolled = world.post("/auth/v2/enroll").param("bypass_codes", "2").send().response();

    assertThat(enrolled.get("username").asText()).matches("[a-z]{8}");
    assertThat(enrolled.get("bypass_codes")).hasSize(2);
  }

  @Test
  void enroll_ofATakenUsername_is40002() {
    world.user("ana");

    Reply reply = world.post("/auth/v2/enroll").param("username", "ana").send();

    assertFailure(reply, 400, 40002, "Invalid request parameters");
    assertThat(reply.json().get("message_detail").asText()).isEqualTo("username");
  }

  @Test
  void enrollStatus_wrongCodeOrUser_isInvalid() {
    JsonNode enrolled = world.post("/auth/v2/enroll").param("username", "carla").send().response();

    Reply wrongCode =
        world
            .post("/auth/v2/enroll_status")
            .param("user_id", enrolled.get("user_id").asText())
            .param("activation_code", "duo://nope")
            .send();

    assertThat(wrongCode.response().asText()).isEqualTo("invalid");
  }

  @Test
  void logo_isA404JsonError_untilOneIsSet_thenPngBytes() {
    Reply none = world.get("/auth/v2/logo").send();
    SignedCall.post(world.duo, world.admin, "/admin/v1/logo")
        .param("logo", Base64.getEncoder().encodeToString(PNG))
        .send();
    Reply logo = world.get("/auth/v2/logo").send();

    assertFailure(none, 404, 40401, "Resource not found");
    assertThat(logo.status()).isEqualTo(200);
    assertThat(logo.headers().get("content-type"))
        .singleElement()
        .asString()
        .startsWith("image/png");
    assertThat(logo.body()).isEqualTo(PNG);
    assertThat(new String(logo.body(), 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
  }
}
