package io.duoctl.core.actions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.core.access.ApiScope;
import io.duoctl.core.testing.EmulatedMsp;
import io.duoctl.core.testing.Json;
import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.model.Edition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** accounts.* and billing.* end to end against the emulator over HTTP. */
class AccountActionsEmulatorTest {

  private final EmulatedMsp msp = new EmulatedMsp();
  private final ActionRunner runner = msp.runner();
  private final RunOptions tech = RunOptions.as("cli:alice", ApiScope.RUN);

  @AfterEach
  void stop() {
    msp.close();
  }

  @Test
  void accountsList_returnsEveryChildWithItsHostname() {
    Account acme = msp.childOrganization("Acme Dental");
    msp.childOrganization("Globex");

    ActionResult result = runner.run(null, "accounts.list", null, tech);

    assertThat(result.ok()).as(String.valueOf(result.error())).isTrue();
    assertThat(result.data()).hasSize(2);
    assertThat(result.data().findValuesAsText("account_id")).contains(acme.id());
    assertThat(result.data().findValuesAsText("api_hostname")).contains(acme.apiHostname());
    assertThat(result.organization()).isEqualTo(ResolvedOrganization.PARENT_NAME);
  }

  @Test
  void accountsCreate_addsTheChildAtDuo() {
    ActionResult result = runner.run(null, "accounts.create", Json.of("{'name': 'Initech'}"), tech);

    assertThat(result.ok()).as(String.valueOf(result.error())).isTrue();
    String id = result.data().path("account_id").asText();
    assertThat(msp.duo.world().account(id))
        .hasValueSatisfying(a -> assertThat(a.name()).isEqualTo("Initech"));
  }

  @Test
  void accountsDelete_removesTheChildAtDuo() {
    Account doomed = msp.childOrganization("Doomed");

    ActionResult result =
        runner.run(null, "accounts.delete", Json.of("{'account_id': '" + doomed.id() + "'}"), tech);

    assertThat(result.ok()).as(String.valueOf(result.error())).isTrue();
    assertThat(msp.duo.world().account(doomed.id())).isEmpty();
  }

  @Test
  void accountsCreate_dryRun_sendsNothingAndShowsTheRequest() {
    int before = msp.duo.world().accounts().size();

    ActionResult result =
        runner.run(null, "accounts.create", Json.of("{'name': 'Initech'}"), tech.withDryRun(true));

    assertThat(result.ok()).as(String.valueOf(result.error())).isTrue();
    assertThat(result.dryRun()).isTrue();
    assertThat(msp.duo.world().accounts()).hasSize(before);
    assertThat(result.plannedRequests())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.method()).isEqualTo("POST");
              assertThat(r.host()).isEqualTo(msp.accountsKeys.apiHostname());
              assertThat(r.path()).isEqualTo("/accounts/v1/account/create");
              assertThat(r.parameters()).containsEntry("name", java.util.List.of("Initech"));
            });
  }

  @Test
  void billingSetEdition_throughTheParentsAccountsKeys_changesTheChildsEdition() {
    Account acme = msp.childOrganization("Acme Dental");

    ActionResult result =
        runner.run(
            null,
            "billing.set_edition",
            Json.of("{'account_id': '" + acme.id() + "', 'edition': 'BEYOND'}"),
            tech);

    assertThat(result.ok()).as(String.valueOf(result.error())).isTrue();
    assertThat(msp.duo.world().requireAccount(acme.id()).edition()).isEqualTo(Edition.BEYOND);
    ActionResult read = runner.run(null, "billing.get_edition", of(acme), tech);
    assertThat(read.data().path("edition").asText()).isEqualTo("BEYOND");
  }

  @Test
  void billingSetTelephonyCredits_acceptsAFloatWithZeroFractionAndANumericString() {
    Account acme = msp.childOrganization("Acme Dental");

    ActionResult asFloat =
        runner.run(
            null,
            "billing.set_telephony_credits",
            Json.of("{'account_id': '" + acme.id() + "', 'credits': 250.0}"),
            tech);
    assertThat(asFloat.ok()).as(String.valueOf(asFloat.error())).isTrue();
    assertThat(msp.duo.world().requireAccount(acme.id()).telephonyCredits()).isEqualTo(250);

    ActionResult asText =
        runner.run(
            null,
            "billing.set_telephony_credits",
            Json.of("{'account_id': '" + acme.id() + "', 'credits': '300'}"),
            tech);
    assertThat(asText.ok()).isTrue();
    ActionResult read = runner.run(null, "billing.get_telephony_credits", of(acme), tech);
    assertThat(read.data().path("credits").asLong()).isEqualTo(300);
  }

  @Test
  void billingSetTelephonyCredits_dryRun_showsAccountIdAndLeavesTheBalance() {
    Account acme = msp.childOrganization("Acme Dental");
    long before = acme.telephonyCredits();

    ActionResult result =
        runner.run(
            null,
            "billing.set_telephony_credits",
            Json.of("{'account_id': '" + acme.id() + "', 'credits': 5}"),
            tech.withDryRun(true));

    assertThat(result.ok()).as(String.valueOf(result.error())).isTrue();
    assertThat(msp.duo.world().requireAccount(acme.id()).telephonyCredits()).isEqualTo(before);
    assertThat(result.plannedRequests())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.host()).isEqualTo(acme.apiHostname());
              assertThat(r.path()).isEqualTo("/admin/v1/billing/telephony_credits");
              assertThat(r.parameters())
                  .containsEntry("account_id", java.util.List.of(acme.id()))
                  .containsEntry("credits", java.util.List.of("5"));
            });
  }

  @Test
  void billing_forAnAccountThatIsNoChildOfTheParent_failsNamingIt() {
    ActionResult result =
        runner.run(
            null, "billing.get_edition", Json.of("{'account_id': 'DANOSUCHACCOUNT00001'}"), tech);

    assertThat(result.ok()).isFalse();
    assertThat(result.error().code()).isEqualTo(ErrorCode.NOT_FOUND);
    assertThat(result.error().message()).contains("DANOSUCHACCOUNT00001", "accounts.list");
  }

  @Test
  void parentLevelActions_refuseAnOrganization_andOrganizationActionsRequireOne() {
    Account acme = msp.childOrganization("Acme Dental");

    ActionResult withOrg =
        runner.run(
            "Acme Dental", "accounts.delete", Json.of("{'account_id': '" + acme.id() + "'}"), tech);
    ActionResult withoutOrg = runner.run(null, "users.list", null, tech);

    assertThat(withOrg.ok()).isFalse();
    assertThat(withOrg.error().code()).isEqualTo(ErrorCode.INVALID_INPUT);
    assertThat(withOrg.error().fields())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.field()).isEqualTo("organization");
              assertThat(f.message()).contains("parent-level", "account_id");
            });
    assertThat(msp.duo.world().account(acme.id())).isPresent();
    assertThat(withoutOrg.error().code()).isEqualTo(ErrorCode.INVALID_INPUT);
    assertThat(withoutOrg.error().fields())
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("users.list", "organization"));
    assertThat(msp.audit).hasSize(2);
  }

  private static JsonNode of(Account account) {
    return Json.of("{'account_id': '" + account.id() + "'}");
  }
}
