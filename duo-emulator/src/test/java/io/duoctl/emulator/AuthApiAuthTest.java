package io.duoctl.emulator;

import static io.duoctl.emulator.RequestVerificationTest.assertFailure;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.client.signing.HmacAlgorithm;
import io.duoctl.emulator.SignedCall.Reply;
import io.duoctl.emulator.admin.logs.TelephonyLog;
import io.duoctl.emulator.admin.phones.DeviceBehaviour;
import io.duoctl.emulator.admin.phones.Phone;
import io.duoctl.emulator.admin.phones.PhoneBook;
import io.duoctl.emulator.admin.users.User;
import io.duoctl.emulator.authapi.SmsPasscodes;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code /auth/v2/auth} and {@code auth_status}: push, phone, sms (signing-auth-accounts.md §4).
 */
class AuthApiAuthTest {

  private final AuthWorld world = new AuthWorld();

  @AfterEach
  void stop() {
    world.close();
  }

  private Reply push(User user) {
    return world
        .post("/auth/v2/auth")
        .param("username", user.username())
        .param("factor", "push")
        .param("device", "auto")
        .param("ipaddr", "198.51.100.20")
        .send();
  }

  @Test
  void syncPush_approved_isAllowSuccess_andLoggedAfterTheTwoMinuteDelay_section7_8() {
    User ana = world.user("ana");
    Phone phone = world.smartphone(ana, "+15555550123", DeviceBehaviour.approve());

    JsonNode reply = push(ana).response();
    SignedCall.Reply immediate =
        SignedCall.get(world.duo, world.admin, "/admin/v2/logs/authentication")
            .param("mintime", Long.toString(AuthWorld.NOW.minusSeconds(3600).toEpochMilli()))
            .param("maxtime", Long.toString(AuthWorld.NOW.toEpochMilli()))
            .send();
    JsonNode log = world.authLogLater().response().get("authlogs");

    assertThat(reply.get("result").asText()).isEqualTo("allow");
    assertThat(reply.get("status").asText()).isEqualTo("allow");
    assertThat(reply.get("status_msg").asText()).isEqualTo("Success. Logging you in...");
    assertThat(immediate.response().get("authlogs")).isEmpty();
    assertThat(log).hasSize(1);
    JsonNode entry = log.get(0);
    assertThat(entry.get("factor").asText()).isEqualTo("duo_push");
    assertThat(entry.get("result").asText()).isEqualTo("success");
    assertThat(entry.get("reason").asText()).isEqualTo("user_approved");
    assertThat(entry.get("user").get("name").asText()).isEqualTo("ana");
    assertThat(entry.get("application").get("key").asText()).isEqualTo(world.auth.integrationKey());
    assertThat(entry.get("access_device").get("ip").asText()).isEqualTo("198.51.100.20");
    assertThat(entry.get("auth_device").get("key").asText()).isEqualTo(phone.phoneId());
    assertThat(world.reload(ana).lastLogin()).isEqualTo(AuthWorld.NOW.getEpochSecond());
  }

  @ParameterizedTest
  @CsvSource({
    "deny,deny,Login request denied.,denied,user_mistake",
    "fraud,fraud,Login request reported as fraud.,fraud,user_marked_fraud",
    "timeout,timeout,Login timed out.,denied,no_response"
  })
  void syncPush_answeredPerTheDevicesScript_statusTable(
      String script, String status, String message, String logResult, String reason) {
    User ana = world.user("ana");
    DeviceBehaviour behaviour =
        switch (script) {
          case "deny" -> DeviceBehaviour.deny();
          case "fraud" -> DeviceBehaviour.fraud();
          default -> DeviceBehaviour.timeout();
        };
    world.smartphone(ana, "+15555550123", behaviour);

    JsonNode reply = push(ana).response();
    JsonNode entry = world.authLogLater().response().get("authlogs").get(0);

    assertThat(reply.get("result").asText()).isEqualTo("deny");
    assertThat(reply.get("status").asText()).isEqualTo(status);
    assertThat(reply.get("status_msg").asText()).isEqualTo(message);
    assertThat(entry.get("result").asText()).isEqualTo(logResult);
    assertThat(entry.get("reason").asText()).isEqualTo(reason);
  }

  @Test
  void asyncPush_withDelay_isWaitingUntilTheEmulatorClockPassesTheDelay() {
    User ana = world.user("ana");
    world.smartphone(ana, "+15555550123", DeviceBehaviour.approve().after(Duration.ofSeconds(8)));

    Reply started =
        world
            .post("/auth/v2/auth")
            .param("username", "ana")
            .param("factor", "push")
            .param("async", "1")
            .send();
    String txid = started.response().get("txid").asText();
    JsonNode waiting = world.get("/auth/v2/auth_status").param("txid", txid).send().response();
    world.duo.clock().advance(Duration.ofSeconds(9));
    JsonNode done = world.get("/auth/v2/auth_status").param("txid", txid).send().response();
    JsonNode log = world.authLogLater().response().get("authlogs");

    assertThat(txid).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    assertThat(waiting.get("result").asText()).isEqualTo("waiting");
    assertThat(waiting.get("status").asText()).isEqualTo("pushed");
    assertThat(done.get("result").asText()).isEqualTo("allow");
    assertThat(log.get(0).get("txid").asText()).isEqualTo(txid);
    assertThat(log.get(0).get("timestamp").asLong())
        .isEqualTo(AuthWorld.NOW.plusSeconds(8).getEpochSecond());
  }

  @Test
  void asyncPush_neverAnswered_timesOutAfterSixtySeconds_evenIfNobodyPolls() {
    User ana = world.user("ana");
    world.smartphone(ana, "+15555550123", DeviceBehaviour.timeout());
    world
        .post("/auth/v2/auth")
        .param("username", "ana")
        .param("factor", "auto")
        .param("async", "1")
        .v2(HmacAlgorithm.SHA1)
        .send();

    world.duo.clock().advance(Duration.ofSeconds(61));
    JsonNode log = world.authLogLater().response().get("authlogs");

    assertThat(log).hasSize(1);
    assertThat(log.get(0).get("reason").asText()).isEqualTo("no_response");
  }

  @Test
  void authStatus_unknownTxid_is40002() {
    Reply reply = world.get("/auth/v2/auth_status").param("txid", "no-such-txid").send();

    assertFailure(reply, 400, 40002, "Invalid request parameters");
    assertThat(reply.json().get("message_detail").asText()).isEqualTo("txid");
  }

  @Test
  void phoneFactor_callsTheLandline_recordsTelephony_andChargesACredit() {
    User ana = world.user("ana");
    world.landline(ana, "+15555550188");
    long credits = world.account.telephonyCredits();

    JsonNode reply =
        world
            .post("/auth/v2/auth")
            .param("username", "ana")
            .param("factor", "phone")
            .send()
            .response();
    JsonNode entry = world.authLogLater().response().get("authlogs").get(0);

    assertThat(reply.get("result").asText()).isEqualTo("allow");
    assertThat(entry.get("factor").asText()).isEqualTo("phone_call");
    assertThat(TelephonyLog.of(world.duo.world(), world.account).entries())
        .singleElement()
        .satisfies(e -> assertThat(e.type()).isEqualTo("phone"));
    assertThat(world.account.telephonyCredits()).isEqualTo(credits - TelephonyLog.CALL_CREDITS);
  }

  @Test
  void smsFactor_sendsPasscodes_answersSent_andASentPasscodeThenLogsIn() {
    User ana = world.user("ana");
    Phone phone = world.smartphone(ana, "+15555550123", DeviceBehaviour.approve());

    JsonNode sent =
        world
            .post("/auth/v2/auth")
            .param("username", "ana")
            .param("factor", "sms")
            .send()
            .response();
    String code = SmsPasscodes.of(world.account).outstanding(ana.userId()).get(0);
    JsonNode preauth = world.post("/auth/v2/preauth").param("username", "ana").send().response();
    JsonNode login =
        world
            .post("/auth/v2/auth")
            .param("username", "ana")
            .param("factor", "passcode")
            .param("passcode", code)
            .send()
            .response();
    JsonNode log = world.authLogLater().response().get("authlogs");

    assertThat(sent.get("result").asText()).isEqualTo("deny");
    assertThat(sent.get("status").asText()).isEqualTo("sent");
    assertThat(sent.get("status_msg").asText()).isEqualTo("New SMS passcodes sent.");
    assertThat(TelephonyLog.of(world.duo.world(), world.account).entries())
        .singleElement()
        .satisfies(e -> assertThat(e.type()).isEqualTo("sms"));
    assertThat(
            PhoneBook.of(world.duo.world(), world.account)
                .require(phone.phoneId())
                .smsPasscodesSent())
        .isTrue();
    assertThat(preauth.get("devices").get(0).get("sms_nextcode").asText())
        .isEqualTo(code.substring(0, 1));
    assertThat(login.get("result").asText()).isEqualTo("allow");
    assertThat(log)
        .singleElement()
        .satisfies(e -> assertThat(e.get("factor").asText()).isEqualTo("sms_passcode"));
  }

  @Test
  void unknownFactor_andUnknownUser_are40002NamingTheField() {
    world.user("ana");

    Reply factor =
        world.post("/auth/v2/auth").param("username", "ana").param("factor", "telepathy").send();
    Reply user =
        world.post("/auth/v2/auth").param("username", "nobody").param("factor", "push").send();

    assertFailure(factor, 400, 40002, "Invalid request parameters");
    assertThat(factor.json().get("message_detail").asText()).isEqualTo("factor");
    assertFailure(user, 400, 40002, "Invalid request parameters");
    assertThat(user.json().get("message_detail").asText()).isEqualTo("username");
  }

  @Test
  void pushToAPhoneWithoutPush_is40002NamingDevice() {
    User ana = world.user("ana");
    Phone landline = world.landline(ana, "+15555550188");

    Reply reply =
        world
            .post("/auth/v2/auth")
            .param("username", "ana")
            .param("factor", "push")
            .param("device", landline.phoneId())
            .send();

    assertFailure(reply, 400, 40002, "Invalid request parameters");
    assertThat(reply.json().get("message_detail").asText()).isEqualTo("device");
  }
}
