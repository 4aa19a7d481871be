package io.duoctl.emulator;

import static io.duoctl.emulator.RequestVerificationTest.assertFailure;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.emulator.SignedCall.Reply;
import io.duoctl.emulator.admin.admins.AdminDirectory;
import io.duoctl.emulator.admin.admins.AdminRole;
import io.duoctl.emulator.admin.phones.DeviceBehaviour;
import io.duoctl.emulator.admin.users.User;
import io.duoctl.emulator.admin.users.UserDirectory;
import io.duoctl.emulator.admin.users.UserStatus;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code /admin/v1/info/*} (admin-api.md §5.15, §6.20): counts agree with the state. */
class InfoApiTest {

  private final AuthWorld world = new AuthWorld();

  @AfterEach
  void stop() {
    world.close();
  }

  private SignedCall info(String report) {
    return SignedCall.get(world.duo, world.admin, "/admin/v1/info/" + report);
  }

  @Test
  void summary_countsUsersAdminsIntegrationsAndCredits() {
    world.user("ana");
    User ben = world.user("ben");
    UserDirectory.of(world.duo.world(), world.account)
        .update(ben.userId(), b -> b.status(UserStatus.PENDING_DELETION));
    AdminDirectory.of(world.account)
        .create(world.duo.world(), "Olga", "olga@acme.test", AdminRole.OWNER);

    JsonNode summary = info("summary").send().response();

    assertThat(summary.get("user_count").asInt()).isEqualTo(1);
    assertThat(summary.get("user_pending_deletion_count").asInt()).isEqualTo(1);
    assertThat(summary.get("admin_count").asInt()).isEqualTo(1);
    assertThat(summary.get("integration_count").asInt()).isEqualTo(2);
    assertThat(summary.get("telephony_credits_remaining").asLong())
        .isEqualTo(world.account.telephonyCredits());
  }

  @Test
  void summary_staysAvailable_whenTheEmulatorClockIsMovedBack() {
    world.user("ana");
    world.duo.clock().advance(Duration.ofMinutes(10));
    info("summary").send();
    world.duo.clock().advance(Duration.ofMinutes(-10));

    Reply summary = info("summary").send();

    assertThat(summary.status()).as(summary.toString()).isEqualTo(200);
  }

  @Test
  void authenticationAttempts_countAuthApiOutcomesByResult_inSeconds() {
    User ana = world.user("ana");
    world.smartphone(ana, "+15555550123", DeviceBehaviour.approve());
    User ben = world.user("ben");
    world.smartphone(ben, "+15555550124", DeviceBehaviour.fraud());
    for (User user : new User[] {ana, ana, ben}) {
      world.post("/auth/v2/auth").param("username", user.username()).param("factor", "push").send();
    }
    world.duo.clock().advance(Duration.ofMinutes(1));
    String min = Long.toString(AuthWorld.NOW.minusSeconds(60).getEpochSecond());

    JsonNode attempts = info("authentication_attempts").param("mintime", min).send().response();
    JsonNode users = info("user_authentication_attempts").param("mintime", min).send().response();

    assertThat(attempts.get("authentication_attempts").get("SUCCESS").asInt()).isEqualTo(2);
    assertThat(attempts.get("authentication_attempts").get("FRAUD").asInt()).isEqualTo(1);
    assertThat(attempts.get("authentication_attempts").get("FAILURE").asInt()).isZero();
    assertThat(attempts.get("mintime").asText()).isEqualTo(min);
    assertThat(users.get("user_authentication_attempts").get("SUCCESS").asInt()).isEqualTo(1);
  }

  @Test
  void telephonyCreditsUsed_sumsTheTelephonyLog() {
    User ana = world.user("ana");
    world.landline(ana, "+15555550188");
    world.post("/auth/v2/auth").param("username", "ana").param("factor", "phone").send();
    world.post("/auth/v2/auth").param("username", "ana").param("factor", "phone").send();

    JsonNode used = info("telephony_credits_used").send().response();

    assertThat(used.get("telephony_credits_used").asInt()).isEqualTo(2);
    assertThat(used.get("maxtime").asLong()).isEqualTo(AuthWorld.NOW.getEpochSecond());
  }

  @Test
  void reports_mintimeOlderThan180Days_is400() {
    Reply reply =
        info("authentication_attempts")
            .param(
                "mintime",
                Long.toString(AuthWorld.NOW.minus(Duration.ofDays(200)).getEpochSecond()))
            .send();

    assertFailure(reply, 400, 40002, "Invalid request parameters");
  }
}
