package io.duoctl.client.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.duoctl.client.DuoApiException;
import io.duoctl.client.fake.FakeTransport;
import io.duoctl.client.http.HttpMethod;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuthApiTest {

  private final FakeTransport duo = new FakeTransport();
  private final AuthApi auth = new AuthApi(duo.client());

  @Test
  void pingAndCheck_returnDuosClock() {
    duo.ok("{\"time\": 1710429344}").ok("{\"time\": 1710429345}");

    assertThat(auth.ping()).isEqualTo(Instant.ofEpochSecond(1710429344));
    assertThat(auth.check()).isEqualTo(Instant.ofEpochSecond(1710429345));
    assertThat(duo.requests())
        .extracting(r -> r.method() + " " + r.path())
        .containsExactly("GET /auth/v2/ping", "GET /auth/v2/check");
  }

  @Test
  void logo_returnsTheImageBytes() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G'};
    duo.bytes(png, "image/png");

    assertThat(auth.logo()).containsExactly(png);
    assertThat(duo.onlyRequest().path()).isEqualTo("/auth/v2/logo");
  }

  @Test
  void enroll_readsTheEnrollmentAndHidesTheActivationCode() {
    duo.ok(
        """
        {"activation_barcode": "https://api-x/frame/qr?value=duo%3A%2F%2FQ7rWkz-YXBp",
         "activation_code": "duo://Q7rWkz-YXBp", "activation_url": "https://m-x/iphone/Q7rWkz",
         "expiration": 1710515744, "user_id": "DU94SWSN4ADHHJHF2HXT", "username": "jdoe",
         "valid_secs": 86400}
        """);

    Enrollment enrollment = auth.enroll("jdoe", Duration.ofDays(1));

    assertThat(duo.onlyRequest().params().asMap())
        .containsOnly(entry("username", List.of("jdoe")), entry("valid_secs", List.of("86400")));
    assertThat(enrollment.activationCode()).isEqualTo("duo://Q7rWkz-YXBp");
    assertThat(enrollment.toString()).doesNotContain("Q7rWkz");
  }

  @Test
  void enrollStatus_readsDuosBareStringResult() {
    duo.ok("\"waiting\"").ok("\"success\"").ok("\"banana\"");

    assertThat(auth.enrollStatus("DU1", "duo://code")).isEqualTo(EnrollStatus.WAITING);
    assertThat(auth.enrollStatus("DU1", "duo://code")).isEqualTo(EnrollStatus.SUCCESS);
    assertThatThrownBy(() -> auth.enrollStatus("DU1", "duo://code"))
        .isInstanceOf(DuoApiException.class);
    assertThat(duo.requests().get(0).params().asMap())
        .containsOnly(
            entry("user_id", List.of("DU1")), entry("activation_code", List.of("duo://code")));
  }

  @Test
  void preauth_readsResultAndDevicesWithCapabilities() {
    duo.ok(
        """
        {"result": "auth", "status_msg": "Account is active",
         "devices": [{"device": "DPFZRS9FB0D46QFTM899", "type": "phone", "number": "XXX-XXX-0100",
                      "name": "", "display_name": "iOS (XXX-XXX-0100)", "sms_nextcode": "2",
                      "capabilities": ["auto", "push", "sms", "phone", "mobile_otp"]},
                     {"device": "DHEKH0JJIYC1LX3AZWO4", "type": "token", "name": "yk 8123456"}]}
        """);

    Preauth preauth = auth.preauth(PreauthRequest.forUsername("jdoe").ipaddr("192.0.2.10").build());

    assertThat(duo.onlyRequest().method()).isEqualTo(HttpMethod.POST);
    assertThat(duo.onlyRequest().path()).isEqualTo("/auth/v2/preauth");
    assertThat(duo.onlyRequest().params().asMap())
        .containsOnly(entry("username", List.of("jdoe")), entry("ipaddr", List.of("192.0.2.10")));
    assertThat(preauth.result()).isEqualTo("auth");
    assertThat(preauth.devices()).hasSize(2);
    assertThat(preauth.devices().get(0).can("push")).isTrue();
    assertThat(preauth.devices().get(1).capabilities()).isEmpty();
  }

  @Test
  void auth_pushDefaultsTheDeviceToAutoAndWaitsForTheResult() {
    duo.ok(
        "{\"result\": \"allow\", \"status\": \"allow\", \"status_msg\": \"Success. Logging you"
            + " in...\", \"trusted_device_token\": \"TDT-SECRET\"}");

    AuthResult result = auth.auth(AuthRequest.forUsername(AuthFactor.PUSH, "jdoe").build());

    assertThat(duo.onlyRequest().params().asMap())
        .containsOnly(
            entry("factor", List.of("push")),
            entry("username", List.of("jdoe")),
            entry("device", List.of("auto")));
    assertThat(result.isAllowed()).isTrue();
    assertThat(result.toString()).doesNotContain("TDT-SECRET");
  }

  @Test
  void auth_passcodeSendsThePasscodeWithoutDeviceAndNeverPrintsIt() {
    duo.ok("{\"result\": \"deny\", \"status\": \"deny\", \"status_msg\": \"Incorrect passcode.\"}");
    AuthRequest request =
        AuthRequest.forUserId(AuthFactor.PASSCODE, "DU1").passcode("123456").build();

    AuthResult result = auth.auth(request);

    assertThat(duo.onlyRequest().params().asMap())
        .containsOnly(
            entry("factor", List.of("passcode")),
            entry("user_id", List.of("DU1")),
            entry("passcode", List.of("123456")));
    assertThat(result.isAllowed()).isFalse();
    assertThat(request.toString()).doesNotContain("123456");
  }

  @Test
  void authRequest_checksFactorSpecificFields() {
    assertThatThrownBy(() -> AuthRequest.forUsername(AuthFactor.PASSCODE, "jdoe").build())
        .hasMessageContaining("passcode");
    assertThatThrownBy(
            () -> AuthRequest.forUsername(AuthFactor.PUSH, "jdoe").passcode("123456").build())
        .hasMessageContaining("passcode");
    assertThatThrownBy(() -> new PreauthRequest("jdoe", "DU1", null, null, null, false))
        .hasMessageContaining("exactly one of username and userId");
  }

  @Test
  void authAsync_returnsTheTxidAndAuthStatusPollsIt() {
    duo.ok("{\"txid\": \"13eb97f2-9008-42f4-b59b-afc7a5edf6a6\"}")
        .ok(
            "{\"result\": \"waiting\", \"status\": \"pushed\", \"status_msg\": \"Pushed a login"
                + " request to your device...\", \"auth_delayed\": false}");

    String txid =
        auth.authAsync(AuthRequest.forUsername(AuthFactor.PHONE, "jdoe").device("DP1").build());
    AuthStatus status = auth.authStatus(txid);

    assertThat(txid).isEqualTo("13eb97f2-9008-42f4-b59b-afc7a5edf6a6");
    assertThat(status.isWaiting()).isTrue();
    assertThat(duo.requests().get(0).params().asMap())
        .containsOnly(
            entry("factor", List.of("phone")),
            entry("username", List.of("jdoe")),
            entry("device", List.of("DP1")),
            entry("async", List.of("1")));
    assertThat(duo.requests().get(1).method()).isEqualTo(HttpMethod.GET);
    assertThat(duo.requests().get(1).path()).isEqualTo("/auth/v2/auth_status");
    assertThat(duo.requests().get(1).params().asMap())
        .containsExactly(entry("txid", List.of("13eb97f2-9008-42f4-b59b-afc7a5edf6a6")));
  }
}
