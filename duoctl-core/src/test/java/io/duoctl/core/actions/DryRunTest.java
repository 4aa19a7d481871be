package io.duoctl.core.actions;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.core.access.ApiScope;
import io.duoctl.core.testing.EmulatedMsp;
import io.duoctl.core.testing.Json;
import io.duoctl.emulator.admin.tokens.HardwareToken;
import io.duoctl.emulator.admin.tokens.HardwareTokens;
import io.duoctl.emulator.admin.tokens.TokenType;
import io.duoctl.emulator.model.Account;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Dry-runs of mutating actions against the emulator: the exact requests, secrets redacted, and
 * nothing changing sent (the emulator would answer every one of these; its state stays put).
 */
@Tag("slow")
class DryRunTest {

  private final EmulatedMsp msp = new EmulatedMsp();
  private final ActionRunner runner = msp.runner();
  private final RunOptions dryRun = RunOptions.as("cli:alice", ApiScope.RUN).withDryRun(true);
  private Account acme;

  @BeforeEach
  void org() {
    acme = msp.childOrganization("Acme Dental");
  }

  @AfterEach
  void stop() {
    msp.close();
  }

  private PlannedRequest onlyRequest(String action, String input) {
    ActionResult result = runner.run("Acme Dental", action, Json.of(input), dryRun);
    assertThat(result.ok()).as(String.valueOf(result.error())).isTrue();
    assertThat(result.data()).hasSize(1);
    return result.plannedRequests().get(0);
  }

  @Test
  void usersCreate_showsThePostWithEveryParameterAndTheAccountId() {
    PlannedRequest request =
        onlyRequest(
            "users.create",
            "{'username': 'jdoe', 'email': 'jdoe@acme.test', 'status': 'bypass',"
                + " 'aliases': 'john.doe, jd'}");

    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.host()).isEqualTo(acme.apiHostname());
    assertThat(request.path()).isEqualTo("/admin/v1/users");
    assertThat(request.parameters())
        .containsEntry("account_id", List.of(acme.id()))
        .containsEntry("username", List.of("jdoe"))
        .containsEntry("status", List.of("bypass"))
        .containsEntry("aliases", List.of("alias1=john.doe&alias2=jd"));
  }

  @Test
  void phonesCreate_withAnInternationalNumber_sendsE164AsAString() {
    PlannedRequest request = onlyRequest("phones.create", "{'number': '+61 (4) 1234-5678'}");

    assertThat(request.parameters())
        .containsEntry("number", List.of("+61412345678"))
        .containsEntry("type", List.of("mobile"));
  }

  @Test
  void phonesCreateForAUser_plansTheCreateAndTheAttachToTheNewPhone() {
    String jdoe =
        runner
            .run(
                "Acme Dental",
                "users.create",
                Json.of("{'username': 'jdoe'}"),
                RunOptions.as("t", ApiScope.RUN))
            .data()
            .path("user_id")
            .asText();

    ActionResult result =
        runner.run(
            "Acme Dental",
            "phones.create",
            Json.of("{'number': '+4915112345678', 'user': 'jdoe'}"),
            dryRun);

    assertThat(result.ok()).as(String.valueOf(result.error())).isTrue();
    assertThat(result.plannedRequests())
        .extracting(PlannedRequest::method, PlannedRequest::path)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("POST", "/admin/v1/phones"),
            org.assertj.core.groups.Tuple.tuple("POST", "/admin/v1/users/" + jdoe + "/phones"));
    assertThat(result.plannedRequests().get(1).parameters())
        .containsEntry("phone_id", List.of("new-phone"));
    assertThat(io.duoctl.emulator.admin.phones.PhoneBook.of(msp.duo.world(), acme).all()).isEmpty();
  }

  @Test
  void tokensCreate_redactsTheTokenSecret() {
    PlannedRequest request =
        onlyRequest(
            "tokens.create",
            "{'type': 'h6', 'serial': 'SN-1', 'secret': 'aabbccddeeff00112233', 'counter': '5'}");

    assertThat(request.parameters())
        .containsEntry("secret", List.of("[redacted]"))
        .containsEntry("counter", List.of("5"));
    assertThat(request.toString()).doesNotContain("aabbccddeeff00112233");
  }

  @Test
  void usersSync_redactsTheDirectoryKeyInThePath() {
    PlannedRequest request = onlyRequest("users.sync", "{'username': 'jdoe'}");

    assertThat(request.path()).isEqualTo("/admin/v1/users/directorysync/[redacted]/syncuser");
    assertThat(request.toString()).doesNotContain("dirkey-");
  }

  @Test
  void settingsUpdate_sendsOnlyTheGivenSettings() {
    PlannedRequest request =
        onlyRequest(
            "settings.update",
            "{'lockout_threshold': '10', 'helpdesk_bypass': 'deny', 'other': {'caller_id': 123}}");

    assertThat(request.path()).isEqualTo("/admin/v1/settings");
    assertThat(request.parameters())
        .containsOnlyKeys("account_id", "lockout_threshold", "helpdesk_bypass", "caller_id");
  }

  @Test
  void destructiveActionsById_showTheDelete() {
    String id =
        HardwareTokens.of(msp.duo.world(), acme)
            .create(
                HardwareToken.of(
                    TokenType.H6, "serial-1", "3132333435363738393031323334353637383930"))
            .tokenId();

    PlannedRequest request = onlyRequest("tokens.delete", "{'token_id': '" + id + "'}");

    assertThat(request.method()).isEqualTo("DELETE");
    assertThat(request.path()).isEqualTo("/admin/v1/tokens/" + id);
  }

  @Test
  void deleteOfATokenThatDoesNotExist_plansNothing_andSaysSo() {
    ActionResult result =
        runner.run(
            "Acme Dental",
            "tokens.delete",
            Json.of("{'token_id': 'DHABCDEFGHIJKLMNOPQR'}"),
            dryRun);

    assertThat(result.ok()).isTrue();
    assertThat(result.plannedRequests()).isEmpty();
    assertThat(result.data().path("outcome").asText()).isEqualTo("already_absent");
  }

  @Test
  void rawAdmin_dryRun_plansAPostButLetsAGetThrough() {
    long before = acme.telephonyCredits();
    ActionResult post =
        runner.run(
            "Acme Dental",
            "raw.admin",
            Json.of(
                "{'method': 'POST', 'path': '/admin/v1/billing/telephony_credits',"
                    + " 'params': {'credits': 1}}"),
            dryRun);
    ActionResult get =
        runner.run(
            "Acme Dental",
            "raw.admin",
            Json.of("{'path': '/admin/v1/billing/telephony_credits'}"),
            dryRun);

    assertThat(post.plannedRequests()).hasSize(1);
    assertThat(msp.duo.world().requireAccount(acme.id()).telephonyCredits()).isEqualTo(before);
    assertThat(get.plannedRequests()).isEmpty();
    assertThat(get.ok()).isTrue();
    assertThat(get.data().has("credits")).isTrue();
  }

  @Test
  void readOnlyActions_runNormallyUnderDryRun() {
    ActionResult result =
        runner.run(
            null, "billing.get_edition", Json.of("{'account_id': '" + acme.id() + "'}"), dryRun);

    assertThat(result.ok()).isTrue();
    assertThat(result.data().has("edition")).isTrue();
  }
}
