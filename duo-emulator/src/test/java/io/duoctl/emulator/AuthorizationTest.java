package io.duoctl.emulator;

import static io.duoctl.emulator.RequestVerificationTest.assertFailure;
import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.emulator.SignedCall.Reply;
import io.duoctl.emulator.http.ApiResult;
import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.model.Permission;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Permissions per integration (admin-api.md §4, signing-auth-accounts.md §2). */
class AuthorizationTest {

  private DuoEmulator duo;
  private Account account;

  @BeforeEach
  void start() {
    duo =
        DuoEmulator.builder()
            .module(
                (routes, world) ->
                    routes.get(
                        "/admin/v1/probe/{thing}",
                        Permission.ADMIN_READ_LOG,
                        call ->
                            ApiResult.ok(
                                Map.of(
                                    "thing", call.pathVariable("thing"),
                                    "account", call.account().id(),
                                    "virtual", Thread.currentThread().isVirtual()))))
            .build()
            .start();
    account = duo.givenParentAccount("Acme");
  }

  @AfterEach
  void stop() {
    duo.close();
  }

  @Test
  void adminKeysWithTheGrant_reachTheHandler_withDecodedPathVariable() {
    IntegrationKeys admin = duo.givenAdminApi(account, Permission.ADMIN_READ_LOG);

    Reply reply = SignedCall.get(duo, admin, "/admin/v1/probe/a%20b").send();

    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    assertThat(reply.response().get("thing").asText()).isEqualTo("a b");
    assertThat(reply.response().get("account").asText()).isEqualTo(account.id());
    assertThat(reply.response().get("virtual").asBoolean()).as("handlers may block").isTrue();
  }

  @Test
  void adminKeysWithoutTheGrant_are40301() {
    IntegrationKeys admin = duo.givenAdminApi(account, Permission.ADMIN_READ_RESOURCE);

    Reply reply = SignedCall.get(duo, admin, "/admin/v1/probe/x").send();

    assertFailure(reply, 403, 40301, "Access forbidden");
    assertThat(reply.json().has("message_detail")).isFalse();
  }

  @Test
  void adminKeysOnAuthApi_are40301WrongType_section2() {
    IntegrationKeys admin = duo.givenAdminApi(account);

    Reply reply = SignedCall.get(duo, admin, "/auth/v2/check").send();

    assertFailure(reply, 403, 40301, "Access forbidden");
    assertThat(reply.json().get("message_detail").asText())
        .isEqualTo("Wrong integration type for this API.");
  }

  @Test
  void authKeysOnAdminApi_are40301WrongType() {
    IntegrationKeys auth = duo.givenAuthApi(account);

    Reply reply = SignedCall.get(duo, auth, "/admin/v1/probe/x").send();

    assertFailure(reply, 403, 40301, "Access forbidden");
  }

  @Test
  void adminKeysOnAccountsApi_are40301WrongType() {
    IntegrationKeys admin = duo.givenAdminApi(account);

    Reply reply = SignedCall.post(duo, admin, "/accounts/v1/account/list").send();

    assertFailure(reply, 403, 40301, "Access forbidden");
  }

  @Test
  void accountsKeys_actOnTheChildNamedByAccountId_section5_2() {
    IntegrationKeys parentKeys = duo.givenAccountsApi(account);
    Account child = duo.givenChildAccount(account, "Child");

    Reply reply =
        SignedCall.get(duo, parentKeys, "/admin/v1/probe/x")
            .host(child.apiHostname())
            .param("account_id", child.id())
            .send();

    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    assertThat(reply.response().get("account").asText()).isEqualTo(child.id());
  }

  @Test
  void adminKeysOnAnotherAccountsHostname_are40102() {
    IntegrationKeys admin = duo.givenAdminApi(account);
    Account other = duo.givenParentAccount("Other");

    Reply reply = SignedCall.get(duo, admin, "/admin/v1/probe/x").host(other.apiHostname()).send();

    assertFailure(reply, 401, 40102, "Invalid integration key in request credentials");
  }

  @Test
  void wrongMethod_is405() {
    IntegrationKeys admin = duo.givenAdminApi(account);

    Reply reply = SignedCall.post(duo, admin, "/admin/v1/probe/x").send();

    assertThat(reply.status()).isEqualTo(405);
  }
}
