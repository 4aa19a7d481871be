package io.duoctl.core.actions;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.core.access.ApiScope;
import io.duoctl.core.testing.EmulatedMsp;
import io.duoctl.core.testing.Json;
import io.duoctl.emulator.admin.phones.DeviceBehaviour;
import io.duoctl.emulator.admin.phones.PhoneBook;
import io.duoctl.emulator.model.Account;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Auth API actions with an organization's own Auth API keys. */
class AuthApiActionsEmulatorTest {

  private final EmulatedMsp msp = new EmulatedMsp();
  private final ActionRunner runner = msp.runner();
  private final RunOptions tech = RunOptions.as("cli:alice", ApiScope.RUN);
  private Account globex;
  private String phoneId;

  @BeforeEach
  void userWithAnActivatedPhone() {
    globex = msp.ownKeysOrganization("Globex");
    run("users.create", "{'username': 'jdoe'}");
    phoneId =
        run(
                "phones.create",
                "{'number': '+33 6 12 34 56 78', 'platform': 'Apple iOS', 'user': 'jdoe'}")
            .data()
            .path("phone_id")
            .asText();
    PhoneBook.of(msp.duo.world(), globex).activate(phoneId);
  }

  @AfterEach
  void stop() {
    msp.close();
  }

  private ActionResult run(String action, String input) {
    ActionResult result = runner.run("Globex", action, Json.of(input), tech);
    assertThat(result.ok()).as(action + ": " + result.error()).isTrue();
    return result;
  }

  @Test
  void preauth_listsThePushCapableDevice() {
    ActionResult result = run("auth.preauth", "{'user': 'jdoe'}");

    assertThat(result.data().path("result").asText()).isEqualTo("auth");
    assertThat(result.data().path("devices").findValuesAsText("device")).contains(phoneId);
  }

  @Test
  void push_isApprovedOrDeniedAsThePhoneAnswers() {
    assertThat(
            run("auth.push", "{'user': 'jdoe', 'type': 'Identity check'}")
                .data()
                .path("result")
                .asText())
        .isEqualTo("allow");

    PhoneBook.of(msp.duo.world(), globex)
        .behaviour(phoneId, new DeviceBehaviour(DeviceBehaviour.Answer.DENY, Duration.ZERO));
    assertThat(run("auth.push", "{'user': 'jdoe'}").data().path("result").asText())
        .isEqualTo("deny");
  }

  @Test
  void asyncAuth_thenAuthStatus_reportsTheOutcome() {
    String txid =
        run("auth.auth", "{'user': 'jdoe', 'factor': 'push', 'async': 'yes'}")
            .data()
            .path("txid")
            .asText();

    ActionResult status = run("auth.auth_status", "{'txid': '" + txid + "'}");

    assertThat(status.data().path("result").asText()).isIn("allow", "waiting");
  }

  @Test
  void enroll_returnsTheActivationCodeOnceMarkedSecret_andEnrollStatusWaits() {
    ActionResult enrolled = run("auth.enroll", "{'username': 'newbie', 'valid_secs': 600}");

    assertThat(enrolled.secretFields()).contains("activation_code", "activation_url");
    String code = enrolled.data().path("activation_code").asText();
    assertThat(code).isNotBlank();
    assertThat(enrolled.withoutSecrets().data().toString()).doesNotContain(code);
    ActionResult status =
        run(
            "auth.enroll_status",
            "{'user_id': '"
                + enrolled.data().path("user_id").asText()
                + "', 'activation_code': '"
                + code
                + "'}");
    assertThat(status.data().path("status").asText()).isEqualTo("waiting");
    assertThat(msp.audit.toString()).doesNotContain(code);
  }
}
