package io.duoctl.core.actions;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.core.access.ApiScope;
import io.duoctl.core.testing.EmulatedMsp;
import io.duoctl.core.testing.Json;
import io.duoctl.emulator.model.Account;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** auth.ping/check and the raw request actions against the emulator, with each kind of keys. */
class AuthAndRawActionsEmulatorTest {

  private final EmulatedMsp msp = new EmulatedMsp();
  private final ActionRunner runner = msp.runner();
  private final RunOptions tech = RunOptions.as("cli:alice", ApiScope.RUN);

  @AfterEach
  void stop() {
    msp.close();
  }

  @Test
  void authPingAndCheck_withTheOrganizationsOwnAuthKeys_returnDuosTime() {
    msp.ownKeysOrganization("Globex");

    ActionResult ping = runner.run("Globex", "auth.ping", null, tech);
    ActionResult check = runner.run("Globex", "auth.check", null, tech);

    assertThat(ping.ok()).as(String.valueOf(ping.error())).isTrue();
    assertThat(check.ok()).as(String.valueOf(check.error())).isTrue();
    assertThat(java.time.Instant.parse(check.data().path("time").asText()))
        .isCloseTo(
            msp.duo.world().now(),
            org.assertj.core.api.Assertions.within(5, java.time.temporal.ChronoUnit.SECONDS));
  }

  @Test
  void authCheck_forAnOrganizationWithoutAuthKeys_namesTheMissingKeys() {
    msp.childOrganization("Acme Dental");

    ActionResult result = runner.run("Acme Dental", "auth.check", null, tech);

    assertThat(result.ok()).isFalse();
    assertThat(result.error().code()).isEqualTo(ErrorCode.ORGANIZATION_UNAVAILABLE);
    assertThat(result.error().message()).contains("Acme Dental", "Auth API");
  }

  @Test
  void rawAccounts_postsTheSignedRequestAndReturnsDuosResponse() {
    Account acme = msp.childOrganization("Acme Dental");

    ActionResult result =
        runner.run(
            null,
            "raw.accounts",
            Json.of("{'method': 'POST', 'path': '/accounts/v1/account/list'}"),
            tech);

    assertThat(result.ok()).as(String.valueOf(result.error())).isTrue();
    assertThat(result.data().findValuesAsText("account_id")).containsExactly(acme.id());
  }

  @Test
  void rawAdmin_onAChildAccount_addsTheAccountIdAndChangesState() {
    Account acme = msp.childOrganization("Acme Dental");

    ActionResult result =
        runner.run(
            "Acme Dental",
            "raw.admin",
            Json.of(
                "{'method': 'POST', 'path': '/admin/v1/billing/telephony_credits',"
                    + " 'params': {'credits': 42}}"),
            tech);

    assertThat(result.ok()).as(String.valueOf(result.error())).isTrue();
    assertThat(msp.duo.world().requireAccount(acme.id()).telephonyCredits()).isEqualTo(42);
  }

  @Test
  void rawAuth_getCheck_withOwnKeys() {
    msp.ownKeysOrganization("Globex");

    ActionResult result =
        runner.run("Globex", "raw.auth", Json.of("{'path': '/auth/v2/check'}"), tech);

    assertThat(result.ok()).as(String.valueOf(result.error())).isTrue();
    assertThat(result.data().has("time")).isTrue();
  }

  @Test
  void rawAdmin_refusesAPathOfAnotherApi() {
    msp.childOrganization("Acme Dental");

    ActionResult result =
        runner.run(
            "Acme Dental", "raw.admin", Json.of("{'path': '/accounts/v1/account/list'}"), tech);

    assertThat(result.error().code()).isEqualTo(ErrorCode.INVALID_INPUT);
    assertThat(result.error().fields()).extracting(f -> f.field()).containsExactly("path");
  }

  @Test
  void unknownOrganization_isAResultNotAnException() {
    ActionResult result = runner.run("Nope", "auth.ping", null, tech);

    assertThat(result.ok()).isFalse();
    assertThat(result.error().code()).isEqualTo(ErrorCode.UNKNOWN_ORGANIZATION);
    assertThat(result.organization()).isEqualTo("Nope");
    assertThat(msp.audit).extracting(ActionRun::action).containsExactly("auth.ping");
    assertThat(List.of(result.error().message())).allMatch(m -> m.contains("Nope"));
  }
}
