package io.duoctl.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.emulator.admin.bypass.BypassCodes;
import io.duoctl.emulator.admin.bypass.BypassRequest;
import io.duoctl.emulator.admin.phones.DeviceBehaviour;
import io.duoctl.emulator.admin.users.User;
import io.duoctl.emulator.admin.users.UserStatus;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Passcode authentications: bypass codes (admin-api.md §6.5, §7.7) and lockout after failed
 * attempts (§7.6).
 */
class AuthApiPasscodeTest {

  private final AuthWorld world = new AuthWorld();

  @AfterEach
  void stop() {
    world.close();
  }

  private JsonNode passcode(String username, String code) {
    return world
        .post("/auth/v2/auth")
        .param("username", username)
        .param("factor", "passcode")
        .param("passcode", code)
        .send()
        .response();
  }

  @Test
  void bypassCode_withReuseCountOne_worksOnce_thenIsAnIncorrectPasscode_section6_5() {
    User ana = world.user("ana");
    world.smartphone(ana, "+15555550123", DeviceBehaviour.approve());
    String code =
        BypassCodes.of(world.duo.world(), world.account)
            .create(ana.userId(), new BypassRequest(1, List.of(), 1, Duration.ZERO, false))
            .get(0);

    JsonNode first = passcode("ana", code);
    JsonNode second = passcode("ana", code);
    JsonNode log = world.authLogLater().response().get("authlogs");

    assertThat(first.get("result").asText()).isEqualTo("allow");
    assertThat(second.get("result").asText()).isEqualTo("deny");
    assertThat(second.get("status_msg").asText())
        .isEqualTo("Incorrect passcode. Please try again.");
    assertThat(log)
        .extracting(e -> e.get("factor").asText() + "/" + e.get("reason").asText())
        .containsExactlyInAnyOrder("bypass_code/valid_passcode", "passcode/invalid_passcode");
  }

  @Test
  void bypassCode_withReuseCountTwo_worksTwice() {
    User ana = world.user("ana");
    String code =
        BypassCodes.of(world.duo.world(), world.account)
            .create(
                ana.userId(), new BypassRequest(0, List.of("123456789"), 2, Duration.ZERO, false))
            .get(0);

    assertThat(passcode("ana", code).get("result").asText()).isEqualTo("allow");
    assertThat(passcode("ana", code).get("result").asText()).isEqualTo("allow");
    assertThat(passcode("ana", code).get("result").asText()).isEqualTo("deny");
  }

  @Test
  void lockout_afterThresholdFailedPasscodes_preauthDenies_andTheUserIsLockedOut_section7_6() {
    User ana = world.user("ana");
    world.smartphone(ana, "+15555550123", DeviceBehaviour.approve());
    SignedCall.post(world.duo, world.admin, "/admin/v1/settings")
        .param("lockout_threshold", "3")
        .send();

    for (int i = 0; i < 3; i++) {
      passcode("ana", "000000");
    }
    JsonNode preauth = world.post("/auth/v2/preauth").param("username", "ana").send().response();
    JsonNode push =
        world
            .post("/auth/v2/auth")
            .param("username", "ana")
            .param("factor", "push")
            .send()
            .response();
    JsonNode log = world.authLogLater().response().get("authlogs");

    assertThat(world.reload(ana).status()).isEqualTo(UserStatus.LOCKED_OUT);
    assertThat(preauth.get("result").asText()).isEqualTo("deny");
    assertThat(push.get("result").asText()).isEqualTo("deny");
    assertThat(push.get("status").asText()).isEqualTo("locked_out");
    assertThat(log)
        .extracting(e -> e.get("reason").asText())
        .containsExactlyInAnyOrder(
            "invalid_passcode", "invalid_passcode", "invalid_passcode", "locked_out", "locked_out");
  }

  @Test
  void lockout_belowThreshold_aSuccessResetsTheCount_section7_6() {
    User ana = world.user("ana");
    world.smartphone(ana, "+15555550123", DeviceBehaviour.approve());
    SignedCall.post(world.duo, world.admin, "/admin/v1/settings")
        .param("lockout_threshold", "3")
        .send();

    passcode("ana", "000000");
    passcode("ana", "000000");
    world.post("/auth/v2/auth").param("username", "ana").param("factor", "push").send();
    passcode("ana", "000000");
    passcode("ana", "000000");

    assertThat(world.reload(ana).status()).isEqualTo(UserStatus.ACTIVE);
  }

  @Test
  void lockout_expiresAfterLockoutExpireDuration_onTheEmulatorClock_section7_6() {
    User ana = world.user("ana");
    world.smartphone(ana, "+15555550123", DeviceBehaviour.approve());
    SignedCall.post(world.duo, world.admin, "/admin/v1/settings")
        .param("lockout_threshold", "1")
        .param("lockout_expire_duration", "5")
        .send();
    passcode("ana", "000000");

    JsonNode locked = world.post("/auth/v2/preauth").param("username", "ana").send().response();
    world.duo.clock().advance(Duration.ofMinutes(6));
    JsonNode unlocked = world.post("/auth/v2/preauth").param("username", "ana").send().response();

    assertThat(locked.get("result").asText()).isEqualTo("deny");
    assertThat(unlocked.get("result").asText()).isEqualTo("auth");
  }

  @Test
  void lockout_isVisibleThroughTheUsersApi_andPostingStatusActiveUnlocks_section7_6() {
    User ana = world.user("ana");
    world.smartphone(ana, "+15555550123", DeviceBehaviour.approve());
    SignedCall.post(world.duo, world.admin, "/admin/v1/settings")
        .param("lockout_threshold", "2")
        .send();
    passcode("ana", "000000");
    passcode("ana", "000000");

    JsonNode listed =
        SignedCall.get(world.duo, world.admin, "/admin/v1/users")
            .param("username", "ana")
            .send()
            .response()
            .get(0);
    SignedCall.post(world.duo, world.admin, "/admin/v1/users/" + ana.userId())
        .param("status", "active")
        .send();
    JsonNode preauth = world.post("/auth/v2/preauth").param("username", "ana").send().response();

    assertThat(listed.get("status").asText()).isEqualTo("locked out");
    assertThat(listed.get("lockout_reason").asText()).isEqualTo("Failed Attempts");
    assertThat(preauth.get("result").asText()).isEqualTo("auth");
  }
}
