package io.duoctl.emulator;

import static io.duoctl.emulator.RequestVerificationTest.assertFailure;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.client.signing.HmacAlgorithm;
import io.duoctl.emulator.SignedCall.Reply;
import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.model.Edition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Accounts API and child billing (signing-auth-accounts.md §5). */
class AccountsApiTest {

  private DuoEmulator duo;
  private Account msp;
  private IntegrationKeys accounts;

  @BeforeEach
  void start() {
    duo = DuoEmulator.builder().build().start();
    msp = duo.givenParentAccount("Acme MSP");
    accounts = duo.givenAccountsApi(msp);
  }

  @AfterEach
  void stop() {
    duo.close();
  }

  @Test
  void create_thenList_showsTheChild_v5Json() {
    Reply created =
        SignedCall.post(duo, accounts, "/accounts/v1/account/create")
            .param("name", "Dental Co")
            .send();
    Reply listed = SignedCall.post(duo, accounts, "/accounts/v1/account/list").send();

    assertThat(created.status()).as(created.toString()).isEqualTo(200);
    JsonNode child = created.response();
    assertThat(child.get("account_id").asText()).matches("DA[A-Z0-9]{18}");
    assertThat(child.get("api_hostname").asText()).matches("api-[0-9a-f]{8}\\.duo\\.test");
    assertThat(child.get("name").asText()).isEqualTo("Dental Co");
    assertThat(listed.response()).containsExactly(child);
  }

  @Test
  void create_withV2SignedForm_isAccepted() {
    Reply created =
        SignedCall.post(duo, accounts, "/accounts/v1/account/create")
            .param("name", "Law & Order LLP")
            .v2(HmacAlgorithm.SHA1)
            .send();

    assertThat(created.status()).as(created.toString()).isEqualTo(200);
    assertThat(duo.world().children(msp.id()))
        .extracting(Account::name)
        .containsExactly("Law & Order LLP");
  }

  @Test
  void create_withoutName_is40002NamingIt() {
    Reply reply = SignedCall.post(duo, accounts, "/accounts/v1/account/create").send();

    assertFailure(reply, 400, 40002, "Invalid request parameters");
    assertThat(reply.json().get("message_detail").asText()).isEqualTo("name");
  }

  @Test
  void delete_removesTheChild_andAnswersEmptyString() {
    Account child = duo.givenChildAccount(msp, "Bakery");

    Reply reply =
        SignedCall.post(duo, accounts, "/accounts/v1/account/delete")
            .param("account_id", child.id())
            .send();

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.response().asText()).isEmpty();
    assertThat(duo.world().account(child.id())).isEmpty();
  }

  @Test
  void delete_ofAnotherParentsChild_is404() {
    Account stranger = duo.givenChildAccount(duo.givenParentAccount("Other MSP"), "Theirs");

    Reply reply =
        SignedCall.post(duo, accounts, "/accounts/v1/account/delete")
            .param("account_id", stranger.id())
            .send();

    assertFailure(reply, 404, 40401, "Resource not found");
    assertThat(duo.world().account(stranger.id())).isPresent();
  }

  @Test
  void edition_getAndSet_onChildHostname_section5_3() {
    Account child = duo.givenChildAccount(msp, "Bakery");

    Reply set =
        SignedCall.post(duo, accounts, "/admin/v1/billing/edition")
            .host(child.apiHostname())
            .param("edition", "PLATFORM")
            .param("account_id", child.id())
            .send();
    Reply get =
        SignedCall.get(duo, accounts, "/admin/v1/billing/edition")
            .host(child.apiHostname())
            .param("account_id", child.id())
            .send();

    assertThat(set.status()).as(set.toString()).isEqualTo(200);
    assertThat(get.response().get("edition").asText()).isEqualTo("PLATFORM");
    assertThat(child.edition()).isEqualTo(Edition.PLATFORM);
  }

  @Test
  void edition_unknownValue_is40002() {
    Account child = duo.givenChildAccount(msp, "Bakery");

    Reply reply =
        SignedCall.post(duo, accounts, "/admin/v1/billing/edition")
            .param("edition", "GOLD")
            .param("account_id", child.id())
            .send();

    assertFailure(reply, 400, 40002, "Invalid request parameters");
  }

  @Test
  void telephonyCredits_onParentHostname_moveFromTheParent_section5_2() {
    Account child = duo.givenChildAccount(msp, "Bakery");
    long parentBefore = msp.telephonyCredits();

    Reply set =
        SignedCall.post(duo, accounts, "/admin/v1/billing/telephony_credits")
            .host(msp.apiHostname())
            .param("credits", "250")
            .param("account_id", child.id())
            .send();
    Reply get =
        SignedCall.get(duo, accounts, "/admin/v1/billing/telephony_credits")
            .param("account_id", child.id())
            .send();

    assertThat(set.status()).as(set.toString()).isEqualTo(200);
    assertThat(get.response().get("credits").asLong()).isEqualTo(250);
    assertThat(msp.telephonyCredits()).isEqualTo(parentBefore - 250);
  }

  @Test
  void telephonyCredits_lowered_returnTheDifference() {
    Account child = duo.givenChildAccount(msp, "Bakery");
    duo.world().setTelephonyCredits(child, 100);
    long parentBefore = msp.telephonyCredits();

    SignedCall.post(duo, accounts, "/admin/v1/billing/telephony_credits")
        .param("credits", "40")
        .param("account_id", child.id())
        .send();

    assertThat(child.telephonyCredits()).isEqualTo(40);
    assertThat(msp.telephonyCredits()).isEqualTo(parentBefore + 60);
  }

  @Test
  void telephonyCredits_beyondParentsBalance_is400AndChangesNothing() {
    Account child = duo.givenChildAccount(msp, "Bakery");
    duo.world().grantTelephonyCredits(msp, 10);

    Reply reply =
        SignedCall.post(duo, accounts, "/admin/v1/billing/telephony_credits")
            .param("credits", "11")
            .param("account_id", child.id())
            .send();

    assertFailure(reply, 400, 40002, "Invalid request parameters");
    assertThat(child.telephonyCredits()).isZero();
    assertThat(msp.telephonyCredits()).isEqualTo(10);
  }

  @Test
  void adminCall_withoutAccountId_is40002() {
    Reply reply = SignedCall.get(duo, accounts, "/admin/v1/billing/edition").send();

    assertFailure(reply, 400, 40002, "Invalid request parameters");
    assertThat(reply.json().get("message_detail").asText()).isEqualTo("account_id");
  }

  @Test
  void adminCall_forAnotherParentsChild_is40002() {
    Account stranger = duo.givenChildAccount(duo.givenParentAccount("Other MSP"), "Theirs");

    Reply reply =
        SignedCall.get(duo, accounts, "/admin/v1/billing/edition")
            .param("account_id", stranger.id())
            .send();

    assertFailure(reply, 400, 40002, "Invalid request parameters");
  }

  @Test
  void accountsKeys_onAnUnrelatedAccountsHostname_are40102() {
    Account stranger = duo.givenParentAccount("Other MSP");

    Reply reply =
        SignedCall.post(duo, accounts, "/accounts/v1/account/list")
            .host(stranger.apiHostname())
            .send();

    assertFailure(reply, 401, 40102, "Invalid integration key in request credentials");
  }
}
